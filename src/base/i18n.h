/* i18n.h - the language of pppconf's messages: chosen once from the environment, looked up in tables built from po/. */
#ifndef PPPCONF_I18N_H
#define PPPCONF_I18N_H

/* Marking, for xgettext (make pot) and for the lookup:
 *   _("text")          the text in the current language
 *   C_("ctx", "text")  the same, for a text whose context tells it apart
 *   N_("text"), NC_("ctx", "text")   marked only (in a table); translate
 *                      where it is shown, with i18n_text(ctx, s)
 * The translations are compiled in (po/po2c.c makes C tables of po/<lang>.po
 * at build time): no catalogue files and no libintl at run time. */
#define _(s) i18n_text(0, s)
#define C_(c, s) i18n_text(c, s)
#define N_(s) (s)
#define NC_(c, s) (s)

/* Once, at start, before any output. Sets the character type locale from
 * the environment (LC_ALL, else LC_CTYPE, else LANG), and when the locale
 * named there is not installed but names UTF-8 (zh_CN.UTF-8 where only
 * C.UTF-8 is generated), a UTF-8 locale that is (C.UTF-8, UTF-8,
 * en_US.UTF-8), so widths stay right. Then chooses the language of the
 * messages as i18n_choose says. Only LC_CTYPE is set: numbers and system
 * messages stay as in the C locale. Without this call: English. */
void i18n_init(void);

/* The messages' language for these environment values (NULL or "" when
 * unset), when the character set of the locale is UTF-8 (utf8) or not:
 * "zh_CN", or "en" for English. The rules are GNU gettext's, but for
 * English in LANGUAGE (it stops the search: English is pppconf's own) and
 * for a locale that is not installed (its name is enough):
 *  - the locale of the messages is LC_ALL, else LC_MESSAGES, else LANG;
 *    unset, "C" or "POSIX" means English, and then LANGUAGE is ignored;
 *  - otherwise LANGUAGE, a colon list, is read first: its first entry that
 *    is English ("en", "en_GB", "C") or has a translation decides; other
 *    entries are passed over; then the locale of the messages decides;
 *  - zh_CN, zh_SG and zh_Hans (also zh_Hans_CN, zh-Hans; any .codeset and
 *    @modifier) name Simplified Chinese; every other name is English;
 *  - Chinese needs a UTF-8 character set: without one, English. */
const char *i18n_choose(const char *language, const char *lc_all, const char *lc_messages,
                        const char *lang, int utf8);
/* The current language, "zh_CN" or "en". */
const char *i18n_lang(void);
/* 1 when the character type locale's character set is UTF-8 (as i18n_init
 * left it): text with multibyte characters can be shown. */
int i18n_utf8(void);
/* Switches the messages to `lang` ("en", "zh_CN"): 0, or -1 (and English)
 * for a language without translations. For tests and tools. */
int i18n_set(const char *lang);

/* msgid (in context ctx; NULL for none) in the current language; msgid
 * itself where there is no translation. Never NULL for a non-NULL msgid;
 * the result lives as long as the program. */
const char *i18n_text(const char *ctx, const char *msgid);
/* 1 when msgid (in ctx) has a translation in the current language; 0 in
 * English. */
int i18n_has(const char *ctx, const char *msgid);

#endif
