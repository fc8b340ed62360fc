#!/bin/sh
# tests/cli/too_large.sh - a file of 4 GiB or more is refused with a reason, not loaded.
. "$(dirname "$0")/../lib.sh"

# A sparse file: it says 4 GiB but takes no room, and pppconf must refuse
# it from its size alone, before reading a byte.
BIG=$T_TMP/huge.options
dd if=/dev/null of="$BIG" bs=1 seek=4294967296 2>/dev/null
KB=$(du -k "$BIG" 2>/dev/null | cut -f1)
if [ ! -f "$BIG" ] || [ "${KB:-999999}" -gt 1024 ]; then
	rm -f "$BIG"
	t_skip "this file system cannot make a sparse file"
	t_done
	exit 0
fi

OUT=$("$PPPCONF" --platform linux check "$BIG" 2>&1); RC=$?
t_eq "check refuses a 4 GiB file" 2 "$RC"
t_contains "check says why" "$OUT" "cannot read $BIG: it is too large to be an options file"

OUT=$("$PPPCONF" --platform linux dump "$BIG" 2>&1); RC=$?
t_eq "dump refuses a 4 GiB file" 2 "$RC"
t_contains "dump says why" "$OUT" "cannot read $BIG: it is too large to be an options file"

OUT=$("$PPPCONF" --platform linux --read-only "$BIG" 2>&1 </dev/null); RC=$?
t_eq "the editor refuses it" 2 "$RC"
t_contains "the editor says why" "$OUT" "far too big for a pppd options file"

rm -f "$BIG"
t_done
