#!/usr/bin/env bash
# `npm start`: runs one relay on the embedded in-memory default (dev mode when no
# config is given). Installs the npm packages first when they are missing, so a
# fresh clone needs this one command. Arguments go to the server (`npm start -- --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/tsx ]; then
  echo "[start] installing npm packages (npm ci)..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
exec node --import tsx server/src/main.ts "$@"
