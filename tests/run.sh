#!/bin/sh
# tests/run.sh - runs every test layer and adds up their "N passed, N failed" lines.
# Usage: sh tests/run.sh [LAYER...]   (layers: unit asan shared cli fuzz tui tmux)

cd "$(dirname "$0")/.." || exit 2
LOG=build/test-logs
mkdir -p "$LOG"
total_pass=0
total_fail=0

run_one() { # layer name command...
	layer=$1; name=$2; shift 2
	out="$LOG/$layer-$(basename "$name").log"
	"$@" >"$out" 2>&1
	rc=$?
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
	if [ -z "$line" ]; then
		p=0; f=1
		echo "FAIL $layer/$name: no summary line (exit $rc)"
		tail -n 20 "$out" | sed 's/^/    | /'
	else
		p=${line%% passed*}
		f=${line#*passed, }; f=${f%% failed*}
		if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
		if [ "$f" -ne 0 ]; then
			echo "FAIL $layer/$name: $line (exit $rc)"
			grep -E '^(not ok|    )' "$out" | head -n 40 | sed 's/^/    | /'
		else
			echo "ok   $layer/$name: $line"
		fi
		grep -E '^skip:' "$out" | sed 's/^/     /'
	fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
}

want() { [ -z "$LAYERS" ] || case " $LAYERS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
LAYERS="$*"

if want unit; then
	for t in build/test/test_*; do [ -x "$t" ] && run_one unit "$t" "$t"; done
fi
if want asan; then
	for t in build/asan-test/test_*; do
		[ -x "$t" ] && run_one asan "$t" env ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$t"
	done
fi
if want shared; then  # these read ../shared (pinned pppd sources, corpus)
	for t in build/shared-test/test_*; do [ -x "$t" ] && run_one shared "$t" "$t"; done
fi
if want fuzz; then
	[ -x build/test/fuzz_replay ] && run_one fuzz replay build/test/fuzz_replay tests/fuzz/corpus
fi
for layer in cli tui tmux; do
	want "$layer" || continue
	for s in tests/$layer/*.sh; do [ -f "$s" ] && run_one "$layer" "$s" sh "$s"; done
done

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
