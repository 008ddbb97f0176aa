#!/usr/bin/env python3
"""Validates layout files against infografis.schema.json.

Usage: validate-layouts.py SCHEMA PATH...   (a PATH that is a folder is searched recursively
for .yaml, .yml and .json files). Prints one line per problem; exits 1 if any, 2 when
jsonschema or PyYAML is missing (the Swift test then skips with that message).
"""
import json
import os
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:
    print(f"missing Python module: {error.name} (pip install jsonschema pyyaml)")
    sys.exit(2)


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for folder, _, names in sorted(os.walk(path)):
                for name in sorted(names):
                    if name.endswith((".yaml", ".yml", ".json")):
                        yield os.path.join(folder, name)
        else:
            yield path


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    count, problems = 0, 0
    for path in files(sys.argv[2:]):
        count += 1
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
            problems += 1
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            best = jsonschema.exceptions.best_match([error])
            print(f"{path}: {where}: {best.message[:300]}")
    print(f"checked {count} file(s), {problems} problem(s)")
    sys.exit(1 if problems else 0)


main()
