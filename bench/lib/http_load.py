#!/usr/bin/env python3
"""Load-tests one server with wrk and records requests/s, p50/p99 latency, errors and the
server's peak RSS.

Usage: http_load.py --out RESULT.json --name NAME --port PORT --ready PATH --lua SCRIPT.lua
               [--duration 20s] [--threads 2] [--connections 64] -- SERVER COMMAND...
Starts the server (its output to NAME.log next to RESULT.json), waits until GET PATH answers,
runs `wrk --latency -s SCRIPT.lua` against it, reads the server's VmHWM from /proc, stops it.
"""
import argparse
import json
import pathlib
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request


def wait_ready(url, process, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            return False
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return True
        except urllib.error.HTTPError:
            return True  # it answers
        except Exception:
            time.sleep(0.3)
    return False


def milliseconds(text):
    value, unit = re.match(r"([0-9.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def parse(output):
    result = {"requests_per_s": float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1))}
    result["requests"] = int(re.search(r"([0-9]+) requests in", output).group(1))
    for label, key in [("50%", "p50_ms"), ("99%", "p99_ms")]:
        match = re.search(rf"^\s+{re.escape(label)}\s+(\S+)", output, re.M)
        result[key] = milliseconds(match.group(1)) if match else None
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+([0-9]+)", output)
    result["non_2xx"] = int(non2xx.group(1)) if non2xx else 0
    sockets = re.search(r"Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)", output)
    result["socket_errors"] = sum(map(int, sockets.groups())) if sockets else 0
    return result


def peak_rss_kb(pid):
    total = 0
    try:
        status = pathlib.Path(f"/proc/{pid}/status").read_text()
        total = int(re.search(r"VmHWM:\s+([0-9]+) kB", status).group(1))
    except (OSError, AttributeError):
        pass
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ready", default="/")
    parser.add_argument("--lua", required=True)
    parser.add_argument("--duration", default="20s")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("server", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.server[1:] if args.server[:1] == ["--"] else args.server
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    base = f"http://127.0.0.1:{args.port}"
    with open(out.parent / f"{args.name}.log", "wb") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            if not wait_ready(base + args.ready, server):
                print(f"  {args.name}: the server did not start (see {args.name}.log)", file=sys.stderr)
                return 1
            wrk = subprocess.run(
                ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}", "--latency",
                 "-s", args.lua, base],
                capture_output=True, text=True)
            rss = peak_rss_kb(server.pid)
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    (out.parent / f"{args.name}.wrk").write_text(wrk.stdout + wrk.stderr)
    if wrk.returncode != 0 or "Requests/sec" not in wrk.stdout:
        print(f"  {args.name}: wrk failed:\n{wrk.stdout}{wrk.stderr}", file=sys.stderr)
        return 1
    result = parse(wrk.stdout)
    result["server_peak_rss_kb"] = rss
    result["command"] = " ".join(command)
    merged = json.loads(out.read_text()) if out.exists() else {}
    merged[args.name] = result
    out.write_text(json.dumps(merged, indent=1, ensure_ascii=False))
    print(f"  {args.name}: {result['requests_per_s']:.0f} req/s, p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, "
          f"non-2xx {result['non_2xx']}, socket errors {result['socket_errors']}, server RSS {rss / 1024:.0f} MiB",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
