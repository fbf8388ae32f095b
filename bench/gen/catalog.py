#!/usr/bin/env python3
"""Multiplies the shipped catalog into a larger one that `onestop check` accepts.

Usage: bench/gen/catalog.py SOURCE_DIR OUT_DIR (--services N | --windows W)

Every copy k > 0 of the shipped hall gets new ids (`<id>-c<k>` for services and departments),
window numbers 13*k+n, and names suffixed with （副本k） so names stay unique; references
(redirects to a service or a department, a step's department, a window's departments and
services) point into the same copy. The hall, facts, materials, thesaurus and calendars are
copied as they are. `--services N` makes ceil(N / services per hall) copies; `--windows W`
makes enough copies for W windows and drops the windows above W with their services (and any
redirect to a dropped service).
"""
import argparse
import math
import pathlib
import re
import shutil
import sys

import yaml


class Loader(yaml.CSafeLoader):
    pass


# Type scalars as onestop does (only true/false are booleans, only numerals numbers).
Loader.yaml_implicit_resolvers = {}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^-?[0-9]+$"), list("-0123456789"))
Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|)$"), ["~", "n", ""])


def load(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)


class Dumper(yaml.CSafeDumper):
    def ignore_aliases(self, data):  # onestop refuses anchors and aliases: write every value out
        return True


def dump(data, path):
    text = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100000)
    path.write_text(text, encoding="utf-8")


def renamer(k, service_ids, department_ids):
    suffix = f"-c{k}"
    label = f"（副本{k}）"

    def ref(value, ids):
        return value + suffix if k and isinstance(value, str) and value in ids else value

    def walk(node, key=None):
        if isinstance(node, dict):
            out = {}
            for name, value in node.items():
                if name == "assumed":
                    out[name] = value
                elif name == "service":
                    out[name] = ref(value, service_ids)
                elif name == "department":
                    out[name] = ref(value, department_ids)
                else:
                    out[name] = walk(value, name)
            return out
        if isinstance(node, list):
            return [walk(item, key) for item in node]
        return node

    def service(entry):
        entry = walk(entry)
        if k:
            entry["id"] = entry["id"] + suffix
            entry["name"] = entry["name"] + label
            entry["aliases"] = [alias + label for alias in entry.get("aliases") or []]
            if "name_en" in entry:
                entry["name_en"] = f"{entry['name_en']} (copy {k})"
        return entry

    def department(entry):
        entry = dict(entry)
        if k:
            entry["id"] = entry["id"] + suffix
            entry["name"] = entry["name"] + label
            if "name_en" in entry:
                entry["name_en"] = f"{entry['name_en']} (copy {k})"
        return entry

    def window(entry, per_copy):
        entry = dict(entry)
        entry["number"] = entry["number"] + k * per_copy
        if k:
            entry["name"] = entry["name"] + label
            entry["departments"] = [ref(d, department_ids) for d in entry["departments"]]
            entry["services"] = [ref(s, service_ids) for s in entry["services"]]
        return entry

    return service, department, window


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=pathlib.Path)
    parser.add_argument("out", type=pathlib.Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--services", type=int)
    group.add_argument("--windows", type=int)
    args = parser.parse_args()
    src, out = args.source, args.out

    service_files = sorted((src / "services").glob("*.yaml"))
    window_files = sorted((src / "windows").glob("*.yaml"))
    services = {f.name: load(f) for f in service_files}
    windows = [load(f) for f in window_files]
    departments = load(src / "departments.yaml")
    service_ids = {s["id"] for doc in services.values() for s in doc["services"]}
    department_ids = {d["id"] for d in departments["departments"]}
    per_copy = max(w["window"]["number"] for w in windows)
    if args.services:
        copies = math.ceil(args.services / len(service_ids))
        window_limit = None
    else:
        copies = math.ceil(args.windows / per_copy)
        window_limit = args.windows

    if out.exists():
        shutil.rmtree(out)
    (out / "services").mkdir(parents=True)
    (out / "windows").mkdir()
    for name in ["hall.yaml", "facts.yaml", "materials.yaml", "thesaurus.yaml"]:
        if (src / name).exists():
            shutil.copy(src / name, out / name)
    if (src / "calendars").exists():
        shutil.copytree(src / "calendars", out / "calendars")

    (out / "departments").mkdir()
    total_services = total_windows = 0
    for k in range(copies):
        service, department, window = renamer(k, service_ids, department_ids)
        kept_windows = []
        for doc in windows:
            w = window(doc["window"], per_copy)
            if window_limit is None or w["number"] <= window_limit:
                kept_windows.append(w)
        kept_services = {s for w in kept_windows for s in w["services"]}
        for w in kept_windows:
            dump({"version": 1, "window": w}, out / "windows" / f"{w['number']:05d}.yaml")
        total_windows += len(kept_windows)
        for name, doc in services.items():
            entries = [service(s) for s in doc["services"]]
            entries = [s for s in entries if s["id"] in kept_services]
            for s in entries:
                if "redirects" in s:
                    s["redirects"] = [
                        r for r in s["redirects"]
                        if "service" not in (r.get("to") or {}) or r["to"]["service"] in kept_services
                    ]
                    if not s["redirects"]:
                        del s["redirects"]
            if entries:
                dump({"version": 1, "services": entries}, out / "services" / f"c{k:04d}-{name}")
                total_services += len(entries)
        # Copy 0's offices in departments.yaml, every other copy's in departments/: a file stays
        # under the loader's 4 MiB limit however many copies there are.
        target = out / "departments.yaml" if k == 0 else out / "departments" / f"c{k:04d}.yaml"
        dump({"version": 1, "departments": [department(d) for d in departments["departments"]]}, target)
    (out / ".services").write_text(f"{total_services}\n")  # for bench/run's table
    size = sum(p.stat().st_size for p in out.rglob("*.yaml"))
    print(f"{out}: {copies} copies, {total_services} services, {total_windows} windows, {size} bytes of YAML",
          file=sys.stderr)


if __name__ == "__main__":
    main()
