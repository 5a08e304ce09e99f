/**
 * The default Deno runtime adapter (`main.deno.ts`): the Node adapter (`node.ts`: `node:http` listeners, the
 * `upgrade` event's raw socket handed to `ws`'s `handleUpgrade`, frames written straight to
 * that socket) run unchanged on Deno's Node compatibility layer, instead of `Deno.serve` +
 * `Deno.upgradeWebSocket` (`deno.ts`, the native adapter, `main.deno-native.ts`).
 *
 * Why it is the default: with `Deno.upgradeWebSocket` the WebSocket protocol is Deno's (fastwebsockets),
 * which the adapter cannot correct: an unmasked client frame is accepted, a protocol error
 * (invalid UTF-8, reserved bits or opcode, bad control frame) drops the TCP connection without
 * a close frame, and data arriving after the relay's close frame tears the connection down
 * before the closing handshake completes (docs/runtimes.md). Here `ws` parses the frames, so
 * Deno behaves exactly like Node: 1002/1007 closes, `maxPayload`, `ws.ping()`, pause/resume
 * reading, a real terminate, and the closing handshake completed while the peer keeps sending.
 *
 * Throughput is not the cost: the Node adapter's per-turn framing and one-write batches make
 * fanout several times cheaper in CPU than `Deno.upgradeWebSocket` (one write task per
 * message; numbers in docs/runtimes.md). The cost is the dependency on Deno's Node
 * compatibility layer (`node:http` upgrade, `node:net`) instead of `Deno.serve`.
 *
 * Embedding: `createRelay(config, { runtime: denoNodeWsRuntime })`. Needs Deno
 * (`--unstable-sloppy-imports`, like `main.deno.ts`).
 */
import { scheduleNode, serveNode } from './node.js'
import type { RelayRuntime, RuntimeServeOptions, RuntimeServers } from './socket.js'

/** Starts the public and admin listeners on Deno through `node:http` + `ws`. */
export async function serveDenoNodeWs(options: RuntimeServeOptions): Promise<RuntimeServers> {
  if ((globalThis as { Deno?: unknown }).Deno === undefined) {
    throw new Error('the deno-node-ws runtime adapter needs Deno (on Node, use the default node adapter)')
  }
  return serveNode(options)
}

/** The Deno runtime adapter over `node:http` + `ws` (strict RFC 6455 handling, batched writes). */
export const denoNodeWsRuntime: RelayRuntime = { name: 'deno-node-ws', serve: serveDenoNodeWs, schedule: scheduleNode }
