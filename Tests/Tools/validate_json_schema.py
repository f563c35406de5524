#!/usr/bin/env python3
"""Validate YAML or JSON documents against a JSON Schema with Python's jsonschema.

usage: validate_json_schema.py SCHEMA FILE...
Exit status 0 when every file is valid, 1 when one is not (each error printed), 2 on usage errors.
"""
import datetime
import json
import sys

import jsonschema
import yaml


def load(path):
    with open(path, encoding="utf-8-sig") as handle:
        text = handle.read()
    if path.endswith(".json") or path.endswith(".sarif"):
        return json.loads(text)
    # YAML dates become strings, as editors' YAML language servers read them.
    return json.loads(json.dumps(yaml.safe_load(text), default=lambda value: value.isoformat()
                                 if isinstance(value, (datetime.date, datetime.datetime)) else str(value)))


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema = load(argv[1])
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    failed = False
    for path in argv[2:]:
        errors = sorted(validator.iter_errors(load(path)), key=lambda error: list(error.absolute_path))
        for error in errors:
            failed = True
            location = "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {location}: {error.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
