#!/bin/sh
# tests/tools/screenshot.sh - runs pppconf in tmux at 80x24, types keys, saves the screen as PNG and text.
#
# Usage: sh tests/tools/screenshot.sh NAME 'KEYS' -- PPPCONF-ARGS...
#        sh tests/tools/screenshot.sh --list tests/tools/screens.list
#
# Writes screenshots/NAME.png (rendered by tests/tools/term2png.py from
# `tmux capture-pane -e -p`) and screenshots/NAME.txt, the same screen as
# plain text: what `capture-pane -p` gives (kept as build/screenshots/
# NAME.plain), except that line drawing is written as Unicode box
# characters where tmux's plain capture writes the VT100 letters (lqqk).
# KEYS are tmux key names separated by spaces (Down, Up, Enter, Escape,
# Tab, PageDown, C-x, F1, Space) or plain characters ("q", "dd"); after each
# one the screen is left to settle. A list file has one screen a line:
#     name | pppconf arguments | keys
# with # comments; arguments are split like a shell's and may use $SHARED
# (the shared folder with the corpus) and $TOP (the repository).
# Every argument that names a file is copied into build/screenshots/run/NAME/
# and the program, started there, gets the copy's short name; NEW=FILE
# copies FILE under the name NEW (so the title can read "options").
# Leading arguments LANG=..., LANGUAGE=... or LC_...=... are the program's
# environment instead (LC_ALL= LANG=zh_CN.UTF-8 shows the editor in
# Chinese); without them it runs under LC_ALL=C.UTF-8.
#
# Environment: SHOT_PROG runs another program instead of ./pppconf (to try
# the machinery on vim or dialog); SHOT_DIR (default screenshots/);
# SHOT_SIZE (default 80x24); SHOT_JOBS, screens taken at once (default:
# the number of CPUs); SHOT_WORK, the scratch folder (default
# build/screenshots; tests give each run its own).
#
# The program sees TERM=xterm-256color, from a private copy of that
# terminfo entry without "bce": with bce, curses paints coloured
# backgrounds by erasing, and tmux's capture leaves such cells out, so the
# PNG would lose them. The screen looks the same either way.

set -f # keys such as ? and * are keys, not file patterns
TOP=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${SHARED:-$TOP/../shared}
SHOT_PROG=${SHOT_PROG:-$TOP/pppconf}
SHOT_DIR=${SHOT_DIR:-$TOP/screenshots}
SHOT_SIZE=${SHOT_SIZE:-80x24}
COLS=${SHOT_SIZE%x*}
ROWS=${SHOT_SIZE#*x}
WORK=${SHOT_WORK:-$TOP/build/screenshots}
SOCK=pppconf-shot-$$
# A state folder of its own: a shot ends by killing the editor, which keeps
# unsaved edits there, and the next run must not be offered them back.
PPPCONF_STATE_DIR=$WORK/state
export PPPCONF_STATE_DIR
SHOT_JOBS=${SHOT_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
export SHARED TOP

die() { echo "screenshot: $*" >&2; exit 2; }

shot_setup() {
	need=""
	command -v tmux >/dev/null 2>&1 || need="$need tmux"
	command -v tic >/dev/null 2>&1 || need="$need ncurses-bin"
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || need="$need fonts-dejavu-core"
	# the Chinese screens' characters; without it they are drawn as boxes
	if [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] && [ "$(id -u)" = 0 ] &&
		command -v apt-get >/dev/null 2>&1; then
		need="$need fonts-wqy-microhei"
	fi
	PY=
	for py in /usr/bin/python3 python3; do
		if "$py" -c 'import PIL' >/dev/null 2>&1; then PY=$py; break; fi
	done
	[ -n "$PY" ] || need="$need python3-pil"
	if [ -n "$need" ]; then
		if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
			echo "installing:$need"
			apt-get update -qq || true
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
			PY=/usr/bin/python3
		else
			die "missing:$need (install them, e.g. apt-get install$need)"
		fi
	fi
	rm -rf "$WORK/state"
	mkdir -p "$WORK" "$SHOT_DIR"
	if [ ! -d "$WORK/terminfo" ]; then
		infocmp -x xterm-256color 2>/dev/null | sed 's/\([[:space:]]\)bce,/\1/' \
			| tic -x -o "$WORK/terminfo" - 2>/dev/null \
			|| { rm -rf "$WORK/terminfo"; echo "screenshot: no terminfo copy; coloured blank areas may be lost" >&2; }
	fi
	printf 'set -g status off\nset -wg remain-on-exit on\nset -g history-limit 0\n' >"$WORK/tmux.conf"
}

# Waits until the screen has not changed for 0.3 s (at most about 10 s).
shot_settle() {
	prev=""
	same=0
	n=0
	while [ $n -lt 100 ]; do
		sleep 0.1
		cur=$(tmux -L "$SOCK" capture-pane -e -p -N 2>/dev/null)
		if [ "$cur" = "$prev" ]; then
			same=$((same + 1))
			[ $same -ge 3 ] && return 0
		else
			same=0
			prev=$cur
		fi
		n=$((n + 1))
	done
	echo "screenshot: the screen kept changing; captured as it was" >&2
}

# shot_one NAME KEYS ARGS...
shot_one() {
	name=$1; keys=$2; shift 2
	# Files are copied into the screen's own folder, so the program may
	# write them and the originals (the shared corpus) are never touched.
	rundir=$WORK/run/$name
	rm -rf "$rundir"
	mkdir -p "$rundir"
	lc="LC_ALL=C.UTF-8"
	while [ $# -gt 0 ]; do
		case $1 in
		LANG=*|LANGUAGE=*|LC_*=*) lc="$lc $1"; shift ;;
		*) break ;;
		esac
	done
	n=$#
	while [ $n -gt 0 ]; do
		a=$1; shift; n=$((n - 1))
		case $a in
		-*) ;;
		*=*) dst=${a%%=*}; src=${a#*=}
		     case $dst in
		     */*) ;;
		     *) if [ -f "$src" ]; then cp "$src" "$rundir/$dst"; chmod 644 "$rundir/$dst"; a=$dst; fi ;;
		     esac ;;
		*) if [ -f "$a" ]; then
			dst=$(basename "$a"); cp "$a" "$rundir/$dst"; chmod 644 "$rundir/$dst"; a=$dst
		   fi ;;
		esac
		set -- "$@" "$a"
	done
	tinfo=""
	[ -d "$WORK/terminfo" ] && tinfo="TERMINFO=$WORK/terminfo"
	tmux -L "$SOCK" -f "$WORK/tmux.conf" new-session -d -x "$COLS" -y "$ROWS" -c "$rundir" -- \
		env $tinfo TERM=xterm-256color LANG=C.UTF-8 $lc "$SHOT_PROG" "$@" \
		|| die "tmux could not start $SHOT_PROG"
	shot_settle
	for k in $keys; do
		tmux -L "$SOCK" send-keys "$k"
		shot_settle
	done
	tmux -L "$SOCK" capture-pane -e -p -N >"$WORK/$name.ans"
	tmux -L "$SOCK" capture-pane -p >"$WORK/$name.plain"
	cur=$(tmux -L "$SOCK" display -p '#{cursor_flag} #{cursor_x},#{cursor_y}')
	tmux -L "$SOCK" kill-server 2>/dev/null
	cursor=""
	[ "${cur%% *}" = 1 ] && cursor="--cursor ${cur#* }"
	"$PY" "$TOP/tests/tools/term2png.py" --cols "$COLS" --rows "$ROWS" $cursor \
		--text "$SHOT_DIR/$name.txt" "$WORK/$name.ans" "$SHOT_DIR/$name.png" \
		|| die "term2png failed for $name"
	echo "$SHOT_DIR/$name.png"
}

trap 'tmux -L "$SOCK" kill-server 2>/dev/null' EXIT INT TERM

if [ "$1" = "--list" ]; then
	[ -f "$2" ] || die "no list file '$2'"
	shot_setup
	count=0
	# Fields are trimmed; an empty keys field means the first screen.
	while IFS='|' read -r name args keys; do
		name=$(echo "$name" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')
		case $name in ''|'#'*) continue ;; esac
		eval "set -- $args"
		count=$((count + 1))
		# Screens are taken SHOT_JOBS at a time, each in its own tmux server.
		(
			SOCK=pppconf-shot-$$-$count
			trap 'tmux -L "$SOCK" kill-server 2>/dev/null' EXIT INT TERM
			shot_one "$name" "$keys" "$@" </dev/null || touch "$WORK/failed.$$"
		) &
		[ $((count % SHOT_JOBS)) -eq 0 ] && wait
	done <"$2"
	wait
	echo "$count screens in $SHOT_DIR"
	[ ! -e "$WORK/failed.$$" ] || { rm -f "$WORK/failed.$$"; die "some screens failed"; }
	exit 0
fi

[ $# -ge 3 ] && [ "$3" = "--" ] || die "usage: screenshot.sh NAME 'KEYS' -- ARGS...  |  --list FILE"
name=$1; keys=$2; shift 3
case $name in */*|'') die "NAME is a plain file name" ;; esac
shot_setup
shot_one "$name" "$keys" "$@"
