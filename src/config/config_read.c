/* config_read.c - one source as pppd reads it: its state before a word is read, each directive checked with the plugins the sources before loaded, and `file` and `call` followed where pppd meets them. */
/* realpath() is in POSIX's XSI part, which glibc hides under plain
 * _POSIX_C_SOURCE. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config_int.h"
#include "base/i18n.h"
#include "base/util.h"
#include "pppd/lexer.h"

/* Whether pppd reads `s` before PPPController's options and below their
 * rank: it is ~/.ppprc or /etc/ppp/options, or was named from one of them. */
static int config_read_before_controller(const struct config *c, const struct config_source *s)
{
	while (s->parent != CONFIG_NONE)
		s = c->src[s->parent];
	return c->o.platform == PLATFORM_MACOS &&
	       (s->origin == CONFIG_SYSTEM || s->origin == CONFIG_USER);
}

/* An include of /etc/ppp/options (or of a Mac's postoptions) is read by
 * every pppd as that file is: check_file's shared_via. */
static int config_read_shared_via(const struct config *c, const struct config_source *s)
{
	const struct config_source *top = s;

	while (top->parent != CONFIG_NONE)
		top = c->src[top->parent];
	if (top == s)
		return 0;
	return top->origin == CONFIG_SYSTEM ? 1 :
	       top->origin == CONFIG_POST && c->o.platform == PLATFORM_MACOS ? 2 : 0;
}

size_t config_read_add(struct config_run *r, enum config_origin origin, const char *path,
                       size_t parent, size_t parent_entry, int privileged, int priority)
{
	struct config *c = r->c;
	struct config_source *s = util_xcalloc(1, sizeof *s);
	size_t i;

	s->origin = origin;
	s->state = CONFIG_READ;
	s->parent = parent;
	s->parent_entry = parent_entry;
	s->depth = parent == CONFIG_NONE ? 0 : c->src[parent]->depth + 1;
	s->privileged = privileged;
	s->priority = priority;
	s->reached = c->stop_src == CONFIG_NONE && c->exit_src == CONFIG_NONE;
	if (path) {
		s->path = util_xstrdup(path);
		/* the given file is where the user said, whatever pppd calls it */
		s->where = c->given_path && strcmp(path, c->given_path) == 0 && c->o.given
		           ? util_xstrdup(c->o.given) : config_where(c, path);
		for (i = 0; i < c->n; i++)
			if (c->src[i]->where && strcmp(c->src[i]->where, s->where) == 0)
				s->again = 1;
	}
	s->env.machine = c->machine;
	s->env.privileged = privileged;
	s->env.tty_file = origin == CONFIG_TTY || origin == CONFIG_IFACE;
	s->env.iface_file = origin == CONFIG_IFACE;
	s->env.uid = c->uid;
	s->env.gid = c->gid;
	s->env.user = c->user_name;
	s->env.plugin_dir = c->plugin_dir;
	s->cfile.path = path;
	s->cfile.env = &s->env;
	s->cfile.pppd_version = c->o.pppd_version;
	s->cfile.before_controller = config_read_before_controller(c, s);
	s->cfile.shared_via = config_read_shared_via(c, s);
	doc_load(&s->text, "", 0, lexer_dialect_for(c->o.platform), catalog_arity, &c->o.platform);
	s->doc = &s->text;
	util_grow(&c->src, &c->cap, c->n + 1, sizeof *c->src);
	c->src[c->n] = s;
	return c->n++;
}

/* A source given as words (the command line, the controller's stream):
 * one directive a line, since pppd takes words there, not lines, and the
 * rules about what shares a line must not speak. */
void config_read_text(struct config_run *r, size_t i, const struct buf *text)
{
	struct config_source *s = r->c->src[i];
	enum platform p = r->c->o.platform;
	doc_arity_fn arity = r->c->machine ? catalog_arity : catalog_arity_shape;
	struct doc words;
	struct buf lines;
	const struct doc_entry *e;
	const char *v;
	size_t k, j, len;

	doc_load(&words, text->data ? text->data : "", text->len, lexer_dialect_for(p), arity, &p);
	buf_init(&lines);
	for (k = 0; k < words.nentries; k++) {
		e = &words.entries[k];
		if (e->disabled)
			continue;
		for (j = 0; j < e->nwords; j++) {
			v = doc_word_bytes(&words, e->word + j, &len);
			if (j)
				buf_addc(&lines, ' ');
			lexer_quote(&lines, v, len);
		}
		buf_addc(&lines, '\n');
	}
	doc_free(&words);
	doc_free(&s->text);
	doc_load_buf(&s->text, &lines, lexer_dialect_for(p), arity, &p);
	s->cfile.path = config_source_name(s);
	s->env.words = 1;
	buf_free(&lines);
}

/* The user pppd opens a file as when it drops privilege for it (check_prot,
 * linux-ppp-2.5.3/pppd/options.c:585-590): whoever started pppd. */
static int config_user_may_read(const struct config *c, const char *where)
{
	struct check_env who;

	memset(&who, 0, sizeof who);
	who.uid = c->uid;
	who.gid = c->gid;
	who.user = c->user_name;
	return check_env_may(&who, where, R_OK);
}

/*
 * What pppd makes of a file it is told to read, before a word of it
 * (linux-ppp-2.5.3/pppd/options.c:571-600): not there is fine unless it
 * must exist; a folder opens and yields no words; with check_prot it is
 * opened with the rights of the user who started pppd. Then pppconf opens
 * it. Sets the state; returns the id of the finding to say, with its
 * message and fix, or NULL.
 */
const char *config_read_open(struct config_run *r, size_t i, int must_exist,
                             int check_prot, struct buf *msg, struct buf *fix)
{
	struct config *c = r->c;
	struct config_source *s = c->src[i];
	struct buf err;
	struct stat st;
	const char *shown = *s->path ? s->path : "''";    /* file "" */

	if (stat(s->where, &st) < 0) {
		if ((errno == ENOENT || errno == ENOTDIR) && !must_exist) {
			s->state = CONFIG_ABSENT;
			return NULL;
		}
		if (errno == ENOENT || errno == ENOTDIR) {
			s->state = CONFIG_REFUSED;
			/* Linux 2.5.3 checks a peers file's path before it opens it
			 * (linux-ppp-2.5.3/pppd/options.c:1681, utils.c:103) */
			buf_printf(msg, _("pppd must read %s here and there is no such file, so it "
			           "stops (%s) and refuses to start."), shown,
			           s->origin == CONFIG_CALL && c->o.platform == PLATFORM_LINUX ?
			           "\"Can't open options file\"; Linux pppd 2.5.3: \"Can't access\"" :
			           "\"Can't open options file\"");
			buf_adds(fix, N_("Create the file, or correct the name."));
			return "include-missing";
		}
		if (errno != EACCES) {
			s->state = CONFIG_REFUSED;
			buf_printf(msg, _("pppd cannot open %s (%s), so it refuses to start."), shown,
			           strerror(errno));
			return "include-unreadable";
		}
	} else if (S_ISDIR(st.st_mode)) {
		/* it opens, and the first read fails: pppd quits
		 * (linux-ppp-2.5.3/pppd/options.c:1562-1567) */
		s->state = CONFIG_FOLDER;
		if (s->origin == CONFIG_CALL && c->o.platform == PLATFORM_LINUX)
			/* Linux 2.5.3 tests a peers path first and wants a regular
			 * file (linux-ppp-2.5.3/pppd/options.c:1681, utils.c:153-154) */
			buf_printf(msg, _("%s is a folder: pppd cannot read options from it and quits "
			           "(\"Error reading %s: Is a directory\"; Linux pppd 2.5.3 checks "
			           "first: \"not a regular file\")."), shown, shown);
		else
			buf_printf(msg, _("%s is a folder: pppd opens it, cannot read options from it "
			           "(\"Error reading %s: Is a directory\") and quits."), shown, shown);
		buf_adds(fix, N_("Name the options file itself."));
		return "include-folder";
	}
	if (check_prot && c->uid != 0 && !config_user_may_read(c, s->where)) {
		if (!must_exist) {
			s->state = CONFIG_ABSENT;
			return NULL;
		}
		s->state = CONFIG_REFUSED;
		buf_printf(msg, _("pppd opens %s with the rights of %s, who started it, and %s may "
		           "not read it, so pppd refuses to start."), shown, c->user_name,
		           c->user_name);
		buf_adds(fix, N_("Let that user read the file, or start pppd as root."));
		return "include-unreadable";
	}
	buf_init(&err);
	if (access(s->where, R_OK) != 0 ||
	    session_open(&s->s, s->where, c->o.platform, SAFEWRITE_READONLY | SAFEWRITE_NOLOCK |
	                 SESSION_WORDS | (c->machine ? 0 : SESSION_BY_SHAPE), &err) < 0) {
		s->state = CONFIG_UNCHECKED;
		if (err.len)
			buf_printf(msg, _("pppd reads %s, but pppconf does not: %s."), shown, err.data);
		else
			buf_printf(msg, _("pppd reads %s, but pppconf may not read it, so nothing in it "
			           "was checked."), shown);
		buf_adds(fix, N_("Run pppconf as root to check that file too."));
		buf_free(&err);
		return "not-checked";
	}
	buf_free(&err);
	s->has_session = 1;
	s->doc = &s->s.doc;
	s->cfile = s->s.cfile;
	s->cfile.path = s->path;
	s->cfile.env = &s->env;
	s->cfile.pppd_version = c->o.pppd_version;
	s->cfile.before_controller = config_read_before_controller(c, s);
	s->cfile.shared_via = config_read_shared_via(c, s);
	return NULL;
}

/* Records where pppd refuses first: the first error in read order. */
static void config_stop(struct config *c, size_t i, size_t entry, size_t before)
{
	if (c->stop_src == CONFIG_NONE && c->src[i]->report.count[CHECK_ERROR] > before) {
		c->stop_src = i;
		c->stop_entry = entry;
	}
}

/* Records where pppd prints and exits (--help: linux-ppp-2.5.3/pppd/
 * options.c:1229-1231), when it comes before any refusal: pppd reads no
 * further, so later sources are not reached. */
static void config_exit(struct config *c, size_t i, size_t entry, size_t from,
                        const struct catalog_entry *row)
{
	const struct check_report *rep = &c->src[i]->report;
	size_t k;

	if (c->exit_src != CONFIG_NONE || c->stop_src != CONFIG_NONE || !row)
		return;
	for (k = from; k < rep->n; k++)
		if (check_finding_exits_now(&rep->items[k], row->name)) {
			c->exit_src = i;
			c->exit_entry = entry;
			return;
		}
}

/* Whether the errors entry drew since finding `from` are only a value that
 * a plugin's channel checks once pppd has read all its options (pppoe-mac:
 * linux-ppp-2.5.3/pppd/main.c:479, plugins/pppoe/plugin.c:476, :436-441):
 * pppd reads on past it, so it is not where pppd stops reading. */
static int config_refused_later(const struct check_report *rep, size_t from,
                                const struct catalog_entry *row)
{
	size_t k;

	if (!row || !(row->flags & CATALOG_CHANNELREAD))
		return 0;
	for (k = from; k < rep->n; k++)
		if (check_finding_severity(&rep->items[k]) == CHECK_ERROR &&
		    strcmp(check_finding_id(&rep->items[k]), "bad-value") != 0)
			return 0;
	return 1;
}

/* The same file already being read: pppd would read it inside itself. */
static size_t config_cycle(const struct config_run *r, const char *where)
{
	struct stat a, b;
	size_t k;
	const char *w;

	for (k = 0; k < r->nopen; k++) {
		w = r->c->src[r->open[k]]->where;
		if (w && (strcmp(w, where) == 0 ||
		          (stat(w, &a) == 0 && stat(where, &b) == 0 && a.st_dev == b.st_dev &&
		           a.st_ino == b.st_ino)))
			return r->open[k];
	}
	return CONFIG_NONE;
}

/* Linux pppd 2.5.3 reads a peers file only when it and every folder above it
 * belong to root and no one else may write them (linux-ppp-2.5.3/pppd/
 * options.c:1681, utils.c:88-160); 2.4.9 reads it anyway (its callfile,
 * linux-ppp-2.4.9/pppd/options.c:1456, opens it straight away). pppd first
 * resolves every link in the path (utils.c:98) and judges the folders of
 * where it ends, so a peers file that links elsewhere is judged by its
 * target's folders; so is it here. What is wrong, as a message about *what
 * (the first folder, or the file, that is not so), or NULL. Leaves out the
 * owner-read bit pppd also wants (utils.c:158-162). */
const char *config_peers_unsafe(const char *where, struct buf *what)
{
	struct stat st;
	char *real = realpath(where, NULL);
	size_t k, n;
	const char *bad = NULL;

	if (!real)
		return NULL;    /* not there: said as include-missing */
	n = strlen(real);
	for (k = 1; real[0] == '/' && k <= n && !bad; k++) {
		if (k < n && real[k] != '/')
			continue;
		buf_reset(what);
		buf_add(what, real, k);
		if (lstat(what->data, &st) != 0)
			break;
		if (st.st_uid != 0)
			bad = N_("%s does not belong to root: Linux pppd 2.5.3 refuses to read this "
			         "peers file (\"Can't safely use\"); 2.4.9 reads it.");
		else if (st.st_mode & 022)
			bad = N_("%s may be changed by others than root: Linux pppd 2.5.3 refuses to "
			         "read this peers file (\"Can't safely use\"); 2.4.9 reads it.");
	}
	free(real);
	return bad;
}

/* `file PATH` or `call NAME` at entry e of source i: pppd reads that file
 * there and then, with the state so far, before the next word. */
static void config_include(struct config_run *r, size_t i, size_t e, struct check_walk *w,
                           enum config_origin origin)
{
	struct config *c = r->c;
	const struct config_source *s = c->src[i];
	const struct doc *d = s->doc;
	struct buf path, msg, fix, what;
	size_t j, k, len;
	const char *arg = doc_word_bytes(d, d->entries[e].word + 1, &len), *id, *bad;
	int linux_call = origin == CONFIG_CALL && c->o.platform == PLATFORM_LINUX;

	if (r->alone || d->entries[e].nwords < 2)
		return;
	buf_init(&path);
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&what);
	/* pppd's string ends at a NUL the escapes made */
	len = strnlen(arg, len);
	if (origin == CONFIG_CALL)
		buf_adds(&path, CONFIG_PEERS);
	buf_add(&path, arg, len);
	if (origin == CONFIG_FILE && len && arg[0] != '/')
		check_walk_say(w, "include-relative", e, N_("Give the full path."), NULL, _("pppd opens "
		               "this relative path from the folder it was started in, which differs "
		               "from one way of starting it to another; pppconf looked in its own."));
	/* call reads with privilege; file as privileged as the source naming it */
	j = config_read_add(r, origin, path.data, i, e, origin == CONFIG_CALL ? 1 : s->privileged,
	                    s->priority);
	if ((k = config_cycle(r, c->src[j]->where)) != CONFIG_NONE) {
		c->src[j]->state = CONFIG_REFUSED;
		buf_printf(&msg, _("pppd is already reading %s, so it reads it again inside itself, "
		           "and again, until it runs out of open files (\"Too many open files\") "
		           "or of memory and crashes: it never starts."), c->src[k]->path);
		check_walk_say(w, "include-cycle", e, N_("Remove the line, or the one that leads "
		               "back here."), NULL, msg.data);
	} else if ((id = config_read_open(r, j, origin == CONFIG_FILE || linux_call, 1, &msg,
	                                  &fix)) != NULL) {
		check_walk_say(w, id, e, fix.len ? fix.data : NULL, NULL, msg.data);
	} else if (c->src[j]->state == CONFIG_ABSENT) {
		buf_printf(&msg, _("There is no %s; pppd on macOS goes on without it "
		           "(apple-ppp-1027.121.1/Helpers/pppd/options.c:1612)."), path.data);
		check_walk_say(w, "peers-absent", e, NULL, NULL, msg.data);
	}
	if (linux_call && c->src[j]->state == CONFIG_READ && !c->o.root &&
	    (bad = config_peers_unsafe(c->src[j]->where, &what)) != NULL) {
		buf_reset(&msg);
		buf_printf(&msg, _(bad), what.data);
		check_walk_say(w, "peers-unsafe", e, N_("Make the file and its folders owned by root "
		               "and writable only by root."), NULL, msg.data);
	}
	if (c->src[j]->state == CONFIG_READ) {
		r->scope = *check_walk_scope(w);
		config_read(r, j);
		check_walk_set_scope(w, &r->scope);
	}
	buf_free(&path);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&what);
}

/* A netmask narrower than the one pppd took from an earlier file. */
static void config_netmask_refused(const struct config *c, const struct config_set *earlier,
                                   size_t e, struct check_walk *w)
{
	struct buf msg, where;

	buf_init(&msg);
	buf_init(&where);
	config_set_where(c, earlier, &where);
	buf_printf(&msg, _("Bad value for netmask: it lacks bits of the netmask pppd took at %s; "
	           "pppd refuses a netmask narrower than the one it has (\"invalid netmask "
	           "value\") and does not start."), where.data);
	check_walk_say(w, "bad-value", e, N_("Keep only one of the two, or make this one keep "
	               "every bit of the earlier one."), NULL, msg.data);
	buf_free(&msg);
	buf_free(&where);
}

/* A value pppd drops without a word: the one it holds came from a source
 * of higher priority (linux-ppp-2.5.3/pppd/options.c:821-829, Apple's
 * options.c:765-770): root's value of an option only root may fix, read
 * with privilege, or the command line's over a file read after it. */
static void config_ignored(struct config *c, size_t i, size_t e,
                           const struct catalog_entry *row, const struct config_set *earlier,
                           struct check_walk *w)
{
	struct buf msg, where;

	buf_init(&msg);
	buf_init(&where);
	config_set_where(c, earlier, &where);
	if (earlier->priority > 100 && c->src[i]->priority >= earlier->priority - 100)
		buf_printf(&msg, _("pppd ignores this line, without a word: '%s' (%s) set this "
		           "option before, read with root's privilege, and a value read without it "
		           "cannot replace root's, so pppd keeps that one."),
		           earlier->row ? earlier->row->name : row->name, where.data);
	else
		buf_printf(&msg, _("pppd ignores this line, without a word: '%s' (%s) set this "
		           "option before, in a source that ranks above this file (pppd's command "
		           "line, or a file named there), so pppd keeps that value."),
		           earlier->row ? earlier->row->name : row->name, where.data);
	check_walk_say(w, "lower-priority", e, N_("Set it in one place: change or remove the "
	               "earlier line, or remove this one."), NULL, msg.data);
	buf_free(&msg);
	buf_free(&where);
}

/* An accepted directive: its value, and where it leads pppd. */
static void config_take(struct config_run *r, size_t i, size_t e,
                        const struct catalog_entry *row, struct check_walk *w)
{
	struct config *c = r->c;
	const struct config_set *earlier;
	const char *name = row->alias_of ? row->alias_of : row->name;
	struct buf msg, where;
	size_t len;
	const char *word;

	switch (config_effective_note(c, i, e, row, &earlier)) {
	case CONFIG_IGNORED:
		config_ignored(c, i, e, row, earlier, w);
		return;
	case CONFIG_FIXED:
	case CONFIG_DISABLED:
		buf_init(&msg);
		buf_init(&where);
		buf_printf(&where, "%s:%zu", config_source_name(c->src[earlier->src]),
		           config_set_line(c, earlier));
		/* the earlier line may be the "-" alias (-defaultroute6): compare
		 * by its main name */
		if (earlier->row && check_disabled_by(name) &&
		    strcmp(check_disabled_by(name), earlier->row->alias_of ?
		           earlier->row->alias_of : earlier->row->name) == 0)
			buf_printf(&msg, _("'%s' at %s forbids '%s' from then on, so pppd refuses this "
			           "line (\"%s option is disabled\") and does not start."),
			           earlier->row->name, where.data, row->name, row->name);
		else
			buf_printf(&msg, _("'%s' was set at %s, which pppd reads with root's privilege, "
			           "and pppd reads this without it, so it refuses the change (\"%s set "
			           "in %s cannot be overridden\") and does not start."), row->name,
			           where.data, row->name, config_source_name(c->src[earlier->src]));
		check_walk_say(w, check_disabled_by(name) ? "disabled-option" : "not-overridable", e,
		               N_("Keep only one of the two."), NULL, msg.data);
		buf_free(&msg);
		buf_free(&where);
		return;
	default:
		break;
	}
	if ((earlier = config_effective_netmask_drop(c, i, row)) != NULL) {
		config_netmask_refused(c, earlier, e, w);
		return;
	}
	if ((earlier = config_effective_raised(c, i, row)) != NULL) {
		buf_init(&msg);
		buf_init(&where);
		config_set_where(c, earlier, &where);
		buf_printf(&msg, _("pppd reads this without root's privilege, and it may lower the "
		           "limit set at %s but not raise it (0, no limit, raises it too): it refuses "
		           "the line (\"%s value cannot be increased\") and does not start."),
		           where.data, row->name);
		check_walk_say(w, "not-overridable", e, N_("Keep only one of the two, or give a "
		               "lower value."), NULL, msg.data);
		buf_free(&msg);
		buf_free(&where);
		return;
	}
	if (strcmp(name, "file") == 0)
		config_include(r, i, e, w, CONFIG_FILE);
	else if (strcmp(name, "call") == 0)
		config_include(r, i, e, w, CONFIG_CALL);
	else if (strcmp(name, "pty") == 0 || strcmp(name, "notty") == 0 ||
	         strcmp(name, "socket") == 0) {
		r->pty = 1;
		r->pty_src = i;
		r->pty_entry = e;
	} else if (strcmp(row->name, "<device>") == 0) {
		word = doc_word_bytes(c->src[i]->doc, c->src[i]->doc->entries[e].word, &len);
		free(r->device);
		r->device = util_xmemdup(word, strnlen(word, len));
		r->dev_src = i;
		r->dev_entry = e;
	} else if (strcmp(row->name, "<ethernet-interface>") == 0) {
		/* the plugin keeps the name without "nic-" for its options file
		 * (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:363-365, :394) */
		word = doc_word_bytes(c->src[i]->doc, c->src[i]->doc->entries[e].word, &len);
		len = strnlen(word, len);
		if (len > 4 && memcmp(word, "nic-", 4) == 0) {
			word += 4;
			len -= 4;
		}
		free(r->iface);
		r->iface = util_xmemdup(word, len);
	}
}

/* Reads source i as pppd does, following it into other files. */
void config_read(struct config_run *r, size_t i)
{
	struct config *c = r->c;
	struct config_source *s = c->src[i];
	struct check_walk *w;
	const struct catalog_entry *row;
	size_t e, before, before_n;

	s->cfile.later_channel = r->later_channel;
	w = check_walk_begin(s->doc, c->o.platform, &s->cfile, &r->scope, &s->report);
	if (r->pending_id && r->pending_src == i) {
		check_walk_say(w, r->pending_id, SIZE_MAX, r->pending_fix.len ? r->pending_fix.data
		               : NULL, NULL, r->pending_msg.data);
		r->pending_id = NULL;
	}
	config_stop(c, i, CONFIG_NONE, 0);
	util_grow(&r->open, &r->open_cap, r->nopen + 1, sizeof *r->open);
	r->open[r->nopen++] = i;
	for (;;) {
		before = s->report.count[CHECK_ERROR];
		before_n = s->report.n;
		if ((e = check_walk_next(w, &row)) == SIZE_MAX)
			break;
		/* a directive the checks refuse gives pppd nothing */
		if (row && s->report.count[CHECK_ERROR] == before)
			config_take(r, i, e, row, w);
		if (!config_refused_later(&s->report, before_n, row))
			config_stop(c, i, e, before);
		config_exit(c, i, e, before_n, row);
	}
	r->nopen--;
	r->scope = *check_walk_scope(w);
	check_walk_end(w);
}
