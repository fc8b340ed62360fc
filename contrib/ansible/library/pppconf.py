#!/usr/bin/python3
# contrib/ansible/library/pppconf.py - an Ansible module for pppd's options file, built on pppconf's --json.
"""Ansible module: pppd's options file through pppconf (set, unset, fix, undo)."""

DOCUMENTATION = r'''
---
module: pppconf
short_description: Set or remove pppd directives, or apply or undo pppconf's guided fixes
description:
  - Edits pppd's options file (C(/etc/ppp/options) by default) through the
    C(pppconf) command, which checks every name and value the way pppd reads
    them, refuses a change that would make pppd refuse the file, writes
    atomically with a backup (C(FILE~)), and keeps the rest of the file byte
    for byte.
  - Built on C(pppconf --json); supports check mode (nothing is written) and
    diff mode (the exact diff pppconf would write).
  - Idempotent - a second run reports C(changed=false).
options:
  path:
    description: The options file.
    type: path
    default: /etc/ppp/options
  name:
    description:
      - A directive pppd knows (C(lcp-echo-interval), C(noauth), ...). An
        unknown or misspelt name fails, with pppconf's suggestions.
      - Mutually exclusive with I(fix).
    type: str
  value:
    description:
      - The directive's value, for a directive that takes one. With
        I(state=absent), only the lines with this value are removed.
    type: str
  fix:
    description:
      - A guided fix (C(l2tp-noipsec), C(debug-log)). I(state=present)
        applies it, I(state=absent) undoes it (the fix C(NAME-undo)); the
        undo of a fix on a file pppconf created removes the file.
    type: str
  state:
    description: Whether the directive (or the fix) should be in the file.
    type: str
    choices: [present, absent]
    default: present
  no_ipsec_confirmed:
    description:
      - The answer to the C(l2tp-noipsec) fix's question - the VPN server
        uses no IPsec. Without it that fix writes nothing and the task fails.
    type: bool
    default: false
  platform:
    description: Whose pppd reads the file; default, the managed machine's.
    type: str
    choices: [macos, linux]
  executable:
    description: The pppconf program.
    type: path
    default: pppconf
requirements:
  - pppconf on the managed machine
author:
  - pppconf
'''

EXAMPLES = r'''
- name: L2TP VPNs without IPsec (the Mac's "IPSec shared secret missing")
  pppconf:
    fix: l2tp-noipsec
    no_ipsec_confirmed: true
    platform: macos

- name: Undo it
  pppconf:
    fix: l2tp-noipsec
    state: absent

- name: Keep the link alive
  pppconf:
    name: lcp-echo-interval
    value: "30"

- name: No deflate compression
  pppconf:
    name: deflate
    state: absent
    path: /etc/ppp/peers/provider
'''

RETURN = r'''
result:
  description: What came of it, as pppconf says it - unchanged, changed, would-change (check mode).
  returned: always
  type: str
  sample: changed
unified_diff:
  description: The unified diff pppconf wrote or would write (in diff mode, also Ansible's diff).
  returned: always
  type: str
removed:
  description: The change removes the file (the undo of a fix on a file pppconf created).
  returned: always
  type: bool
pppconf:
  description: pppconf's whole --json object (schema 1; see man/pppconf-json.schema.json).
  returned: always
  type: dict
pppconf_rc:
  description: pppconf's exit status (0 unchanged, 3 changed; anything else fails the task). Not "rc", which Ansible reads as failed when it is not 0.
  returned: always
  type: int
'''

import json

from ansible.module_utils.basic import AnsibleModule


def command(p, check_mode):
    """The pppconf command line for the task's parameters."""
    argv = [p["executable"], "--json", "--file", p["path"],
            "--dry-run" if check_mode else "--yes"]
    if p["platform"]:
        argv += ["--platform", p["platform"]]
    if p["fix"]:
        if p["no_ipsec_confirmed"]:
            argv.append("--no-ipsec-confirmed")
        return argv + ["fix", p["fix"] if p["state"] == "present" else p["fix"] + "-undo"]
    # after "--" the words are taken as written: a value that happens to
    # name a file is still the value
    argv += ["set" if p["state"] == "present" else "unset", "--", p["name"]]
    if p["value"] is not None:
        argv.append(p["value"])
    return argv


def main():
    module = AnsibleModule(
        argument_spec=dict(
            path=dict(type="path", default="/etc/ppp/options"),
            name=dict(type="str"),
            value=dict(type="str"),
            fix=dict(type="str"),
            state=dict(type="str", choices=["present", "absent"], default="present"),
            no_ipsec_confirmed=dict(type="bool", default=False),
            platform=dict(type="str", choices=["macos", "linux"]),
            executable=dict(type="path", default="pppconf"),
        ),
        mutually_exclusive=[["name", "fix"]],
        required_one_of=[["name", "fix"]],
        supports_check_mode=True,
    )
    p = module.params
    if p["fix"] and p["value"] is not None:
        module.fail_json(msg="value goes with name, not with fix")
    argv = command(p, module.check_mode)
    rc, out, err = module.run_command(argv)
    try:
        obj = json.loads(out)
    except ValueError:
        module.fail_json(msg="pppconf printed no JSON object: %s" % (err or out).strip(),
                         pppconf_rc=rc, cmd=argv, stderr=err)
    result = dict(changed=bool(obj.get("changed")) and rc == 3, result=obj.get("result"),
                  unified_diff=obj.get("diff", ""), removed=bool(obj.get("removed")),
                  pppconf=obj, pppconf_rc=rc, cmd=argv)
    if module._diff and obj.get("diff"):
        result["diff"] = dict(prepared=obj["diff"])
    if rc not in (0, 3):
        # 2: a name, value or file pppconf refuses, or the write failed (the
        # file is as it was); 4: the change was not written
        module.fail_json(msg=obj.get("error") or err.strip() or "pppconf exited %d" % rc,
                         stderr=err, **result)
    module.exit_json(**result)


if __name__ == "__main__":
    main()
