#!/bin/sh
# po/mkpot.sh - writes the translation template: xgettext's marked strings, then the catalogue's texts.
#
# Usage: sh po/mkpot.sh OUT.pot CATPOT SOURCE.c...
# CATPOT is the built po/catpot.c (it prints the catalogue's entries).
# `make pot` runs it; tests/cli/po.sh runs it to see that po/pppconf.pot
# is current. Needs GNU gettext (xgettext, msgcat).
set -e
out=$1; catpot=$2; shift 2
tmp=$out.d
mkdir -p "$tmp"
xgettext --from-code=UTF-8 --language=C --keyword --keyword=_ --keyword=N_ \
	--keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=cli_json_error \
	--flag=cli_json_error:1:c-format --keyword=cli_edit_last:3 \
	--flag=cli_edit_last:3:c-format --add-comments=TRANSLATORS: \
	--add-location=file --package-name=pppconf --package-version="${VERSION:-0}" \
	--msgid-bugs-address="${BUGS:-}" -o "$tmp/marked.pot" "$@" 2>"$tmp/xgettext.err" ||
	{ cat "$tmp/xgettext.err" >&2; exit 1; }
"$catpot" >"$tmp/catalog.pot"
msgcat --use-first --add-location=file -o "$out" "$tmp/marked.pot" "$tmp/catalog.pot"
rm -rf "$tmp"
