/* catalog_atm.c - the pppoatm plugin's qos value, read as the ATM library's text2qos reads it. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"

/* The plugin hands the value to text2qos when it connects and stops with
 * "Can't parse QoS" when that fails (linux-ppp-2.5.3/pppd/plugins/pppoatm/
 * pppoatm.c:156-157; 2.4.9 the same). What follows mirrors the copy of the
 * library's parser that both sources carry (text2qos.c, misc.c); only
 * whether it succeeds matters here, not the numbers it stores. */

#define QOS_RATE_ERROR (-2)   /* text2qos.c:21 */
#define QOS_MAX_PCR (-1)      /* ATM_MAX_PCR, atm.h */
#define QOS_CELL_PAYLOAD 48   /* ATM_CELL_PAYLOAD, atm.h */

/* __atmlib_fetch (misc.c:20): the longest word of the list that starts
 * *pos, ignoring case; words starting with '!' never match. Its index, or
 * -1. */
static int qos_fetch(const char **pos, ...)
{
	const char *value;
	size_t ref_len = strlen(*pos), best_len = 0, len;
	int i, best = -1;
	va_list ap;

	va_start(ap, pos);
	for (i = 0; (value = va_arg(ap, const char *)) != NULL; i++) {
		len = strlen(value);
		if (*value != '!' && len <= ref_len && len > best_len &&
		    strncasecmp(*pos, value, len) == 0) {
			best = i;
			best_len = len;
		}
	}
	va_end(ap);
	if (best > -1)
		*pos += best_len;
	return best;
}

/* __t2q_get_rate (text2qos.c:24). */
static int qos_rate(const char **text, int up)
{
	static const char mult[] = "kKmMgGg";
	const char *m = NULL;
	char *end;
	unsigned int rate, fract = 0;
	int power = 0, k;

	if (strncmp(*text, "max", 3) == 0) {
		*text += 3;
		return QOS_MAX_PCR;
	}
	rate = (unsigned int)strtoul(*text, &end, 10);
	if (*end == '.')
		for (end++; *end && isdigit((unsigned char)*end); end++) {
			fract = fract * 10 + (unsigned int)(*end - 48);
			if (--power == -9)
				break;
		}
	if (*end && (m = strchr(mult, *end)) != NULL) {
		for (k = (int)(m - mult); k >= 0; k -= 2) {
			if (rate > UINT_MAX / 1000)
				return QOS_RATE_ERROR;
			rate *= 1000;
			power += 3;
		}
		end++;
	}
	while (power && fract) {
		if (power < 0) {
			fract /= 10;
			power++;
		} else {
			fract *= 10;
			power--;
		}
	}
	rate += fract;
	if (strlen(end) < 3) {
		if (m)
			return QOS_RATE_ERROR;
	} else if (strncmp(end, "cps", 3) == 0) {
		end += 3;
	} else if (strncmp(end, "bps", 3) == 0) {
		if (up && rate % (8 * QOS_CELL_PAYLOAD) == 0)
			up = 0;
		rate = rate / (8 * QOS_CELL_PAYLOAD) + !!up;
		end += 3;
	} else if (m) {
		return QOS_RATE_ERROR;
	}
	if (rate > INT_MAX)
		return QOS_RATE_ERROR;
	*text = end;
	return (int)rate;
}

/* params (text2qos.c:83): ':' then name=value items joined by ','. */
static int qos_params(const char **text)
{
	char *end;
	int v;

	if (*(*text)++ != ':')
		return -1;
	for (;;) {
		if (!**text)
			return -1;
		switch (qos_fetch(text, "max_pcr=", "pcr=", "min_pcr=", "max_sdu=", "sdu=", NULL)) {
		case 0:
		case 1:
			if (qos_rate(text, 0) == QOS_RATE_ERROR)
				return -1;
			break;
		case 2:
			v = qos_rate(text, 1);
			if (v == QOS_RATE_ERROR || v == QOS_MAX_PCR)
				return -1;
			break;
		case 3:
		case 4:
			if ((int)strtol(*text, &end, 10) < 0)
				return -1;
			*text = end;
			break;
		default:
			return 0;
		}
		if (!**text)
			break;
		if (*(*text)++ != ',')
			return -1;
	}
	return 0;
}

/* text2qos (text2qos.c:126): 0 when it reads text, -1 when not. */
static int qos_read(const char *text)
{
	int tc = 0, item;

	do {
		item = qos_fetch(&text, "!none", "ubr", "cbr", "vbr", "abr", "aal0", "aal5", NULL);
		if (item == 1 || item == 2 || item == 4)
			tc = item;
		else if (item != 5 && item != 6)
			return -1;  /* vbr (3) too: "we don't support VBR yet" */
	} while (*text == ',' ? text++ : 0);
	if (!tc)
		return -1;
	if (!*text)
		return 0;
	if (qos_params(&text))
		return -1;
	if (!*text)
		return 0;
	switch (qos_fetch(&text, "tx", "rx", NULL)) {
	case 0:
		if (!qos_fetch(&text, ":none", NULL)) {
			if (*text == ',')
				text++;
			break;
		}
		if (qos_params(&text))
			return -1;
		break;
	case 1:
		text -= 2;
		break;
	default:
		return -1;
	}
	if (!*text)
		return 0;
	if (qos_fetch(&text, "rx", NULL))
		return -1;
	if (qos_fetch(&text, ":none", NULL) && qos_params(&text))
		return -1;
	return *text ? -1 : 0;
}

int catalog_shape_qos(const char *val, size_t len, struct buf *why)
{
	char *s;
	int bad;

	if (memchr(val, '\0', len))
		return 0;
	s = malloc(len + 1);
	if (!s)
		return 0;
	memcpy(s, val, len);
	s[len] = '\0';
	bad = qos_read(s) != 0;
	free(s);
	if (!bad)
		return 0;
	catalog_value_why(why, _("'%s' is not QoS text that the ATM parser in pppd's source reads "
	                  "(a traffic class ubr, cbr or abr, then :name=value parts); pppd "
	                  "takes it, but stops (\"Can't parse QoS\") when it connects over ATM, "
	                  "which a line with an ATM address such as 0.38 makes it do."), val, len);
	return 1;
}
