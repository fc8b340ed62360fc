# tests/cli/ansible.sh - the Ansible module (contrib/ansible/library/pppconf.py) run by ansible-playbook on localhost: changed, then ok; --check writes nothing; --diff shows the diff; the fix and its undo.
. "$(dirname "$0")/../lib.sh"

if ! command -v ansible-playbook >/dev/null 2>&1; then
	t_need "ansible-playbook is missing: the Ansible module is not run (.ci/run installs ansible-core)"
	t_done
	exit
fi
F=$T_TMP/options
N=$T_TMP/new/options
mkdir -p "$T_TMP/new" "$T_TMP/ansible"
printf 'lock\nmtu 1400\n' >"$F"
export ANSIBLE_LIBRARY="$TOP/contrib/ansible/library" ANSIBLE_NOCOLOR=1 \
	ANSIBLE_LOCAL_TEMP="$T_TMP/ansible" ANSIBLE_HOME="$T_TMP/ansible" \
	ANSIBLE_PYTHON_INTERPRETER=auto_silent ANSIBLE_RETRY_FILES_ENABLED=0 \
	ANSIBLE_DEPRECATION_WARNINGS=0
play() { ansible-playbook -i localhost, -c local "$@" >"$T_TMP/play.out" 2>&1; }

# One run: each task's own result is asserted inside the play.
cat >"$T_TMP/play.yml" <<YML
- hosts: localhost
  gather_facts: false
  vars: {pppconf: "$PPPCONF", file: "$F", new: "$N"}
  tasks:
    - pppconf: {executable: "{{ pppconf }}", path: "{{ file }}", platform: linux, name: mtu, value: "1492"}
      register: first
    - pppconf: {executable: "{{ pppconf }}", path: "{{ file }}", platform: linux, name: mtu, value: "1492"}
      register: second
    - pppconf: {executable: "{{ pppconf }}", path: "{{ file }}", platform: linux, name: lock, state: absent}
      register: gone
    - pppconf: {executable: "{{ pppconf }}", path: "{{ file }}", platform: linux, name: crtcts, state: absent}
      register: typo
      ignore_errors: true
    - pppconf: {executable: "{{ pppconf }}", path: "{{ new }}", platform: macos, fix: l2tp-noipsec}
      register: unconfirmed
      ignore_errors: true
    - pppconf: {executable: "{{ pppconf }}", path: "{{ new }}", platform: macos, fix: l2tp-noipsec, no_ipsec_confirmed: true}
      register: fixed
    - pppconf: {executable: "{{ pppconf }}", path: "{{ new }}", platform: macos, fix: l2tp-noipsec, no_ipsec_confirmed: true}
      register: fixed_again
    - pppconf: {executable: "{{ pppconf }}", path: "{{ new }}", platform: macos, fix: l2tp-noipsec, state: absent}
      register: undone
    - assert:
        that:
          - first is changed
          - second is not changed
          - gone is changed
          - typo is failed and 'crtscts' in typo.msg
          - unconfirmed is failed and unconfirmed.pppconf_rc == 4
          - fixed is changed and fixed_again is not changed
          - undone is changed and undone.removed
YML
play "$T_TMP/play.yml"
t_eq "the play runs (changed, then ok; a typo and an unanswered question fail)" 0 "$?"
grep -q 'failed=0' "$T_TMP/play.out" || sed -n '/FAILED\|fatal\|assert/,+8p' "$T_TMP/play.out" | head -30 | sed 's/^/    | /'
t_eq "the file as the module left it" "mtu 1492" "$(cat "$F")"
t_check "the undo removed the file the fix created" test ! -e "$N"

# --check writes nothing but says what would change; --diff shows it.
cp "$F" "$T_TMP/before"
cat >"$T_TMP/check.yml" <<YML
- hosts: localhost
  gather_facts: false
  tasks:
    - pppconf: {executable: "$PPPCONF", path: "$F", platform: linux, name: mtu, value: "1400"}
      register: would
    - assert: {that: [would is changed, "would.result == 'would-change'"]}
YML
play --check --diff "$T_TMP/check.yml"
t_eq "--check --diff runs" 0 "$?"
t_check "--check wrote nothing" cmp -s "$F" "$T_TMP/before"
t_contains "--diff shows the line going" "$(cat "$T_TMP/play.out")" "-mtu 1492"
t_contains "--diff shows the line coming" "$(cat "$T_TMP/play.out")" "+mtu 1400"
t_done
