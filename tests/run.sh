#!/bin/sh
# tests/run.sh - runs the test layers, several programs and scripts at once, and adds up their "N passed, N failed" lines.
#
# Usage: sh tests/run.sh [-j JOBS] [LAYER...]
# Layers: unit asan fuzz cli tui tmux leak shared (default: all). It builds
# nothing: `make test` builds first. JOBS (default: one more than the
# CPUs) programs or scripts run at once, the slowest of the last run first.
#   leak    the CLI scripts that run pppconf, and a selection of editor
#           runs, with PPPCONF=build/asan/pppconf (ASan, LeakSanitizer,
#           UBSan): any report from any run fails the script. The cli
#           and tui layers then run only the other scripts.
#   shared  the tests that read ../shared (the pinned pppd sources, the
#           corpus, the Mac's curses headers; SHARED=DIR to point
#           elsewhere): without it they fail, saying so. Every other
#           layer runs with SHARED pointing nowhere, so that none of
#           them can lean on it.
# Logs and timings: build/test-logs/LAYER-NAME.log, build/test-logs/times.

cd "$(dirname "$0")/.." || exit 2
TOP=$(pwd)
LOG=build/test-logs
SHARED=${SHARED:-$TOP/../shared}
NO_SHARED=$TOP/$LOG/no-shared
export SHARED NO_SHARED
# Read files as no particular Linux pppd release, whatever this machine has
# installed (tests/cli/chain.sh tries the folder that tells it).
PPPCONF_PPPD_VERSION=unknown
export PPPCONF_PPPD_VERSION

# Editor runs that the leak layer repeats (the CLI scripts all run).
LEAK_TUI="chinese chinese_fix corrections fixes follow interrupt list_actions manners merge picker_explain small writing"
# CLI scripts that do not run pppconf itself (swtool, make install, po2c), or
# that run it through a slow tool (ansible-playbook).
LEAK_SKIP="ansible docs po safewrite_env safewrite_faults safewrite_leftovers safewrite_limits safewrite_lock safewrite_writers"

now() {
	_t=$(date +%s.%N 2>/dev/null)
	case $_t in *N*|'') date +%s ;; *) echo "$_t" ;; esac
}

# job LAYER PATH: runs one program or script; its log in $LOG/LAYER-NAME.log,
# and "pass fail exit seconds" in $LOG/LAYER-NAME.result.
job() {
	layer=$1; path=$2
	base=$LOG/$layer-$(basename "$path")
	out=$base.log
	rm -f "$base".san.* "$base.result"
	t0=$(now)
	case $layer in
	unit) SHARED=$NO_SHARED "$path" ;;
	asan) SHARED=$NO_SHARED ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$path" ;;
	fuzz) SHARED=$NO_SHARED "$path" tests/fuzz/corpus ;;
	shared) case $path in
		*.sh) sh "$path" ;;
		*) ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$path" ;;
		esac ;;
	leak) SHARED=$NO_SHARED PPPCONF=$TOP/build/asan/pppconf \
		ASAN_OPTIONS=detect_leaks=1:log_path=$TOP/$base.san \
		UBSAN_OPTIONS=print_stacktrace=1:log_path=$TOP/$base.san sh "$path" ;;
	*) SHARED=$NO_SHARED sh "$path" ;;
	esac >"$out" 2>&1 </dev/null
	rc=$?
	t1=$(now)
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
	if [ -z "$line" ]; then
		p=0; f=1
	else
		p=${line%% passed*}
		f=${line#*passed, }; f=${f%% failed*}
		[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	fi
	# a sanitizer report from any run of the program fails the script
	for r in "$base".san.*; do
		[ -f "$r" ] || continue
		f=$((f + 1))
		{ echo "not ok: sanitizer report from a run of build/asan/pppconf:"; sed 's/^/    /' "$r"; } >>"$out"
	done
	s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	echo "$p $f $rc $s" >"$base.result"
	if [ "$f" -eq 0 ]; then
		echo "ok   $layer/$(basename "$path"): $p passed ($s s)"
	else
		echo "FAIL $layer/$(basename "$path"): $p passed, $f failed, exit $rc ($s s)"
	fi
}

if [ "$1" = "--job" ]; then
	job "$2" "$3"
	exit 0
fi

# One more than the CPUs: the tmux tests spend most of their time waiting.
JOBS=$(($(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1) + 1))
if [ "$1" = "-j" ]; then JOBS=$2; shift 2; fi
LAYERS="$*"
want() { [ -z "$LAYERS" ] || case " $LAYERS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
mkdir -p "$LOG"
rm -rf "$NO_SHARED"

# The jobs, one "LAYER PATH" a line.
list=$LOG/jobs
: >"$list"
add() { [ -e "$2" ] && echo "$1 $2" >>"$list"; }
if want unit; then for t in build/test/test_*; do add unit "$t"; done; fi
if want asan; then for t in build/asan-test/test_*; do add asan "$t"; done; fi
if want fuzz; then add fuzz build/test/fuzz_replay; fi
# With the leak layer in the same run, a script it runs under ASan is not
# run again plain: it checks the same behaviour, and the other editor runs,
# the terminal tests, the corpus and the oracles still exercise the plain
# build.
for layer in cli tui tmux; do
	want $layer || continue
	for s in tests/$layer/*.sh; do
		if [ $layer = cli ] && want leak && [ -x build/asan/pppconf ]; then
			case " $LEAK_SKIP " in *" $(basename "$s" .sh) "*) ;; *) continue ;; esac
		fi
		if [ $layer = tui ] && want leak && [ -x build/asan/pppconf ]; then
			case " $LEAK_TUI " in *" $(basename "$s" .sh) "*) continue ;; esac
		fi
		add $layer "$s"
	done
done
if want leak; then
	if [ -x build/asan/pppconf ]; then
		for s in tests/cli/*.sh; do
			case " $LEAK_SKIP " in *" $(basename "$s" .sh) "*) continue ;; esac
			add leak "$s"
		done
		for n in $LEAK_TUI; do
			[ -f "tests/tui/$n.sh" ] && { add leak "tests/tui/$n.sh"; continue; }
			echo "FAIL leak: tests/tui/$n.sh (in LEAK_TUI, tests/run.sh) is missing"
			missing_leak=1
		done
	else
		echo "FAIL leak: build/asan/pppconf is missing (make tests builds it)"
		missing_leak=1
	fi
fi
shared_missing=
if want shared; then
	for d in upstream corpus reference macos-ncurses-5.7; do
		[ -d "$SHARED/$d" ] || shared_missing="$shared_missing $d"
	done
	if [ -z "$shared_missing" ]; then
		for t in build/shared-test/test_*; do add shared "$t"; done
		for s in tests/shared/*.sh; do add shared "$s"; done
	else
		echo "FAIL shared: these tests need ../shared (the pinned pppd sources, the corpus, the Mac's curses headers)"
		echo "     and $SHARED lacks:$shared_missing; set SHARED=DIR, or run the other layers: sh tests/run.sh unit asan fuzz cli tui tmux leak"
	fi
fi

# Slowest first, so that a long one does not start last: by the last run's
# times, or else by layer (scripts that wait on terminals, then the rest).
# A fresh checkout has no times of its own: the committed ones stand in.
[ -f "$LOG/times" ] || grep -v '^#' tests/times >"$LOG/times" 2>/dev/null || : >"$LOG/times"
awk 'BEGIN { split("tmux 30 cli 20 shared 20 leak 15 tui 10 asan 5 unit 2 fuzz 1", d, " ")
             for (i = 1; i < 16; i += 2) guess[d[i]] = d[i + 1] }
     FILENAME == ARGV[1] { t[$1 " " $2] = $3; next }
     { print (($0 in t) ? t[$0] : guess[$1]), $0 }' \
	"$LOG/times" "$list" | sort -k1,1 -n -r -s | cut -d' ' -f2- >"$list.sorted"
start=$(now)
if [ ! -s "$list.sorted" ]; then
	:
elif [ "$JOBS" -gt 1 ] && echo x | xargs -P 2 -n 1 true 2>/dev/null; then
	xargs -P "$JOBS" -n 2 sh tests/run.sh --job <"$list.sorted"
else
	while read -r layer path; do job "$layer" "$path"; done <"$list.sorted"
fi
end=$(now)

# Details of the failures, the times, and the sum, in the order of the list.
total_pass=0
total_fail=0
: >"$LOG/times.new"
while read -r layer path; do
	base=$LOG/$layer-$(basename "$path")
	if [ -f "$base.result" ]; then read -r p f rc s <"$base.result"; else p=0 f=1 rc=? s=0; fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
	echo "$layer $path $s" >>"$LOG/times.new"
	if [ "$f" -ne 0 ]; then
		echo "FAIL $layer/$path: $p passed, $f failed (exit $rc); log $base.log"
		if grep -q -E '^[0-9]+ passed, [0-9]+ failed' "$base.log"; then
			grep -E '^(not ok|    )' "$base.log" | head -n 40 | sed 's/^/    | /'
		else
			tail -n 20 "$base.log" | sed 's/^/    | /'
		fi
	fi
	grep -E '^skip:' "$base.log" 2>/dev/null | sed "s|^|     $layer/$(basename "$path"): |"
done <"$list"
awk '{ t[$1] += $3; n[$1]++ } END { for (l in t) printf "%s %.1f %d\n", l, t[l], n[l] }' "$LOG/times.new" |
	sort | awk '{ printf "%s%s %s s (%d)", (NR > 1 ? ", " : "time per layer, summed: "), $1, $2, $3 } END { if (NR) print "" }'
# keep the other jobs' times from earlier runs, for the order of the next
[ -f "$LOG/times" ] && awk 'FILENAME == ARGV[1] { seen[$1 " " $2] = 1; next } !(($1 " " $2) in seen)' \
	"$LOG/times.new" "$LOG/times" >>"$LOG/times.new"
mv "$LOG/times.new" "$LOG/times"
awk -v a="$start" -v b="$end" -v j="$JOBS" 'BEGIN { printf "wall time of the tests: %.1f s, %d at a time\n", b - a, j }'
[ -n "$shared_missing" ] && total_fail=$((total_fail + 1))
[ -n "$missing_leak" ] && total_fail=$((total_fail + 1))
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
