#!/bin/sh
# tests/bench/run.sh - `make bench`: installs what the benchmarks need, builds, runs tests/bench/bench.py.
# Not part of `make test`: it measures, it asserts nothing about speed.
# As root on Debian it installs what is missing with apt-get; otherwise it
# says what is missing and the suite leaves those columns empty.

cd "$(dirname "$0")/../.." || exit 2
mkdir -p build/bench

# package:command-or-file pairs.
need=""
missing=""
for pair in vim:vim dialog:dialog whiptail:whiptail python3:python3 python3-pyte:pyte; do
	pkg=${pair%%:*}
	what=${pair#*:}
	case $what in
	/*) [ -e "$what" ] && continue ;;
	pyte) for py in /usr/bin/python3 python3; do
		"$py" -c 'import pyte' >/dev/null 2>&1 && continue 2
	      done ;;
	*) command -v "$what" >/dev/null 2>&1 && continue ;;
	esac
	need="$need $pkg"
done
if [ -n "$need" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "installing:$need"
		apt-get update -qq || true
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null || true
	else
		missing=$need
		echo "missing (install as root to measure them):$missing"
	fi
fi

# Debian's python3 sees python3-pyte; a python3 earlier on PATH may not.
PY=
for py in /usr/bin/python3 python3; do
	if "$py" -c 'import pyte' >/dev/null 2>&1; then PY=$py; break; fi
done
if [ -z "$PY" ]; then
	for py in /usr/bin/python3 python3; do
		if command -v "$py" >/dev/null 2>&1; then PY=$py; break; fi
	done
fi
if [ -z "$PY" ]; then
	echo "bench: python3 is needed to drive the pseudo-terminal; nothing measured"
	exit 2
fi

# The program and the core driver; either may not build yet while parts of
# pppconf are missing, and the suite then leaves their columns empty.
make -s pppconf >build/bench/make.log 2>&1 || echo "bench: pppconf did not build (see build/bench/make.log)"
make -s build/bench/bench_core >>build/bench/make.log 2>&1 || echo "bench: the core driver did not build (see build/bench/make.log)"

exec "$PY" tests/bench/bench.py
