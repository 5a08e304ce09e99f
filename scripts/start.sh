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
# V8 flags the relay is run (and benchmarked) with. --max-semi-space-size=8: V8 otherwise grows
# the young generation to 2 x 16 MiB during a burst of handshakes and keeps it; capped at 8 MiB per
# semi-space, a relay with 10 000 idle connections is 16-20 MB smaller, at no measured cost in
# throughput or latency (docs/runtimes.md, "Node's young generation").
# ZERORELAY_NODE_FLAGS adds Node flags (e.g. --max-old-space-size=4096, --cpu-prof); it is the
# launcher's, so it is taken out of the environment (the relay would warn that it names no config key).
NODE_FLAGS=(--max-semi-space-size=8)
# --single-threaded-gc when this process may run on one CPU only (taskset, a cpuset): V8's
# concurrent-marking threads could then only run by preempting the event loop, for 60-90 ms at an
# old-generation collection; on the main thread the same marking runs in small incremental steps
# (docs/runtimes.md, "Node on one CPU"). nproc counts the CPUs this process may use (its
# affinity); the OMP_* variables, which nproc would also obey, are ignored.
if [ "$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc 2>/dev/null || echo 0)" = 1 ]; then
  NODE_FLAGS+=(--single-threaded-gc)
fi
read -r -a EXTRA_FLAGS <<<"${ZERORELAY_NODE_FLAGS:-}"
unset ZERORELAY_NODE_FLAGS
exec node "${NODE_FLAGS[@]}" "${EXTRA_FLAGS[@]}" --import tsx server/src/main.ts "$@"
