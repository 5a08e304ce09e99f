/**
 * Helpers of the flow-control integration tests: metric lookups by label, bounded waits,
 * sequence-numbered payloads, the raw TCP socket under a `ws` client (to stall or pace a
 * reader), a pipelined publisher, and a relay in a child process (`--expose-gc`) that reports
 * its memory and its limiter and broker state.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import type { Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { ServerFrame } from '@zerorelay/protocol'
import {
  type Broker,
  createLocalTenantLimiter,
  createMemoryBroker,
  type RelayConfigInput,
  resolveConfig,
  type TenantLimiter,
} from '../../src/index.js'
import { tenantLimitsOf } from '../../src/limits/policy.js'
import { childAddress, type TestClient, testConfig } from '../helpers.js'
import { parseMetrics } from '../hostile-harness.js'

/** Parsed `/metrics` samples ("name{labels}" → value). */
export type Samples = Map<string, number>

/** The value of `name` whose labels include every pair of `labels` (0 when absent); sums when several match. */
export function metric(samples: Samples, name: string, labels: Record<string, string> = {}): number {
  let total = 0
  for (const [key, value] of samples) {
    const brace = key.indexOf('{')
    const base = brace < 0 ? key : key.slice(0, brace)
    if (base !== name) continue
    const text = brace < 0 ? '' : key.slice(brace)
    if (Object.entries(labels).every(([k, v]) => text.includes(`${k}="${v}"`))) total += value
  }
  return total
}

/** Samples of a relay's registry (in-process relays). */
export async function samplesOf(relay: { metrics: { registry: { metrics(): Promise<string> } } }): Promise<Samples> {
  return parseMetrics(await relay.metrics.registry.metrics())
}

/** Samples of an admin listener (child relays). */
export async function scrapeSamples(adminUrl: string): Promise<Samples> {
  const res = await fetch(`${adminUrl}/metrics`)
  return parseMetrics(await res.text())
}

/** Polls `condition` every `stepMs` until it is true; throws after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
  stepMs = 20,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await condition()) return
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(stepMs)
  }
}

/** `promise`, or a rejection naming `what` after `timeoutMs`. */
export async function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The TCP socket under a `ws` client. */
export function rawSocket(client: TestClient): Socket {
  return (client.ws as unknown as { _socket: Socket })._socket
}

/** A payload of `bytes` (at least 12) carrying a sequence number and a send time. */
export function seqPayload(seq: number, bytes = 12, sentAtMs = Date.now()): Uint8Array {
  const payload = new Uint8Array(Math.max(12, bytes))
  const view = new DataView(payload.buffer)
  view.setUint32(0, seq)
  view.setFloat64(4, sentAtMs)
  return payload
}

/** The sequence number of a payload made by `seqPayload`. */
export function seqOf(payload: Uint8Array | null | undefined): number {
  if (payload === null || payload === undefined || payload.byteLength < 12) return -1
  return new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(0)
}

/** The send time of a payload made by `seqPayload`. */
export function sentAtOf(payload: Uint8Array): number {
  return new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getFloat64(4)
}

/** Nearest-rank percentile (0 when empty). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] as number
}

/**
 * Publishes `count` acked publishes with at most `window` unanswered; `payloadOf(i)` builds
 * each payload; `onReply(i, frame)` sees every reply. Resolves the replies in publish order.
 * Bounded: throws if a reply takes longer than `replyTimeoutMs`.
 */
export async function publishPipelined(
  client: TestClient,
  topic: string,
  count: number,
  options: {
    window?: number
    payloadOf?: (i: number) => Uint8Array
    onReply?: (i: number, frame: ServerFrame) => void
    replyTimeoutMs?: number
  } = {},
): Promise<ServerFrame[]> {
  const window = options.window ?? 32
  const payloadOf = options.payloadOf ?? ((i: number) => seqPayload(i))
  const ids: number[] = []
  const replies: ServerFrame[] = []
  let next = 0
  for (let done = 0; done < count; done++) {
    while (next < count && next - done < window) {
      const id = client.id()
      ids.push(id)
      client.send({ id, publish: { topic, payload: payloadOf(next), ack: true } })
      next++
    }
    const reply = await client.reply(ids[done] as number, options.replyTimeoutMs ?? 10_000)
    options.onReply?.(done, reply)
    replies.push(reply)
  }
  return replies
}

/** Counts deliveries of a subscriber as they arrive (no frame kept): per topic, the sequence numbers in order. */
export class DeliveryLog {
  readonly seqs = new Map<string, number[]>()
  count = 0
  constructor(client: TestClient) {
    client.ws.on('message', (data: Buffer) => {
      const frame = client.codec.decodeServer(new Uint8Array(data))
      if (frame.kind !== 'delivery') return
      const topic = frame.delivery?.topic ?? ''
      let list = this.seqs.get(topic)
      if (list === undefined) {
        list = []
        this.seqs.set(topic, list)
      }
      list.push(seqOf(frame.delivery?.payload))
      this.count++
    })
    // The TestClient keeps every frame too; drop deliveries there so long floods do not pile up.
    client.ws.on('message', () => {
      if (client.frames.length > 1_000) {
        const kept = client.frames.filter((f) => f.kind !== 'delivery')
        client.frames.length = 0
        client.frames.push(...kept)
      }
    })
  }
}

/** The process memory of a child relay. */
export interface ChildMemory {
  readonly rss: number
  readonly heapUsed: number
  readonly external: number
  readonly arrayBuffers: number
}

/** Limiter and broker state of a child relay. */
export interface ChildState {
  readonly usage: { readonly connections: number; readonly subscriptions: number; readonly topics: number }
  /** Broker interests the router holds (one per distinct tenant pattern with local subscribers). */
  readonly interests: number
  /** Distinct tenant keys the limiter was asked about. */
  readonly limiterKeys: number
}

/** A relay in a child process. */
export interface ChildRelay {
  readonly url: string
  readonly adminUrl: string
  /** Memory after three gc passes (`collect` false: without gc). */
  memory(collect?: boolean): Promise<ChildMemory>
  state(tenant?: string): Promise<ChildState>
  stop(): Promise<void>
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** Starts `relay-child.ts` with `config` (merged over the test config) under `--expose-gc`. */
export async function spawnRelayChild(config: RelayConfigInput): Promise<ChildRelay> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'server/test/flow-control/relay-child.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, RELAY_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const address = await childAddress<{ url: string; adminUrl: string; hookUrl: string }>(child)
  return {
    url: address.url,
    adminUrl: address.adminUrl,
    async memory(collect = true) {
      const res = await fetch(`${address.hookUrl}/mem${collect ? '' : '?gc=0'}`)
      return (await res.json()) as ChildMemory
    },
    async state(tenant = 'default') {
      const res = await fetch(`${address.hookUrl}/state?tenant=${encodeURIComponent(tenant)}`)
      return (await res.json()) as ChildState
    },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    },
  }
}

export const MiB = 1024 * 1024
export const KiB = 1024
/** Bytes as MiB with one decimal, for logs. */
export const mib = (bytes: number) => (bytes / MiB).toFixed(1)

/** A memory broker and a local tenant limiter that expose what the relay holds in them. */
export interface Instruments {
  readonly broker: Broker
  readonly limiter: TenantLimiter
  /** Broker interests held (one per distinct tenant pattern with local subscribers). */
  interests(): number
  /** Distinct tenant keys the limiter was asked about. */
  readonly keys: ReadonlySet<string>
}

/** Instruments for a relay started with `overrides` (the limiter enforces the same tenant limits). */
export function instruments(overrides: RelayConfigInput): Instruments {
  const config = resolveConfig(testConfig(overrides))
  const inner = createMemoryBroker()
  let interests = 0
  const broker: Broker = {
    attach(handler) {
      const node = inner.attach(handler)
      return {
        addInterest(tenant, pattern) {
          interests++
          node.addInterest(tenant, pattern)
        },
        removeInterest(tenant, pattern) {
          interests--
          node.removeInterest(tenant, pattern)
        },
        detach: () => node.detach(),
      }
    },
    publish: (message) => inner.publish(message),
    isReady: () => inner.isReady(),
    close: () => inner.close(),
  }
  const local = createLocalTenantLimiter({ limitsFor: tenantLimitsOf(config), now: Date.now })
  const keys = new Set<string>()
  const limiter: TenantLimiter = {
    limitsFor: (tenant) => (keys.add(tenant), local.limitsFor(tenant)),
    takePublish: (tenant, nowMs) => (keys.add(tenant), local.takePublish(tenant, nowMs)),
    acquire: (tenant, kind, key) => (keys.add(tenant), local.acquire(tenant, kind, key)),
    release: (tenant, kind, key) => local.release(tenant, kind, key),
    usage: (tenant) => local.usage(tenant),
  }
  return { broker, limiter, interests: () => interests, keys }
}
