#!/usr/bin/env bash
# Prints the router's figures on the query set: top-1, top-3, out-of-scope precision and recall,
# by style and by confidence. `--misses` lists every wrong answer of the tuned parts only
# (tune.yaml and fresh3.yaml): fresh.yaml, fresh2.yaml, fresh4.yaml and fresh5.yaml are held out (look at
# their figures, never their questions, while tuning).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product onestop >/dev/null
.build/debug/onestop route eval eval/routing/tune.yaml "$@"
.build/debug/onestop route eval eval/routing/fresh3.yaml "$@"
.build/debug/onestop route eval eval/routing/fresh.yaml
.build/debug/onestop route eval eval/routing/fresh2.yaml
.build/debug/onestop route eval eval/routing/fresh4.yaml
.build/debug/onestop route eval eval/routing/fresh5.yaml
