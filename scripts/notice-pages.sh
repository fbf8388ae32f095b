#!/usr/bin/env bash
# Prints every shipped service's student copy (HTML) with headless Chromium, as a clerk's browser
# would (default header and footer), and lists those that do not fit one A4 page.
# Needs: chromium, fonts-noto-cjk, poppler-utils (pdfinfo). Usage: scripts/notice-pages.sh [ACCEPTED]
set -euo pipefail
cd "$(dirname "$0")/.."
onestop=.build/debug/onestop
accepted=${1:-2026-09-30T10:00}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ids=$("$onestop" services --format json | python3 -c \
  'import json, sys; print(" ".join(s["id"] for w in json.load(sys.stdin)["windows"] for s in w["services"]))')
count=0
over=()
for id in $ids; do
  "$onestop" notice "$id" --accepted "$accepted" --format html > "$work/notice.html"
  chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$work/notice.pdf" "$work/notice.html" 2>/dev/null
  pages=$(pdfinfo "$work/notice.pdf" | awk '/^Pages:/ {print $2}')
  count=$((count + 1))
  if [ "$pages" != 1 ]; then over+=("$id: $pages pages"); fi
done
echo "$count notices printed, ${#over[@]} over one page"
printf '%s\n' "${over[@]}"
