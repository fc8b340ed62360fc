#!/usr/bin/env python3
"""json_check.py - validates pppconf --json outputs against man/pppconf-json.schema.json.

Usage: json_check.py SCHEMA LIST
LIST holds one run a line, tab-separated: NAME, OUTPUT (a file), EXIT (the
status the process returned) and COMMAND. For each run, checks that OUTPUT
holds exactly one JSON object, that it is valid against SCHEMA (the
command's own object, or the bare one of a command that stopped early),
that it names COMMAND and that its "exit" is EXIT. Prints one line
"NAME<TAB>ok" or "NAME<TAB>what is wrong" a run, in order; exits 3 when
the jsonschema module is missing. One process for all the runs: loading
the schema is the slow part.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit(3)


def check(validator, schema, out_path, rc, command):
    with open(out_path, encoding="utf-8") as f:
        text = f.read().lstrip()
    try:
        obj, end = json.JSONDecoder().raw_decode(text)
    except ValueError as e:
        return "not JSON: %s: %r" % (e, text[:200])
    if text[end:].strip():
        return "more than one object on stdout: %r" % text[end:][:200]
    if command not in schema["properties"]["command"]["enum"]:
        return "%s: its object is missing from the schema ($defs and the command enum)" % command
    errors = sorted(validator.iter_errors(obj), key=str)
    if errors:
        return "; ".join("invalid at %s: %s" % ("/".join(map(str, e.absolute_path)), e.message[:300])
                         for e in errors[:5])
    if obj.get("command") != command:
        return "command is %r, not %r" % (obj.get("command"), command)
    if obj.get("exit") != int(rc):
        return "exit is %r but the process returned %s" % (obj.get("exit"), rc)
    return "ok"


def main():
    schema_path, list_path = sys.argv[1:3]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    with open(list_path, encoding="utf-8") as f:
        for line in f:
            name, out_path, rc, command = line.rstrip("\n").split("\t")
            print("%s\t%s" % (name, check(validator, schema, out_path, rc, command)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
