#!/usr/bin/env python3
"""The peer for `onestop check`: every catalog file read with PyYAML's C loader (libyaml) and
validated against `onestop schema` with jsonschema, as an editor's YAML language server would.

Usage: bench/lib/peer_check.py SCHEMA.json CATALOG_DIR
Scalars are typed as onestop types them (as scripts/check-schema.py does).
"""
import json
import pathlib
import re
import sys

import jsonschema
import yaml


class CatalogLoader(yaml.CSafeLoader):
    pass


CatalogLoader.yaml_implicit_resolvers = {}
CatalogLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
CatalogLoader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^-?[0-9]+$"), list("-0123456789"))
CatalogLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^-?[0-9]+\.[0-9]+$"), list("-0123456789"))
CatalogLoader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|)$"), ["~", "n", ""])


def main() -> int:
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    files = sorted(pathlib.Path(sys.argv[2]).rglob("*.yaml"))
    for path in files:
        with open(path, "rb") as stream:
            document = yaml.load(stream, Loader=CatalogLoader)
        for error in validator.iter_errors(document):
            failures += 1
            print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    print(f"schema check: {len(files)} files, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
