/* field.c - a one-line text field: the editing behind every prompt of the editor. */
#include "editor/field.h"

static int field_cont(const struct field *f, size_t i)
{
	return i < f->text.len && ((unsigned char)f->text.data[i] & 0xc0) == 0x80;
}

const char *field_text(const struct field *f)
{
	return f->text.data ? f->text.data : "";
}

void field_set(struct field *f, const char *s, size_t n)
{
	buf_reset(&f->text);
	buf_add(&f->text, s ? s : "", s ? n : 0);
	f->cur = f->text.len;
}

void field_insert(struct field *f, const char *s, size_t n)
{
	if (!f->text.data)
		buf_add(&f->text, "", 0);
	buf_splice(&f->text, f->cur, 0, s, n);
	f->cur += n;
}

void field_left(struct field *f)
{
	if (f->cur == 0)
		return;
	do
		f->cur--;
	while (f->cur > 0 && field_cont(f, f->cur));
}

void field_right(struct field *f)
{
	if (f->cur >= f->text.len)
		return;
	do
		f->cur++;
	while (field_cont(f, f->cur));
}

void field_home(struct field *f)
{
	f->cur = 0;
}

void field_end(struct field *f)
{
	f->cur = f->text.len;
}

void field_backspace(struct field *f)
{
	size_t end = f->cur;

	field_left(f);
	if (end > f->cur)
		buf_splice(&f->text, f->cur, end - f->cur, "", 0);
}

void field_delete(struct field *f)
{
	size_t start = f->cur;

	field_right(f);
	if (f->cur > start)
		buf_splice(&f->text, start, f->cur - start, "", 0);
	f->cur = start;
}

void field_free(struct field *f)
{
	buf_free(&f->text);
	f->cur = 0;
}
