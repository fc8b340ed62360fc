/* config.c - reading the configuration as pppd does: its sources in pppd's order, into `file` and `call` where pppd meets them, each checked with the plugins the ones before loaded. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config_int.h"
#include "base/util.h"
#include "pppd/lexer.h"

/* What the reading carries from one source to the next. */
struct config_run {
	struct config *c;
	struct catalog_scope scope;   /* pppd's plugins and channel so far */
	char *device;                 /* the serial device named, for options.<tty> */
	int pty;                      /* pty, notty or socket: there is no tty */
	int alone;                    /* read the given file only, follow nothing */
	size_t *open;                 /* the sources being read, outermost first */
	size_t nopen, open_cap;
	size_t pending_src;           /* a finding on that source as a whole, said */
	const char *pending_id;       /* when its reading starts */
	struct buf pending_msg, pending_fix;
};

static const char *const config_origins[] = {
	"system", "user", "args", "controller", "post", "tty", "file", "call"
};
static const char *const config_states[] = {
	"read", "absent", "refused", "folder", "unchecked"
};

const char *config_origin_name(enum config_origin o)
{
	return config_origins[o];
}

const char *config_state_name(enum config_state s)
{
	return config_states[s];
}

const char *config_source_name(const struct config_source *s)
{
	if (s->where)
		return s->where;
	return s->origin == CONFIG_CONTROLLER ? "the controller" : "the command line";
}

/* ---- sources ---------------------------------------------------------- */

static size_t config_add(struct config_run *r, enum config_origin origin, const char *path,
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
	s->reached = c->stop_src == CONFIG_NONE;
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
	s->env.tty_file = origin == CONFIG_TTY;
	s->env.uid = c->uid;
	s->env.gid = c->gid;
	s->env.user = c->user_name;
	s->cfile.path = path;
	s->cfile.env = &s->env;
	doc_load(&s->text, "", 0, lexer_dialect_for(c->o.platform), catalog_arity, &c->o.platform);
	s->doc = &s->text;
	util_grow(&c->src, &c->cap, c->n + 1, sizeof *c->src);
	c->src[c->n] = s;
	return c->n++;
}

/* A source given as words (the command line, the controller's stream):
 * one directive a line, since pppd takes words there, not lines, and the
 * rules about what shares a line must not speak. */
static void config_source_text(struct config_run *r, size_t i, const struct buf *text)
{
	struct config_source *s = r->c->src[i];
	enum platform p = r->c->o.platform;
	struct doc words;
	struct buf lines;
	const struct doc_entry *e;
	const char *v;
	size_t k, j, len;

	doc_load(&words, text->data ? text->data : "", text->len, lexer_dialect_for(p),
	         catalog_arity, &p);
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
	doc_load_buf(&s->text, &lines, lexer_dialect_for(p), catalog_arity, &p);
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
static const char *config_open_file(struct config_run *r, size_t i, int must_exist,
                                    int check_prot, struct buf *msg, struct buf *fix)
{
	struct config *c = r->c;
	struct config_source *s = c->src[i];
	struct buf err;
	struct stat st;

	if (stat(s->where, &st) < 0) {
		if ((errno == ENOENT || errno == ENOTDIR) && !must_exist) {
			s->state = CONFIG_ABSENT;
			return NULL;
		}
		if (errno == ENOENT || errno == ENOTDIR) {
			s->state = CONFIG_REFUSED;
			buf_printf(msg, "pppd must read %s here and there is no such file, so it "
			           "stops (\"Can't open options file\") and refuses to start.",
			           s->path);
			buf_adds(fix, "Create the file, or correct the name.");
			return "include-missing";
		}
		if (errno != EACCES) {
			s->state = CONFIG_REFUSED;
			buf_printf(msg, "pppd cannot open %s (%s), so it refuses to start.", s->path,
			           strerror(errno));
			return "include-unreadable";
		}
	} else if (S_ISDIR(st.st_mode)) {
		/* it opens, and the first read fails: pppd quits
		 * (linux-ppp-2.5.3/pppd/options.c:1562-1567) */
		s->state = CONFIG_FOLDER;
		buf_printf(msg, "%s is a folder: pppd opens it, cannot read options from it "
		           "(\"Error reading %s: Is a directory\") and quits.", s->path, s->path);
		buf_adds(fix, "Name the options file itself.");
		return "include-folder";
	}
	if (check_prot && c->uid != 0 && !config_user_may_read(c, s->where)) {
		if (!must_exist) {
			s->state = CONFIG_ABSENT;
			return NULL;
		}
		s->state = CONFIG_REFUSED;
		buf_printf(msg, "pppd opens %s with the rights of %s, who started it, and %s may "
		           "not read it, so pppd refuses to start.", s->path, c->user_name,
		           c->user_name);
		buf_adds(fix, "Let that user read the file, or start pppd as root.");
		return "include-unreadable";
	}
	buf_init(&err);
	if (access(s->where, R_OK) != 0 ||
	    session_open(&s->s, s->where, c->o.platform,
	                 SAFEWRITE_READONLY | SAFEWRITE_NOLOCK | SESSION_WORDS, &err) < 0) {
		s->state = CONFIG_UNCHECKED;
		if (err.len)
			buf_printf(msg, "pppd reads %s, but pppconf does not: %s.", s->path, err.data);
		else
			buf_printf(msg, "pppd reads %s, but pppconf may not read it, so nothing in it "
			           "was checked.", s->path);
		buf_adds(fix, "Run pppconf as root to check that file too.");
		buf_free(&err);
		return "not-checked";
	}
	buf_free(&err);
	s->has_session = 1;
	s->doc = &s->s.doc;
	s->cfile = s->s.cfile;
	s->cfile.path = s->path;
	s->cfile.env = &s->env;
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

static void config_read(struct config_run *r, size_t i);

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

/* Linux pppd 2.5 reads a peers file only when it and every folder above it
 * belong to root and no one else may write them (linux-ppp-2.5.3/pppd/
 * options.c:1680, utils.c:88-160); 2.4.9 reads it anyway. */
static const char *config_peers_unsafe(const char *where, struct buf *what)
{
	struct stat st;
	size_t k, n = strlen(where);
	const char *bad = NULL;

	/* pppd resolves links first (realpath); following them with stat
	 * looks at the same folders and file */
	for (k = 1; where[0] == '/' && k <= n && !bad; k++) {
		if (k < n && where[k] != '/')
			continue;
		buf_reset(what);
		buf_add(what, where, k);
		if (stat(what->data, &st) != 0)
			break;
		if (st.st_uid != 0)
			bad = "does not belong to root";
		else if (st.st_mode & 022)
			bad = "may be changed by others than root";
	}
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
		buf_adds(&path, "/etc/ppp/peers/");
	buf_add(&path, arg, len);
	if (origin == CONFIG_FILE && len && arg[0] != '/')
		check_walk_say(w, "include-relative", e, "Give the full path.", NULL, "pppd opens "
		               "this relative path from the folder it was started in, which differs "
		               "from one way of starting it to another; pppconf looked in its own.");
	/* call reads with privilege; file as privileged as the source naming it */
	j = config_add(r, origin, path.data, i, e, origin == CONFIG_CALL ? 1 : s->privileged,
	               s->priority);
	if ((k = config_cycle(r, c->src[j]->where)) != CONFIG_NONE) {
		c->src[j]->state = CONFIG_REFUSED;
		buf_printf(&msg, "pppd is already reading %s, so it reads it again inside itself, "
		           "and again, until it runs out of open files (\"Too many open files\") "
		           "or of memory and crashes: it never starts.", c->src[k]->path);
		check_walk_say(w, "include-cycle", e, "Remove the line, or the one that leads "
		               "back here.", NULL, msg.data);
	} else if ((id = config_open_file(r, j, origin == CONFIG_FILE || linux_call, 1, &msg,
	                                  &fix)) != NULL) {
		check_walk_say(w, id, e, fix.len ? fix.data : NULL, NULL, msg.data);
	} else if (c->src[j]->state == CONFIG_ABSENT) {
		buf_printf(&msg, "There is no %s; pppd on macOS goes on without it "
		           "(apple-ppp-1027.121.1/Helpers/pppd/options.c:1612).", path.data);
		check_walk_say(w, "peers-absent", e, NULL, NULL, msg.data);
	}
	if (linux_call && c->src[j]->state == CONFIG_READ && !c->o.root &&
	    (bad = config_peers_unsafe(c->src[j]->where, &what)) != NULL) {
		buf_reset(&msg);
		buf_printf(&msg, "%s %s: Linux pppd 2.5 and later refuse to read this peers file "
		           "(\"Can't safely use\"); 2.4 reads it.", what.data, bad);
		check_walk_say(w, "peers-unsafe", e, "Make the file and its folders owned by root "
		               "and writable only by root.", NULL, msg.data);
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
	case CONFIG_FIXED:
	case CONFIG_DISABLED:
		buf_init(&msg);
		buf_init(&where);
		buf_printf(&where, "%s:%zu", config_source_name(c->src[earlier->src]),
		           config_set_line(c, earlier));
		if (earlier->row && check_disabled_by(name) &&
		    strcmp(check_disabled_by(name), earlier->row->name) == 0)
			buf_printf(&msg, "'%s' at %s forbids '%s' from then on, so pppd refuses this "
			           "line (\"%s option is disabled\") and does not start.",
			           earlier->row->name, where.data, row->name, row->name);
		else
			buf_printf(&msg, "'%s' was set at %s, which pppd reads with root's privilege, "
			           "and pppd reads this without it, so it refuses the change (\"%s set "
			           "in %s cannot be overridden\") and does not start.", row->name,
			           where.data, row->name, config_source_name(c->src[earlier->src]));
		check_walk_say(w, check_disabled_by(name) ? "disabled-option" : "not-overridable", e,
		               "Keep only one of the two.", NULL, msg.data);
		buf_free(&msg);
		buf_free(&where);
		return;
	default:
		break;
	}
	if (strcmp(name, "file") == 0)
		config_include(r, i, e, w, CONFIG_FILE);
	else if (strcmp(name, "call") == 0)
		config_include(r, i, e, w, CONFIG_CALL);
	else if (strcmp(name, "pty") == 0 || strcmp(name, "notty") == 0 ||
	         strcmp(name, "socket") == 0)
		r->pty = 1;
	else if (strcmp(row->name, "<device>") == 0) {
		word = doc_word_bytes(c->src[i]->doc, c->src[i]->doc->entries[e].word, &len);
		free(r->device);
		r->device = util_xmemdup(word, strnlen(word, len));
	}
}

/* Reads source i as pppd does, following it into other files. */
static void config_read(struct config_run *r, size_t i)
{
	struct config *c = r->c;
	struct config_source *s = c->src[i];
	struct check_walk *w;
	const struct catalog_entry *row;
	size_t e, before;

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
		if ((e = check_walk_next(w, &row)) == SIZE_MAX)
			break;
		/* a directive the checks refuse gives pppd nothing */
		if (row && s->report.count[CHECK_ERROR] == before)
			config_take(r, i, e, row, w);
		config_stop(c, i, e, before);
	}
	r->nopen--;
	r->scope = *check_walk_scope(w);
	check_walk_end(w);
}

/* ---- the chain -------------------------------------------------------- */

/* Opens a source pppd reads by itself (not named by another) and reads it;
 * what pppd makes of the file is said on the file as a whole. */
static void config_start(struct config_run *r, size_t i, int must_exist, int check_prot)
{
	struct config *c = r->c;
	struct config_source *s = c->src[i];
	int given = c->given_path && strcmp(s->path, c->given_path) == 0;

	buf_reset(&r->pending_msg);
	buf_reset(&r->pending_fix);
	r->pending_src = i;
	r->pending_id = config_open_file(r, i, must_exist, check_prot, &r->pending_msg,
	                                 &r->pending_fix);
	if (s->state == CONFIG_ABSENT && given)
		s->cfile.missing = 1;
	if (r->pending_id || s->state == CONFIG_READ || s->cfile.missing)
		config_read(r, i);
	r->pending_id = NULL;
}

/* How pppd comes to the given file. */
enum config_reach {
	CONFIG_REACH_NONE,       /* no file given: pppd's own start */
	CONFIG_REACH_FILE, CONFIG_REACH_SYSTEM, CONFIG_REACH_USER, CONFIG_REACH_CALL,
	CONFIG_REACH_POST, CONFIG_REACH_TTY
};

/* A suffix of options.X that names a serial device rather than a purpose
 * ("ttyUSB0", "cu.modem", not "l2tpd.client"). */
static int config_tty_name(const struct config *c, const char *x)
{
	struct buf dev;
	struct stat st;
	int ok;

	if (strncmp(x, "tty", 3) == 0 || strncmp(x, "cu.", 3) == 0 || strncmp(x, "rfcomm", 6) == 0)
		return 1;
	if (!c->machine)
		return 0;
	buf_init(&dev);
	buf_printf(&dev, "/dev/%s", x);
	ok = stat(dev.data, &st) == 0 && S_ISCHR(st.st_mode);
	buf_free(&dev);
	return ok;
}

static enum config_reach config_reach(struct config_run *r, const char **name)
{
	const struct config *c = r->c;
	const char *g = c->given_path;
	size_t n = strlen(c->home ? c->home : "");

	if (strcmp(g, "/etc/ppp/options") == 0)
		return CONFIG_REACH_SYSTEM;
	if (strncmp(g, "/etc/ppp/peers/", 15) == 0 && g[15]) {
		*name = g + 15;
		return CONFIG_REACH_CALL;
	}
	if (n && strncmp(g, c->home, n) == 0 && strcmp(g + n, "/.ppprc") == 0)
		return CONFIG_REACH_USER;
	if (c->o.platform == PLATFORM_MACOS && strcmp(g, "/etc/ppp/postoptions") == 0)
		return CONFIG_REACH_POST;
	if (strncmp(g, "/etc/ppp/options.", 17) == 0 && config_tty_name(c, g + 17)) {
		*name = g + 17;
		return CONFIG_REACH_TTY;
	}
	return CONFIG_REACH_FILE;
}

/* pppd's path for the given file: absolute, and on macOS without the
 * /private that /etc stands for. */
static char *config_given_path(const struct config *c)
{
	struct buf b;
	char cwd[4096];
	char *p = config_pppd_path(c, c->o.given);

	buf_init(&b);
	if (p[0] != '/' && getcwd(cwd, sizeof cwd))
		buf_printf(&b, "%s/", cwd);
	buf_adds(&b, c->o.platform == PLATFORM_MACOS && strncmp(p, "/private/etc/", 13) == 0
	         ? p + 8 : p);
	free(p);
	return buf_detach(&b);
}

static const enum config_origin config_reach_origin[] = {
	[CONFIG_REACH_NONE] = CONFIG_SYSTEM, [CONFIG_REACH_FILE] = CONFIG_FILE, [CONFIG_REACH_SYSTEM] = CONFIG_SYSTEM,
	[CONFIG_REACH_USER] = CONFIG_USER, [CONFIG_REACH_CALL] = CONFIG_CALL,
	[CONFIG_REACH_POST] = CONFIG_POST, [CONFIG_REACH_TTY] = CONFIG_TTY,
};

/* The words pppd gets on its command line: the given file's own, then the
 * user's. */
static void config_args(const struct config *c, enum config_reach reach, const char *name,
                        struct buf *text)
{
	if (reach == CONFIG_REACH_FILE) {
		buf_adds(text, "file ");
		lexer_quote(text, c->given_path, strlen(c->given_path));
		buf_addc(text, '\n');
	} else if (reach == CONFIG_REACH_CALL &&
	           !(c->o.platform == PLATFORM_MACOS && c->o.service_type)) {
		buf_adds(text, "call ");
		lexer_quote(text, name, strlen(name));
		buf_addc(text, '\n');
	}
	if (c->o.args && *c->o.args) {
		buf_adds(text, c->o.args);
		buf_addc(text, '\n');
	}
}

/* options.<tty>: the device's name after /dev/, slashes made dots
 * (linux-ppp-2.5.3/pppd/options.c:680-705). NULL when there is none. */
static char *config_tty_path(const char *dev)
{
	const char *p = strstr(dev, "/dev/");
	struct buf b;
	size_t k;

	if (p)
		dev = p + 5;
	if (!*dev || strcmp(dev, "tty") == 0)
		return NULL;
	buf_init(&b);
	buf_adds(&b, "/etc/ppp/options.");
	k = b.len;
	buf_adds(&b, dev);
	for (; k < b.len; k++)
		if (b.data[k] == '/')
			b.data[k] = '.';
	return buf_detach(&b);
}

/* Only the given file, for a platform this machine is not. */
static void config_alone(struct config_run *r, enum config_reach reach)
{
	struct config *c = r->c;
	size_t i;

	r->alone = 1;
	snprintf(c->note, sizeof c->note, "This machine does not run %s's pppd, so only this "
	         "file was read, alone; --root DIR reads a copy of that machine's /etc/ppp.",
	         platform_display(c->o.platform));
	i = config_add(r, config_reach_origin[reach], c->given_path, CONFIG_NONE, CONFIG_NONE, 1,
	               CONFIG_PRIO_FILE);
	config_start(r, i, 0, 0);
}

static void config_chain(struct config_run *r, enum config_reach reach, const char *name)
{
	struct config *c = r->c;
	int mac = c->o.platform == PLATFORM_MACOS;
	/* pppd run by root, or by the Mac's controller, reads with privilege
	 * (linux-ppp-2.5.3/pppd/main.c:404, apple .../Helpers/pppd/main.c:380-384) */
	int priv = c->uid == 0 || (mac && c->o.service_type);
	struct buf text, err, path;
	struct config_opts co;
	size_t i;
	char *tty;

	buf_init(&text);
	buf_init(&err);
	buf_init(&path);
	/* /etc/ppp/options: as root; it may be missing only for root's pppd */
	i = config_add(r, CONFIG_SYSTEM, "/etc/ppp/options", CONFIG_NONE, CONFIG_NONE, 1,
	               CONFIG_PRIO_FILE);
	config_start(r, i, !priv, 0);
	/* ~/.ppprc of the user who started pppd, with that user's rights */
	if (c->home && *c->home) {
		buf_printf(&path, "%s/.ppprc", strcmp(c->home, "/") == 0 ? "" : c->home);
		i = config_add(r, CONFIG_USER, path.data, CONFIG_NONE, CONFIG_NONE, priv,
		               CONFIG_PRIO_FILE);
		config_start(r, i, 0, 1);
	}
	config_args(c, reach, name, &text);
	if (text.len) {
		i = config_add(r, CONFIG_ARGS, NULL, CONFIG_NONE, CONFIG_NONE, priv, CONFIG_PRIO_ARGS);
		config_source_text(r, i, &text);
		config_read(r, i);
	}
	if (mac && c->o.service_type) {
		co = c->o;
		if (!co.service && reach == CONFIG_REACH_CALL)
			co.service = name;
		buf_reset(&text);
		config_controller_text(&co, &text, &err);
		i = config_add(r, CONFIG_CONTROLLER, NULL, CONFIG_NONE, CONFIG_NONE, 1,
		               CONFIG_PRIO_ARGS);
		config_source_text(r, i, &text);
		config_read(r, i);
	}
	/* read at the command line's priority, which is still in force */
	if (mac) {
		i = config_add(r, CONFIG_POST, "/etc/ppp/postoptions", CONFIG_NONE, CONFIG_NONE, 1,
		               CONFIG_PRIO_ARGS);
		config_start(r, i, 0, 0);
	}
	if (reach == CONFIG_REACH_TTY) {
		free(r->device);
		r->device = util_xstrdup(name);
		r->pty = 0;
	}
	tty = r->device && !r->pty && !r->scope.channel ? config_tty_path(r->device) : NULL;
	if (tty) {
		i = config_add(r, CONFIG_TTY, tty, CONFIG_NONE, CONFIG_NONE, 1, CONFIG_PRIO_FILE);
		config_start(r, i, 0, 0);
	}
	free(tty);
	buf_free(&text);
	buf_free(&err);
	buf_free(&path);
}

int config_open(struct config *c, const struct config_opts *o, struct buf *err)
{
	struct config_run r;
	enum config_reach reach = CONFIG_REACH_NONE;
	const char *name = NULL;
	struct session probe;
	size_t i;

	memset(c, 0, sizeof *c);
	c->o = *o;
	c->given = c->stop_src = c->stop_entry = CONFIG_NONE;
	if (o->service_type && !config_controller_subtype(o->service_type)) {
		buf_printf(err, "unknown service type '%s' (use l2tp, pptp, pppoe or serial)",
		           o->service_type);
		return -1;
	}
	if (config_who(c, err) < 0) {
		config_close(c);
		return -1;
	}
	c->machine = !o->root && !o->no_env && o->platform == platform_default();
	memset(&r, 0, sizeof r);
	r.c = c;
	catalog_scope_init(&r.scope, o->platform);
	r.scope.by_shape = !c->machine;
	buf_init(&r.pending_msg);
	buf_init(&r.pending_fix);
	if (o->given) {
		/* what is not an options file is refused first, as by every command */
		if (session_open(&probe, o->given, o->platform,
		                 SAFEWRITE_READONLY | SAFEWRITE_NOLOCK | SESSION_WORDS, err) < 0) {
			config_close(c);
			return -1;
		}
		session_close(&probe);
		c->given_path = config_given_path(c);
		reach = config_reach(&r, &name);
	}
	if (!o->root && o->platform != platform_default()) {
		if (!c->given_path) {
			c->given_path = util_xstrdup("/etc/ppp/options");
			reach = CONFIG_REACH_SYSTEM;
		}
		config_alone(&r, reach);
	} else {
		config_chain(&r, reach, name);
	}
	for (i = 0; c->given_path && i < c->n && c->given == CONFIG_NONE; i++)
		if (c->src[i]->path && strcmp(c->src[i]->path, c->given_path) == 0)
			c->given = i;
	free(r.device);
	free(r.open);
	buf_free(&r.pending_msg);
	buf_free(&r.pending_fix);
	return 0;
}

void config_close(struct config *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		struct config_source *s = c->src[i];
		if (s->has_session)
			session_close(&s->s);
		doc_free(&s->text);
		check_report_free(&s->report);
		free(s->path);
		free(s->where);
		free(s);
	}
	free(c->src);
	config_effective_free(c);
	free(c->home);
	free(c->user_name);
	free(c->given_path);
	memset(c, 0, sizeof *c);
	c->given = c->stop_src = c->stop_entry = CONFIG_NONE;
}

void config_counts(const struct config *c, size_t count[3])
{
	struct hash seen;
	struct buf key;
	const struct check_finding *f;
	size_t i, k;

	memset(&seen, 0, sizeof seen);
	buf_init(&key);
	count[0] = count[1] = count[2] = 0;
	for (i = 0; i < c->n; i++) {
		const struct check_report *r = &c->src[i]->report;
		for (k = 0; k < r->n; k++) {
			f = &r->items[k];
			buf_reset(&key);
			buf_printf(&key, "%s%c%zu%c%s%c%s", config_source_name(c->src[i]), 0,
			           (size_t)f->line, 0, check_finding_id(f), 0, check_message(r, f));
			if (!hash_get(&seen, key.data, key.len)) {
				hash_put(&seen, key.data, key.len, NULL)->val = &seen;
				count[check_finding_severity(f)]++;
			}
		}
	}
	hash_free(&seen, NULL);
	buf_free(&key);
}
