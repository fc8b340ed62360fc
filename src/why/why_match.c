/* why_match.c - a pppd message against the table's patterns: printf conversions as wildcards. */
#include "why/why_match.h"

#include <string.h>

/* Where a conversion that starts at p ('%') ends: flags, width, precision
 * and length as pppd's vslprintf reads them, then the letter; %{...} up to
 * its brace. Returns p itself when p is no conversion. */
static const char *why_match_conv_end(const char *p)
{
	const char *q = p + 1;

	if (*q == '{') {
		const char *close = strchr(q, '}');
		return close ? close + 1 : p;
	}
	while (*q && strchr("-+ #0", *q))
		q++;
	while (*q == '*' || (*q >= '0' && *q <= '9'))
		q++;
	if (*q == '.') {
		q++;
		while (*q == '*' || (*q >= '0' && *q <= '9'))
			q++;
	}
	while (*q == 'l' || *q == 'h' || *q == 'z')
		q++;
	if ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))
		return q + 1;
	return p;
}

/* The length of the message that counts: up to "#012", without trailing
 * blanks or CR. */
static size_t why_match_msg_len(const char *msg, size_t len)
{
	size_t i;

	for (i = 0; i + 4 <= len; i++)
		if (memcmp(msg + i, "#012", 4) == 0) {
			len = i;
			break;
		}
	while (len > 0 && (msg[len - 1] == ' ' || msg[len - 1] == '\t' ||
	                   msg[len - 1] == '\r' || msg[len - 1] == '\n'))
		len--;
	return len;
}

/* Glob matching where a conversion is the star: when a literal fails, the
 * last star swallows one more byte and matching resumes after it. A
 * pattern's conversions never nest, so this one backtrack point is enough. */
int why_match(const char *pattern, const char *msg, size_t len)
{
	const char *p = pattern, *star = NULL;
	size_t s = 0, star_s = 0;

	len = why_match_msg_len(msg, len);
	while (s < len || *p) {
		if (*p == '%' && p[1] == '%') {
			if (s < len && msg[s] == '%') {
				p += 2;
				s++;
				continue;
			}
		} else if (*p == '%' && p[1] == '{') {
			/* a conversion with a required value: its text must be here */
			const char *close = strchr(p, '}');
			size_t n = close ? (size_t)(close - p - 2) : 0;
			if (close && s + n <= len && memcmp(msg + s, p + 2, n) == 0) {
				p = close + 1;
				s += n;
				continue;
			}
		} else if (*p == '%' && why_match_conv_end(p) != p) {
			p = why_match_conv_end(p);
			star = p;
			star_s = s;
			continue;
		} else if (*p && s < len && *p == msg[s]) {
			p++;
			s++;
			continue;
		}
		if (!star || star_s >= len)
			return 0;
		p = star;
		s = ++star_s;
	}
	return 1;
}

/* The number of fixed bytes, to rank matching patterns. */
static size_t why_match_fixed(const char *pattern)
{
	size_t pos = 0, n, total = 0;

	while (why_match_piece(pattern, &pos, &n))
		total += n;
	return total;
}

const struct why_entry *why_match_find(const char *msg, size_t len)
{
	const struct why_entry *best = NULL;
	size_t i, n = why_table_count(), best_fixed = 0;

	for (i = 0; i < n; i++) {
		const struct why_entry *e = why_table_at(i);
		size_t fixed;

		if (!why_match(e->pattern, msg, len))
			continue;
		fixed = why_match_fixed(e->pattern);
		if (!best || fixed > best_fixed) {
			best = e;
			best_fixed = fixed;
		}
	}
	return best;
}

const char *why_match_piece(const char *pattern, size_t *pos, size_t *n)
{
	const char *p = pattern + *pos, *start;

	for (;;) {
		if (*p == '%' && p[1] == '%')
			p += 2;
		else if (*p == '%' && why_match_conv_end(p) != p)
			p = why_match_conv_end(p);
		else
			break;
	}
	start = p;
	while (*p && !(*p == '%' && (p[1] == '%' || why_match_conv_end(p) != p)))
		p++;
	*pos = (size_t)(p - pattern);
	*n = (size_t)(p - start);
	return *n ? start : NULL;
}
