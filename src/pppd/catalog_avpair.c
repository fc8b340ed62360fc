/* catalog_avpair.c - radius.so's avpair text, read as far as the plugin's own parser would go: field lengths, commas, and where a name lacks its "=". */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include <string.h>

#include "base/i18n.h"

/* avpair: the radius plugin copies each attribute name and each value into
 * 64-byte buffers with no length check (linux-ppp-2.5.3/pppd/plugins/radius/
 * avpair.c:476-505, :526-527; 2.4.9 avpair.c:478-507). This walks the pairs
 * only as far as needed to find the first field of 64 bytes or more: a name,
 * or a value after "=" (quoted: up to the next quote; otherwise up to a
 * space, tab, "=" or ","). It cannot know the plugin's dictionary, so a
 * value is reached only if its name is known. It also reports where the
 * plugin's reading stops for a reason it can see: a field ended by an
 * unquoted ",", an "=" with no name before it (an empty name, which no
 * dictionary holds: dict.c:106 reads names as words), a name followed by
 * something other than "=" (an error either way, avpair.c:548-558,
 * :561-576), and a name that ends the text (no pair from it; an error
 * only if the dictionary lacks the name, avpair.c:536, :681). A quoted
 * empty name is left alone. Quotes here are the ones the plugin sees: pppd
 * has already taken away the options file's own (options.c:1531-1538), so
 * Filter-Id="a,b" in the file reaches the plugin as Filter-Id=a,b. It
 * does not look past the first such field. */
int catalog_shape_avpair(const char *val, size_t len, struct buf *why)
{
	size_t i = 0, start, field;
	int value = 0;

	while (i < len && val[i] != '\n') {
		if (val[i] == ' ' || val[i] == '\t') {
			i++;
			continue;
		}
		if (!value && val[i] == '=') {
			if (why)
				buf_printf(why, "%s", _("an \"=\" has no attribute name before it, and "
				           "no RADIUS dictionary holds an empty name: when it first checks "
				           "a login the radius plugin logs an error and drops this avpair's "
				           "pairs and those of every avpair written after it."));
			return 1;
		}
		start = i;
		if (val[i] == '"') {
			start = ++i;
			while (i < len && val[i] != '"' && val[i] != '\n')
				i++;
			field = i - start;
			if (i < len && val[i] == '"')
				i++;
		} else {
			while (i < len && val[i] != ' ' && val[i] != '\t' && val[i] != '\n' &&
			       val[i] != '=' && val[i] != ',')
				i++;
			field = i - start;
		}
		if (field >= 64) {
			if (why)
				buf_printf(why, value ?
				           _("a value of %zu characters is longer than the 63 the radius "
				             "plugin's buffer holds; if its dictionary knows the attribute, "
				             "the plugin copies the value unchecked and writes past the "
				             "buffer, with unforeseeable results.") :
				           _("an attribute name of %zu characters is longer than the 63 "
				             "the radius plugin's buffer holds; the plugin copies it "
				             "unchecked and writes past the buffer, with unforeseeable "
				             "results."), field);
			return 1;
		}
		if (i < len && val[i] == ',') {
			if (why)
				buf_printf(why, "%s", _("a comma the radius plugin does not find between "
				           "double quotes ends a name or value (pppd removes the file's own "
				           "quotes before the plugin sees the text), and the plugin cannot read what follows as a pair: "
				           "when it first checks a login it logs an error and drops this "
				           "avpair's pairs and those of every avpair written after it. "
				           "Separate pairs with spaces."));
			return 1;
		}
		if (value) {
			value = 0;
			continue;
		}
		if (field == 0)
			return 0;          /* e.g. a ",": an unknown, empty name */
		while (i < len && (val[i] == ' ' || val[i] == '\t'))
			i++;
		if (i >= len || val[i] == '\n') {
			if (why)
				buf_printf(why, _("'%.*s' has no \"=\" and value after it, so the "
				           "radius plugin adds no pair for it; if its dictionary does not "
				           "know that name either, it logs an error and drops this avpair's "
				           "pairs and those of every avpair written after it."),
				           (int)field, val + start);
			return 1;
		}
		if (val[i] != '=') {
			if (why)
				buf_printf(why, _("'%.*s' is followed by '%c' where the radius plugin "
				           "looks for \"=\": when it first checks a login it logs an error "
				           "and drops this avpair's pairs and those of every avpair written "
				           "after it."), (int)field, val + start, val[i]);
			return 1;
		}
		i++;
		value = 1;
	}
	return 0;
}
