#!/usr/bin/env python3
"""Builds bench/run's markdown table from the results folder (measure.py's and http_load.py's JSON,
onestop-bench's JSON lines), with the machine it ran on.

Usage: report.py RESULTS_DIR --runs N --quick 0|1 --elapsed SECONDS --swift VERSION --commit SHA
"""
import argparse
import json
import os
import pathlib
import platform
import statistics
import subprocess


def load(directory, name):
    path = directory / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def seconds(value):
    if value is None:
        return "–"
    if value < 1:
        return f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def mib(kb):
    return f"{kb / 1024:.0f} MiB" if kb >= 10240 else f"{kb / 1024:.1f} MiB"


def slower(ours, theirs):
    """How OneStop compares with a floor: 'N.Nx slower' (or faster)."""
    if not ours or not theirs:
        return "–"
    ratio = ours / theirs
    return f"{ratio:.1f}x slower" if ratio >= 1 else f"{1 / ratio:.1f}x faster"


def faster(ours, peers):
    """How OneStop compares with a peer: 'N.Nx faster' (or slower)."""
    if not ours or not peers:
        return "–"
    ratio = peers / ours
    return f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.1f}x slower"


def met(flag):
    return "–" if flag is None else ("yes" if flag else "**no**")


def median(case, key="median_wall"):
    return case.get(key) if case and not case.get("failed") else None


def cpu_note(case):
    return f" (cpu {seconds(case['median_cpu'])})" if case and case.get("median_cpu") is not None else ""


def machine(args):
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1048576:.1f} GiB"
    except OSError:
        pass
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    kernel = platform.release()
    return (f"{os.cpu_count()} cores ({cpu}), {memory} memory, Linux {kernel}, {args.swift}; "
            f"commit {args.commit}; load average at the end {load}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results", type=pathlib.Path)
    parser.add_argument("--runs", type=int)
    parser.add_argument("--quick", type=int, default=0)
    parser.add_argument("--elapsed", type=int, default=0)
    parser.add_argument("--swift", default="")
    parser.add_argument("--commit", default="")
    args = parser.parse_args()
    results = args.results
    rows = []

    def row(path, input_, ours, floor, floor_ratio, peer, peer_ratio, target, ok):
        rows.append([path, input_, ours, floor, floor_ratio, peer, peer_ratio, target, met(ok)])

    # check
    checks = sorted(results.glob("check-*.json"), key=lambda p: int(p.stem.split("-")[1]))
    for path in checks:
        data = json.loads(path.read_text())
        size = data.get("input", {})
        ours, floor, peer = data.get("onestop"), data.get("floor"), data.get("peer")
        t_ours, t_floor, t_peer = median(ours), median(floor), median(peer)
        label = f"{size.get('services', '?'):,} services, {size.get('yaml_bytes', 0) / 1e6:.1f} MB YAML"
        within = t_ours / t_floor if t_ours and t_floor else None
        peer_ok = (t_peer / t_ours >= 5) if t_ours and t_peer else None
        row("`check`", label, seconds(t_ours) + cpu_note(ours), "libyaml event walk (C) " + seconds(t_floor),
            slower(t_ours, t_floor), "PyYAML CLoader + jsonschema " + seconds(t_peer) if t_peer else "–",
            faster(t_ours, t_peer), "≤2x floor, ≥5x faster than peer",
            None if within is None else (within <= 2 and (peer_ok is not False)))
        if ours and ours.get("max_rss_kb"):
            rss = ours["max_rss_kb"] * 1024
            yaml_bytes = size.get("yaml_bytes") or 1
            row("`check` peak RSS", label, mib(ours["max_rss_kb"]), f"YAML bytes {yaml_bytes / 1048576:.0f} MiB",
                f"{rss / yaml_bytes:.1f}x the YAML", f"peer {mib(peer['max_rss_kb'])}" if median(peer) else "–",
                "", "< 2x the YAML bytes", rss < 2 * yaml_bytes)

    # score
    for windows in (13, 500):
        data = load(results, f"score-{windows}")
        if not data:
            continue
        size = data.get("input", {})
        ours, ours_json = data.get("onestop"), data.get("onestop_json")
        floor, floor_all, peer = data.get("floor"), data.get("floor_all"), data.get("peer")
        t_ours, t_floor, t_all, t_peer = median(ours), median(floor), median(floor_all), median(peer)
        label = f"{size.get('events', 0):,} events, {windows} windows, one month ({size.get('month_events', 0):,})"
        within = t_ours / t_floor if t_ours and t_floor else None
        row("`score` (text)", label, seconds(t_ours) + cpu_note(ours),
            f"month-filtered GROUP BY {seconds(t_floor)} (unfiltered {seconds(t_all)})",
            f"{slower(t_ours, t_floor)} ({slower(t_ours, t_all)} the unfiltered)",
            f"Python dict pass over the CSV {seconds(t_peer)}", faster(t_ours, t_peer), "≤1.5x the filtered GROUP BY",
            None if within is None else within <= 1.5)
        if median(ours_json):
            t_json = median(ours_json)
            row("`score --format json`", label, seconds(t_json) + cpu_note(ours_json), f"{seconds(t_floor)}",
                slower(t_json, t_floor), seconds(t_peer), faster(t_json, t_peer), "≤1.5x the filtered GROUP BY",
                t_json / t_floor <= 1.5 if t_floor else None)

    # imports
    for name, label in [("events-import", "`events import`"), ("cases-import", "`cases import`")]:
        data = load(results, name)
        if not data:
            continue
        ours, floor, small = data.get("onestop"), data.get("floor"), data.get("onestop_100k")
        t_ours, t_floor = median(ours), median(floor)
        rows_text = "1M rows" if not args.quick else "100k rows"
        if name == "events-import":
            rows_text += " (files of 100k: the import's limit)"
        rss = f", peak RSS {mib(ours['max_rss_kb'])}" if median(ours) else ""
        flat = ""
        rss_ok = None
        if median(small) and median(ours):
            flat = f"; 100k rows: {mib(small['max_rss_kb'])}"
            rss_ok = ours["max_rss_kb"] <= 1.5 * small["max_rss_kb"]
        within = t_ours / t_floor if t_ours and t_floor else None
        ok = None if within is None else (within <= 3 and rss_ok is not False)
        row(label, rows_text, seconds(t_ours) + cpu_note(ours) + rss + flat,
            f"sqlite3 `.import` into a bare table {seconds(t_floor)}, {mib(floor['max_rss_kb']) if median(floor) else '–'}",
            slower(t_ours, t_floor), "–", "", "≤3x floor, memory flat in rows", ok)

    # in process
    path = results / "inprocess.jsonl"
    if path.exists():
        runs = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]

        def med(key):
            return statistics.median(run[key] for run in runs)

        routes = med("routes_per_s")
        row("routing in process", f"shipped catalog ({int(runs[0]['services'])} services), tune.yaml cycled",
            f"{routes:,.0f} queries/s on one thread ({1000 / routes:.2f} ms each)", "–", "", "–", "",
            "≥20,000 queries/s", routes >= 20000)
        row("routing index", "shipped catalog", f"built in {med('index_build_s') * 1000:.1f} ms", "–", "", "–", "",
            "built once per catalog", None)
        json_rate, text_rate = med("notice_json_per_s"), med("notice_text_per_s")
        row("notices in process", f"shipped catalog, every service cycled",
            f"{json_rate:,.0f}/s in JSON, {text_rate:,.0f}/s as text", "–", "", "–", "", "≥20,000/s in JSON",
            json_rate >= 20000)
        cli = load(results, "cli")
        if cli and median(cli.get("notice")):
            load_s = med("catalog_load_s")
            notice = median(cli["notice"])
            start = median(cli.get("help"))
            row("CLI `onestop notice 学生证补办`", "shipped catalog",
                f"{seconds(notice)}; loading the catalog {seconds(load_s)} = {100 * load_s / notice:.0f}% of the call",
                f"`onestop --help` {seconds(start)}", slower(notice, start), "–", "",
                "(the share of loading)", None)
            if median(cli.get("route")):
                row("CLI `onestop route 饭卡丢了`", "shipped catalog", seconds(median(cli["route"])),
                    f"`onestop --help` {seconds(start)}", slower(median(cli["route"]), start), "–", "", "", None)

    # HTTP
    http = load(results, "http")
    if http:
        floor = http.get("floor")
        for name, label in [("route", "HTTP `GET /api/route` (the query set's questions, repeated)"),
                            ("route_unique", "HTTP `GET /api/route`, every question new (no remembered answer)"),
                            ("notice", "HTTP `POST /api/services/{id}/notice`")]:
            case = http.get(name)
            if not case:
                continue
            errors = case["non_2xx"] + case["socket_errors"]
            text = (f"{case['requests_per_s']:,.0f} req/s, p50 {case['p50_ms']:.2f} ms, p99 {case['p99_ms']:.2f} ms, "
                    f"{case['non_2xx']} non-2xx, {case['socket_errors']} socket errors, server RSS "
                    f"{mib(case['server_peak_rss_kb'])}")
            floor_text = "–"
            ratio = "–"
            ok = None
            if floor:
                floor_text = (f"fixed-body Hummingbird {floor['requests_per_s']:,.0f} req/s, p99 "
                              f"{floor['p99_ms']:.2f} ms, RSS {mib(floor['server_peak_rss_kb'])}")
                share = case["requests_per_s"] / floor["requests_per_s"]
                ratio = f"{share:.2f}x the floor's throughput"
                ok = share >= 0.5 and case["p99_ms"] < 10 and errors == 0
            row(label, "wrk -t2 -c64, loopback", text, floor_text, ratio, "–", "",
                "≥0.5x floor, p99 < 10 ms, 0 errors" if name.startswith("route") else "(no target; 0 errors)",
                ok if name.startswith("route") else (errors == 0))

    header = ["path", "input", "OneStop", "floor", "vs floor", "peer", "vs peer", "target", "met?"]
    print(f"# OneStop benchmarks{' (quick)' if args.quick else ''}: bench/run\n")
    print(f"Machine: {machine(args)}.\n")
    print(f"Wall-clock medians of {args.runs} alternating runs (CPU time in brackets), peak RSS by GNU time; "
          f"the whole run took {args.elapsed // 60} min {args.elapsed % 60} s. Rerun: `bench/run`"
          f"{' --quick' if args.quick else ''}.\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for cells in rows:
        print("| " + " | ".join(str(c) for c in cells) + " |")


if __name__ == "__main__":
    main()
