# Sourced by the launchers (start.sh for Node, start-deno.sh for Deno): sets RELAY_V8_FLAGS, the
# V8 flags the relay is run (and benchmarked) with on both V8 runtimes.
# - --max-semi-space-size=8: V8 otherwise grows the young generation during a burst of handshakes
#   (to 2 x 16 MiB on Node, further on Deno) and keeps it. Capped at 8 MiB per semi-space, a relay
#   with 10 000 idle connections is 16-20 MB smaller on Node, and Deno's scavenges pause the event
#   loop for about 2 ms instead of 8-9 ms (docs/runtimes.md, "Node's young generation" and "Deno: the
#   same V8 flags").
# - --single-threaded-gc when this process may run on one CPU only (taskset, a cpuset): V8's
#   concurrent-marking threads could then only run by preempting the event loop, for 70-90 ms at an
#   old-generation collection; on the main thread the same marking runs in small incremental steps
#   (docs/runtimes.md, "Node on one CPU"). nproc counts the CPUs this process may use (its affinity);
#   the OMP_* variables, which nproc would also obey, are ignored.
RELAY_V8_FLAGS=(--max-semi-space-size=8)
if [ "$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc 2>/dev/null || echo 0)" = 1 ]; then
  RELAY_V8_FLAGS+=(--single-threaded-gc)
fi
