/* field.h - a one-line text field: bytes (UTF-8 or not) and a cursor, without curses. */
#ifndef PPPCONF_FIELD_H
#define PPPCONF_FIELD_H

#include <stddef.h>

#include "base/buf.h"

/* A zeroed struct is an empty field. The cursor is a byte offset that never
 * sits inside a UTF-8 sequence's continuation bytes. */
struct field {
	struct buf text;
	size_t cur;
};

void field_set(struct field *f, const char *s, size_t n);  /* cursor at the end */
void field_insert(struct field *f, const char *s, size_t n);
void field_backspace(struct field *f);
void field_delete(struct field *f);
void field_left(struct field *f);
void field_right(struct field *f);
void field_home(struct field *f);
void field_end(struct field *f);
void field_free(struct field *f);
/* The text, never NULL (NUL-terminated; may hold NULs). */
const char *field_text(const struct field *f);

#endif
