#!/usr/bin/env bash
# Load and concurrency test (issue 15 item 4), against a real `onestop serve` on loopback:
#  1. wrk, 64 connections for DURATION seconds (default 60) on /api/route and the notice API:
#     zero socket errors and zero non-2xx answers, and the server's resident memory at the end
#     no more than 5% (and 8 MiB) over its reading at half time;
#  2. two servers and the CLI writing one database at once: every case accepted by any of them
#     is in the ledger afterwards, each once, none answered with an error.
# Usage: scripts/load-test.sh [DURATION]   (ONESTOP_BIN=path picks the build; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
readonly binary=${ONESTOP_BIN:-.build/debug/onestop}
readonly duration=${1:-60}
command -v wrk >/dev/null || { echo "load-test: needs wrk (apt-get install wrk)" >&2; exit 1; }
[ -x "$binary" ] || { echo "load-test: $binary is missing; run swift build first" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/onestop-load-XXXXXX")
servers=()
cleanup() {
    for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "load-test: FAILED — $1" >&2; exit 1; }

database="$work/onestop.sqlite"
password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
printf '%s\n' "$password" | "$binary" users add director --role director --db "$database" >/dev/null

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
start_server() {
    local port=$1
    "$binary" serve --host 127.0.0.1 --port "$port" --db "$database" >"$work/server-$port.log" 2>&1 &
    servers+=($!)
    for _ in $(seq 1 600); do
        curl -fs "http://127.0.0.1:$port/api/openapi.yaml" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    fail "the server on $port did not answer: $(tail -1 "$work/server-$port.log")"
}
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

port=$(free_port)
start_server "$port"
server=${servers[0]}
base="http://127.0.0.1:$port"

# A request mix: questions of every kind (URL-encoded by the Lua script) and notices.
cat >"$work/mix.lua" <<'LUA'
local paths = {}
local questions = {"饭卡丢了怎么办", "xueshengzheng buban", "I lost my student ID card", "寝室网断了",
  "奖学金什么时候评", "图书馆几点关门", "研究生学费一年多少", "辅导员让我来大厅问问三方协议丢了"}
local function encode(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
for _, q in ipairs(questions) do table.insert(paths, "/api/route?q=" .. encode(q)) end
local notices = {"student-id-replacement", "dorm-repair", "scholarship-application"}
local headers = {["Content-Type"] = "application/json"}
local i = 0
request = function()
  i = i + 1
  if i % 5 == 0 then
    local id = notices[math.floor(i / 5) % #notices + 1]
    return wrk.format("POST", "/api/services/" .. id .. "/notice", headers, '{"facts": {}}')
  end
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

half=$((duration / 2))
wrk -t2 -c64 -d"${duration}s" --timeout 10s --latency -s "$work/mix.lua" "$base" >"$work/wrk.txt" 2>&1 &
load=$!
sleep "$half"
at_half=$(rss_kib "$server")
wait "$load"
at_end=$(rss_kib "$server")
cat "$work/wrk.txt"
grep -q "Socket errors" "$work/wrk.txt" && fail "socket errors: $(grep 'Socket errors' "$work/wrk.txt")"
grep -q "Non-2xx" "$work/wrk.txt" && fail "$(grep 'Non-2xx' "$work/wrk.txt")"
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
[ "${requests:-0}" -gt 0 ] || fail "wrk made no request"
growth=$((at_end - at_half))
allowed=$((at_half / 20 > 8192 ? at_half / 20 : 8192))
echo "load: $requests requests, 0 errors; server RSS ${at_half} KiB at ${half}s, ${at_end} KiB at ${duration}s"
[ "$growth" -le "$allowed" ] || fail "the server's memory grew by ${growth} KiB between ${half}s and ${duration}s"

# Two servers and the CLI accept cases into the one database at the same time.
second=$(free_port)
start_server "$second"
python3 - "$base" "http://127.0.0.1:$second" "$password" >"$work/api-writes.txt" <<'PY' &
import base64, json, sys, threading, urllib.request
first, second, password = sys.argv[1:4]
token = base64.b64encode(f"director:{password}".encode()).decode()
accepted, failures = [], []
def post(base, thread):
    for i in range(25):
        body = json.dumps({"service": "dorm-repair", "window": 11, "student": f"2025{thread}{i:05d}"}).encode()
        request = urllib.request.Request(base + "/api/cases", data=body, method="POST", headers={
            "Authorization": "Basic " + token, "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                accepted.append(answer.status)
        except Exception as error:
            failures.append(f"{base} {i}: {error}")
threads = [threading.Thread(target=post, args=(base, n)) for n, base in enumerate([first, second, first, second])]
for t in threads: t.start()
for t in threads: t.join()
for f in failures: print(f)
print(len(accepted))
sys.exit(1 if failures else 0)
PY
writer=$!
cli_ok=0
for i in $(seq 1 40); do
    if "$binary" cases accept student-id-replacement --window 1 --student "20249$(printf '%05d' "$i")" \
        --by director --db "$database" >/dev/null 2>"$work/cli-error.txt"; then
        cli_ok=$((cli_ok + 1))
    else
        fail "the CLI's accept $i failed: $(cat "$work/cli-error.txt")"
    fi
done
wait "$writer" || fail "an API write failed: $(tail -3 "$work/api-writes.txt")"
api_ok=$(tail -1 "$work/api-writes.txt")
stored=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM ledger_case").fetchone()[0])' "$database")
expected=$((cli_ok + api_ok))
echo "writes: $cli_ok by the CLI and $api_ok through two servers; $stored cases in the ledger"
[ "$stored" -eq "$expected" ] || fail "expected $expected cases in the ledger, found $stored"
echo "load-test: ok"
