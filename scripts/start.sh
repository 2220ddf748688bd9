#!/usr/bin/env bash
# One command on a fresh machine: Node 24, dependencies, then the app (what `npm start` does).
#   bash scripts/start.sh            # desktop app (browser mode if Electron is unavailable)
#   bash scripts/start.sh --web      # browser mode at http://127.0.0.1:5180/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec node scripts/run.mjs node scripts/dev.mjs "$@"
