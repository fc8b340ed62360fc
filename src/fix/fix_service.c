/* fix_service.c - one VPN's own file, /etc/ppp/peers/<service name>: the name pppd's call accepts, and the services the Mac knows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fix/fix_int.h"
#include "base/i18n.h"
#include "base/util.h"

#define FIX_PEERS "/etc/ppp/peers"

int fix_service_path(const char *name, struct buf *path, struct buf *why)
{
	const char *dir = getenv("PPPCONF_PEERS_DIR"), *p;
	size_t i;

	if (!name || !*name) {
		buf_adds(why, _("The service's name is empty."));
		return -1;
	}
	/* pppd's own rule for `call` (Helpers/pppd/options.c:1587-1603): no
	 * leading '/', no ".." component */
	if (name[0] == '/') {
		buf_adds(why, _("pppd refuses a name for call that starts with '/'."));
		return -1;
	}
	for (p = name; *p; ) {
		if (p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0')) {
			buf_adds(why, _("pppd refuses a name for call with a '..' component."));
			return -1;
		}
		while (*p && *p != '/')
			p++;
		if (*p == '/')
			p++;
	}
	/* pppd would accept these, but they make a folder path or an odd file */
	for (i = 0; name[i]; i++)
		if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f || name[i] == '/') {
			buf_adds(why, name[i] == '/' ? _("A '/' in the name would put the file in a "
			         "folder under /etc/ppp/peers; pppconf does not write such a file.") :
			         _("The name holds control characters; pppconf does not write such "
			           "a file."));
			return -1;
		}
	if (strcmp(name, ".") == 0) {
		buf_adds(why, _("'.' is the folder itself, not a file."));
		return -1;
	}
	buf_reset(path);
	buf_printf(path, "%s/%s", dir && *dir ? dir : FIX_PEERS, name);
	return 0;
}

/* One line of `scutil --nc list`:
 *   * (Disconnected)   5E1F...-...   PPP --> L2TP   "Work VPN"   [PPP/L2TP]
 * The name is what stands between the first and the last '"' before the
 * bracketed type; only L2TP services are kept. */
static void fix_service_line(const char *s, size_t n, struct buf *names, size_t *count)
{
	const char *q1 = memchr(s, '"', n), *q2 = NULL, *br = NULL, *p;
	size_t k, len;

	for (p = s; p < s + n; p++)
		if (*p == '[')
			br = p;
	if (!q1 || !br || br < q1)
		return;
	for (p = q1 + 1; p < br; p++)
		if (*p == '"')
			q2 = p;
	if (!q2 || q2 == q1 + 1)
		return;
	/* the type: "[PPP/L2TP]" */
	for (p = br, k = 0; p + 4 <= s + n && k == 0; p++)
		k = memcmp(p, "L2TP", 4) == 0;
	if (!k)
		return;
	len = (size_t)(q2 - q1 - 1);
	/* each name once */
	for (k = 0; k < names->len; k += strlen(names->data + k) + 1)
		if (strlen(names->data + k) == len && memcmp(names->data + k, q1 + 1, len) == 0)
			return;
	buf_add(names, q1 + 1, len);
	buf_addc(names, '\0');
	(*count)++;
}

size_t fix_service_parse(const char *text, size_t len, struct buf *names)
{
	size_t i = 0, count = 0;

	buf_reset(names);
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text) : len;

		fix_service_line(text + i, end - i, names, &count);
		i = end + 1;
	}
	return count;
}

/* Whether `prog` is an executable file in a folder of PATH. */
static int fix_service_on_path(const char *prog)
{
	const char *path = getenv("PATH"), *p;
	struct buf full = { 0 };
	int found = 0;

	for (p = path ? path : ""; *p && !found; ) {
		size_t n = strcspn(p, ":");

		buf_reset(&full);
		buf_printf(&full, "%.*s/%s", (int)n, p, prog);
		found = access(full.data, X_OK) == 0;
		p += n;
		if (*p == ':')
			p++;
	}
	buf_free(&full);
	return found;
}

size_t fix_service_names(struct buf *names)
{
	struct buf out = { 0 };
	char chunk[4096];
	size_t got, n = 0;
	FILE *f;

	buf_reset(names);
	if (!fix_service_on_path("scutil"))
		return 0;
	f = popen("scutil --nc list 2>/dev/null", "r");
	if (!f)
		return 0;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0 && out.len < 1u << 20)
		buf_add(&out, chunk, got);
	pclose(f);
	if (out.len)
		n = fix_service_parse(out.data, out.len, names);
	buf_free(&out);
	return n;
}
