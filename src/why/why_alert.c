/* why_alert.c - the alerts a Mac shows when PPP fails, and finding one from pasted text. */
#include "why/why_alert.h"

#include <string.h>

#include "base/buf.h"

#define LS "apple-ppp-1027.121.1/Controller/en.lproj/Localizable.strings:"
#define AP "apple-ppp-1027.121.1/Helpers/pppd/"
#define AL "apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/"
#define AS "apple-ppp-1027.121.1/Drivers/PPPSerial/PPPSerial-plugin/"
#define AE "apple-ppp-1027.121.1/Drivers/PPPoE/PPPoE-plugin/"

/* The Simplified Chinese text of "L2TP Error 7", as a Mac set to Simplified
 * Chinese shows it (given by the product owner; the pinned tree has no
 * zh_Hans strings). */
#define WHY_ALERT_L2TP7_ZH \
	"\xe2\x80\x9cIPSec \xe5\x85\xb1\xe4\xba\xab\xe5\xaf\x86\xe9\x92\xa5\xe2\x80\x9d" \
	"\xe4\xb8\xa2\xe5\xa4\xb1\xe3\x80\x82\xe8\xaf\xb7\xe9\xaa\x8c\xe8\xaf\x81\xe6\x82\xa8" \
	"\xe7\x9a\x84\xe8\xae\xbe\xe7\xbd\xae\xe5\xb9\xb6\xe5\xb0\x9d\xe8\xaf\x95\xe9\x87\x8d" \
	"\xe6\x96\xb0\xe8\xbf\x9e\xe6\x8e\xa5\xe3\x80\x82"

static const struct why_alert why_alert_rows[] = {
	{ "L2TP Error 7", "The IPSec Shared Secret is missing. Verify your settings and try "
	  "reconnecting.", WHY_ALERT_L2TP7_ZH, LS "100", AL "main.c:1547", "l2tp-no-secret" },
	{ "L2TP Error 8", "The IPSec Certificate is missing. Verify your settings and try "
	  "reconnecting.", NULL, LS "101", AL "main.c:1578", "l2tp-no-certificate" },
	{ "L2TP Error 1", "The L2TP-VPN server was unreachable. Verify the server address and "
	  "try reconnecting. If the problem continues, contact your Administrator.", NULL,
	  LS "96", AL "main.c:1475", "l2tp-host-not-found" },
	{ "L2TP Error 2", "The L2TP-VPN server did not respond. Try reconnecting. If the "
	  "problem continues, verify your settings and contact your Administrator.", NULL,
	  LS "97", AL "l2tp.c:283", "l2tp-no-answer" },
	{ "L2TP Error 5", "Your attempt to connect to the L2TP-VPN server failed. Try "
	  "reconnecting. If the problem continues, verify your settings and contact your "
	  "Administrator.", NULL, LS "98", AL "l2tp.c:240", "l2tp-protocol-error" },

	{ "PPP Error 2", "Your connection failed because of an incorrect PPP setting. Verify "
	  "your settings and try reconnecting.", NULL, LS "47", AP "main.c:429",
	  "option-unknown-in-file" },
	{ "PPP Error 3", "PPP doesn\xe2\x80\x99t have sufficient privileges to work correctly.",
	  NULL, LS "48", AP "main.c:448", "not-root" },
	{ "PPP Error 4", "Could not find the PPP kernel extension.", NULL, LS "49",
	  AP "main.c:453", "no-kernel-ppp-mac" },
	{ "PPP Error 6", "Lock failed", NULL, LS "51", AP "tty.c:639", "device-locked" },
	{ "PPP Error 7", "Your connection failed because the communication device is "
	  "unavailable. Make sure it\xe2\x80\x99s connected to your computer and try "
	  "reconnecting.", NULL, LS "52", AP "tty.c:716", "device-open-failed" },
	{ "PPP Error 8", "Your connection failed. Try reconnecting. If the problem continues, "
	  "verify your settings and contact your Administrator.", NULL, LS "53",
	  AP "tty.c:866", "connect-script-failed" },
	{ "PPP Error 10", "A connection could not be established to the PPP server. Try "
	  "reconnecting. If the problem continues, verify your settings and contact your "
	  "Administrator.", NULL, LS "55", AP "main.c:769", "lcp-timeout" },
	{ "PPP Error 11", "The PPP server could not be authenticated", NULL, LS "56",
	  AP "auth.c:752", "peer-refused-auth" },
	{ "PPP Error 15", "You were disconnected because the PPP server is not responding. "
	  "Try reconnecting.", NULL, LS "60", AP "lcp.c:2294", "echo-timeout" },
	{ "PPP Error 16", "You were disconnected by the communication device. Try "
	  "reconnecting. If the problem continues, verify your settings.", NULL, LS "61",
	  AP "main.c:1441", "modem-hangup" },
	{ "PPP Error 17", "A crossed connection was detected. Verify your settings and try "
	  "reconnecting.", NULL, LS "62", AP "lcp.c:1376", "looped-back" },
	{ "PPP Error 19", "Authentication failed.", NULL, LS "64", AP "auth.c:1085",
	  "chap-failed" },
	{ "PPP Error 21", "The communication device selected for your connection does not "
	  "exist. Verify your settings and try reconnecting.", NULL, LS "66", AS "main.c:285",
	  "device-missing" },

	{ "PPPoE Error 1", "Could not find a PPPoE server.", NULL, LS "79", AE "main.c:343",
	  "pppoe-failed" },
	{ "PPPoE Error 2", "Could not find a PPPoE server for the specified service. Delete "
	  "the service name option and try reconnecting. If the problem continues, contact "
	  "your Administrator.", NULL, LS "80", AE "main.c:343", "pppoe-failed" },
	{ "PPPoE Error 3", "Could not find the specified PPPoE access concentrator. Delete "
	  "the access concentrator option and try reconnecting. If the problem continues, "
	  "contact your Administrator.", NULL, LS "81", AE "main.c:343", "pppoe-failed" },
	{ "PPPoE Error 4", "Could not find the specified PPPoE server. Delete the service "
	  "name or the access concentrator option and try reconnecting. If the problem "
	  "continues, contact your Administrator.", NULL, LS "82", AE "main.c:343",
	  "pppoe-failed" },
	{ "PPPoE Error 5", "The PPPoE server did not accept the connection.", NULL, LS "83",
	  AE "main.c:343", "pppoe-failed" },

	{ "PPPSerial Error 1", "No phone service detected. Check your phone line and try "
	  "reconnecting.", NULL, LS "85", AS "main.c:678", "connect-script-failed" },
	{ "PPPSerial Error 3", "The phone number you\xe2\x80\x99re dialing is busy.", NULL,
	  LS "87", AS "main.c:674", "connect-script-failed" },
	{ "PPPSerial Error 4", "No dial tone was detected. Check your phone line and try "
	  "reconnecting.", NULL, LS "88", AS "main.c:682", "connect-script-failed" },
	{ "PPPSerial Error 5", "An error occurred with the modem. Try reconnecting. If the "
	  "problem continues, verify your settings and contact your Administrator.", NULL,
	  LS "89", AS "main.c:686", "connect-script-failed" },
	{ "PPPSerial Error 6", "The phone number you\xe2\x80\x99re dialing did not answer. Try "
	  "reconnecting. If the problem continues, verify your settings and contact your "
	  "Administrator.", NULL, LS "90", AS "main.c:670", "connect-script-failed" },
	{ "PPPSerial Error 7", "The modem disconnected. Try reconnecting. If the problem "
	  "continues, verify your settings and contact your Administrator.", NULL, LS "91",
	  AS "main.c:697", "modem-hangup" },
	{ "PPPSerial Error 8", "The modem script selected for your connection does not exist. "
	  "Verify your settings and try reconnecting.", NULL, LS "92", AS "main.c:458",
	  "modem-script-missing" },
};

#define WHY_ALERT_N (sizeof why_alert_rows / sizeof why_alert_rows[0])

size_t why_alert_count(void)
{
	return WHY_ALERT_N;
}

const struct why_alert *why_alert_at(size_t i)
{
	return i < WHY_ALERT_N ? &why_alert_rows[i] : NULL;
}

/* Bytes of a character pasted text may carry that never tell alerts apart:
 * white space (also no-break and ideographic) and quotes (straight, curly,
 * CJK corner brackets, full-width). 0 when the character at p counts. */
static size_t why_alert_ignorable(const unsigned char *p, size_t n)
{
	static const char *const wide[] = {
		"\xc2\xa0", "\xe3\x80\x80", "\xe2\x80\x98", "\xe2\x80\x99", "\xe2\x80\x9c",
		"\xe2\x80\x9d", "\xe3\x80\x8c", "\xe3\x80\x8d", "\xef\xbc\x82", "\xef\xbc\x87"
	};
	size_t i;

	if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '"' ||
	    *p == '\'' || *p == '`')
		return 1;
	for (i = 0; i < sizeof wide / sizeof wide[0]; i++) {
		size_t k = strlen(wide[i]);
		if (k <= n && memcmp(p, wide[i], k) == 0)
			return k;
	}
	return 0;
}

/* The text without ignorable characters, ASCII folded to lower case. */
static void why_alert_norm(const char *s, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), k;

	buf_reset(out);
	buf_adds(out, "");
	while (n > 0) {
		if ((k = why_alert_ignorable(p, n)) > 0) {
			p += k;
			n -= k;
			continue;
		}
		buf_addc(out, (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p));
		p++;
		n--;
	}
}

/* The words of s, one per line after a leading newline ("\nthe\nipsec\n"):
 * runs of ASCII letters and digits folded to lower case, apostrophes inside
 * dropped ("doesn't" and "doesn’t" are "doesnt"), and each character
 * outside ASCII that is not punctuation (CJK text has no spaces). */
static void why_alert_words(const char *s, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	int in_word = 0;

	buf_reset(out);
	buf_addc(out, '\n');
	while (*p) {
		int ascii_word = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		                 (*p >= '0' && *p <= '9');
		size_t k = 1;

		if (ascii_word) {
			buf_addc(out, (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p));
			in_word = 1;
		} else if (in_word && (*p == '\'' || (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99))) {
			k = *p == '\'' ? 1 : 3;   /* inside a word: dropped */
		} else {
			if (in_word)
				buf_addc(out, '\n');
			in_word = 0;
			if (*p >= 0xc0) {
				/* U+2000-206F, U+3000-303F, U+FF00-FF20 are punctuation */
				int punct = (p[0] == 0xe2 && (p[1] == 0x80 || p[1] == 0x81)) ||
				            (p[0] == 0xe3 && p[1] == 0x80) ||
				            (p[0] == 0xef && p[1] == 0xbc && p[2] >= 0x80 && p[2] <= 0xa0);
				while ((p[k] & 0xc0) == 0x80)
					k++;
				if (!punct) {
					buf_add(out, p, k);
					buf_addc(out, '\n');
				}
			}
		}
		p += k;
	}
	if (in_word)
		buf_addc(out, '\n');
}

/* Whether the word list `list` holds the word w[0..n). */
static int why_alert_has(const char *list, const char *w, size_t n, struct buf *needle)
{
	buf_reset(needle);
	buf_addc(needle, '\n');
	buf_add(needle, w, n);
	buf_addc(needle, '\n');
	return strstr(list, needle->data) != NULL;
}

/* How many distinct words of the list `words` the list `in` holds;
 * *total gets the number of distinct words of `words`. */
static size_t why_alert_common(const struct buf *words, const struct buf *in, size_t *total)
{
	struct buf needle = { 0 }, seen = { 0 };
	const char *w = words->data + 1, *end;
	size_t common = 0;

	*total = 0;
	buf_addc(&seen, '\n');
	while ((end = strchr(w, '\n')) != NULL) {
		size_t n = (size_t)(end - w);

		if (!why_alert_has(seen.data, w, n, &needle)) {
			buf_add(&seen, w, n + 1);
			(*total)++;
			common += (size_t)why_alert_has(in->data, w, n, &needle);
		}
		w = end + 1;
	}
	buf_free(&needle);
	buf_free(&seen);
	return common;
}

/* A whole or partial match of the normalized text against one alert text:
 * 3 the same, 2 the alert inside the text, 1 the text inside the alert
 * (12 bytes at least, so that a word or two does not pick an alert); 0. */
static int why_alert_part(const struct buf *text, const char *alert, struct buf *tmp)
{
	why_alert_norm(alert, tmp);
	if (tmp->len == 0)
		return 0;
	if (strcmp(text->data, tmp->data) == 0)
		return 3;
	if (strstr(text->data, tmp->data))
		return 2;
	if (text->len >= 12 && strstr(tmp->data, text->data))
		return 1;
	return 0;
}

/* Scores the alert's texts against the pasted text: whole or partial (with
 * the alert's normalized length as a tie-break: a longer alert inside the
 * text says more; a shorter alert around it is closer), or by words. */
struct why_alert_best {
	const struct why_alert *a;
	const char *lang;
	int part;            /* why_alert_part of the best so far */
	size_t len;          /* its normalized length */
	double words, cover; /* share of the text's words, of the alert's */
};

static void why_alert_try(struct why_alert_best *b, const struct why_alert *a,
                          const char *alert, const char *lang, const struct buf *norm,
                          const struct buf *words, struct buf *tmp)
{
	int part = why_alert_part(norm, alert, tmp);
	size_t len = tmp->len, total_in, total_al, common;
	struct buf aw = { 0 };

	if (part > 0) {
		if (part > b->part || (part == b->part &&
		                       (part == 2 ? len > b->len : len < b->len))) {
			b->a = a;
			b->lang = lang;
			b->part = part;
			b->len = len;
		}
		return;
	}
	if (b->part > 0)
		return;
	why_alert_words(alert, &aw);
	common = why_alert_common(words, &aw, &total_in);
	(void)why_alert_common(&aw, words, &total_al);
	if (total_in >= 3 && total_al > 0) {
		double share = (double)common / (double)total_in;
		double cover = (double)common / (double)total_al;
		if (share > b->words || (share == b->words && cover > b->cover)) {
			b->a = a;
			b->lang = lang;
			b->words = share;
			b->cover = cover;
		}
	}
	buf_free(&aw);
}

const struct why_alert *why_alert_find(const char *text, const char **lang,
                                       enum why_alert_how *how)
{
	struct why_alert_best b = { NULL, NULL, 0, 0, 0.0, 0.0 };
	struct buf norm = { 0 }, words = { 0 }, tmp = { 0 };
	size_t i;

	why_alert_norm(text, &norm);
	why_alert_words(text, &words);
	for (i = 0; norm.len > 0 && i < WHY_ALERT_N; i++) {
		const struct why_alert *a = &why_alert_rows[i];
		why_alert_try(&b, a, a->en, "en", &norm, &words, &tmp);
		if (a->zh)
			why_alert_try(&b, a, a->zh, "zh-Hans", &norm, &words, &tmp);
	}
	buf_free(&norm);
	buf_free(&words);
	buf_free(&tmp);
	if (!b.a || (b.part == 0 && b.words < 0.75)) {
		*how = WHY_ALERT_NONE;
		*lang = NULL;
		return NULL;
	}
	*how = b.part == 3 ? WHY_ALERT_EXACT : b.part > 0 ? WHY_ALERT_PART : WHY_ALERT_WORDS;
	*lang = b.lang;
	return b.a;
}
