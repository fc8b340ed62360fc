#!/bin/sh
# tests/cli/check_number.sh - `pppconf check` on allow-number and remotenumber: which callers a list lets in, and when pppd exits at start because no number is known.
. "$(dirname "$0")/../lib.sh"

put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
run() { OUT=$("$PPPCONF" check --only "$@" 2>&1); RC=$?; }

# remotenumber that no allow-number entry lets in: pppd exits right after
# reading its options (auth.c:1434); an entry that is a prefix lets it in on
# every pinned pppd with a final *, and in 2.4.9 and Apple's without one
put rnumdeny 'remotenumber 5551234\nallow-number 666\nallow-number 777*\n'
run --platform linux "$T_TMP/rnumdeny"
t_eq "remotenumber not allowed: exit" 1 "$RC"
t_contains "remotenumber not allowed" "$OUT" "rnumdeny:1: error: No allow-number line in this file lets remotenumber's number in"
t_contains "remotenumber not allowed: status 21" "$OUT" "exits with status 21"
run --platform macos "$T_TMP/rnumdeny"
t_contains "remotenumber not allowed macOS: status 24" "$OUT" "exits with status 24"
# allow-number with no remotenumber: the start-up check compares the list
# with an empty number (auth.c:1434, :2195-2210), only "*" lets it in; the
# whole configuration's error is in chain.sh
put rnumnone 'allow-number 666\nallow-number 777*\n'
run --platform linux "$T_TMP/rnumnone"
t_eq "allow-number without remotenumber: a note (the command line may give it)" 0 "$RC"
t_contains "allow-number without remotenumber" "$OUT" "rnumnone:2: note: This file lists allow-number entries but sets no remotenumber"
t_contains "allow-number without remotenumber: status 21" "$OUT" "exits with status 21"
run --platform macos "$T_TMP/rnumnone"
t_contains "allow-number without remotenumber macOS: status 24" "$OUT" "exits with status 24"
put rnumstar 'allow-number 666\nallow-number *\n'
run --platform linux "$T_TMP/rnumstar"
t_lacks "allow-number * lets an unknown number in" "$OUT" "sets no remotenumber"
put rnumok 'remotenumber 5551234\nallow-number 666\nallow-number 555*\n'
run --platform linux "$T_TMP/rnumok"
t_lacks "remotenumber allowed by a * entry" "$OUT" "[incompatible]"
# an entry that is only the start of the number, without *: 2.5.3 refuses
# (auth.c:2205), 2.4.9 and Apple's pppd take it as a prefix
put rnumpre 'remotenumber 5551234\nallow-number 555\n'
run --platform linux "$T_TMP/rnumpre"
t_contains "remotenumber prefix entry: 2.5.3 refuses" "$OUT" "rnumpre:1: error: Linux pppd 2.5.3 lets remotenumber's number in only through"
run --platform linux --pppd-version 2.4.9 "$T_TMP/rnumpre"
t_lacks "remotenumber prefix entry: 2.4.9 takes it" "$OUT" "[incompatible]"
run --platform macos "$T_TMP/rnumpre"
t_lacks "remotenumber prefix entry: macOS takes it" "$OUT" "[incompatible]"
# an empty entry with a remotenumber: 2.5.3 lets in only an empty number
# (auth.c:2202-2205), so it exits at start-up; 2.4.9 and Apple are not foreseen
put rnumempty 'remotenumber 5551234\nallow-number ""\n'
run --platform linux "$T_TMP/rnumempty"
t_contains "remotenumber with only an empty entry: 2.5.3 refuses" "$OUT" "rnumempty:1: error: Linux pppd 2.5.3 lets remotenumber's number in only through"
run --platform linux --pppd-version 2.4.9 "$T_TMP/rnumempty"
t_lacks "remotenumber with only an empty entry: 2.4.9 not foreseen" "$OUT" "[incompatible]"
run --platform macos "$T_TMP/rnumempty"
t_lacks "remotenumber with only an empty entry: macOS not foreseen" "$OUT" "[incompatible]"
put rnumcase 'remotenumber abc\nallow-number ABC\n'
run --platform linux "$T_TMP/rnumcase"
t_lacks "remotenumber allowed, case apart" "$OUT" "[incompatible]"
# allow-number with no remotenumber: at start-up no number is known on
# either platform (plugins set one only once connected), so pppd compares
# an empty number and exits (21; 24 on a Mac) unless a lone * lets it in;
# the command line may give one, so one file gets a note (needs-other)
put anumonly 'allow-number 5551234\nallow-number 666*\n'
run --platform macos "$T_TMP/anumonly"
t_contains "allow-number without remotenumber macOS: noted, status 24" "$OUT" "anumonly:2: note: This file lists allow-number entries but sets no remotenumber"
t_contains "allow-number without remotenumber macOS: 24" "$OUT" "exits with status 24"
run --platform linux "$T_TMP/anumonly"
t_contains "allow-number without remotenumber Linux: 21" "$OUT" "exits with status 21"
# on a Mac PPPController passes no remotenumber, so in /etc/ppp/options the
# list stops every connection it starts (an error there, not a note)
mkdir -p "$T_TMP/anum/etc/ppp"
printf 'allow-number 5551234\n' >"$T_TMP/anum/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/anum" check 2>&1)
t_contains "allow-number in a Mac's options: every connection stops" "$OUT" "options:1: error: This file lists allow-number entries but sets no remotenumber, and PPPController passes none"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/anum" check 2>&1)
t_lacks "allow-number in Linux options: the command line may give one" "$OUT" "PPPController passes none"
# a number past pppd's int for a word an Apple plugin hands on in 16 bits: what the plugin then passes
printf 'plugin L2TP.ppp\nl2tpretries 99999999999\nl2tpretries 3000000000\n' >"$T_TMP/l2w"
OUT=$("$PPPCONF" --platform macos check --only "$T_TMP/l2w" 2>&1)
t_contains "l2tpretries past 32 bits: the 16 bits passed" "$OUT" "The plugin then keeps 16 bits of it and passes 59391 (65535 on a 32-bit system)."
t_contains "l2tpretries past int: the 16 bits passed" "$OUT" "read as -1294967296. The plugin then keeps 16 bits of it and passes 24064."
# ipcp-max-failure at 0 or less: this end Naks nothing, on both platforms
put ipcpz 'ipcp-max-failure 0\n'
run --platform linux "$T_TMP/ipcpz"
t_contains "ipcp-max-failure 0 (Linux): no Nak of its own" "$OUT" "At 0 or less Linux pppd also sends no IPCP Nak itself"
put ipcp1 'ipcp-max-failure 1\n'
run --platform linux "$T_TMP/ipcp1"
t_lacks "ipcp-max-failure 1 (Linux): still Naks once" "$OUT" "At 0 or less"
run --platform macos "$T_TMP/ipcpz"
t_contains "ipcp-max-failure 0 (macOS): no Nak" "$OUT" "so Apple's pppd sends no IPCP Nak at all"
# mrru too wide for pppd's int: the 16 bits it then offers are said too
put mrruwide 'multilink\nmrru 99999999999\n'
run --platform linux "$T_TMP/mrruwide"
t_contains "mrru 99999999999: the 16 bits offered" "$OUT" "its low 16 bits: 59391 on a 64-bit system, 65535 on a 32-bit one"
put mrruint 'multilink\nmrru 2147483648\n'
run --platform linux "$T_TMP/mrruint"
t_contains "mrru 2147483648: the 16 bits offered" "$OUT" "offers the peer its low 16 bits, 0"
# a value pppd reads as another number meets that number's odd ranges:
# -2147483649 wraps to the largest int, which mo-timeout's built-in 1
# overflows; 2147483648 wraps below 0, where eap-max-rreq gives up at once
put mowrap 'mo-timeout -2147483649\neap-max-rreq 2147483648\nmo-timeout 2147483647x\n'
run --platform linux "$T_TMP/mowrap"
t_contains "mo-timeout wrapped to INT_MAX: the overflow said" "$OUT" "mowrap:1: warning: mo-timeout: '-2147483649' does not fit pppd's number and is read as 2147483647. '2147483647' is the largest number pppd can hold, and pppd adds one"
t_contains "eap-max-rreq wrapped below 0: said" "$OUT" "read as -2147483648. '-2147483648' is below 0, so pppd gives up"
t_contains "mo-timeout digits then junk: the overflow said" "$OUT" "mowrap:3: warning: mo-timeout: '2147483647x' is read as 2147483647: pppd ignores everything after the number. '2147483647' is the largest"
t_done
