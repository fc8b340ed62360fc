/* catalog_atm.c - the pppoatm plugin's words: its circuit address ([itf.]vpi.vci) and its qos value, whose traffic class and AAL words the ATM library's text notation needs before any parameter. */
#include <ctype.h>
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

/*
 * The circuit word pppoatm.so takes as its device (pppoatm.c:85-86 in
 * 2.5.3): the plugin's bundled text2atm (text2atm.c:20-72) reads two or
 * three parts joined by '.', [itf.]vpi.vci. Each part is a number without
 * a leading zero, or '*' for any; the interface is at most 32767, the vpi
 * at most 255 and the vci at most 65535 (ATM_MAX_VPI, ATM_MAX_VCI: the
 * kernel's linux/atm.h, which the plugin's atm.h includes; not in the
 * pinned source). A word it cannot
 * read as such is then looked up by name (/etc/hosts.atm, then ATM name
 * service, text2atm.c:243-246); pppconf leaves those names out, as it
 * cannot know what the machine pppd runs on resolves.
 */
int catalog_is_atm(const char *w, size_t len)
{
	static const unsigned long most[3] = { 32767, 255, 65535 };
	unsigned long part[3];
	size_t i = 0, n = 0;
	int any[3] = { 0, 0, 0 };

	while (i < len) {
		if (n == 3)
			return 0;
		part[n] = 0;
		if (w[i] == '*') {
			any[n] = 1;
			i++;
		} else if (isdigit((unsigned char)w[i])) {
			if (w[i] == '0' && i + 1 < len && isdigit((unsigned char)w[i + 1]))
				return 0;
			for (; i < len && isdigit((unsigned char)w[i]); i++) {
				part[n] = part[n] * 10 + (unsigned long)(w[i] - '0');
				if (part[n] > 65535)
					return 0;
			}
		} else {
			return 0;
		}
		n++;
		if (i < len && (w[i] != '.' || ++i == len))
			return 0;
	}
	if (n < 2)
		return 0;
	for (i = 0; i < n; i++)
		if (!any[i] && part[i] > most[i + 3 - n])
			return 0;
	return 1;
}
