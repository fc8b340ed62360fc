/* check_file.c - the rules about the file as a whole: whether it exists, who may change it, a byte order mark, Windows line ends. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/lexer.h"

static const char *check_file_path(const struct check_ctx *c)
{
	return c->file->path ? c->file->path : "FILE";
}

int check_file_missing(struct check_ctx *c, size_t entry, size_t word)
{
	(void)entry, (void)word;
	if (!c->file || !c->file->missing)
		return 0;
	/* a missing /etc/ppp/options is fine only for a privileged pppd, and
	 * file and call (Linux) need theirs (linux-ppp-2.5.3/pppd/main.c:433,
	 * options.c:1640 readfile, :1681 callfile; Apple's call does without,
	 * apple-ppp-1027.121.1/Helpers/pppd/options.c:1612) */
	check_say(c, CHECK_K_NO_FILE, 0, SIZE_MAX, NULL, NULL,
	          N_("There is no file here. Where pppd may do without it, it uses its built-in "
	          "defaults; but a pppd started by a user other than root (macOS's PPPController "
	          "aside) needs /etc/ppp/options, and a file named by 'file' (or, on Linux, "
	          "'call') must exist."));
	return 1;
}

int check_file_writable(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_file *f = c->file;
	struct buf fix;

	(void)entry, (void)word;
	if (!f || !f->have_stat || !(f->mode & 022))
		return 0;
	buf_init(&fix);
	buf_printf(&fix, "sudo chmod go-w %s", check_file_path(c));
	check_say(c, CHECK_K_FILE_WRITABLE, 0, SIZE_MAX, fix.data, NULL,
	          N_("The file can be changed by %s (mode %04o). pppd acts on it with root's "
	          "authority (a plugin line loads code into pppd, connect runs a command), "
	          "so whoever can write it can take over this machine."),
	          (f->mode & 002) ? _("any user") : _("members of its group"),
	          (unsigned)(f->mode & 07777));
	buf_free(&fix);
	return 1;
}

int check_file_not_root(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_file *f = c->file;
	struct buf fix;

	(void)entry, (void)word;
	if (!f || !f->have_stat || !c->system_file || f->uid == 0)
		return 0;
	buf_init(&fix);
	buf_printf(&fix, "sudo chown root %s", check_file_path(c));
	check_say(c, CHECK_K_FILE_NOT_ROOT, 0, SIZE_MAX, fix.data, NULL,
	          N_("The file belongs to user id %lu, not root; that user can change what pppd "
	          "does as root."), (unsigned long)f->uid);
	buf_free(&fix);
	return 1;
}

int check_file_dir_writable(struct check_ctx *c, size_t entry, size_t word)
{
	(void)entry, (void)word;
	if (!c->file || !c->file->have_stat || !c->file->dir_writable_by_others)
		return 0;
	check_say(c, CHECK_K_DIR_WRITABLE, 0, SIZE_MAX, N_("Make the folder owned by root and "
	          "writable only by root (sudo chown root DIR; sudo chmod go-w DIR)."), NULL,
	          N_("The folder that holds the file can be changed by users other than root, "
	          "so they could replace the file with their own."));
	return 1;
}

static int check_file_has_bom(const struct doc *d)
{
	return d->text.len >= 3 && memcmp(d->text.data, "\xEF\xBB\xBF", 3) == 0;
}

int check_file_bom_glued(const struct check_ctx *c, size_t entry)
{
	return c->d->words[c->d->entries[entry].word].start == 0 && check_file_has_bom(c->d);
}

int check_file_bom(struct check_ctx *c, size_t entry, size_t word)
{
	const struct doc *d = c->d;
	const struct doc_entry *e = d->nentries ? &d->entries[0] : NULL;
	int glued = e && !e->disabled && d->words[e->word].start == 0;
	struct buf msg, rep;
	size_t len, k;
	const char *v;

	(void)entry, (void)word;
	if (!check_file_has_bom(d))
		return 0;
	buf_init(&msg);
	buf_init(&rep);
	buf_adds(&msg, _("The file starts with an invisible byte order mark (BOM), as some "
	         "Windows editors write. pppd does not skip it: "));
	if (glued && d->words[e->word].len > 3) {
		v = check_val(c, e->word, &len);
		buf_adds(&msg, _("it becomes part of the first word, so "));
		check_word(&msg, v + 3, len - 3);
		buf_adds(&msg, _(" is no longer a word pppd knows."));
		lexer_quote(&rep, v + 3, len - 3);
		for (k = 1; k < e->nwords; k++) {
			v = check_val(c, e->word + k, &len);
			buf_addc(&rep, ' ');
			lexer_quote(&rep, v, len);
		}
	} else {
		buf_adds(&msg, _("it reads it as a word of its own and does not know it."));
	}
	check_stops(c, 1, &msg);
	/* glued to the first directive: retyping that directive is the fix */
	check_say_buf(c, CHECK_K_BOM, 1, glued ? 0 : SIZE_MAX, N_("Save the file as plain text "
	          "without a BOM (UTF-8 without BOM, or ASCII)."),
	          !glued ? NULL : rep.len ? rep.data : "", &msg);
	buf_free(&msg);
	buf_free(&rep);
	return 1;
}

/* getword ends a word at any isspace() character, CR included
 * (linux-ppp-2.5.3/pppd/options.c:1541); inside quotes it is kept. */
int check_file_crlf(struct check_ctx *c, size_t entry, size_t word)
{
	const struct doc *d = c->d;
	const char *t = d->text.data;
	size_t i, n = 0, first = 0;

	(void)entry, (void)word;
	/* the doc's lines end at each LF: only their last two bytes matter */
	for (i = 0; i < d->nlines; i++) {
		size_t len = doc_line_len(d, i), end = (size_t)d->lines[i].off + len;

		if (len >= 2 && t[end - 1] == '\n' && t[end - 2] == '\r' && n++ == 0)
			first = i + 1;
	}
	if (!n)
		return 0;
	check_say(c, CHECK_K_CRLF, first, SIZE_MAX,
	          N_("Convert the line ends to LF if you like (for example with dos2unix)."), NULL,
	          n == 1 ? N_("%zu line ends with Windows line ends (CR LF). pppd reads the CR "
	          "as a space, so this is harmless outside quotes, but editors and diffs may "
	          "show it as ^M.") : N_("%zu lines end with Windows line ends (CR LF). pppd "
	          "reads the CR as a space, so this is harmless outside quotes, but editors "
	          "and diffs may show it as ^M."), n);
	return 1;
}
