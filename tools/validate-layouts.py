#!/usr/bin/env python3
"""Validates layout files against infografis.schema.json.

Usage: validate-layouts.py SCHEMA PATH...   (a PATH that is a folder is searched recursively
for .yaml, .yml and .json files). Prints one line per problem; exits 1 if any, 2 when
jsonschema or PyYAML is missing (the Swift test then skips with that message).

Scalars are read as the loader reads them: a date such as 2024-02-07 stays text. Theme files
(in a folder named `themes`, without `body`) are not layouts: they are counted as skipped.
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


class LayoutLoader(yaml.SafeLoader):
    """PyYAML's safe loader without timestamps: the layout loader reads 2024-02-07 as text."""


LayoutLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def is_theme(path, document):
    folder = os.path.basename(os.path.dirname(os.path.abspath(path)))
    return folder == "themes" and isinstance(document, dict) and "body" not in document


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
    count, problems, themes = 0, 0, 0
    for path in files(sys.argv[2:]):
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=LayoutLoader)
        if is_theme(path, document):
            themes += 1
            continue
        count += 1
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
            problems += 1
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            best = jsonschema.exceptions.best_match([error])
            print(f"{path}: {where}: {best.message[:300]}")
    skipped = f", skipped {themes} theme file(s)" if themes else ""
    print(f"checked {count} file(s), {problems} problem(s){skipped}")
    sys.exit(1 if problems else 0)


main()
