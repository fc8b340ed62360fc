#!/bin/sh
# tests/cli/list.sh - `pppconf list`: the catalogue as an aligned table, grouped by category.
. "$(dirname "$0")/../lib.sh"

run() { OUT=$("$PPPCONF" list "$@" 2>&1); RC=$?; }

run --platform macos
t_eq "macos exit" 0 "$RC"
t_contains "macos has l2tpnoipsec" "$OUT" "l2tpnoipsec"
t_contains "header" "$OUT" "Authentication (auth)"
run --platform linux
t_lacks "linux lacks l2tpnoipsec" "$OUT" "l2tpnoipsec"
t_contains "linux has pppoe" "$OUT" "pppoe-mac"

# One category: only its rows, each with the category in its column.
run --platform macos --category l2tp
t_eq "category exit" 0 "$RC"
rows=$(printf '%s\n' "$OUT" | grep '^  ')
n=$(printf '%s\n' "$rows" | grep -c ' l2tp  ')
named=$(printf '%s\n' "$rows" | grep -c '^  [^ ]')
t_eq "every row is l2tp" "$named" "$n"
t_contains "count line" "$OUT" "$n directives for macOS in l2tp."
t_contains "the fix is listed" "$rows" "  l2tpnoipsec "

# Columns line up: the category column starts at the same place on every
# row (a name too long for its column sits on a line of its own).
cols=$(printf '%s\n' "$rows" | grep ' l2tp  ' | awk '{ print index($0, " l2tp  ") }' | sort -u | wc -l | tr -d ' ')
t_eq "aligned columns" 1 "$cols"

# Groups come in category order, each once.
run --platform linux
order="general auth link ip ipv6 compression encryption device connection logging l2tp pppoe pptp radius multilink macos"
heads=$(printf '%s\n' "$OUT" | grep -E '^[A-Z].* \([a-z0-9]+\)$' | sed 's/.*(\(.*\))$/\1/' | tr '\n' ' ')
want=""
for c in $order; do case " $heads" in *" $c "*) want="$want$c " ;; esac; done
t_eq "groups in category order, once each" "$want" "$heads"
t_contains "several groups" "$heads" "general auth link"

run --category nonsense
t_eq "bad category exit" 2 "$RC"
t_contains "bad category" "$OUT" "unknown category 'nonsense'; one of: general auth"
run extra-word
t_eq "extra word exit" 2 "$RC"

t_done
