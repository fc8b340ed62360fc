# tests/cli/docs.sh - README, man page, --help and completions tell the truth, and install works.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/completion.lib"
cd "$TOP" || exit 2
MAKE=${MAKE:-make}

# The README's quick start is two make targets.
for target in run test; do
	t_check "README quick start: make $target exists" grep -q "^make $target" README.md
	t_check "make $target is a real target" sh -c "$MAKE -n $target >/dev/null 2>&1"
done

# The README's key table is the program's own.
want=$("$PPPCONF" --help-keys=markdown)
got=$(sed -n '/^<!-- keys:/,/^<!-- \/keys -->/p' README.md | sed '1d;$d')
t_eq "README keys match pppconf --help-keys=markdown" "$want" "$got"

# Every command is in --help, the README and the man page.
help=$("$PPPCONF" --help)
for cmd in $("$PPPCONF" --help | sed -n 's/^       pppconf \([a-z][a-z-]*\) .*/\1/p'); do
	t_contains "--help names $cmd" "$help" "pppconf $cmd"
	t_check "README names pppconf $cmd" grep -q "pppconf $cmd" README.md
	t_check "man page source names $cmd" grep -q "^\.B $cmd\$" man/pppconf.8.in
done
for code in 0 1 2 3 4; do
	t_check "README documents exit status $code" grep -q "^| $code |" README.md
done
for code in 0 1 2 3 4; do
	t_check "--help documents exit status $code" sh -c "'$PPPCONF' --help | grep -q '^  $code  '"
done

# Install into a scratch DESTDIR, use what was installed, uninstall cleanly.
D=$T_TMP/dest
if $MAKE -s install DESTDIR="$D" PREFIX=/usr/local >"$T_TMP/install.log" 2>&1; then
	t_pass
	t_eq "installed binary runs" "$("$PPPCONF" --version)" "$("$D/usr/local/bin/pppconf" --version)"
	man8=$D/usr/local/share/man/man8/pppconf.8
	t_check "man page installed" test -f "$man8"
	if command -v man >/dev/null 2>&1; then
		page=$(MANWIDTH=80 man -l "$man8" 2>/dev/null)
		for s in "EXIT STATUS" "KEYS" "DIRECTIVES" "l2tpnoipsec" "--dry-run" "restore"; do
			t_contains "man page has $s" "$page" "$s"
		done
		t_contains "man page keys come from the key table" "$page" "enable or disable (comment out) the directive"
	else
		t_skip "man not installed: page not rendered"
	fi
	if [ -x build/mkdoc ]; then
		t_eq "README's exit statuses are the program's table" "$(build/mkdoc exit-markdown)" \
			"$(sed -n '/^<!-- exit:/,/^<!-- \/exit -->/p' README.md | sed '1d;$d')"
		t_contains "the man page's exit statuses are the table's" "$page" "a fix's question was not answered"
		t_contains "the man page's options are the table's" "$page" "--no-ipsec-confirmed"
	fi
	t_check "bash completion knows l2tpnoipsec" grep -q l2tpnoipsec \
		"$D/usr/local/share/bash-completion/completions/pppconf"
	t_check "zsh completion knows l2tpnoipsec" grep -q l2tpnoipsec \
		"$D/usr/local/share/zsh/site-functions/_pppconf"
	if command -v bash >/dev/null 2>&1; then
		comp=$(bash -c ". '$D/usr/local/share/bash-completion/completions/pppconf'
			COMP_WORDS=(pppconf explain l2tpno); COMP_CWORD=2; _pppconf; echo \${COMPREPLY[*]}" 2>&1)
		t_contains "bash completes l2tpno to l2tpnoipsec" "$comp" "l2tpnoipsec"
	fi
	completion_tests "$D/usr/local/share/bash-completion/completions/pppconf" \
		"$D/usr/local/share/zsh/site-functions"
	$MAKE -s uninstall DESTDIR="$D" PREFIX=/usr/local >/dev/null 2>&1
	left=$(find "$D" -type f | wc -l)
	t_eq "uninstall leaves no files" 0 "$left"
else
	t_fail "make install into DESTDIR"
	sed 's/^/    | /' "$T_TMP/install.log" | tail -20
fi
# make dist: a versioned tarball of the committed tree, and a formula naming its checksum.
if command -v git >/dev/null 2>&1 && git rev-parse HEAD >/dev/null 2>&1; then
	ver=$("$PPPCONF" --version | sed 's/^pppconf //')
	if $MAKE -s dist >"$T_TMP/dist.log" 2>&1; then
		tgz=build/pppconf-$ver.tar.gz
		t_check "make dist writes $tgz" test -s "$tgz"
		sum=$( (sha256sum "$tgz" 2>/dev/null || shasum -a 256 "$tgz") | cut -d' ' -f1)
		t_check "the formula names the tarball's sha256" grep -q "sha256 \"$sum\"" build/pppconf.rb
		t_check "the formula names the version" grep -q "version \"$ver\"" build/pppconf.rb
		mkdir -p "$T_TMP/dist" && tar xzf "$tgz" -C "$T_TMP/dist"
		# The tarball is the committed tree without .git, and make test has
		# just built that tree: what is left to ask is whether every committed
		# file is in it, and whether its Makefile finds all it needs without
		# git. (Compiling it again took a fifth of the cli layer's time.)
		git ls-tree -r --name-only HEAD | sort >"$T_TMP/tracked"
		(cd "$T_TMP/dist/pppconf-$ver" && find . -type f | sed 's|^\./||' | sort) >"$T_TMP/packed"
		t_check "the tarball holds every committed file, and only those" cmp -s "$T_TMP/tracked" "$T_TMP/packed"
		out=$($MAKE -n -C "$T_TMP/dist/pppconf-$ver" pppconf 2>&1)
		t_eq "the tarball's Makefile plans the build without git" 0 "$?"
		t_contains "of pppconf $ver" "$out" "PPPCONF_VERSION='\"$ver\"'"
	else
		t_fail "make dist"
		sed 's/^/    | /' "$T_TMP/dist.log" | tail -5
	fi
else
	t_skip "not a git checkout: make dist not tested"
fi
t_done
