/**
 * I3 of `hostile-cases.md`: after a slow-consumer flood and a storm of connections that never
 * authenticate, and `gc()`, the relay's `heapUsed + external` is within 1.2 × the pre-attack
 * baseline + MEMORY_SLACK_BYTES. The relay runs in a child process (`--expose-gc`) so the test
 * clients' own allocations are not measured. Ratios only; no timing assertions.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import type { Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { childAddress, connectClient, mintToken, openClient } from './helpers.js'
import { scrape } from './hostile-harness.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const QUEUE_BYTES = 1024 * 1024
const AUTH_TIMEOUT_MS = 1_000
/** Allowed absolute growth on top of the 1.2 × ratio (JIT code, lazily built caches, allocator slack). */
const MEMORY_SLACK_BYTES = 16 * 1024 * 1024
/** RSS rarely shrinks back (allocator keeps pages), so its slack is larger. */
const RSS_SLACK_BYTES = 64 * 1024 * 1024
const SLOW_SUBSCRIBERS = 5

let child: ChildProcess
let relay: { url: string; adminUrl: string; memUrl: string }

beforeAll(async () => {
  child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/test/hostile-memory-child.ts'], {
    cwd: ROOT,
    env: { ...process.env, QUEUE_BYTES: String(QUEUE_BYTES), AUTH_TIMEOUT_MS: String(AUTH_TIMEOUT_MS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  relay = await childAddress(child)
})

afterAll(async () => {
  if (child === undefined || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
})

interface Memory {
  readonly heapUsed: number
  readonly external: number
  readonly rss: number
}

async function memory(collect = true): Promise<Memory> {
  const res = await fetch(`${relay.memUrl}${collect ? '' : '?gc=0'}`)
  return (await res.json()) as Memory
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/** Waits (bounded) until the relay reports no open connection. */
async function settled(): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const open = (await scrape(relay.adminUrl)).samples.get('zerorelay_connections')
    if (open === 0) return
    if (Date.now() > deadline) throw new Error(`relay still reports ${open} connections`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * SLOW_SUBSCRIBERS subscribers stop reading while their topic gets `factor` × the queue cap;
 * returns their close codes. A leaked slow consumer would keep at least its 1 MiB queue.
 */
async function slowConsumerFlood(factor: number, onStalled?: () => Promise<void>): Promise<number[]> {
  const token = await mintToken({ sub: 'mem' })
  const opts = { protocols: [SUBPROTOCOL_PROTO] }
  const slows = await Promise.all(Array.from({ length: SLOW_SUBSCRIBERS }, () => connectClient(relay.url, token, opts)))
  const pub = await connectClient(relay.url, token, opts)
  const raws = []
  for (const slow of slows) {
    await slow.call({ subscribe: { topic: 'mem.flood' } })
    const raw = (slow.ws as unknown as { _socket: Socket })._socket
    raw.pause()
    raws.push(raw)
  }
  const payloadBytes = 32 * 1024
  const payload = new Uint8Array(payloadBytes).fill(3)
  const total = Math.ceil((factor * QUEUE_BYTES) / payloadBytes)
  for (let i = 0; i < total; i++) {
    const r = await pub.call({ publish: { topic: 'mem.flood', payload, ack: true } })
    if (r.kind !== 'publishAck') throw new Error(`publish ${i} failed: ${JSON.stringify(r.toJSON())}`)
  }
  await onStalled?.()
  for (const raw of raws) raw.resume()
  const codes = (await Promise.all(slows.map((s) => s.closed))).map((c) => c.code)
  pub.close()
  await pub.closed
  return codes
}

/** `count` upgrades that never send Connect; resolves their close codes. */
async function authTimeoutStorm(count: number, onPending?: () => Promise<void>): Promise<number[]> {
  const clients = []
  for (let i = 0; i < count; i++) clients.push(await openClient(relay.url, { protocols: [SUBPROTOCOL_PROTO] }))
  await onPending?.()
  return (await Promise.all(clients.map((c) => c.closed))).map((c) => c.code)
}

describe('memory after hostile load (I3)', () => {
  it('returns to within 1.2 × baseline + 16 MiB after 15 slow consumers under floods and an auth-timeout storm of 100', async () => {
    // Warm-up at full size: code paths, JIT and lazily created pools exist before the baseline.
    expect(new Set(await slowConsumerFlood(10))).toEqual(new Set([4008]))
    expect(new Set(await authTimeoutStorm(20))).toEqual(new Set([4300]))
    await settled()
    const baseline = await memory()

    let peak = 0
    const sample = async () => {
      const m = await memory(false)
      peak = Math.max(peak, m.heapUsed + m.external)
    }
    for (let round = 0; round < 3; round++) {
      expect(new Set(await slowConsumerFlood(20, sample))).toEqual(new Set([4008]))
    }
    const codes = await authTimeoutStorm(100, sample)
    expect(codes.filter((c) => c !== 4300)).toEqual([])
    await settled()
    const after = await memory()

    const base = baseline.heapUsed + baseline.external
    const now = after.heapUsed + after.external
    console.log(
      `I3: heapUsed+external baseline ${mib(base)} MiB, sampled peak ${mib(peak)} MiB, after gc ${mib(now)} MiB ` +
        `(ratio ${(now / base).toFixed(2)}); rss baseline ${mib(baseline.rss)} MiB, after ${mib(after.rss)} MiB ` +
        `(ratio ${(after.rss / baseline.rss).toFixed(2)})`,
    )
    expect(now).toBeLessThanOrEqual(1.2 * base + MEMORY_SLACK_BYTES)
    expect(after.rss).toBeLessThanOrEqual(1.2 * baseline.rss + RSS_SLACK_BYTES)
  })
})
