#!/usr/bin/env python3
"""Writes the wrk scripts for bench/run's HTTP comparison: requests cycled per connection.

Usage: bench/gen/lua.py OUT_DIR QUERIES.yaml CATALOG_DIR
  OUT_DIR/route.lua   GET /api/route?q=... over the `text` of every query in QUERIES.yaml
  OUT_DIR/route-unique.lua  the same texts, each request made unique by a number appended, so
                      the server's memory of answers never helps: routing and JSON every time
  OUT_DIR/notice.lua  POST /api/services/{id}/notice with {} over every service of the catalog
"""
import pathlib
import re
import sys
import urllib.parse

import yaml


def lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def script(requests):
    lines = ["local requests = {"]
    lines += [f"  wrk.format({lua_string(method)}, {lua_string(path)}, headers, {body}),"
              for method, path, body in requests]
    lines += ["}", "local i = 0", "function request()", "  i = i % #requests + 1", "  return requests[i]", "end"]
    return "\n".join(lines) + "\n"


def unique_script(texts):
    lines = ["local texts = {"]
    lines += [f"  {lua_string(urllib.parse.quote(text))}," for text in texts]
    lines += [
        "}",
        "local threads = 0",
        "function setup(thread)",
        "  threads = threads + 1",
        '  thread:set("tid", threads)',
        "end",
        "local i, n = 0, 0",
        "function request()",
        "  i = i % #texts + 1",
        "  n = n + 1",
        '  return wrk.format("GET", "/api/route?q=" .. texts[i] .. "%20" .. tid .. "-" .. n)',
        "end",
    ]
    return "\n".join(lines) + "\n"


def main():
    out, queries, catalog = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    texts = [entry["text"] for entry in yaml.load(queries.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)]
    route = [("GET", "/api/route?q=" + urllib.parse.quote(text), "nil") for text in texts]
    head = 'local headers = {["Content-Type"] = "application/json"}\n'
    (out / "route.lua").write_text("local headers = {}\n" + script(route), encoding="utf-8")
    (out / "route-unique.lua").write_text(unique_script(texts), encoding="utf-8")
    ids = []
    for path in sorted((catalog / "services").glob("*.yaml")):
        ids += re.findall(r"^  - id: (\S+)$", path.read_text(encoding="utf-8"), re.M)
    notice = [("POST", f"/api/services/{urllib.parse.quote(i)}/notice", '"{}"') for i in ids]
    (out / "notice.lua").write_text(head + script(notice), encoding="utf-8")
    print(f"{len(route)} route requests, {len(notice)} notice requests", file=sys.stderr)


if __name__ == "__main__":
    main()
