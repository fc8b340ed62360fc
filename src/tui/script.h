/* script.h - key scripts for the headless editor; the format is described in script.c. */
#ifndef PPPCONF_SCRIPT_H
#define PPPCONF_SCRIPT_H

#include <stddef.h>
#include <stdio.h>

#include "base/buf.h"

enum script_kind {
	SCRIPT_NONE,     /* internal: a line that only queued keys */
	SCRIPT_KEY,      /* key holds a key (keys.h encoding) */
	SCRIPT_DUMP,     /* name holds the dump's name */
	SCRIPT_RESIZE,   /* cols x rows */
	SCRIPT_SIGNAL,   /* key holds a signal number to raise */
	SCRIPT_END,      /* no more lines */
	SCRIPT_BAD       /* name holds what was wrong, with the line number */
};

struct script_item {
	enum script_kind kind;
	int key;
	int cols, rows;
	char name[160];
};

struct script {
	FILE *fp;
	size_t lineno;
	int *pend;          /* keys queued by `type` */
	size_t npend, ipend, cap;
};

int script_open(struct script *s, const char *path, struct buf *err);
void script_next(struct script *s, struct script_item *it);
void script_close(struct script *s);

#endif
