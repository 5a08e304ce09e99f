#!/usr/bin/env bash
# Installs what the benchmark needs: the npm packages when they are missing (a fresh clone:
# tsx, bun, deno and socket.io are root devDependencies), and Debian's nats-server (the NATS
# WebSocket peer). Idempotent: does nothing when both are there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/tsx ]; then
  echo "bench/setup.sh: installing npm packages (npm ci)..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

if command -v nats-server >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "bench/setup.sh: nats-server is missing; run as root or install it: apt-get install nats-server" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "bench/setup.sh: no apt-get; install nats-server by hand to benchmark NATS" >&2
  exit 0
fi
echo "bench/setup.sh: installing nats-server (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends nats-server >/dev/null
nats-server --version >&2
