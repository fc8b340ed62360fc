/* catalog_value.h - the readers catalog_value.c shares with catalog_shape.c: numbers as strtoul reads them, addresses, host names, the sentence of a verdict. */
#ifndef PPPCONF_CATALOG_VALUE_H
#define PPPCONF_CATALOG_VALUE_H

#include <stddef.h>

#include "base/buf.h"
#include "base/platform.h"

struct catalog_num {
	unsigned long long v;  /* as strtoul would return it (saturated) */
	int neg;               /* a '-' came first: strtoul negates */
	int digits;            /* any digit at all */
	int overflow;
	int base;
	size_t used;           /* bytes consumed, as strtoul's end pointer */
};

/* strtoul(s, &end, base) on s[0..len), as a 64-bit pppd reads it. */
void catalog_value_num(const char *s, size_t len, int base, struct catalog_num *n);
/* inet_addr()'s forms (a, a.b, a.b.c, a.b.c.d, each part in any base):
 * 1 when s is one, its address (host order) in *addr unless NULL; else 0. */
int catalog_value_ipv4(const char *s, size_t len, unsigned long *addr);
/* The same at the start of a value with a blank after it, as inet_addr
 * reads one (it ignores what follows the blank): the length of the
 * address part, its address in *addr unless NULL; else 0 (also for a value
 * without a blank). */
size_t catalog_value_ipv4_lead(const char *s, size_t len, unsigned long *addr);
/* netmask's forms as pppd's parse_dotted_ip reads them (a.b.c.d, each part
 * at most 255, or one number above 255): 1 when s is one, the mask (host
 * order) in *mask unless NULL; else 0. */
int catalog_value_netmask(const char *s, size_t len, unsigned long *mask);
/* 1 when s could be a host name: letters, digits, '-', '.', '_', a letter. */
int catalog_value_hostname(const char *s, size_t len);
/* The int pppd stores for n: the unsigned long cut to 32 bits, read as
 * signed. */
long long catalog_value_as_int(const struct catalog_num *n);
/* catalog_int.c: an int option's value (lcp-echo-interval, mru...): its
 * range, how pppd reads the word, the 16-bit plugin words; return as
 * catalog_check_value does. */
int catalog_check_int(const struct catalog_entry *e, const char *val, size_t len,
                      struct buf *why);
/* catalog_addr.c: an address option's value (ms-dns, netmask...), and a
 * list of addresses (allow-ip); return as catalog_check_value does. */
int catalog_addr_check(const struct catalog_entry *e, const char *val, size_t len,
                       struct buf *why);
int catalog_addr_list(enum platform p, const char *val, size_t len, struct buf *why);
/* catalog_pair.c: a "rx,tx" pair (bsdcomp, deflate); return as
 * catalog_check_value does. */
int catalog_pair_check(const struct catalog_entry *e, enum platform p, const char *val,
                       size_t len, struct buf *why);
/* The int a 64-bit pppd keeps from one half of such a pair; *fits is 0
 * when the number is outside int (a 32-bit pppd then refuses it). */
long long catalog_pair_int(const struct catalog_num *n, int *fits);
/* The value as a message quotes it, escaped and cut to 60 bytes: q's text
 * (q is reset; free it), never NULL. */
const char *catalog_value_quote(struct buf *q, const char *val, size_t len);
/* Appends fmt to why (when not NULL), its one %s the value as quoted. */
void catalog_value_why(struct buf *why, const char *fmt, const char *val, size_t len);

/* catalog_text.c: call's name under /etc/ppp/peers; a text longer than the
 * e->hi bytes pppd keeps; and the text rows pppd reads further. Each
 * returns as catalog_check_value does (0, 1, 2) and says why. */
int catalog_text_call(const char *val, size_t len, struct buf *why);
int catalog_text_length(const struct catalog_entry *e, const char *val, size_t len,
                        struct buf *why);
int catalog_text_check(const struct catalog_entry *e, const char *val, size_t len,
                       struct buf *why);

/* catalog_shape.c: values pppd reads with a parser of its own. Each returns
 * as catalog_check_value does (0, 1, 2) and says why. */
int catalog_shape_endpoint(const char *val, size_t len, struct buf *why);
int catalog_shape_callback(const char *val, size_t len, struct buf *why);
int catalog_shape_avpair(const char *val, size_t len, struct buf *why);
int catalog_shape_speed(const char *val, size_t len, struct buf *why);
int catalog_shape_pair(enum platform p, const char *val, size_t len, struct buf *why);
int catalog_shape_hostport(const char *val, size_t len, struct buf *why);
int catalog_shape_ipx_name(const char *val, size_t len, struct buf *why);
int catalog_shape_ipx_node(const char *val, size_t len, struct buf *why);
int catalog_shape_netmask(const char *val, size_t len, struct buf *why);
int catalog_shape_escape(const char *val, size_t len, struct buf *why);
int catalog_shape_ifid(const char *val, size_t len, struct buf *why);
/* l2tpipsecsharedsecret: an empty key is the same as none. */
int catalog_shape_l2tp_key(size_t len, struct buf *why);
/* terminalscript: an empty name is not none. */
int catalog_shape_terminal_script(size_t len, struct buf *why);
int catalog_shape_modemdict(struct buf *why);
int catalog_shape_cancelcode(const char *name, const char *val, size_t len, long long x,
                             struct buf *why);
/* extraconnecttime 1, 2 or below 0: L2TP.ppp retries none. */
int catalog_shape_extraconnect(const char *name, const char *val, size_t len, long long x,
                               struct buf *why);
/* catalog_l2tp.c: l2tprecvtimeout 0 or below -1 (no wait for a reply),
 * l2tpwaitiftimeout above 536870911 (wraps on Wi-Fi): 1 and said into why as a value of its own; _read adds a sentence after
 * what another spelling is read as. */
int catalog_l2tp_recv_odd(const struct catalog_entry *e, const char *val, size_t len,
                          long long x, struct buf *why);
void catalog_l2tp_recv_read(const struct catalog_entry *e, long long x, struct buf *why);
/* set's value when unset is 0, unset's when it is 1. */
int catalog_shape_env(int unset, const char *val, size_t len, struct buf *why);
/* catalog_pppoe.c: a MAC address, and pppoe-sess's session:MAC, as the
 * pppoe plugin reads them. */
int catalog_shape_mac(const char *val, size_t len, struct buf *why);
int catalog_shape_sessid_mac(const char *val, size_t len, struct buf *why);
struct catalog_entry;
/* " The plugin then ..." after a 64-bit read of x for a 16-bit plugin word */
void catalog_int_wide_u16(const struct catalog_entry *e, long long x, struct buf *why);
int catalog_shape_host_uniq(const char *val, size_t len, struct buf *why);
/* catalog_empty.c: the verdict on an empty value of a row whose "" pppd
 * reads as more than "none" on platform p (1 or 2, as catalog_check_value
 * returns), or 0 when the row has no such rule there. */
int catalog_empty_value(const struct catalog_entry *e, enum platform p, struct buf *why);
/* catalog_atm.c: pppoatm's qos, as the ATM library's text2qos reads it. */
int catalog_shape_qos(const char *val, size_t len, struct buf *why);
/* 1 when pppoatm.so would take the word as its circuit (catalog_atm.c). */
int catalog_is_atm(const char *w, size_t len);

#endif
