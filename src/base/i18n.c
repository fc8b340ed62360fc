/* i18n.c - the language from LANGUAGE, LC_ALL, LC_MESSAGES and LANG; translations found by binary search. */
#include "base/i18n.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

/* One translation; the tables are sorted by (ctx, id) as i18n_cmp orders
 * them, with "" for no context. */
struct i18n_msg {
	const char *ctx, *id, *str;
};

struct i18n_table {
	const char *lang;
	const struct i18n_msg *msgs;
	size_t n;
};

#include "po/tables.inc"   /* generated from po/<lang>.po by po/po2c.c */

/* The one process-wide choice: the marking macros cannot carry a context
 * struct to every string, and the choice is made once, before any output. */
static const struct i18n_table *i18n_cur;
static int i18n_is_utf8;

/* Names of Simplified Chinese, and the table each reads; `region`: a
 * region may follow (zh_Hans_CN, zh_Hans_SG). */
static const struct {
	const char *name;
	int region;
	const char *table;
} i18n_names[] = {
	{ "zh_CN", 0, "zh_CN" },
	{ "zh_SG", 0, "zh_CN" },
	{ "zh_Hans", 1, "zh_CN" },
};

/* Compares a locale name's language part (up to '.', '@' or ':', with '-'
 * read as '_') with want, case aside; `prefix`: want followed by '_' and
 * more (zh_Hans_CN) matches too. */
static int i18n_name_is(const char *s, size_t n, const char *want, int prefix)
{
	size_t i, k = strlen(want);

	if (n < k || (n > k && !(prefix && (s[k] == '_' || s[k] == '-'))))
		return 0;
	for (i = 0; i < k; i++) {
		char c = s[i] == '-' ? '_' : s[i];

		if ((c | 0x20) != (want[i] | 0x20))
			return 0;
	}
	return 1;
}

static const struct i18n_table *i18n_table_for(const char *lang)
{
	size_t i;

	for (i = 0; i < sizeof i18n_tables / sizeof i18n_tables[0]; i++)
		if (strcmp(i18n_tables[i].lang, lang) == 0)
			return &i18n_tables[i];
	return NULL;
}

/* What one locale name (s[0..n)) says: 1 a translation (*lang its table),
 * 0 English, -1 a language pppconf has no translation for. */
static int i18n_name(const char *s, size_t n, const char **lang)
{
	size_t i, k = strcspn(s, ".@:");

	if (k < n)
		n = k;
	for (i = 0; i < sizeof i18n_names / sizeof i18n_names[0]; i++)
		if (i18n_name_is(s, n, i18n_names[i].name, i18n_names[i].region)) {
			*lang = i18n_names[i].table;
			return 1;
		}
	if (i18n_name_is(s, n, "en", 1) || i18n_name_is(s, n, "C", 0) ||
	    i18n_name_is(s, n, "POSIX", 0))
		return 0;
	return -1;
}

static const char *i18n_first(const char *a, const char *b, const char *c)
{
	if (a && *a)
		return a;
	if (b && *b)
		return b;
	return c && *c ? c : NULL;
}

const char *i18n_choose(const char *language, const char *lc_all, const char *lc_messages,
                        const char *lang, int utf8)
{
	const char *loc = i18n_first(lc_all, lc_messages, lang), *p, *out = "en";

	if (!utf8 || !loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
		return "en";
	for (p = language; p && *p; p += *p == ':') {
		size_t n = strcspn(p, ":");
		int r = n ? i18n_name(p, n, &out) : -1;

		if (r == 1)
			return out;
		if (r == 0)
			return "en";
		p += n;
	}
	return i18n_name(loc, strlen(loc), &out) == 1 ? out : "en";
}

/* "UTF-8", "utf8", "UTF8", in any case */
static int i18n_is_utf8_name(const char *s, size_t n)
{
	char t[8];
	size_t i, k = 0;

	for (i = 0; i < n && k + 1 < sizeof t; i++)
		if (s[i] != '-')
			t[k++] = (char)(s[i] | 0x20);
	t[k] = '\0';
	return i == n && strcmp(t, "utf8") == 0;
}

/* Does a locale name say its codeset is UTF-8 ("zh_CN.UTF-8@x", "UTF-8")? */
static int i18n_names_utf8(const char *loc)
{
	const char *dot = strchr(loc, '.');
	const char *cs = dot ? dot + 1 : loc;

	return i18n_is_utf8_name(cs, strcspn(cs, "@"));
}

void i18n_init(void)
{
	static const char *const fallback[] = { "C.UTF-8", "C.utf8", "UTF-8", "en_US.UTF-8" };
	const char *ctype = i18n_first(getenv("LC_ALL"), getenv("LC_CTYPE"), getenv("LANG"));
	const char *cs, *set = setlocale(LC_CTYPE, "");
	size_t i;

	for (i = 0; !set && ctype && i18n_names_utf8(ctype) && i < sizeof fallback / sizeof
	     fallback[0]; i++)
		set = setlocale(LC_CTYPE, fallback[i]);
	if (!set)
		setlocale(LC_CTYPE, "C");   /* a failed call leaves the old one */
	cs = nl_langinfo(CODESET);
	i18n_is_utf8 = cs && i18n_is_utf8_name(cs, strlen(cs));
	i18n_set(i18n_choose(getenv("LANGUAGE"), getenv("LC_ALL"), getenv("LC_MESSAGES"),
	                     getenv("LANG"), i18n_is_utf8));
}

const char *i18n_lang(void)
{
	return i18n_cur ? i18n_cur->lang : "en";
}

int i18n_utf8(void)
{
	return i18n_is_utf8;
}

int i18n_set(const char *lang)
{
	i18n_cur = lang ? i18n_table_for(lang) : NULL;
	return i18n_cur || (lang && strcmp(lang, "en") == 0) ? 0 : -1;
}

static int i18n_cmp(const void *key, const void *elem)
{
	const struct i18n_msg *a = key, *b = elem;
	int c = strcmp(a->ctx, b->ctx);

	return c ? c : strcmp(a->id, b->id);
}

static const struct i18n_msg *i18n_find(const char *ctx, const char *msgid)
{
	struct i18n_msg key;

	if (!i18n_cur || !msgid)
		return NULL;
	key.ctx = ctx ? ctx : "";
	key.id = msgid;
	key.str = NULL;
	return bsearch(&key, i18n_cur->msgs, i18n_cur->n, sizeof key, i18n_cmp);
}

const char *i18n_text(const char *ctx, const char *msgid)
{
	const struct i18n_msg *m = i18n_find(ctx, msgid);

	return m ? m->str : msgid;
}

int i18n_has(const char *ctx, const char *msgid)
{
	return i18n_find(ctx, msgid) != NULL;
}
