#!/usr/bin/env python3
"""json_check.py - validates pppconf --json output against man/pppconf-json.schema.json.

Usage: json_check.py SCHEMA OUTPUT EXIT COMMAND
Checks that OUTPUT holds exactly one JSON object, that it is valid against
SCHEMA (the command's own object, or the bare one of a command that
stopped early), that it names COMMAND and that its "exit" is EXIT, the
status the process returned. Prints what is wrong and exits 1, else 0.
Exit 3 when the jsonschema module is missing.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit(3)


def main():
    schema_path, out_path, rc, command = sys.argv[1:5]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(out_path, encoding="utf-8") as f:
        text = f.read()
    try:
        obj, end = json.JSONDecoder().raw_decode(text.lstrip())
    except ValueError as e:
        print("not JSON: %s: %r" % (e, text[:200]))
        return 1
    if text.lstrip()[end:].strip():
        print("more than one object on stdout: %r" % text.lstrip()[end:][:200])
        return 1
    if command not in schema["properties"]["command"]["enum"]:
        print("%s: its object is missing from %s ($defs and the command enum)" % (command, schema_path))
        return 1
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(obj), key=str)
    for e in errors[:5]:
        print("invalid at %s: %s" % ("/".join(map(str, e.absolute_path)), e.message[:300]))
    if errors:
        return 1
    if obj.get("command") != command:
        print("command is %r, not %r" % (obj.get("command"), command))
        return 1
    if obj.get("exit") != int(rc):
        print("exit is %r but the process returned %s" % (obj.get("exit"), rc))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
