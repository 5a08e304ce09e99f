#!/usr/bin/env bash
# `npm start`: runs one relay on the embedded in-memory default (dev mode when no
# config is given). Installs the npm packages first when they are missing, so a
# fresh clone needs this one command. Arguments go to the server (`npm start -- --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/esbuild ]; then
  echo "[start] installing npm packages (npm ci)..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
# The V8 flags the relay ships with (scripts/relay-v8-flags.sh: a capped young generation, and GC on
# the main thread when the relay may use one CPU only).
# ZERORELAY_NODE_FLAGS adds Node flags (e.g. --max-old-space-size=4096, --cpu-prof); it is the
# launcher's, so it is taken out of the environment (the relay would warn that it names no config key).
# shellcheck source=relay-v8-flags.sh
source scripts/relay-v8-flags.sh
read -r -a EXTRA_FLAGS <<<"${ZERORELAY_NODE_FLAGS:-}"
unset ZERORELAY_NODE_FLAGS
# The relay runs as compiled JavaScript (server/dist/main.mjs, rebuilt from the sources at every
# start, about 0.2 s): no tsx loader, whose hook thread would otherwise live as long as the relay and
# collect its own heap on the relay's CPU (scripts/build-node-entry.mjs, docs/runtimes.md).
node scripts/build-node-entry.mjs server/src/main.ts server/dist/main.mjs
exec node "${RELAY_V8_FLAGS[@]}" "${EXTRA_FLAGS[@]}" server/dist/main.mjs "$@"
