/* config_int.h - private to src/config: what its files share. */
#ifndef PPPCONF_CONFIG_INT_H
#define PPPCONF_CONFIG_INT_H

#include "config/config.h"

/* The folder of `call`'s files (linux-ppp-2.5.3/pppd/pathnames.h:103, apple-ppp-1027.121.1/Helpers/pppd/pathnames.h:56). */
#define CONFIG_PEERS "/etc/ppp/peers/"

/* What the reading carries from one source to the next. */
struct config_run {
	struct config *c;
	struct catalog_scope scope;   /* pppd's plugins and channel so far */
	char *device;                 /* the serial device named, for options.<tty> */
	int pty;                      /* pty, notty or socket: there is no tty */
	char *iface;                  /* pppoe.so's interface, "nic-" taken off,
	                                 for options.<interface> */
	int iface_given;              /* that file is the given one, read as
	                                 `file` on the command line: read again */
	/* where the last of each was read (SIZE_MAX: none), for the refusal
	 * of both at once across sources (config_end.c) */
	size_t pty_src, pty_entry, dev_src, dev_entry;
	int alone;                    /* read the given file only, follow nothing */
	size_t *open;                 /* the sources being read, outermost first */
	size_t nopen, open_cap;
	size_t pending_src;           /* a finding on that source as a whole, said */
	const char *pending_id;       /* when its reading starts */
	struct buf pending_msg, pending_fix;
	const char *later_channel;    /* macOS: the channel plugin the controller
	                                 loads once the sources before it are read */
};

/* config_read.c: one source. */
/* A new source (its text empty until read) reached from parent's entry
 * (CONFIG_NONE: pppd reads it by itself). */
size_t config_read_add(struct config_run *r, enum config_origin origin, const char *path,
                       size_t parent, size_t parent_entry, int privileged, int priority);
/* The words of a source that is no file. */
void config_read_text(struct config_run *r, size_t i, const struct buf *text);
/* What pppd makes of the file before a word of it; opens it for reading.
 * The id of the finding to say (msg, fix), or NULL. */
const char *config_peers_unsafe(const char *where, struct buf *what);
const char *config_read_open(struct config_run *r, size_t i, int must_exist,
                             int check_prot, struct buf *msg, struct buf *fix);
/* Reads source i, following its includes. */
void config_read(struct config_run *r, size_t i);

/* config_group.c: 1 when a privgroup read so far names a group the user
 * who starts pppd is in, so pppd treats that user as privileged. */
int config_privgroup(const struct config *c);

/* config_end.c: what pppd refuses once it has read every source, said on
 * the directive it concerns. */
void config_end(struct config_run *r);
/* config_secrets.c: pppd stops when it must make the peer log in and no
 * secrets-file line could serve; said on the line that asks. 1 when said. */
int config_secrets(struct config_run *r);

/* config_prio.c: pppd's option priorities (OPT_PRIO, OPT_PRIOSUB,
 * OPT_PRIVFIX in the option tables). */
#define CONFIG_P_PRIO    0x1u  /* a lower priority source does not replace the value */
#define CONFIG_P_PRIVFIX 0x2u  /* root's value ranks above any user's */
struct config_prio {
	const char *main;        /* the group's first option */
	unsigned flags;          /* CONFIG_P_* */
	const char *members;     /* the other names of the group, space-separated */
	const char *cite;        /* where the group is defined */
};
/* The group an option name belongs to on platform p (its own when it leads
 * one), or NULL when pppd gives it no priority. */
const struct config_prio *config_prio_find(enum platform p, const char *name);

/* config_effective.c: the options pppd ends up with. */
enum config_take {
	CONFIG_TAKEN,            /* the value is in effect (until replaced) */
	CONFIG_IGNORED,          /* an earlier value of higher priority stays */
	CONFIG_FIXED,            /* root set it; pppd refuses the change */
	CONFIG_DISABLED          /* an earlier source forbade the option */
};
/* Notes the value an accepted directive gives; on CONFIG_FIXED and
 * CONFIG_DISABLED, *earlier is the value that forbids it, on
 * CONFIG_IGNORED the value pppd keeps (valid until the next note). */
enum config_take config_effective_note(struct config *c, size_t src, size_t entry,
                                       const struct catalog_entry *row,
                                       const struct config_set **earlier);
/* For a netmask pppd has just taken from source src: the netmask it held
 * before, set in another source, when the new one lacks bits of it (pppd
 * then refuses the new one); NULL otherwise. */
const struct config_set *config_effective_netmask_drop(struct config *c, size_t src,
                                                       const struct catalog_entry *row);
/* A maxconnect or maxoctets that an unprivileged source raises over the
 * value pppd holds (config_effective.c): the earlier set, or NULL. */
const struct config_set *config_effective_raised(struct config *c, size_t src,
                                                 const struct catalog_entry *row);
/* Once every source is read: a demand that turned persist on again over a
 * nopersist set in another source is said on the demand line (one file's
 * order is check_conflict.c's; the controller's demand, check_controller's). */
void config_effective_persist_undone(struct config *c);
void config_effective_free(struct config *c);

/* config_controller.c: the options PPPController sends for a service, as
 * text for pppd's reader; -1 with a sentence in *err for an unknown type. */
int config_controller_text(const struct config_opts *o, struct buf *out, struct buf *err);
/* "l2tp" -> "L2TP" (the subtype whose plugin is "L2TP.ppp"), or NULL. */
const char *config_controller_subtype(const char *type);
/* The channel plugin the controller loads for a service type, or NULL. */
const char *config_controller_channel(const char *type);

/* config_who.c: who starts pppd, and where pppd's paths and plugins are. */
/* Fills c->uid, gid, user_name, home from c->o.user (NULL: root); -1 with
 * a sentence when the user is unknown. */
int config_who(struct config *c, struct buf *err);
/* Where pppconf finds pppd's path p: p itself, or under root. A new string. */
char *config_where(const struct config *c, const char *p);
/* pppd's path for a path the user named: absolute (a relative one is under
 * the working folder; "." parts dropped), and only its part under root when
 * it lies there. A new string. */
char *config_pppd_path(const struct config *c, const char *given);

#endif
