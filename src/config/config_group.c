/* config_group.c - privgroup: whether a group named in the sources read so far makes the user who starts pppd privileged for the sources pppd reads next. */
/* fgetgrent() is a glibc/BSD extension, hidden under plain _POSIX_C_SOURCE. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <grp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/config_int.h"
#include "pppd/doc.h"

/* 1 when the group has the user as a member, or as its own group. */
static int config_group_has(const struct config *c, const struct group *g)
{
	char **m;

	if (c->gid != (gid_t)-1 && g->gr_gid == c->gid)
		return 1;
	for (m = g->gr_mem; m && *m; m++)
		if (c->user_name && strcmp(*m, c->user_name) == 0)
			return 1;
	return 0;
}

/* The group by that name, in this machine's group list or, for a copy of
 * another machine, in the copy's etc/group (when it has none: not known). */
static int config_group_member(const struct config *c, const char *name)
{
	const struct group *g;
	char *path;
	FILE *f;
	int in = 0;

	if (!c->o.root) {
		g = getgrnam(name);
		return g && config_group_has(c, g);
	}
	path = config_where(c, "/etc/group");
	f = fopen(path, "r");
	free(path);
	if (!f)
		return 0;
	while (!in && (g = fgetgrent(f)) != NULL)
		in = strcmp(g->gr_name, name) == 0 && config_group_has(c, g);
	fclose(f);
	return in;
}

/* privgroup looks its group up as pppd reads it and makes a member
 * privileged (linux-ppp-2.5.3/pppd/auth.c:574-591; 2.4.9's :525-542, Apple's
 * :581-599). ~/.ppprc and the command line, read after /etc/ppp/options, take
 * that standing (options.c:666, :541; 2.4.9's :522, :402; Apple's :589,
 * :449); a privgroup read later, in a peers file, does not change them. */
int config_privgroup(const struct config *c)
{
	const struct config_option *o;
	const struct doc *d;
	size_t k, len;
	uintptr_t at;
	const char *v;

	at = (uintptr_t)hash_get(&c->opt_index, "privgroup", 9);
	if (!at)
		return 0;
	o = &c->opt[at - 1];
	for (k = 0; k < o->nsets; k++) {
		d = c->src[o->sets[k].src]->doc;
		if (!d || d->entries[o->sets[k].entry].nwords < 2)
			continue;
		v = doc_word_bytes(d, d->entries[o->sets[k].entry].word + 1, &len);
		if (len == strlen(v) && config_group_member(c, v))
			return 1;
	}
	return 0;
}
