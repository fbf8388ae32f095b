#!/usr/bin/env python3
"""Runs commands side by side, alternating A, B, C, A, B, C, ... and records for every run the
wall time, the CPU time (user + system) and the peak RSS of the command and its children.

Usage: measure.py --runs N --out RESULT.json [--warmup] --case NAME=COMMAND [--prepare NAME=COMMAND] ...
Commands run under `bash -c`, their standard output thrown away and their standard error kept
in RESULT.json's folder (NAME.err). A `--prepare` command runs before each run of its case,
untimed. The medians go to RESULT.json, merged with what is there already, and a line per case
to standard error. A run that fails stops the measuring of its case (recorded as failed).
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time


def run_once(command, err_path):
    """One run under GNU time, whose %M is the peak RSS (KiB) of the command and its children
    (read from a fresh small process, not from this Python's fork); wall and CPU from wait4."""
    rss_path = err_path.with_suffix(".rss")
    with open(err_path, "ab") as err, open(os.devnull, "wb") as null:
        start = time.perf_counter()
        process = subprocess.Popen(
            ["/usr/bin/time", "-f", "%M", "-o", str(rss_path), "bash", "-c", command], stdout=null, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    lines = rss_path.read_text().split() if rss_path.exists() else []
    rss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    rss_path.unlink(missing_ok=True)
    return code, wall, usage.ru_utime + usage.ru_stime, rss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", required=True)
    parser.add_argument("--warmup", action="store_true", help="one untimed run of each case first")
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--prepare", action="append", default=[])
    args = parser.parse_args()
    cases = dict(item.split("=", 1) for item in args.case)
    prepares = dict(item.split("=", 1) for item in args.prepare)
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    results = {name: {"command": command, "wall": [], "cpu": [], "rss_kb": [], "failed": False}
               for name, command in cases.items()}
    err_paths = {name: out.parent / f"{name}.err" for name in cases}
    for path in err_paths.values():
        path.write_bytes(b"")

    rounds = args.runs + (1 if args.warmup else 0)
    for round_index in range(rounds):
        for name, command in cases.items():
            result = results[name]
            if result["failed"]:
                continue
            if name in prepares:
                subprocess.run(["bash", "-c", prepares[name]], check=True, stdout=subprocess.DEVNULL)
            code, wall, cpu, rss = run_once(command, err_paths[name])
            if code != 0:
                result["failed"] = True
                tail = err_paths[name].read_text(errors="replace")[-600:]
                print(f"  {name}: exit {code}\n{tail}", file=sys.stderr)
                continue
            if args.warmup and round_index == 0:
                continue
            result["wall"].append(wall)
            result["cpu"].append(cpu)
            result["rss_kb"].append(rss)

    merged = json.loads(out.read_text()) if out.exists() else {}
    for name, result in results.items():
        if result["wall"]:
            result["median_wall"] = statistics.median(result["wall"])
            result["median_cpu"] = statistics.median(result["cpu"])
            result["max_rss_kb"] = max(result["rss_kb"])
            print(f"  {name}: wall {result['median_wall']:.3f} s, cpu {result['median_cpu']:.3f} s, "
                  f"peak RSS {result['max_rss_kb'] / 1024:.1f} MiB ({len(result['wall'])} runs)", file=sys.stderr)
        merged[name] = result
    out.write_text(json.dumps(merged, indent=1, ensure_ascii=False))
    return 1 if any(r["failed"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
