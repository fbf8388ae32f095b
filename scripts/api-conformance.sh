#!/usr/bin/env bash
# Holds the JSON API to its OpenAPI document: starts `onestop serve` on a fresh database and a
# free port, creates a director, accepts one case (so case paths have something to find), and
# runs schemathesis (pinned; installed into a cache venv on first use) with every check:
# no 5xx, every status, content type, header and body as /api/openapi.yaml says, invalid input
# refused, methods not listed answered 405, authentication enforced.
#
# Usage: scripts/api-conformance.sh   (after `swift build`; ONESTOP_BIN=path to use another build)
# Prints one summary line; exits non-zero on any failure. The full log stays in
# .build/api-conformance.log.
set -euo pipefail

cd "$(dirname "$0")/.."
readonly version=4.32.5
readonly binary=${ONESTOP_BIN:-.build/debug/onestop}
readonly venv=${ONESTOP_SCHEMATHESIS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/onestop/schemathesis-$version}
readonly log=.build/api-conformance.log
started=$SECONDS

fail() {
    echo "api-conformance: FAILED — $1"
    exit 1
}

[ -x "$binary" ] || fail "$binary is missing; run swift build first"
if ! "$venv/bin/st" --version 2>/dev/null | grep -q "$version"; then
    mkdir -p "$(dirname "$venv")"
    python3 -m venv "$venv" >/dev/null || fail "python3 -m venv $venv did not work"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version" \
        || fail "pip install schemathesis==$version did not work"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/onestop-api-XXXXXX")
server=""
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

database="$work/onestop.sqlite"
password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
printf '%s\n' "$password" | "$binary" users add director --role director --db "$database" >"$work/setup.log" 2>&1 \
    || fail "users add: $(tail -1 "$work/setup.log")"
"$binary" cases accept student-id-replacement --window 1 --student 2023010101 --by director --db "$database" \
    >>"$work/setup.log" 2>&1 || fail "cases accept: $(tail -1 "$work/setup.log")"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$binary" serve --host 127.0.0.1 --port "$port" --db "$database" >"$work/server.log" 2>&1 &
server=$!
answers() {
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$base/api/openapi.yaml" \
        2>/dev/null
}
for _ in $(seq 1 100); do
    if answers; then break; fi
    kill -0 "$server" 2>/dev/null || fail "the server stopped: $(tail -1 "$work/server.log")"
    sleep 0.1
done
answers || fail "the server did not answer on $base"

# A request the document calls valid may still be refused with 400 for what JSON Schema cannot
# say (a period together with from/to, 2026-02-30, an empty CSV): positive_data_acceptance
# takes 400 as an answer; every other check is as schemathesis ships it.
cat >"$work/schemathesis.toml" <<'TOML'
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]
TOML

mkdir -p .build
log_path="$PWD/$log"
set +e
# From the temporary folder, so schemathesis' own cache (.schemathesis/) goes with it.
(cd "$work" && "$venv/bin/st" --config-file "$work/schemathesis.toml" run "$base/api/openapi.yaml" \
    --checks all \
    --auth "director:$password" \
    --generation-with-security-parameters false \
    --max-examples 40 \
    --seed 12 \
    --workers 2 \
    --max-time 150 \
    --request-timeout 10 \
    --generation-database none \
    --report-dir "$work/report" \
    --no-color >"$log_path" 2>&1)
status=$?
set -e
if grep -q " 500 " "$work/server.log"; then
    cp "$work/server.log" .build/api-conformance-server.log
    fail "the server answered 500 (see .build/api-conformance-server.log)"
fi
summary=$(grep -E '^(=+ )?[0-9]+ (passed|failed)|passed|failed' "$log" | tail -1 | sed 's/=//g; s/^ *//; s/ *$//')
elapsed=$((SECONDS - started))
if [ "$status" -ne 0 ]; then
    fail "schemathesis $version: ${summary:-exit $status} in ${elapsed}s (see $log)"
fi
echo "api-conformance: OK — schemathesis $version, --checks all: ${summary:-passed} in ${elapsed}s"
