# tests/cli/json.sh - every command's --json output is one object valid against man/pppconf-json.schema.json, and the man page names every field.
. "$(dirname "$0")/../lib.sh"

SCHEMA=$TOP/man/pppconf-json.schema.json
CHECK=$TOP/tests/tools/json_check.py
F=$T_TMP/options
M=$T_TMP/mac
cd "$T_TMP" || exit 2

if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import jsonschema' 2>/dev/null; then
	t_need "python3-jsonschema is missing: --json output not validated (.ci/run installs it)"
	t_done
	exit
fi

# valid NAME COMMAND ARGS...: runs pppconf COMMAND --json ARGS and keeps its
# standard output and exit status; all are checked against the schema at
# the end, in one python3 (loading the schema is the slow part).
n=0
valid() {
	_name=$1; _cmd=$2; shift 2
	n=$((n + 1))
	"$PPPCONF" "$_cmd" --json "$@" >"$T_TMP/out.$n" 2>"$T_TMP/err" </dev/null
	printf '%s: pppconf %s --json %s\t%s\t%s\t%s\n' "$_name" "$_cmd" "$*" \
		"$T_TMP/out.$n" "$?" "$_cmd" >>"$T_TMP/runs"
	cp "$T_TMP/out.$n" "$T_TMP/out"
	seen="$seen $_cmd "
}
# field NAME EXPR WANT: a Python expression on the last object d.
field() {
	t_eq "$1" "$3" "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$T_TMP/out" "$2" 2>&1)"
}

printf 'lock\nmtux 1400\n#debug\npassword s3cr3t\n' >"$F"
printf 'plugin L2TP.ppp\nl2tpnoipsec\n' >"$M"
mkdir -p "$T_TMP/dir"

valid "check: a typo" check --only --platform linux "$F"
field "check: the finding" 'd["findings"][0]["id"]' unknown-directive
valid "check: no file" check --platform linux "$T_TMP/none"
valid "check: a folder" check "$T_TMP/dir"
field "check: a folder is the bare object" 'sorted(d)' "['command', 'error', 'exit', 'schema']"
valid "check --strict" check --strict --platform macos "$M"
field "check --strict: warnings count" 'd["exit"]' 1
valid "doctor" doctor --platform linux "$F"
valid "doctor: the L2TP fix" doctor --platform macos "$M"
valid "explain: known and unknown" explain --platform linux mtu crtcts
field "explain: the unknown name's suggestion" 'd["unknown"][0]["suggestions"][0]' crtscts
valid "explain: a speed" explain --platform linux 115200
valid "explain: another platform's" explain --platform linux l2tpnoipsec
# pppd ranks lock and nolock as one setting; mtu takes the last value read
valid "explain: ranked" explain nolock mtu
field "explain: nolock is one setting with lock" 'd["directives"][0]["ranked"]' "{'linux': ['lock'], 'macos': ['lock']}"
field "explain: mtu is not ranked" 'd["directives"][1]["ranked"]' "{'linux': None, 'macos': None}"
# A range pppd does not enforce says so: chap-restart 0 is taken.
valid "explain: a range that only works" explain --platform linux chap-restart
field "explain: chap-restart's min is not enforced" 'd["directives"][0]["enforced"]' False
valid "explain: a range pppd enforces" explain --platform linux mtu
field "explain: mtu's range is enforced" 'd["directives"][0]["enforced"]' True
# a text's max is the length pppd cuts it to, not a limit it refuses
valid "explain: a text's length" explain --platform linux ifname
field "explain: ifname's length is not enforced" 'd["directives"][0]["enforced"]' False
# A word the platform's pppd is built without says so.
valid "explain: not built on macOS" explain --platform macos ipx
field "explain: macOS's ipx is not built" 'd["directives"][0]["built"]' False
valid "explain: built on Linux" explain --platform linux ipx
field "explain: Linux's ipx is built" 'd["directives"][0]["built"]' True
field "explain: Linux's ipx needs no build switch" 'd["directives"][0]["optional_build"]' False
# A word only an optional build has says so.
valid "explain: an optional build's word" explain --platform linux ms-lanman
field "explain: ms-lanman only with a build switch" 'd["directives"][0]["optional_build"]' True
valid "list" list --platform macos --category l2tp
valid "list: a bad category" list --category bogus
valid "dump" dump --platform linux "$F"
field "dump: a secret is masked" '"s3cr3t" not in json.dumps(d)' True
valid "dump: no file" dump "$T_TMP/none"
valid "set --dry-run" set --platform linux --dry-run mtu 1400 "$F"
field "set --dry-run: would change" 'd["result"], d["changed"], d["written"]' "('would-change', True, False)"
valid "set, no --yes, no terminal" set --platform linux mtu 1400 "$F"
field "set: not written" 'd["result"], d["exit"]' "('not-written', 4)"
valid "set --yes" set --platform linux --yes mtu 1400 "$F"
field "set --yes: written, with its backup" 'd["written"], d["backup"] is not None' "(True, True)"
valid "set again" set --platform linux --yes mtu 1400 "$F"
field "set again: unchanged" 'd["result"], d["changed"], d["diff"]' "('unchanged', False, '')"
valid "set: a refused value" set --platform linux --yes mtu 99999 "$F"
valid "set: an unknown name" set --platform linux --yes crtcts "$F"
field "set: the error says did you mean" '"Did you mean" in d["error"]' True
valid "set: an unknown option" set --platfrom linux --yes mtu 1400 "$F"
field "set: an unknown option is the bare object, with the reason" 'sorted(d), d["error"]' \
	"(['command', 'error', 'exit', 'schema'], \"unknown option '--platfrom' (see pppconf --help)\")"
valid "unset" unset --platform linux --yes mtu "$F"
valid "unset: a misspelt name" unset --platform linux --yes crtcts "$F"
valid "restore" restore --platform linux --yes "$F"
valid "restore: no backup" restore --platform linux --yes "$T_TMP/none"
valid "fix: the question unanswered" fix --platform macos --yes l2tp-noipsec "$T_TMP/new"
field "fix: unanswered is not written" 'd["exit"], d["answer"]' "(4, None)"
valid "fix: confirmed" fix --platform macos --yes --no-ipsec-confirmed l2tp-noipsec "$T_TMP/new"
field "fix: the risk is in the object" '"no longer protected by IPsec" in d["about"]' True
valid "fix: the undo removes the file it created" fix --platform macos --yes l2tp-noipsec-undo "$T_TMP/new"
field "fix: removed" 'd["removed"], d["diff"].startswith("delete ")' "(True, True)"
valid "fix: no such fix" fix l2tp-nopsec "$F"
valid "why: an alert" why "The IPSec Shared Secret is missing. Verify your settings and try reconnecting."
valid "why: nothing to read" why "$T_TMP/none/log"

# Every command in the program's table (--help) is covered; one added
# later gets at least its plain run validated.
for cmd in $("$PPPCONF" --help | sed -n 's/^       pppconf \([a-z][a-z-]*\) .*/\1/p'); do
	case $seen in *" $cmd "*) continue ;; esac
	valid "$cmd (no test of its own yet)" "$cmd" "$F"
done

# Every run's object against the schema.
python3 "$CHECK" "$SCHEMA" "$T_TMP/runs" >"$T_TMP/checked"
t_eq "the schema was read" 0 "$?"
t_eq "every run was checked" "$n" "$(wc -l <"$T_TMP/checked" | tr -d ' ')"
while IFS='	' read -r _name _why; do
	if [ "$_why" = ok ]; then t_pass; else t_fail "$_name"; printf '    | %s\n' "$_why"; fi
done <"$T_TMP/checked"

# The man page names every field of the schema.
python3 - "$SCHEMA" "$TOP/man/pppconf.8.in" >"$T_TMP/fields" <<'PY'
import json, re, sys
schema = json.load(open(sys.argv[1]))
page = open(sys.argv[2]).read()
sec = page[page.index(".SH JSON OUTPUT"):]
sec = sec[:sec.index("\n.SH ", 1)]
names = set()
def walk(n):
    if isinstance(n, dict):
        for k, v in n.get("properties", {}).items():
            names.add(k)
        for v in n.values():
            walk(v)
    elif isinstance(n, list):
        for v in n:
            walk(v)
walk(schema)
plain = sec.replace("\\-", "-").replace("\\_", "_")
for k in sorted(names):
    if not re.search(r"(^|[^a-z_])" + re.escape(k) + r"($|[^a-z_])", plain):
        print(k)
PY
t_eq "the man page's JSON OUTPUT names every field of the schema" "" "$(cat "$T_TMP/fields")"
t_done
