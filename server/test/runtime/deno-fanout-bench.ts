/**
 * Fanout measurement of the two Deno adapters (not a test: no speed assertions anywhere).
 *
 *   node --import tsx server/test/runtime/deno-fanout-bench.ts [subscribers] [messages] [payloadBytes]
 *
 * For each adapter (`deno`: Deno.serve + Deno.upgradeWebSocket; `deno-node-ws`: node:http +
 * `ws`), spawns the relay on Deno on 127.0.0.1 port 0 (`deno-serve.ts`), connects N
 * subscribers (protobuf codec) and one publisher, publishes M messages in acknowledged windows
 * paced so that no subscriber falls more than a window behind, and waits until every
 * subscriber has every message. Prints the wall time and the relay process's CPU time
 * (utime + stime from /proc/<pid>/stat, Linux only) for the publishing phase. Bounded in count
 * (defaults 200 × 20,000) and time (120 s per adapter).
 */
import { readFileSync } from 'node:fs'
import { codecFor, SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import WebSocket from 'ws'
import { mintToken, SECRET } from '../helpers.js'
import { type DenoAdapterName, spawnDenoRelay } from './deno-spawn.js'

const ADAPTERS: readonly DenoAdapterName[] = ['deno', 'deno-node-ws']
const WINDOW = 200
const TIME_LIMIT_MS = 120_000
const TOPIC = 'bench.fanout'
const codec = codecFor(SUBPROTOCOL_PROTO)

/** CPU seconds (user + system) of a process so far. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

interface Peer {
  readonly ws: WebSocket
  received: number
  /** Resolves the reply to a request id. */
  readonly replies: Map<number, () => void>
}

async function openPeer(url: string, token: string, countDeliveries: boolean): Promise<Peer> {
  const ws = new WebSocket(url, [SUBPROTOCOL_PROTO], { perMessageDeflate: false })
  const peer: Peer = { ws, received: 0, replies: new Map() }
  ws.on('message', (data: Buffer) => {
    const frame = codec.decodeServer(new Uint8Array(data))
    if (frame.kind === 'delivery') {
      if (countDeliveries) peer.received++
      return
    }
    const id = Number(frame.id)
    peer.replies.get(id)?.()
    peer.replies.delete(id)
  })
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  await call(peer, 1, { connect: { token } })
  return peer
}

function call(peer: Peer, id: number, frame: Parameters<typeof codec.encodeClient>[0]): Promise<void> {
  return new Promise((resolve) => {
    peer.replies.set(id, resolve)
    peer.ws.send(codec.encodeClient({ ...frame, id }))
  })
}

async function until(predicate: () => boolean, deadline: number, what: string): Promise<void> {
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setImmediate(resolve))
  }
}

async function measure(adapter: DenoAdapterName, subscribers: number, messages: number, payloadBytes: number) {
  const relay = await spawnDenoRelay(adapter, {
    limits: { maxQueuedBytes: 16 * 1024 * 1024, maxQueuedMessages: 100_000 },
    auth: { leewayMs: 0, tenants: { default: { keys: [{ alg: 'HS256', secret: SECRET }] } } },
  })
  try {
    const url = relay.url
    const deadline = Date.now() + TIME_LIMIT_MS
    const token = await mintToken()
    const subs: Peer[] = []
    for (let i = 0; i < subscribers; i++) {
      const sub = await openPeer(url, token, true)
      await call(sub, 2, { subscribe: { topic: TOPIC } })
      subs.push(sub)
    }
    const pub = await openPeer(url, token, false)
    const payload = new Uint8Array(payloadBytes).fill(42)
    const slowest = () => subs.reduce((min, s) => Math.min(min, s.received), Number.POSITIVE_INFINITY)
    const cpuBefore = cpuSeconds(relay.pid)
    const started = performance.now()
    let id = 10
    for (let sent = 0; sent < messages; ) {
      const n = Math.min(WINDOW, messages - sent)
      for (let i = 0; i < n - 1; i++) pub.ws.send(codec.encodeClient({ publish: { topic: TOPIC, payload } }))
      await call(pub, id++, { publish: { topic: TOPIC, payload, ack: true } })
      sent += n
      // Pace: no subscriber more than one window behind (keeps every queue far below its cap).
      await until(() => slowest() >= sent - WINDOW, deadline, 'subscribers to catch up')
    }
    await until(() => slowest() >= messages, deadline, 'every delivery')
    const wallMs = performance.now() - started
    const cpuS = cpuSeconds(relay.pid) - cpuBefore
    for (const p of [...subs, pub]) p.ws.terminate()
    return { adapter, subscribers, messages, deliveries: subscribers * messages, wallMs, cpuS }
  } finally {
    await relay.stop()
  }
}

async function main(): Promise<void> {
  const [subscribers = 200, messages = 20_000, payloadBytes = 64] = process.argv.slice(2).map(Number)
  for (const adapter of ADAPTERS) {
    const r = await measure(adapter, subscribers, messages, payloadBytes)
    const perSecond = Math.round(r.deliveries / (r.wallMs / 1000))
    const cpuUsPerDelivery = ((r.cpuS * 1e6) / r.deliveries).toFixed(2)
    process.stdout.write(
      `${r.adapter.padEnd(13)} ${r.subscribers} subs × ${r.messages} msgs (${payloadBytes} B): ` +
        `wall ${(r.wallMs / 1000).toFixed(2)} s, ${perSecond} deliveries/s, relay CPU ${r.cpuS.toFixed(2)} s ` +
        `(${cpuUsPerDelivery} µs/delivery)\n`,
    )
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error)?.stack ?? err}\n`)
    process.exit(1)
  },
)
