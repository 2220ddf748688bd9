#!/usr/bin/env bash
# One command on a fresh machine: Node 24, dependencies, then the app.
#   bash scripts/start.sh            # desktop app (browser mode if Electron is unavailable)
#   bash scripts/start.sh --web      # browser mode at http://127.0.0.1:5180/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$(bash scripts/ensure-node.sh):$PATH"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci; fi
exec npm run dev -- "$@"
