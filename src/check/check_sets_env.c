/* check_sets_env.c - the duplicate rule for Linux set and unset: pppd keeps one entry per variable name, so an earlier set or unset of a name that a later line of the same file sets or unsets again has no effect. */
#include <string.h>

#include "check/check_int.h"

/* pppd looks the name up among the ones it has (linux-ppp-2.5.3/pppd/
 * options.c:1875-1879 for set, :1950-1951 for unset; 2.4.9's :1644-1648,
 * :1715-1716), and the line read last replaces the value and the set or
 * unset state (2.5.3 :1908-1911, :1980-1983; 2.4.9 :1673-1676, :1741-1744).
 * The list is used only when pppd starts a script or command (2.5.3
 * main.c:1867, :1980; 2.4.9 main.c:1682, :1792). pppd reads its options
 * files, options.<tty> among them, before it starts the link (2.5.3
 * main.c:433-435, :443-444 against :611;
 * 2.4.9 main.c:346-357 against :519), so both lines of one such file
 * are in before any script runs. Not every option is: a secrets file's
 * options are read once the peer has authenticated (2.5.3 auth.c:949-950),
 * after the connect, init and welcome commands have run, which is why the
 * message speaks only of the two lines. Within one file every line has the same
 * privilege, so the rule about a privileged value an unprivileged line
 * cannot change (:1881-1883) does not come in. Only this one file is
 * looked at; lines pppd refuses (no '=', no name; an '=' in an unset name)
 * are left to the value rules and set nothing here. */

/* The variable name an accepted set or unset entry names: *len bytes, or
 * NULL when the entry is neither, or pppd would refuse its word. */
static const char *check_sets_env_name(const struct check_ctx *c, size_t entry, size_t *len,
                                       int *is_set)
{
	const struct catalog_entry *r = c->row[entry];
	const struct doc_entry *e = &c->d->entries[entry];
	const char *v, *eq;
	size_t vlen;

	if (!r || !c->sets.of || !c->sets.of[entry] || e->nwords < 2)
		return NULL;
	*is_set = strcmp(r->name, "set") == 0;
	if (!*is_set && strcmp(r->name, "unset") != 0)
		return NULL;
	v = check_val(c, e->word + 1, &vlen);
	eq = memchr(v, '=', vlen);
	if (*is_set ? (!eq || eq == v) : (eq || vlen == 0))
		return NULL;
	*len = *is_set ? (size_t)(eq - v) : vlen;
	return v;
}

int check_sets_env_replaced(struct check_ctx *c)
{
	const char *name, *other;
	size_t f, k, later, len, olen;
	int is_set, oset, said = 0;
	struct buf here, last;

	if (c->p != PLATFORM_LINUX)
		return 0;
	buf_init(&here);
	buf_init(&last);
	for (f = 0; f < c->d->nentries; f++) {
		if (!(name = check_sets_env_name(c, f, &len, &is_set)))
			continue;
		later = SIZE_MAX;
		for (k = f + 1; k < c->d->nentries; k++) {
			other = check_sets_env_name(c, k, &olen, &oset);
			if (other && olen == len && memcmp(other, name, len) == 0 &&
			    !(c->out && check_worst_for_entry(c->out, k) == (int)CHECK_ERROR))
				later = k;
		}
		if (later == SIZE_MAX)
			continue;
		buf_reset(&here);
		buf_reset(&last);
		check_entry_text(c, f, &here);
		check_entry_text(c, later, &last);
		/* the same line again leaves what this one set: a repeat, which
		 * the repeated rule speaks of where it sees one */
		if (strcmp(here.data ? here.data : "", last.data ? last.data : "") == 0)
			continue;
		check_say(c, CHECK_K_DUPLICATE, check_line(c, f), f,
		          N_("Delete this line, or the later one."), "",
		          N_("'%s' is replaced by '%s' on line %zu: pppd keeps one value for each "
		             "variable name, the one read last, and reads both lines before it "
		             "starts any script or command, so this line has no effect."),
		          here.data ? here.data : "", last.data ? last.data : "",
		          check_line(c, later));
		said = 1;
	}
	buf_free(&here);
	buf_free(&last);
	return said;
}
