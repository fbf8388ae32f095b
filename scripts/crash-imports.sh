#!/usr/bin/env bash
# Crash test of the two bulk imports: `kill -9` at KILLS random moments (default 20) during a
# 100,000-row `events import` and during a 100,000-row `cases import`, each round on a fresh copy
# of one baseline database. After every round the database must
#  1. pass PRAGMA integrity_check;
#  2. hold all or nothing of that import: the import's table (assessment_event or ledger_case),
#     import_batch and audit counts are either exactly the baseline's or exactly those of a
#     complete import (measured once beforehand), and the other table is untouched;
#  3. still open in the CLI, with `onestop audit verify` passing.
# A round whose import finished before the kill counts as "completed" and must show everything.
# Odd rounds are killed at a uniform moment of the import, even ones in its last quarter.
# Usage: scripts/crash-imports.sh [KILLS]   (ONESTOP=path picks the build)
set -euo pipefail
cd "$(dirname "$0")/.."
readonly binary=${ONESTOP:-.build/debug/onestop}
readonly kills=${1:-20}
readonly rows=100000
readonly at=2026-12-01T09:00
[[ "$kills" =~ ^[0-9]+$ ]] && [ "$kills" -gt 0 ] || { echo "crash-imports: KILLS must be a positive number" >&2; exit 2; }
[ -x "$binary" ] || { echo "crash-imports: $binary is missing; run swift build first" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/onestop-crash-XXXXXX")
importer=
cleanup() {
    if [ -n "$importer" ]; then kill -9 "$importer" 2>/dev/null || true; wait "$importer" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "crash-imports: FAILED — $1" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.2f}")' "$1" "$2"; }
started=$(now)

# counts DB: "assessment_event ledger_case import_batch audit", or "unreadable" if sqlite cannot read it.
counts() {
    python3 - "$1" <<'PY' 2>/dev/null || echo unreadable
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(" ".join(str(c.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0])
               for t in ["assessment_event", "ledger_case", "import_batch", "audit"]))
PY
}
integrity() {
    python3 - "$1" <<'PY' 2>&1 | tr '\n' ' ' | sed 's/ $//'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print("; ".join(r[0] for r in c.execute("PRAGMA integrity_check")))
PY
}
fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; cp "$work/base.sqlite" "$1"; }
run_import() {  # run_import KIND DB  (in the foreground)
    local file
    if [ "$1" = events ]; then file="$work/events-000.csv"; else file="$work/cases.csv"; fi
    exec "$binary" "$1" import --db "$2" --by director --at "$at" "$file"
}

# Test data: 100,000 events on the shipped catalog's 13 windows, 100,000 cases.
echo "crash-imports: generating $rows events and $rows cases"
windows=$(ls catalog/windows/*.yaml | wc -l)
python3 bench/gen/events.py "$work/events" --rows "$rows" --windows "$windows"
python3 bench/gen/cases.py "$work/cases.csv" --rows "$rows"
# The baseline: a few events and cases that repeat none of the big files' rows.
python3 - "$work/events-000.csv" "$work/base-events.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    reader, writer = csv.reader(source), csv.writer(out, lineterminator="\n")
    writer.writerow(next(reader))
    for i, row in zip(range(200), reader):
        row[6] = f"baseline {i}"
        writer.writerow(row)
PY
{
    echo "service,window,student,submitted,completed,name,post,channel"
    for i in 1 2 3 4 5; do echo "dorm-repair,11,209900000$i,2026-01-0${i}T09:00,2026-01-0${i}T16:00,,B,on_site"; done
} >"$work/base-cases.csv"
"$binary" events import --db "$work/base.sqlite" --by director --at "$at" "$work/base-events.csv" >/dev/null \
    || fail "the baseline events import failed"
"$binary" cases import --db "$work/base.sqlite" --by director --at "$at" "$work/base-cases.csv" >/dev/null 2>&1 \
    || fail "the baseline cases import failed"
"$binary" audit verify --db "$work/base.sqlite" >/dev/null || fail "audit verify fails on the baseline"
base=$(counts "$work/base.sqlite")
read -r base_events base_cases base_batches base_audit <<<"$base"
echo "baseline: $base_events events, $base_cases cases, $base_batches import batches, $base_audit audit records"

# One complete import of each kind: its duration D and the counts of "everything".
declare -A duration full
for kind in events cases; do
    fresh "$work/scratch.sqlite"
    t0=$(now)
    (run_import "$kind" "$work/scratch.sqlite") >/dev/null 2>"$work/full-$kind.err" \
        || fail "a complete $kind import failed: $(tail -2 "$work/full-$kind.err")"
    duration[$kind]=$(elapsed "$t0" "$(now)")
    full[$kind]=$(counts "$work/scratch.sqlite")
    "$binary" audit verify --db "$work/scratch.sqlite" >/dev/null || fail "audit verify fails after a complete $kind import"
    echo "complete $kind import: ${duration[$kind]}s; counts (events cases batches audit) $base -> ${full[$kind]}"
done
[ "${full[events]}" = "$((base_events + rows)) $base_cases $((base_batches + 1)) $((base_audit + 1))" ] \
    || fail "a complete events import left counts ${full[events]}, expected $rows more events, one more batch and audit record"
[ "${full[cases]}" = "$base_events $((base_cases + rows)) $((base_batches + 1)) $((base_audit + 1))" ] \
    || fail "a complete cases import left counts ${full[cases]}, expected $rows more cases, one more batch and audit record"

failures=0
declare -A killed completed in_write
for kind in events cases; do
    killed[$kind]=0; completed[$kind]=0; in_write[$kind]=0
    column=0; [ "$kind" = cases ] && column=1
    for round in $(seq 1 "$kills"); do
        db="$work/round.sqlite"
        fresh "$db"
        # Every other round is killed in the last quarter of the import, where both imports
        # write (they check every row first): uniform moments alone rarely land mid-write.
        delay=$(python3 -c 'import random, sys
d, late = float(sys.argv[1]), int(sys.argv[2]) % 2 == 0
print(f"{random.uniform(0.75 * d if late else 0.05, d):.3f}")' "${duration[$kind]}" "$round")
        (run_import "$kind" "$db") >/dev/null 2>"$work/round.err" &
        importer=$!
        t0=$(now)
        sleep "$delay"
        kill -9 "$importer" 2>/dev/null || true
        status=0; { wait "$importer"; } 2>/dev/null || status=$?
        importer=
        after=$(elapsed "$t0" "$(now)")
        problems=()
        if [ "$status" -eq 137 ]; then
            outcome="killed after ${after}s"
            killed[$kind]=$((killed[$kind] + 1))
            # The import's progress on stderr is buffered until exit, so the write-ahead log shows
            # whether the write had begun: opening the database alone leaves about 12 KiB in it.
            wal=$(stat -c %s "$db-wal" 2>/dev/null || echo 0)
            if [ "$wal" -gt 65536 ]; then
                outcome+=" (WAL $((wal / 1024)) KiB)"; in_write[$kind]=$((in_write[$kind] + 1))
            fi
        elif [ "$status" -eq 0 ]; then
            outcome="completed before the kill at ${after}s"
            completed[$kind]=$((completed[$kind] + 1))
        else
            outcome="exited $status after ${after}s"
            problems+=("the import failed by itself: $(tail -1 "$work/round.err")")
        fi
        check=$(integrity "$db")
        [ "$check" = ok ] || problems+=("integrity_check: $check")
        now_counts=$(counts "$db")
        read -ra base_fields <<<"$base"; before=${base_fields[$column]}
        if [ "$now_counts" = unreadable ]; then
            problems+=("the database cannot be read"); rows_after=?
        else
            read -ra now_fields <<<"$now_counts"; rows_after=${now_fields[$column]}
            if [ "$now_counts" = "$base" ]; then
                [ "$status" -eq 0 ] && problems+=("the import completed but nothing of it is stored")
                verdict=nothing
            elif [ "$now_counts" = "${full[$kind]}" ]; then
                verdict=everything
            else
                problems+=("partial import: counts (events cases batches audit) $now_counts, expected $base or ${full[$kind]}")
                verdict=partial
            fi
        fi
        if ! "$binary" audit verify --db "$db" >"$work/verify.out" 2>&1; then
            problems+=("audit verify: $(head -3 "$work/verify.out" | tr '\n' ' ')")
        fi
        if [ ${#problems[@]} -eq 0 ]; then
            line="PASS ($verdict)"
        else
            failures=$((failures + 1))
            line="FAIL: $(IFS='|'; echo "${problems[*]}" | sed 's/|/; /g')"
            cp "$db" "$work/../onestop-crash-failed-$kind-$round.sqlite" 2>/dev/null \
                && [ -f "$db-wal" ] && cp "$db-wal" "$work/../onestop-crash-failed-$kind-$round.sqlite-wal" || true
        fi
        printf '%-6s round %2d/%d: %s, %s %s -> %s, integrity %s, %s\n' \
            "$kind" "$round" "$kills" "$outcome" "$([ "$kind" = events ] && echo events || echo cases)" \
            "$before" "$rows_after" "$check" "$line"
    done
done

total=$(elapsed "$started" "$(now)")
summary="crash-imports: $((2 * kills)) rounds, $failures failures"
summary+=" (events: ${killed[events]} killed, ${in_write[events]} of them mid-write, ${completed[events]} completed;"
summary+=" cases: ${killed[cases]} killed, ${in_write[cases]} of them mid-write, ${completed[cases]} completed) in ${total}s"
echo "$summary"
if [ "$failures" -gt 0 ]; then
    echo "crash-imports: FAIL (failed rounds' databases kept as ${TMPDIR:-/tmp}/onestop-crash-failed-*.sqlite)"
    exit 1
fi
echo "crash-imports: PASS"
