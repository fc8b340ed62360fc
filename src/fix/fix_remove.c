/* fix_remove.c - undoing a fix on a file pppconf created for it removes the file: one decision, one diff and one way to do it, for the editor and the commands alike. */
#include "fix/fix.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/diff.h"
#include "pppd/catalog.h"

int fix_remove_due(const struct session *s)
{
	enum platform p = s->platform;
	struct doc old;
	size_t n;
	const char *saved = session_saved(s, &n);
	int created;

	if (s->doc.text.len != 0 || !s->file.stamp.exists || n == 0)
		return 0;
	doc_load(&old, saved, n, lexer_dialect_for(p), catalog_arity, &p);
	created = fix_created_file(&old);
	doc_free(&old);
	return created;
}

void fix_remove_diff(const struct session *s, struct buf *out)
{
	size_t n;
	const char *saved = session_saved(s, &n);
	struct buf bak = { NULL, 0, 0 };

	safewrite_backup_path(&s->file, &bak);
	buf_printf(out, _("delete %s (pppconf created it for a fix; its last version is kept "
	           "as %s)\n"), s->path, bak.data);
	diff_unified(saved, n, "", 0, s->path, "/dev/null", 3, out);
	buf_free(&bak);
}

int fix_remove(struct session *s, struct buf *msg)
{
	struct buf bak = { NULL, 0, 0 };
	int rc = -1;

	safewrite_backup_path(&s->file, &bak);
	if (s->file.read_only) {
		/* the same rule as writing: not as a user who may not, not under
		 * another editor's feet */
		buf_printf(msg, _("not removed: %s"), s->file.read_only_why[0] ?
		           s->file.read_only_why : _("the file is read-only"));
	} else if (safewrite_changed(&s->file, NULL, NULL, NULL) != 0) {
		buf_printf(msg, _("not removed: %s changed since it was read; start again from "
		           "the file as it is now"), s->path);
	} else if (rename(s->path, bak.data) != 0) {
		buf_printf(msg, _("cannot remove %s: %s"), s->path, strerror(errno));
	} else {
		buf_printf(msg, _("removed: %s (pppconf had created it for the fix; its last "
		           "version is %s)"), s->path, bak.data);
		rc = 0;
	}
	buf_free(&bak);
	return rc;
}
