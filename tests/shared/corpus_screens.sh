#!/bin/sh
# tests/shared/corpus_screens.sh - the first screen at 80x24 of every corpus file and of a
# missing file, compared with committed golden screens (UPDATE=1 regenerates them).
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../tui/headless.lib"

CORPUS=$SHARED/corpus
if [ ! -d "$CORPUS" ]; then
	t_fail "needs the corpus at $CORPUS (../shared/corpus, or SHARED=DIR)"
	t_done
	exit
fi

printf 'dump first\n' | tui_keys first
mkdir -p "$T_TMP/c"
cd "$T_TMP/c" || exit 2
n=0
for f in "$CORPUS"/*; do
	name=$(basename "$f")
	[ "$name" = SOURCES.tsv ] && continue
	# Files written for Apple's pppd are read as macOS does; the rest as Linux.
	case $name in
	*apple*|*macos*|*iPhone*) plat=macos ;;
	*) plat=linux ;;
	esac
	cp "$f" "$name"
	chmod 644 "$name"
	# a relative path keeps the temporary folder out of the title
	tui_run first "$name" --platform "$plat"
	t_eq "$name: exit status" 0 "$TUI_RC"
	tui_golden "$name" first first "corpus/$name.$plat"
	# the screen is drawn without touching the file
	t_check "$name: file untouched" cmp -s "$f" "$name"
	n=$((n + 1))
done
t_check "corpus files found" [ "$n" -gt 10 ]

# A missing file opens as a new, empty document and says so (common on macOS).
tui_run first options --platform macos
t_eq "missing file: exit status" 0 "$TUI_RC"
tui_golden "missing file" first first missing-macos
s=$(tui_screen first first)
t_contains "missing file: title says new file" "$(echo "$s" | head -n 1)" "new file"
t_contains "missing file: points at the fixes" "$s" "f fixes a problem"
t_check "missing file: still missing" [ ! -e options ]
t_done
