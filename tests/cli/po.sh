#!/bin/sh
# tests/cli/po.sh - the translations ship clean: valid for msgfmt, nothing fuzzy or stale, the template current.
. "$(dirname "$0")/../lib.sh"
cd "$TOP" || exit 2
PO2C=$TOP/build/po2c
CATPOT=$TOP/build/catpot

if [ ! -x "$PO2C" ] || [ ! -x "$CATPOT" ]; then
	t_fail "build/po2c and build/catpot are missing (make tests builds them)"
	t_done
	exit 1
fi

# What po2c --check refuses, each in a small .po of its own: it must fail,
# saying why, or the clean result below would mean nothing.
pot=$T_TMP/t.pot
cat >"$pot" <<'EOF'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "one"
msgstr ""

msgctxt "key hint"
msgid "two"
msgstr ""
EOF
bad() {  # NAME WHAT-IT-SAYS PO-BODY
	printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n%s\n' "$3" >"$T_TMP/bad.po"
	out=$("$PO2C" --check "$pot" "$T_TMP/bad.po" 2>&1); rc=$?
	t_eq "po2c --check refuses $1" 1 "$rc"
	t_contains "po2c --check says so: $1" "$out" "$2"
}
bad "a fuzzy entry" "fuzzy" '#, fuzzy
msgid "one"
msgstr "一"'
bad "a stale entry" "stale" 'msgid "three"
msgstr "三"'
bad "an entry without its context" "stale" 'msgid "two"
msgstr "二"'
bad "an obsolete entry" "obsolete" '#~ msgid "gone"
#~ msgstr "没了"'
bad "a curly quote" "U+201C" 'msgid "one"
msgstr "“一”"'
bad "invalid UTF-8" "UTF-8" "$(printf 'msgid "one"\nmsgstr "\377"')"
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgctxt "key hint"\nmsgid "two"\nmsgstr "二"\n' >"$T_TMP/good.po"
t_check "po2c --check takes a clean .po" "$PO2C" --check "$pot" "$T_TMP/good.po"

# The shipped translations.
for po in po/*.po; do
	out=$("$PO2C" --check po/pppconf.pot "$po" 2>&1); rc=$?
	t_eq "$po: nothing fuzzy, obsolete, stale or of ambiguous width" 0 "$rc"
	[ "$rc" -eq 0 ] || printf '%s\n' "$out" | sed -n '1,20s/^/    /p'
	if command -v msgfmt >/dev/null 2>&1; then
		out=$(msgfmt --check -o /dev/null "$po" 2>&1); rc=$?
		t_eq "$po: msgfmt --check (formats, header)" 0 "$rc"
		[ "$rc" -eq 0 ] || printf '%s\n' "$out" | sed -n '1,20s/^/    /p'
	else
		t_skip "msgfmt --check: GNU gettext is not installed"
	fi
done

# Every message the code marks (a "#: src/" location in the template) is
# translated: an untranslated one prints English in the middle of a Chinese
# check. Not those made only of format directives and punctuation ("%s%s").
# The catalogue's texts (no src location) are translated row by row and
# tested in tests/cli/language.sh.
untranslated() {  # POT PO: the marked msgids of POT that PO leaves empty
	awk '
	function unq(s) { sub(/^[a-z]+ /, "", s); return substr(s, 2, length(s) - 2) }
	function end(inpot,   k) {
		if (has) {
			k = ctx "\004" id
			if (inpot && src) { want[++n] = k; shown[k] = (ctx != "" ? "[" ctx "] " : "") id }
			if (!inpot && str != "") done[k] = 1
		}
		ctx = id = str = cur = ""; src = has = 0
	}
	FNR == 1 && NR > 1 { end(1) }
	/^$/ { end(FNR == NR); next }
	/^#: / { if ($0 ~ /[: ]src\//) src = 1; next }
	/^msgctxt / { ctx = unq($0); cur = "ctx"; next }
	/^msgid / { id = unq($0); cur = "id"; has = 1; next }
	/^msgstr / { str = unq($0); cur = "str"; next }
	/^"/ { s = substr($0, 2, length($0) - 2)
	       if (cur == "ctx") ctx = ctx s; else if (cur == "id") id = id s; else if (cur == "str") str = str s
	       next }
	END {
		end(0)
		for (i = 1; i <= n; i++) {
			t = shown[want[i]]
			gsub(/%[-+ #0-9.*$]*[hlLqjzt]*[a-zA-Z%]/, "", t)
			gsub(/\\./, "", t)
			if (t ~ /[A-Za-z]/ && !(want[i] in done))
				print "    " shown[want[i]]
		}
	}' "$1" "$2"
}
# The check itself: a message left untranslated is found, a directive alone is not.
printf '#: src/x.c\nmsgid "one %%s"\nmsgstr ""\n\n#: src/x.c\nmsgid "%%s%%s"\nmsgstr ""\n\n#: src/x.c\nmsgctxt "key hint"\nmsgid "two"\nmsgstr ""\n\nmsgid "from the catalogue"\nmsgstr ""\n' >"$T_TMP/marked.pot"
printf 'msgctxt "key hint"\nmsgid "two"\nmsgstr "二"\n' >"$T_TMP/marked.po"
t_eq "the untranslated marked messages are found, and only they" "    one %s" \
	"$(untranslated "$T_TMP/marked.pot" "$T_TMP/marked.po")"
for po in po/*.po; do
	out=$(untranslated po/pppconf.pot "$po")
	if [ -z "$out" ]; then t_pass; else
		t_fail "$po: $(printf '%s\n' "$out" | wc -l | tr -d ' ') marked messages are not translated:"
		printf '%s\n' "$out" | sed -n '1,40p'
	fi
done

# The template is what the sources and the catalogue say today (`make pot`
# refreshes it). Compared sorted, without the header (its date) and the
# locations, so that a moved line or another gettext version does not count.
if command -v xgettext >/dev/null 2>&1 && command -v msgcat >/dev/null 2>&1; then
	if sh po/mkpot.sh "$T_TMP/now.pot" "$CATPOT" $(ls src/*/*.c | sort) 2>"$T_TMP/mkpot.err"; then
		norm() { msgcat --sort-output --no-location --no-wrap "$1" | awk 'h && /^$/ { h = 0 } !h' h=1; }
		norm po/pppconf.pot >"$T_TMP/committed"
		norm "$T_TMP/now.pot" >"$T_TMP/current"
		if cmp -s "$T_TMP/committed" "$T_TMP/current"; then t_pass; else
			t_fail "po/pppconf.pot is not current: run make pot (and see to po/*.po)"
			diff -u "$T_TMP/committed" "$T_TMP/current" | sed -n '1,30s/^/    /p'
		fi
	else
		t_fail "po/mkpot.sh failed"; sed 's/^/    /' "$T_TMP/mkpot.err"
	fi
else
	t_skip "is po/pppconf.pot current: GNU gettext (xgettext, msgcat) is not installed"
fi

t_done
