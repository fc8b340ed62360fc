/* config_test_util.h - shared helpers for the configuration tests: a copy of a machine's files under a temporary folder, and readable views of what config_open found. */
#ifndef PPPCONF_CONFIG_TEST_UTIL_H
#define PPPCONF_CONFIG_TEST_UTIL_H

/* Static inline: each test file uses only some of them. */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"

#include "base/util.h"
#include "config/config.h"

static char top[] = "/tmp/pppconf-config.XXXXXX";
static int tree_n;
static char tree[512];

/* A new empty copy of a machine's files: tree/etc/ppp/peers. */
static inline const char *new_tree(void)
{
	char cmd[1700];

	snprintf(tree, sizeof tree, "%s/t%d", top, ++tree_n);
	snprintf(cmd, sizeof cmd, "mkdir -p %s/etc/ppp/peers %s/root %s/var/root", tree, tree,
	         tree);
	if (system(cmd) != 0)
		util_die("cannot make %s", tree);
	return tree;
}

/* Writes text at tree + path (path starts with '/'). */
static inline void put(const char *path, const char *text)
{
	char p[700];
	int fd;

	snprintf(p, sizeof p, "%s%s", tree, path);
	fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text) || close(fd) != 0)
		util_die("cannot write %s: %s", p, strerror(errno));
	chmod(p, 0644);
}

static inline void open_cfg(struct config *c, enum platform p, const char *args, const char *given)
{
	struct config_opts o;
	struct buf err = { 0 };
	char g[700];

	memset(&o, 0, sizeof o);
	o.platform = p;
	o.root = tree;
	o.args = args;
	if (given) {
		snprintf(g, sizeof g, "%s%s", tree, given);
		o.given = g;
	}
	T_OK(config_open(c, &o, &err) == 0, "config_open: %s", err.data ? err.data : "");
	buf_free(&err);
}

/* "origin:path state, ..." of every source, for one comparison. */
static inline void order(const struct config *c, struct buf *out)
{
	size_t i;

	buf_reset(out);
	for (i = 0; i < c->n; i++)
		buf_printf(out, "%s%s:%s %s", i ? ", " : "", config_origin_name(c->src[i]->origin),
		           c->src[i]->path ? c->src[i]->path : "-", config_state_name(c->src[i]->state));
}

/* Where the finding with that id is: "path:line" of the first, or "". */
static inline void found(const struct config *c, const char *id, struct buf *out)
{
	size_t i, k;

	buf_reset(out);
	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->src[i]->report.n; k++)
			if (strcmp(check_finding_id(&c->src[i]->report.items[k]), id) == 0 && !out->len)
				buf_printf(out, "%s:%zu", c->src[i]->path ? c->src[i]->path : "-",
				           (size_t)c->src[i]->report.items[k].line);
	if (!out->data)
		buf_adds(out, "");
}

/* The message of the first finding `id`, or "". */
static inline void said(const struct config *c, const char *id, struct buf *out)
{
	size_t i, k;

	buf_reset(out);
	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->src[i]->report.n; k++)
			if (strcmp(check_finding_id(&c->src[i]->report.items[k]), id) == 0 && !out->len)
				buf_adds(out, check_message(&c->src[i]->report,
				                            &c->src[i]->report.items[k]));
	if (!out->data)
		buf_adds(out, "");
}

/* The effective value of a setting: "text@path:line", or "". */
static inline void effective(const struct config *c, const char *key, struct buf *out)
{
	const struct config_set *s;
	size_t i;

	buf_reset(out);
	for (i = 0; i < c->nopt; i++)
		if (strcmp(c->opt[i].key, key) == 0) {
			s = &c->opt[i].sets[c->opt[i].winner];
			config_set_text(c, s, out);
			buf_printf(out, "@%s:%zu", c->src[s->src]->path ? c->src[s->src]->path : "-",
			           config_set_line(c, s));
		}
	if (!out->data)
		buf_adds(out, "");
}

/* The temporary folder every tree goes under; the folders above it must
 * let a user through for the cases run as a user. */
static inline void ct_begin(void)
{
	if (!mkdtemp(top))
		util_die("mkdtemp: %s", strerror(errno));
	chmod(top, 0755);
}

static inline int ct_end(void)
{
	char cmd[300];

	snprintf(cmd, sizeof cmd, "rm -rf %s", top);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", top);
	return t_done();
}

#endif
