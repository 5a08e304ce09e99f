#!/usr/bin/env bash
# `npm run start:deno` (server/src/main.deno.ts) and `npm run start:deno-native` (`--native`:
# server/src/main.deno-native.ts): runs one relay on Deno with the V8 flags it ships with
# (scripts/relay-v8-flags.sh, the same as on Node). Installs the npm packages first when they are
# missing (Deno itself is one of them). Other arguments go to the server.
# ZERORELAY_DENO_FLAGS adds `deno run` flags (e.g. "--v8-flags=--max-old-space-size=4096"; several
# --v8-flags add up); it is the launcher's, so it is taken out of the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRY=server/src/main.deno.ts
if [ "${1:-}" = "--native" ]; then
  ENTRY=server/src/main.deno-native.ts
  shift
fi
if [ ! -x node_modules/.bin/deno ]; then
  echo "[start] installing npm packages (npm ci)..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
# shellcheck source=relay-v8-flags.sh
source scripts/relay-v8-flags.sh
V8_FLAGS=$(
  IFS=,
  echo "${RELAY_V8_FLAGS[*]}"
)
read -r -a EXTRA_FLAGS <<<"${ZERORELAY_DENO_FLAGS:-}"
unset ZERORELAY_DENO_FLAGS
# --unstable-sloppy-imports: the sources import `./x.js` for `x.ts` (NodeNext style).
exec node_modules/.bin/deno run -A --unstable-sloppy-imports "--v8-flags=$V8_FLAGS" "${EXTRA_FLAGS[@]}" "$ENTRY" "$@"
