#!/usr/bin/env bash
# Installs what the benchmark needs beyond npm packages: Debian's nats-server (the NATS
# WebSocket peer). Idempotent: does nothing when nats-server is already on PATH.
# bun, deno and socket.io come from the root package.json devDependencies (npm install).
set -euo pipefail

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
