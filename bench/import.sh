#!/usr/bin/env bash
# Benchmark: importing a 100,000-row ledger CSV with `onestop cases import` (validation against
# the catalog, due dates on the calendar, one transaction) against the floor of sqlite3's own
# `.import` of the same file into a bare table, run side by side on the same machine.
# Usage: bench/import.sh [ROWS]   (needs sqlite3 and hyperfine; builds onestop in release mode)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
swift build -c release --product onestop >/dev/null
onestop=$(swift build -c release --show-bin-path)/onestop

python3 - "$rows" > "$work/ledger.csv" <<'PY'
import sys
rows = int(sys.argv[1])
print("service,window,student,submitted,completed")
services = [("学生证补办", 1), ("dorm-repair", 11), ("奖学金申请受理与审核", 2), ("一卡通挂失", 10)]
for i in range(rows):
    name, window = services[i % len(services)]
    day = 1 + i % 28
    print(f"{name},{window},2021{i:06d},2026-11-{day:02d}T09:30,2026-11-{day:02d}T16:00")
PY

echo "rows: $rows"
hyperfine --warmup 1 --runs 5 --export-markdown "$work/result.md" \
  --prepare "rm -f $work/base.sqlite* && sqlite3 $work/base.sqlite 'CREATE TABLE t(service,window,student,submitted,completed)'" \
  -n "sqlite3 .import (baseline)" "sqlite3 $work/base.sqlite '.import --csv --skip 1 $work/ledger.csv t'" \
  --prepare "rm -f $work/onestop.sqlite* && $onestop cases list --db $work/onestop.sqlite >/dev/null" \
  -n "onestop cases import" "$onestop cases import $work/ledger.csv --db $work/onestop.sqlite --by bench"
cat "$work/result.md"
