/* catalog_atm.c - the pppoatm plugin's qos value: its traffic class and AAL words, which the ATM library's text notation needs before any parameter. */
#include <string.h>
#include <strings.h>

#include "pppd/catalog.h"
#include "pppd/catalog_value.h"
#include "base/i18n.h"

/*
 * The plugin reads the value with text2qos when it connects and stops
 * ("Can't parse QoS") when that fails (linux-ppp-2.5.3/pppd/plugins/
 * pppoatm/pppoatm.c:156-157; 2.4.9 the same). The value starts with words
 * joined by ',', each a traffic class (ubr, cbr, abr) or an AAL (aal0,
 * aal5), in any case, one class at least; vbr is refused (text2qos.c:136-
 * 151). Parameters may follow after ':' (:90-123); those are not looked at
 * here, so a value is flagged only when its first part cannot be read.
 */
int catalog_shape_qos(const char *val, size_t len, struct buf *why)
{
	static const char *const words[] = { "ubr", "cbr", "abr", "aal0", "aal5" };
	const char *end = memchr(val, ':', len), *w, *comma;
	size_t n = end ? (size_t)(end - val) : len, i, k;
	int classes = 0, bad = n == 0 || memchr(val, '\0', len) != NULL;

	for (w = val; !bad && w < val + n; w = comma + 1) {
		comma = memchr(w, ',', (size_t)(val + n - w));
		if (!comma)
			comma = val + n;
		k = (size_t)(comma - w);
		for (i = 0; i < sizeof words / sizeof words[0]; i++)
			if (k == strlen(words[i]) && strncasecmp(w, words[i], k) == 0)
				break;
		if (i == sizeof words / sizeof words[0])
			bad = 1;
		classes += i < 3;
	}
	if (!bad && (!classes || (n && val[n - 1] == ',')))
		bad = 1;
	if (!bad)
		return 0;
	catalog_value_why(why, _("'%s' is not QoS text that the ATM parser in pppd's source reads "
	                  "(a traffic class ubr, cbr or abr, then :name=value parts); pppd "
	                  "takes it, but stops (\"Can't parse QoS\") when it connects over ATM, "
	                  "which a line with an ATM address such as 0.38 makes it do."), val, len);
	return 1;
}
