/* check_env.c - the rules about what pppd meets on the machine while it reads a source: who may use an option, +ua, network interfaces, host names, groups, programs (the log file: check_logfile.c). */
#include <errno.h>
#include <grp.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "check/check_int.h"
#include "base/util.h"
#include "pppd/catalog_value.h"

/* The rules here speak only when the file is read as part of a whole
 * configuration (src/config); a file checked alone has no env. */
const struct check_env *check_env_of(const struct check_ctx *c)
{
	return c->file ? c->file->env : NULL;
}

/* ---- who may read or write a path ------------------------------------ */

/* Whether the user is in group g: their own group, or named in it. */
static int check_env_in_group(const struct check_env *env, gid_t g)
{
	const struct group *gr;
	char *const *m;

	if (g == env->gid)
		return 1;
	if (!env->user || (gr = getgrgid(g)) == NULL)
		return 0;
	for (m = gr->gr_mem; *m; m++)
		if (strcmp(*m, env->user) == 0)
			return 1;
	return 0;
}

/* The permission bits (R_OK, W_OK, X_OK as 4, 2, 1) st grants the user. */
static int check_env_bits(const struct check_env *env, const struct stat *st)
{
	unsigned m = (unsigned)st->st_mode;

	if (st->st_uid == env->uid)
		return (int)((m >> 6) & 7u);
	if (check_env_in_group(env, st->st_gid))
		return (int)((m >> 3) & 7u);
	return (int)(m & 7u);
}

static int check_env_read_only_fs(const char *path)
{
	struct statvfs vs;

	return statvfs(path, &vs) == 0 && (vs.f_flag & ST_RDONLY);
}

int check_env_may(const struct check_env *env, const char *path, int mode)
{
	struct stat st;
	struct buf part;
	const char *slash;
	int want = ((mode & R_OK) ? 4 : 0) | ((mode & W_OK) ? 2 : 0) | ((mode & X_OK) ? 1 : 0);
	int ok = 1;

	if (stat(path, &st) < 0)
		return 0;
	if (!env || env->uid == 0) {
		/* root passes every permission bit but one: execute needs some x */
		if ((mode & W_OK) && check_env_read_only_fs(path)) {
			errno = EROFS;
			return 0;
		}
		if ((mode & X_OK) && !S_ISDIR(st.st_mode) && !(st.st_mode & 0111)) {
			errno = EACCES;
			return 0;
		}
		return 1;
	}
	if (getuid() == env->uid && geteuid() == env->uid)
		return access(path, mode) == 0;
	/* from the bits: each folder on the way must let the user through */
	buf_init(&part);
	for (slash = strchr(path + 1, '/'); ok && path[0] == '/' && slash;
	     slash = strchr(slash + 1, '/')) {
		buf_reset(&part);
		buf_add(&part, path, (size_t)(slash - path));
		ok = stat(part.data, &st) == 0 && (check_env_bits(env, &st) & 1);
	}
	buf_free(&part);
	if (ok && stat(path, &st) == 0 && (check_env_bits(env, &st) & want) == want) {
		if ((mode & W_OK) && check_env_read_only_fs(path)) {
			errno = EROFS;
			return 0;
		}
		return 1;
	}
	errno = EACCES;
	return 0;
}

/* ---- a name pppd knows, refused all the same ------------------------- */

/* pppd refuses an OPT_PRIV option from a source it reads without privilege
 * (linux-ppp-2.5.3/pppd/options.c:841, apple-ppp-1027.121.1/Helpers/pppd/options.c:784).
 * The fix names call, not just "a peers file": call reads its file with
 * privilege whoever asks (linux-ppp-2.5.3/pppd/options.c:1686, 2.4.9's
 * options.c:1456, Apple's :1612), while file keeps the privilege of the
 * source that names it (2.5.3 options.c:1640), so a peers file named with
 * file from ~/.ppprc or a user's command line is refused the same. */
int check_env_privileged(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	const struct catalog_entry *r = c->row[entry];
	struct buf msg;

	(void)word;
	if (!env || env->privileged || !(r->flags & CATALOG_PRIV))
		return 0;
	/* privileged only from a later release (defaultroute, set, unset
	 * since 2.5.3: linux-ppp-2.4.9/pppd/options.c:314, ipcp.c:190-191):
	 * the older release named takes it from any source */
	if (c->p == PLATFORM_LINUX && r->linux_priv_since &&
	    check_release_before(c, r->linux_priv_since))
		return 0;
	buf_init(&msg);
	buf_printf(&msg, _("'%s' is for root only, and pppd reads this without privilege (it "
	           "was started by a user other than root), so it refuses the option "
	           "(\"using the %s option requires root privilege\")."), r->name, r->name);
	check_stops(c, check_line(c, entry), &msg);
	/* replacedefaultroute: 2.5.3 still refuses it here (OPT_PRIV,
	 * linux-ppp-2.5.3/pppd/ipcp.c:210), but where it is taken it only logs
	 * that it has no effect (:540-545), so moving it gains nothing. It is
	 * the only privileged no-op row, and its change came in 2.5.3
	 * (linux-ppp-2.5.3/README:70, :97): 2.5.0 to 2.5.2 still act on it. */
	if (c->p == PLATFORM_LINUX && (r->flags & CATALOG_NOOP) &&
	    !check_release_before(c, "2.5.3"))
		check_say_buf(c, CHECK_K_PRIVILEGED, check_line(c, entry), entry,
		              N_("Remove it: where Linux pppd 2.5.3 takes it, it does nothing. "
		              "Only for an older pppd that still acts on it, move it to "
		              "/etc/ppp/options or to a peers file named with call, which "
		              "pppd reads with privilege; a file that an unprivileged "
		              "source names with 'file', even one in /etc/ppp/peers, is "
		              "read without it too."),
		              NULL, &msg);
	else
		check_say_buf(c, CHECK_K_PRIVILEGED, check_line(c, entry), entry, N_("Move it to "
		              "/etc/ppp/options or to a peers file named with call, which pppd "
		              "reads with privilege; a file that an unprivileged source names "
		              "with 'file', even one in /etc/ppp/peers, is read without it "
		              "too."), NULL, &msg);
	return 1;
}

/* Once the command line is read the device is fixed: the device options of
 * /etc/ppp/options.<tty> are refused (linux-ppp-2.5.3/pppd/main.c:437,
 * options.c:850; the same in 2.4.9 and Apple's, options.c:706 and :793). */
int check_env_device_fixed(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	const struct catalog_entry *r = c->row[entry];
	struct buf msg, w;
	size_t len;
	const char *name;

	(void)word;
	if (!env || !env->tty_file || !(r->flags & CATALOG_DEVNAM))
		return 0;
	buf_init(&msg);
	buf_init(&w);
	name = check_name(c, entry, &len);
	check_word(&w, name, len);
	buf_printf(&msg, _("%s chooses the device, but pppd reads this file only once the "
	           "device is chosen, and refuses to change it here (\"may not be changed\")."),
	           w.data);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_DEVICE_FIXED, check_line(c, entry), entry, N_("Name the device "
	              "on pppd's command line or in the peers file instead."), "", &msg);
	buf_free(&w);
	return 1;
}

/* Why `+ua` cannot read its file, or NULL. pppd opens it with the real
 * user's rights even in a privileged source, then needs two lines: fgets
 * for the name (at most MAXNAMELEN - 2 bytes) and one more for the password
 * (linux-ppp-2.5.3/pppd/auth.c:522-545; 2.4.9 :473-494; Apple :541-556);
 * a folder fopen()s but gives no line, so pppd says it cannot read it. */
static const char *check_env_ua_why(const struct check_env *env, const char *path)
{
	char line[256 - 1];
	struct stat st;
	FILE *f;
	int ok;

	if (!check_env_may(env, path, R_OK))
		return errno == ENOENT ? _("there is no such file") : _("pppd may not read it");
	/* a folder opens, but reading it fails: no line, whatever is in it */
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return _("it is a folder, not a file");
	if ((f = fopen(path, "r")) == NULL)
		return _("pppd may not read it");
	ok = fgets(line, sizeof line, f) != NULL && fgetc(f) != EOF;
	fclose(f);
	return ok ? NULL : _("it needs the user name on one line and the password on the next");
}

/* `+ua FILE`: pppd reads the file while it reads its options and refuses
 * to start when it cannot. */
int check_env_uafile(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	const char *arg, *why;
	char *path;
	size_t len;
	struct buf msg, w;

	(void)word;
	if (!env || !env->machine || strcmp(c->row[entry]->name, "+ua") != 0 ||
	    (arg = check_arg(c, entry, &len)) == NULL || memchr(arg, '\0', len) ||
	    !len || arg[0] != '/')
		return 0;
	path = util_xmemdup(arg, len);
	why = check_env_ua_why(env, path);
	free(path);
	if (!why)
		return 0;
	buf_init(&msg);
	buf_init(&w);
	check_word(&w, arg, len);
	buf_printf(&msg, _("pppd reads this end's user name and password from %s while it reads "
	           "its options, and cannot: %s."), w.data, why);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_UAFILE, check_line(c, entry), entry, N_("Create the file with "
	              "the user name on its first line and the password on the second, or "
	              "remove the line."), NULL, &msg);
	buf_free(&w);
	buf_free(&msg);
	return 1;
}

/* A word the PPPoE plugin takes for a network interface is its device only
 * when the interface exists and is Ethernet (linux-ppp-2.5.3/pppd/plugins/
 * pppoe/plugin.c:376-382); otherwise no option matches it and pppd calls it
 * unrecognized. */
int check_env_interface(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	char name[IF_NAMESIZE + 8];
	const char *w;
	size_t len;
	struct buf msg, ww;
	int here, machine = env && env->machine;

	(void)word;
	/* A file read alone (--only) is still read for this machine unless
	 * --no-env, --root or another platform says otherwise: there only an
	 * interface this machine has that is not Ethernet (lo) is sure to be
	 * refused, as the file may name one that is made later. */
	if (strcmp(c->row[entry]->name, "<ethernet-interface>") != 0 ||
	    (!machine && (c->scope.by_shape || c->p != platform_default())))
		return 0;
	w = check_name(c, entry, &len);
	if (len > 4 && memcmp(w, "nic-", 4) == 0) {
		w += 4;
		len -= 4;
	}
	if (len >= sizeof name)
		return 0;
	memcpy(name, w, len);
	name[len] = '\0';
	if ((here = catalog_interface_here(name, strlen(name))) == 1 ||
	    (here < 0 && (!machine || if_nametoindex(name) != 0)))
		return 0;
	buf_init(&msg);
	buf_init(&ww);
	w = check_name(c, entry, &len);
	check_word(&ww, w, len);
	if (here == 0)
		buf_printf(&msg, _("The network interface '%s' on this machine is not an Ethernet "
		           "one, so the PPPoE plugin does not take %s for its device and pppd "
		           "does not know the word."), name, ww.data);
	else
		buf_printf(&msg, _("There is no network interface '%s' on this machine, so the "
		           "PPPoE plugin does not take %s for its device and pppd does not know "
		           "the word."), name, ww.data);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_INTERFACE, check_line(c, entry), entry, N_("Name an Ethernet "
	              "interface this machine has (ip link, or ifconfig -a)."), NULL, &msg);
	buf_free(&ww);
	return 1;
}

/* ifname naming an interface this machine already has that is not a PPP
 * one (eth0, lo): pppd cannot give its own interface that name, and the
 * link fails as it comes up (linux-ppp-2.5.3/pppd/sys-linux.c:1019-1020,
 * :1030-1036; 2.4.9's :669-678; the failure at auth.c:666-669). A PPP
 * interface of that name may be this very connection, up now: not said.
 * Left out: an interface made later, and one this machine loses before.
 * pppol2tp_ifname: the plugin renames the interface as the link starts
 * without looking at the result and takes the name as the interface's
 * either way (linux-ppp-2.5.3/pppd/plugins/pppol2tp/pppol2tp.c:230-231,
 * 2.4.9's :219-220), so the MTU and address pppd sets afterwards by that
 * name (lcp.c:1896, sys-linux.c:1638, :3204) land on the other interface. */
int check_env_ifname(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	const struct doc_entry *e = &c->d->entries[entry];
	const char *v;
	size_t len;
	int type, l2tp;
	struct buf msg;

	(void)word;
	/* a file read alone is read for this machine too, unless --no-env,
	 * --root or another platform says otherwise (as check_env_interface) */
	if (!(env ? env->machine : !c->scope.by_shape && c->p == platform_default()) ||
	    c->p != PLATFORM_LINUX || e->nwords < 2)
		return 0;
	l2tp = strcmp(c->row[entry]->name, "pppol2tp_ifname") == 0;
	if (!l2tp && strcmp(c->row[entry]->name, "ifname") != 0)
		return 0;
	v = check_val(c, e->word + 1, &len);
	/* 512 is ARPHRD_PPP, Linux's type for a PPP interface */
	if ((type = catalog_interface_type(v, len)) < 0 || type == 512)
		return 0;
	buf_init(&msg);
	if (l2tp)
		buf_printf(&msg, _("This machine already has a network interface '%.*s' that is "
		           "not a PPP one, so the kernel will not give pppd's interface that name; "
		           "pppol2tp.so does not notice and pppd uses the name anyway, so the MTU and "
		           "IP address it sets for the link go to '%.*s' instead (derived from the "
		           "source, not tried)."), (int)len, v, (int)len, v);
	else
		buf_printf(&msg, _("This machine already has a network interface '%.*s' that is not a "
		           "PPP one, so pppd cannot give its own interface that name: the link fails "
		           "as it comes up (derived from the source, not tried)."), (int)len, v);
	check_say_buf(c, CHECK_K_IFNAME_TAKEN, check_line(c, entry), entry, N_("Choose a name "
	              "no interface of this machine has (ip link), such as ppp-vpn."), NULL, &msg);
	buf_free(&msg);
	return 1;
}

/* One side of local:remote that is a name, not numbers: pppd looks it up
 * and refuses the pair when that fails ("unknown host"), or when the
 * address is one it never uses: loopback, multicast, class E ("bad local
 * IP address", linux-ppp-2.5.3/pppd/ipcp.c:455-490, auth.c:2161
 * ppp_bad_ip_addr; bad_ip_adrs in 2.4.9 and Apple's ipcp.c:526). Apple's
 * refuses of the loopback net only 127.0.0.1 itself
 * (apple-ppp-1027.121.1/Helpers/pppd/auth.c:2471).
 * Returns 0 (numbers, or a usable address), 1 (not found), 2 (bad, its
 * address in *addr). */
static int check_env_lookup(const char *s, size_t len, enum platform p, struct buf *name,
                            unsigned long *addr)
{
	struct addrinfo hints, *res = NULL;
	const unsigned char *a;
	size_t i;
	int rc;

	if (len == 0 || catalog_value_ipv4_lead(s, len, NULL))
		return 0;   /* an address with a blank after it: inet_addr takes it */
	for (i = 0; i < len && (s[i] == '.' || (s[i] >= '0' && s[i] <= '9')); i++)
		continue;
	if (i == len)
		return 0;   /* numbers: the catalogue judges those */
	buf_reset(name);
	buf_add(name, s, len);
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_INET;
	if (getaddrinfo(name->data, NULL, &hints, &res) != 0 || !res) {
		if (res)
			freeaddrinfo(res);
		return 1;
	}
	a = (const unsigned char *)&((const struct sockaddr_in *)(const void *)res->ai_addr)
	    ->sin_addr;
	*addr = (unsigned long)a[0] << 24 | (unsigned long)a[1] << 16 |
	        (unsigned long)a[2] << 8 | a[3];
	rc = (p == PLATFORM_MACOS ? *addr == 0x7f000001ul : a[0] == 127) || a[0] >= 224;
	freeaddrinfo(res);   /* a points into it */
	return rc ? 2 : 0;
}

/* A name pppd looks up while it reads the option, and this machine does
 * not know: said as before + name + after, where pppd stops. */
static void check_env_unknown(struct check_ctx *c, size_t entry, enum check_kid k,
                              const char *before, const struct buf *name, const char *after,
                              const char *fix)
{
	struct buf msg;

	buf_init(&msg);
	buf_adds(&msg, before);
	buf_add_escaped(&msg, name->data, name->len);
	buf_adds(&msg, after);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, k, check_line(c, entry), entry, fix, NULL, &msg);
	buf_free(&msg);
}

int check_env_host(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	const char *w, *colon;
	size_t len;
	struct buf name, msg;
	unsigned long addr = 0;
	int bad;

	(void)word;
	if (!env || !env->machine)
		return 0;
	buf_init(&name);
	buf_init(&msg);
	if (strcmp(c->row[entry]->name, "<local>:<remote>") == 0) {
		w = check_name(c, entry, &len);
		colon = memchr(w, ':', len);
		bad = colon ? check_env_lookup(w, (size_t)(colon - w), c->p, &name, &addr) : 0;
		if (colon && !bad)
			bad = check_env_lookup(colon + 1, len - (size_t)(colon + 1 - w), c->p, &name,
			                       &addr);
	} else if (strcmp(check_sets_canon(c->row[entry]), "ms-dns") == 0 ||
	           strcmp(c->row[entry]->name, "ms-wins") == 0) {
		/* a name is looked up as the option is read, and one that does
		 * not resolve is an option error; any address it gives will do
		 * (linux-ppp-2.5.3/pppd/ipcp.c:370, :405; Apple's :430, :466).
		 * Apple's dns-addr runs the same handler as ms-dns (Apple's
		 * ipcp.c:231), so it is looked up too. */
		w = check_arg(c, entry, &len);
		bad = w && check_env_lookup(w, len, c->p, &name, &addr) == 1;
	} else {
		bad = 0;
	}
	if (bad == 1) {
		/* ms-dns and ms-wins log their own words for a name that does not
		 * resolve (2.5.3's ipcp.c:371, :406; Apple's :431, :467); only the
		 * pair logs "unknown host" (2.5.3's :457, :478). */
		int pair = strcmp(c->row[entry]->name, "<local>:<remote>") == 0;

		check_env_unknown(c, entry, CHECK_K_HOST, _("pppd looks up the host name '"), &name,
		                  pair ? _("' while it reads its options, and this machine cannot "
		                  "find it now (\"unknown host\").")
		                  : _("' while it reads its options, and this machine cannot find it "
		                  "now (pppd: \"invalid address parameter\")."),
		                  N_("Write the IP address instead, or add the name to /etc/hosts."));
	} else if (bad == 2) {
		buf_adds(&msg, _("The host name '"));
		buf_add_escaped(&msg, name.data, name.len);
		buf_printf(&msg, _("' stands for %lu.%lu.%lu.%lu here, an address pppd never uses "
		           "for a link (loopback, multicast or reserved), so it refuses the pair."),
		           addr >> 24, (addr >> 16) & 255, (addr >> 8) & 255, addr & 255);
		check_stops(c, check_line(c, entry), &msg);
		check_say_buf(c, CHECK_K_BAD_VALUE, check_line(c, entry), entry, N_("Write the "
		              "address meant for this link."), NULL, &msg);
	}
	buf_free(&name);
	buf_free(&msg);
	return bad != 0;
}

/* Away from the machine that reads the file, pppconf cannot tell which
 * groups exist; it says only what is sure to be a slip: a value of digits
 * alone, which pppd looks up as a name like any other (getgrnam,
 * linux-ppp-2.5.3/pppd/auth.c:579; tried: 2.4.9 refuses privgroup 0 on a
 * machine whose group 0 is root), never as a group number. It leaves out
 * every other name. */
static void check_env_group_number(struct check_ctx *c, size_t entry, const struct buf *name)
{
	struct buf msg;

	if (name->len == 0 || strspn(name->data, "0123456789") != name->len)
		return;
	buf_init(&msg);
	buf_adds(&msg, _("privgroup takes a group's name, and pppd looks '"));
	buf_add_escaped(&msg, name->data, name->len);
	buf_adds(&msg, _("' up as a name only, never as a group number: unless the machine that "
	         "reads this file has a group called that, pppd says the group is unknown and "
	         "refuses the file."));
	check_say_buf(c, CHECK_K_ODD_VALUE, check_line(c, entry), entry, N_("Write the group's "
	              "name instead of its number."), NULL, &msg);
	buf_free(&msg);
}

/* privgroup looks its group up as it reads the option and refuses one the
 * machine does not have (linux-ppp-2.5.3/pppd/auth.c:579-581; 2.4.9's
 * :530-532, Apple's :587-589). */
int check_env_group(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	const char *g;
	size_t len;
	struct buf name;
	int bad;

	(void)word;
	if (strcmp(c->row[entry]->name, "privgroup") != 0 ||
	    (g = check_arg(c, entry, &len)) == NULL || memchr(g, '\0', len))
		return 0;
	buf_init(&name);
	buf_add(&name, g, len);
	if (!env || !env->machine) {
		check_env_group_number(c, entry, &name);
		buf_free(&name);
		return 0;
	}
	bad = getgrnam(name.data) == NULL;
	if (bad)
		check_env_unknown(c, entry, CHECK_K_GROUP, _("pppd looks up the group '"), &name,
		                  _("' while it reads its options, and this machine has no such "
		                  "group (\"group is unknown\")."), N_("Name a group that exists on "
		                  "this machine, or remove the line."));
	buf_free(&name);
	return bad;
}

/* ---- what fails later, when the link comes up ------------------------ */

/* A command pppd runs through /bin/sh -c (linux-ppp-2.5.3/pppd/main.c:1868):
 * its program, when named by a full path, must be there and runnable; and
 * chat's -f script must be there. Otherwise the link fails when pppd runs
 * it (for connect: "Connect script failed", tty.c:750). */
int check_env_program(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	const struct catalog_entry *r = c->row[entry];
	const char *arg, *p, *prog_end, *f;
	size_t len, n;
	struct buf prog, file, msg;
	int said = 0;

	(void)word;
	if (!env || !env->machine || r->arg != CATALOG_ARG_COMMAND ||
	    (arg = check_arg(c, entry, &len)) == NULL || memchr(arg, '\0', len))
		return 0;
	p = arg + strspn(arg, " \t");
	if (*p != '/')
		return 0;
	prog_end = p + strcspn(p, " \t;|&<>'\"");
	buf_init(&prog);
	buf_init(&file);
	buf_init(&msg);
	buf_add(&prog, p, (size_t)(prog_end - p));
	if (!check_env_may(NULL, prog.data, X_OK)) {
		int gone = errno == ENOENT;

		buf_add_escaped(&file, prog.data, prog.len);
		buf_printf(&msg, gone ? _("%s runs '%s', which does not exist on this machine: "
		           "the link fails when pppd runs it.") : _("%s runs '%s', which cannot be "
		           "run on this machine: the link fails when pppd runs it."), r->name,
		           file.data);
		buf_reset(&file);
		said = 1;
	} else if (prog.len >= 5 && strcmp(prog.data + prog.len - 5, "/chat") == 0 &&
	           (f = strstr(prog_end, " -f")) != NULL && (f[3] == ' ' || f[3] == '\t')) {
		f += 3 + strspn(f + 3, " \t");
		n = strcspn(f, " \t;|&<>'\"");
		buf_add(&file, f, n);
		if (n && f[0] == '/' && !check_env_may(NULL, file.data, R_OK)) {
			buf_adds(&msg, _("chat's script '"));
			buf_add_escaped(&msg, file.data, file.len);
			buf_printf(&msg, _("' (%s) is not on this machine: the link fails when pppd "
			           "runs it."), r->name);
			said = 1;
		}
	}
	if (said)
		check_say_buf(c, CHECK_K_PROGRAM, check_line(c, entry), entry, N_("Install it or "
		              "correct the path."), NULL, &msg);
	buf_free(&prog);
	buf_free(&file);
	buf_free(&msg);
	return said;
}
