/* check_needs.h - the table of words that do nothing unless another is on, shared by the rule (check_needs.c) and its rows (check_needs_rows.c). */
#ifndef CHECK_NEEDS_H
#define CHECK_NEEDS_H

#include <stddef.h>

enum need_how {
	NEED_NONZERO,   /* the last `on` line must give a number other than 0 */
	NEED_ON,        /* the last `on` line must come after the last `off` */
	NEED_NOT_OFF,   /* on by default: an `off` line anywhere undoes it */
	NEED_TEXT,      /* the last `on` line must give a word that is not empty */
	NEED_NO_V6ID,   /* idle once an ipv6 line gives an identifier (below) */
	NEED_PEER_NODE, /* idle unless ipx-node gives a nonzero peer node */
	NEED_V6_REMOTE, /* idle unless the peer is given an IPv6 identifier */
	NEED_V6_DEMAND  /* said while IPv6 is on and the peer has no identifier */
};

struct need_row {
	const char *word;          /* real name of the word that needs */
	enum need_how how;
	const char *on[3];         /* real names that make it act (NULL: none) */
	const char *off;           /* real name that undoes it, or NULL */
	int quiet_macos;           /* PPPController may pass an `on` word: quiet on a
	                              Mac for every file, as the controller's words
	                              outrank /etc/ppp/options and come before the
	                              peers file and /etc/ppp/postoptions */
	unsigned dflt;             /* NEED_ON: 1 on by default on Linux, 2 on a Mac */
	const char *fix;           /* English, N_() */
	const char *msg;           /* English, N_(): '%.*s' is the word */
	int before_253;            /* said only when --pppd-version names a Linux
	                              release before 2.5.3 (without one, the
	                              no-effect rule speaks about these words) */
};

extern const struct need_row need_rows[];
extern const size_t need_nrows;

#endif
