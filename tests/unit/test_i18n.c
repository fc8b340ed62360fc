/* test_i18n.c - the language chosen from the environment as gettext would, every translation in po/zh_CN.po found, the catalogue's texts in Chinese or marked untranslated. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "pppd/catalog.h"
#include "pppd/facts.h"
#include "t.h"

static void choose(const char *want, const char *language, const char *lc_all,
                   const char *lc_messages, const char *lang, int utf8)
{
	T_STREQ(i18n_choose(language, lc_all, lc_messages, lang, utf8), want,
	        "LANGUAGE=%s LC_ALL=%s LC_MESSAGES=%s LANG=%s%s", language ? language : "-",
	        lc_all ? lc_all : "-", lc_messages ? lc_messages : "-", lang ? lang : "-",
	        utf8 ? "" : " (not UTF-8)");
}

static void test_choose(void)
{
	choose("en", NULL, NULL, NULL, NULL, 1);
	choose("zh_CN", NULL, NULL, NULL, "zh_CN.UTF-8", 1);
	choose("zh_CN", NULL, NULL, NULL, "zh_CN.utf8", 1);
	choose("zh_CN", NULL, NULL, NULL, "zh_CN", 1);
	choose("zh_CN", NULL, NULL, NULL, "zh_CN.UTF-8@pinyin", 1);
	choose("zh_CN", NULL, NULL, NULL, "zh_SG.UTF-8", 1);
	choose("zh_CN", NULL, NULL, NULL, "zh_Hans", 1);
	choose("zh_CN", NULL, NULL, NULL, "zh_Hans_CN.UTF-8", 1);
	choose("zh_CN", NULL, NULL, NULL, "zh-Hans", 1);
	choose("en", NULL, NULL, NULL, "zh_CN.UTF-8", 0);      /* no UTF-8: English */
	choose("en", NULL, NULL, NULL, "zh_TW.UTF-8", 1);      /* Traditional */
	choose("en", NULL, NULL, NULL, "zh_HK.UTF-8", 1);
	choose("en", NULL, NULL, NULL, "zh_Hant_TW.UTF-8", 1);
	choose("en", NULL, NULL, NULL, "zh_CNX.UTF-8", 1);
	choose("en", NULL, NULL, NULL, "de_DE.UTF-8", 1);
	choose("en", NULL, NULL, NULL, "C", 1);
	choose("en", NULL, NULL, NULL, "POSIX", 1);
	choose("en", NULL, NULL, NULL, "", 1);
	/* LC_ALL, then LC_MESSAGES, then LANG */
	choose("en", NULL, "C", NULL, "zh_CN.UTF-8", 1);
	choose("en", NULL, "en_US.UTF-8", "zh_CN.UTF-8", "zh_CN.UTF-8", 1);
	choose("zh_CN", NULL, "zh_CN.UTF-8", "en_US.UTF-8", NULL, 1);
	choose("zh_CN", NULL, NULL, "zh_CN.UTF-8", "en_US.UTF-8", 1);
	choose("en", NULL, NULL, "en_US.UTF-8", "zh_CN.UTF-8", 1);
	choose("zh_CN", NULL, "", "", "zh_CN.UTF-8", 1);       /* empty is unset */
	/* LANGUAGE comes first, but not when the locale is C */
	choose("zh_CN", "zh_CN", NULL, NULL, "en_US.UTF-8", 1);
	choose("zh_CN", "zh_CN", "C.UTF-8", NULL, NULL, 1);
	choose("en", "zh_CN", NULL, NULL, "C", 1);
	choose("en", "zh_CN", "POSIX", NULL, "en_US.UTF-8", 1);
	choose("en", "zh_CN", NULL, NULL, NULL, 1);
	choose("en", "zh_CN", NULL, NULL, "en_US.UTF-8", 0);
	choose("zh_CN", "de:fr:zh_CN:en", NULL, NULL, "de_DE.UTF-8", 1);
	choose("en", "en:zh_CN", NULL, NULL, "zh_CN.UTF-8", 1);
	choose("en", "en_GB:zh_CN", NULL, NULL, "zh_CN.UTF-8", 1);
	choose("zh_CN", "fr", NULL, NULL, "zh_CN.UTF-8", 1);      /* nothing in the list */
	choose("zh_CN", "::zh_SG", NULL, NULL, "en_US.UTF-8", 1);
	choose("zh_CN", "", NULL, NULL, "zh_CN.UTF-8", 1);
	choose("en", "zh_TW:en", NULL, NULL, "zh_CN.UTF-8", 1);
}

/* The environment, through i18n_init: the locale is set (with C.UTF-8
 * where zh_CN.UTF-8 is not installed), the language follows. */
static void init_with(const char *language, const char *lc_all, const char *lang)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++)
		unsetenv(vars[i]);
	if (language)
		setenv("LANGUAGE", language, 1);
	if (lc_all)
		setenv("LC_ALL", lc_all, 1);
	if (lang)
		setenv("LANG", lang, 1);
	i18n_init();
}

static void test_init(void)
{
	init_with(NULL, NULL, "zh_CN.UTF-8");
	T_STREQ(i18n_lang(), "zh_CN", "LANG=zh_CN.UTF-8: Chinese, installed or not");
	T_OK(i18n_utf8(), "LANG=zh_CN.UTF-8: a UTF-8 locale for the widths");
	init_with(NULL, "zh_SG.utf8", NULL);
	T_STREQ(i18n_lang(), "zh_CN", "LC_ALL=zh_SG.utf8: Simplified Chinese");
	init_with(NULL, NULL, "C");
	T_STREQ(i18n_lang(), "en", "LANG=C: English");
	T_OK(!i18n_utf8(), "LANG=C: ASCII");
	init_with("zh_CN", NULL, "C");
	T_STREQ(i18n_lang(), "en", "LANGUAGE is ignored in the C locale");
	init_with("zh_CN", "C.UTF-8", NULL);
	T_STREQ(i18n_lang(), "zh_CN", "LANGUAGE is read in C.UTF-8");
	init_with(NULL, NULL, "zh_CN.GB18030");
	T_STREQ(i18n_lang(), "en", "a Chinese locale that is not UTF-8: English");
	init_with(NULL, NULL, NULL);
	T_STREQ(i18n_lang(), "en", "nothing set: English");
}

/* Reads one quoted PO string (and its continuation lines) into out. */
static void po_string(FILE *f, char *line, size_t cap, char *out, size_t n)
{
	size_t k = 0;
	char *p = strchr(line, '"');

	out[0] = '\0';
	for (;;) {
		for (p = p ? p + 1 : NULL; p && *p && *p != '"' && k + 1 < n; p++) {
			if (*p == '\\') {
				p++;
				out[k++] = *p == 'n' ? '\n' : *p;
			} else {
				out[k++] = *p;
			}
		}
		out[k] = '\0';
		if (!fgets(line, (int)cap, f) || line[0] != '"')
			return;
		p = line;
	}
}

/* Every translated entry of po/zh_CN.po is found (the generated table's
 * order and the lookup's agree), and differs from its English. */
static void test_every_entry(void)
{
	FILE *f = fopen("po/zh_CN.po", "r");
	static char line[8192], ctx[512], id[8192], str[8192];
	int have_ctx = 0, n = 0, found = 0, pending = 0;

	if (!T_OK(f != NULL, "po/zh_CN.po is readable from the top folder"))
		return;
	i18n_set("zh_CN");
	if (!fgets(line, sizeof line, f))
		line[0] = '\0';
	while (line[0]) {
		if (strncmp(line, "msgctxt ", 8) == 0) {
			po_string(f, line, sizeof line, ctx, sizeof ctx);
			have_ctx = 1;
			continue;
		}
		if (strncmp(line, "msgid ", 6) == 0) {
			po_string(f, line, sizeof line, id, sizeof id);
			pending = 1;
			continue;
		}
		if (strncmp(line, "msgstr ", 7) == 0 && pending) {
			po_string(f, line, sizeof line, str, sizeof str);
			if (id[0] && str[0]) {
				const char *got = i18n_text(have_ctx ? ctx : NULL, id);

				n++;
				found += strcmp(got, str) == 0 && i18n_has(have_ctx ? ctx : NULL, id);
			}
			have_ctx = pending = 0;
			continue;
		}
		if (!fgets(line, sizeof line, f))
			line[0] = '\0';
	}
	fclose(f);
	T_OK(n >= 300, "po/zh_CN.po has its translations (%d)", n);
	T_INTEQ(found, n, "every translation is found by its context and msgid");
}

static void test_lookup(void)
{
	const char *s;

	T_INTEQ(i18n_set("zh_CN"), 0, "Chinese has a table");
	s = C_("key hint", "help");
	T_OK(strcmp(s, "help") != 0 && (unsigned char)s[0] >= 0x80,
	     "the hint 'help' is Chinese: %s", s);
	T_STREQ(_("help"), "help", "the same English without the context is another message");
	s = "a text nobody marked";
	T_OK(_(s) == s, "an untranslated text is returned as it is (the same pointer)");
	T_OK(!i18n_has(NULL, s), "and has no translation");
	T_INTEQ(i18n_set("en"), 0, "English needs no table");
	T_STREQ(C_("key hint", "help"), "help", "in English the English");
	T_INTEQ(i18n_set("fr"), -1, "a language without a table is refused");
	T_STREQ(i18n_lang(), "en", "and English is used");
}

static void test_catalogue(void)
{
	const struct catalog_entry *noauth = catalog_find("noauth", PLATFORM_LINUX);
	const struct catalog_entry *cb = catalog_find("callback", PLATFORM_LINUX);
	const struct catalog_entry *l2 = catalog_find("l2tpnoipsec", PLATFORM_MACOS);
	struct catalog_entry fake;
	char ctx[160];

	if (!T_OK(noauth && cb && l2, "the rows exist"))
		return;
	facts_text_context(l2, ctx, sizeof ctx);
	T_STREQ(ctx, "l2tpnoipsec (macOS, L2TP.ppp)", "a context names the row, platform and plugin");
	i18n_set("en");
	T_OK(facts_text(noauth, FACTS_SUMMARY) == noauth->summary, "English: the catalogue's text");
	T_OK(facts_text_note(cb) == NULL, "English: no note");
	i18n_set("zh_CN");
	T_OK(strcmp(facts_text(noauth, FACTS_SUMMARY), noauth->summary) != 0 &&
	     strcmp(facts_text(noauth, FACTS_EXPLAIN), noauth->explain) != 0 &&
	     strcmp(facts_text(noauth, FACTS_RISK), noauth->risk) != 0,
	     "Chinese: noauth's summary, explanation and risk are translated");
	T_OK(strstr(facts_text(l2, FACTS_EXPLAIN), "plugin L2TP.ppp") != NULL,
	     "a directive's words stay as pppd spells them");
	T_OK(facts_text_note(noauth) == NULL, "a translated row needs no note");
	/* every row has its Chinese today; a text changed since (here made
	 * up) has none and falls back */
	fake = *cb;
	fake.explain = "A text that no translation has.";
	T_OK(facts_text(cb, FACTS_EXPLAIN) != cb->explain, "callback's explanation is translated");
	T_OK(facts_text(&fake, FACTS_EXPLAIN) == fake.explain, "an untranslated text falls back to English");
	T_OK(facts_text_note(&fake) != NULL && (unsigned char)facts_text_note(&fake)[0] >= 0x80,
	     "and says so, in Chinese");
	i18n_set("en");
}

int main(void)
{
	test_choose();
	test_init();
	test_lookup();
	test_every_entry();
	test_catalogue();
	printf("%d passed, %d failed\n", t_passed, t_failed);
	return t_failed != 0;
}
