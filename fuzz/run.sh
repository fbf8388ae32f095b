#!/usr/bin/env bash
# Builds the libFuzzer harness (address sanitizer) and runs each target for MINUTES (default 10)
# on the seeds in fuzz/corpus/<target> with its dictionary. New inputs the fuzzer finds
# interesting go to fuzz/.work/<target> (not committed; `-merge=1` them into the corpus to keep
# some); a crash, leak or hang is written as fuzz/crashes/<target>/crash-* (commit it with its
# fix: the replay test then runs it) and stops the run.
# Usage: fuzz/run.sh [MINUTES] [TARGET...]   (targets: catalog condition thesaurus events-csv cases-csv)
set -euo pipefail
cd "$(dirname "$0")"
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
minutes=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(catalog condition thesaurus events-csv cases-csv)

# lld: the default gold linker fails to link the sanitizer runtimes here.
swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
harness=$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/onestop-fuzz

declare -A dictionary=([catalog]=yaml [thesaurus]=yaml [condition]=condition [events-csv]=csv [cases-csv]=csv)
for target in "${targets[@]}"; do
  mkdir -p ".work/$target" "crashes/$target"
  echo "== $target: $minutes min"
  # 30 s: an address-sanitized load of the whole hall with a router over it takes seconds.
  LSAN_OPTIONS="suppressions=$PWD/lsan.supp:malloc_context_size=100" ONESTOP_ROOT="$(cd .. && pwd)" \
    "$harness" "$target" -max_total_time=$((minutes * 60)) -timeout=30 \
    -rss_limit_mb=2048 -max_len=65536 -dict="dict/${dictionary[$target]}.dict" \
    -artifact_prefix="crashes/$target/" -print_final_stats=1 ".work/$target" "corpus/$target" 2>&1 | tee "crashes/$target/last-run.log" \
    | grep -E "^#[0-9]+ *(DONE|INITED)|ERROR|SUMMARY|stat::number_of_executed_units|Done [0-9]+ runs" || true
  if ls "crashes/$target"/crash-* "crashes/$target"/leak-* "crashes/$target"/timeout-* >/dev/null 2>&1; then
    echo "$target: found a failing input in fuzz/crashes/$target" >&2
    exit 1
  fi
done
