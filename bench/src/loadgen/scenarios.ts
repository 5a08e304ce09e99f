/**
 * The load generator's scenarios. Each opens its connections, drives the server, measures
 * one window (CPU from /proc, latency from the timestamp in every payload) and checks that
 * every expected delivery arrived. Everything is bounded: connection setup, the window and
 * the drain all have time limits.
 */
import { setTimeout as delay } from 'node:timers/promises'
import { ackBatchFor } from '../../../sdks/ts/src/subscription.js'
import { processCpuMs, processRssBytes, systemCpuMs } from '../proc.js'
import { Histogram, LATENCY_QUANTILES } from '../stats.js'
import type { GenConfig, GenResult, ScenarioParams, WindowStats } from '../types.js'
import {
  type Client,
  type Dialect,
  fillPayload,
  openClient,
  PAYLOAD_BYTES,
  payloadSeq,
  payloadTimeMs,
} from './client.js'
import { createDialect } from './dialects.js'
import { readClock } from './ws-client.js'

/** Runs the scenario named in `cfg`. */
export async function runScenario(cfg: GenConfig): Promise<GenResult> {
  const dialect = await createDialect(cfg.dialect, cfg.dialectOptions)
  const ctx: Ctx = { cfg, dialect, p: cfg.params, clients: [] }
  try {
    switch (cfg.scenario) {
      case 'A':
        return await fanout(ctx, 'A')
      case 'D':
        return await fanout(ctx, 'D')
      case 'E':
        return await fanout(ctx, 'E')
      case 'B':
        return await latency(ctx)
      case 'C':
        return await memory(ctx)
      case 'F':
        return await ramp(ctx)
      default:
        throw new Error(`unknown scenario ${String(cfg.scenario)}`)
    }
  } finally {
    for (const c of ctx.clients) c.conn.destroy()
  }
}

interface Ctx {
  cfg: GenConfig
  dialect: Dialect
  p: ScenarioParams
  /** Every connection opened, closed at the end. */
  clients: Client[]
}

/** Starts a measurement window; the returned function ends it. */
function startWindow(serverPid: number): () => WindowStats {
  const t0 = performance.now()
  const s0 = processCpuMs(serverPid)
  const g0 = processCpuMs('self')
  const sys0 = systemCpuMs()
  return () => {
    const wallMs = performance.now() - t0
    const serverCpuMs = processCpuMs(serverPid) - s0
    const genCpuMs = processCpuMs('self') - g0
    const sys1 = systemCpuMs()
    const foreignMs = sys1.busyMs - sys0.busyMs - serverCpuMs - genCpuMs
    return { wallMs, serverCpuMs, genCpuMs, foreignCpuPct: Math.max(0, (foreignMs / wallMs) * 100) }
  }
}

function cpuMetrics(w: WindowStats): Record<string, number> {
  return {
    serverCpuPct: (w.serverCpuMs / w.wallMs) * 100,
    genCpuPct: (w.genCpuMs / w.wallMs) * 100,
    foreignCpuPct: w.foreignCpuPct,
  }
}

function latencyOf(h: Histogram): Record<string, number> {
  const out: Record<string, number> = {}
  for (const q of LATENCY_QUANTILES) out[String(q)] = h.quantileMs(q)
  out.max = h.maxUs / 1000
  out.mean = h.meanMs()
  return out
}

interface Opened {
  clients: Client[]
  failures: number
  firstError?: Error
}

/**
 * Opens `n` connections with at most `concurrency` handshakes in flight, running `setup`
 * (e.g. subscribe) on each. Failed connections are counted, not retried.
 */
async function openMany(
  ctx: Ctx,
  n: number,
  setup: (c: Client, i: number) => Promise<void>,
  isStoppingOnFailure = true,
): Promise<Opened> {
  const { host, port } = ctx.cfg
  const clients: Client[] = new Array(n)
  let next = 0
  let failures = 0
  let firstError: Error | undefined
  const worker = async () => {
    for (;;) {
      const i = next++
      if (i >= n || (isStoppingOnFailure && failures > 0)) return
      try {
        const c = await openClient(ctx.dialect, host, port)
        ctx.clients.push(c)
        await setup(c, i)
        clients[i] = c
      } catch (err) {
        failures++
        firstError ??= err as Error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(ctx.p.connectConcurrency, n) }, worker))
  return { clients: clients.filter((c) => c !== undefined), failures, firstError }
}

function mustOpen(o: Opened, what: string): Client[] {
  if (o.failures > 0) throw new Error(`${o.failures} ${what} failed to connect/subscribe: ${o.firstError?.message}`)
  return o.clients
}

/** A promise settled by `check()` once `done()` holds, or after `timeoutMs`. */
function waiter(done: () => boolean, timeoutMs: number): { check: () => void; wait: () => Promise<boolean> } {
  let resolve: (ok: boolean) => void = () => {}
  let isArmed = false
  const p = new Promise<boolean>((r) => {
    resolve = r
  })
  return {
    check() {
      if (isArmed && done()) resolve(true)
    },
    async wait() {
      isArmed = true
      if (done()) return true
      const t = setTimeout(() => resolve(false), timeoutMs)
      const ok = await p
      clearTimeout(t)
      return ok
    },
  }
}

// ------------------------------------------------------------------ A, D, E: fanout

async function fanout(ctx: Ctx, kind: 'A' | 'D' | 'E'): Promise<GenResult> {
  const { p, dialect, cfg } = ctx
  const topic = 'bench.fanout'
  const isAtLeastOnce = kind === 'D'
  const pub = await openClient(dialect, cfg.host, cfg.port)
  ctx.clients.push(pub)
  if (isAtLeastOnce) {
    const features = pub.state.features
    if (dialect.ack === undefined || !Array.isArray(features) || !features.includes('at-least-once')) {
      return { status: 'n/a', note: 'n/a (not implemented): the server does not announce "at-least-once"', metrics: {} }
    }
  }
  const slowEvery = kind === 'E' && p.slowFraction > 0 ? Math.round(1 / p.slowFraction) : 0
  // D subscribes as an SDK does by default: maxInFlight 0, i.e. the relay's `delivery.maxInFlight`.
  const subs = mustOpen(
    await openMany(ctx, p.connections, (c) => dialect.subscribe(c, topic, { isAtLeastOnce, maxInFlight: 0 })),
    'subscribers',
  )
  // ...and acks as the SDKs do: one frame per ackBatch deliveries for the effective max in flight
  // of the subscribeAck (docs/sdk-spec.md §7, ack coalescing), so D costs the relay what SDK
  // subscribers cost it.
  const ackEvery = isAtLeastOnce ? ackBatchFor(Number(subs[0]?.state.maxInFlight ?? 0)) : 0
  const healthy: Client[] = []
  const slow: Client[] = []
  subs.forEach((c, i) => {
    if (slowEvery > 0 && i % slowEvery === 0) slow.push(c)
    else healthy.push(c)
  })
  for (const c of slow) c.conn.socket.pause() // never read again: the server's queue for it grows

  const hist = new Histogram()
  const payload = Buffer.alloc(PAYLOAD_BYTES)
  const H = healthy.length
  let published = 0
  let delivered = 0
  let slowDelivered = 0
  let isPublishing = true
  let isCorked = false
  const drain = waiter(() => delivered >= published * H, p.drainMs)
  const uncork = () => {
    isCorked = false
    pub.conn.socket.uncork()
  }
  // Keep `window` publishes in flight: publish #k once every healthy subscriber (on average)
  // received publish #(k - window).
  let pumpAt = 0 // the delivered count at which the next publish is allowed
  const pump = () => {
    const allowed = p.window + Math.floor(delivered / H)
    if (published >= allowed) return
    if (!isCorked) {
      isCorked = true
      pub.conn.socket.cork()
      setImmediate(uncork)
    }
    while (published < allowed) {
      fillPayload(payload, published, 0, performance.now())
      pub.conn.writeRaw(dialect.publishFrames(topic, payload))
      published++
    }
    pumpAt = (published - p.window + 1) * H
  }
  for (const c of healthy) {
    c.onDelivery = (cl, buf, off) => {
      const seq = payloadSeq(buf, off)
      if (seq !== cl.lastSeq + 1) cl.outOfOrder++
      cl.lastSeq = seq
      cl.count++
      delivered++
      hist.recordMs(readClock.nowMs - payloadTimeMs(buf, off))
      if (isAtLeastOnce && ++cl.unacked >= ackEvery) {
        dialect.ack?.(cl)
        cl.unacked = 0
      }
      if (!isPublishing) drain.check()
      else if (delivered >= pumpAt) pump()
    }
  }
  for (const c of slow) {
    c.onDelivery = (cl) => {
      cl.count++
      slowDelivered++
    }
  }

  pump()
  await delay(p.warmupMs)
  hist.reset()
  const d0 = delivered
  const p0 = published
  const end = startWindow(cfg.serverPid)
  await delay(p.durationMs)
  const w = end()
  const d1 = delivered
  const p1 = published
  isPublishing = false
  if (isAtLeastOnce) for (const c of healthy) dialect.ack?.(c)
  await drain.wait()

  let missing = 0
  let duplicates = 0
  let outOfOrder = 0
  let closedHealthy = 0
  for (const c of healthy) {
    missing += Math.max(0, published - c.count)
    duplicates += Math.max(0, c.count - published)
    outOfOrder += c.outOfOrder
    if (c.conn.isClosed) closedHealthy++
  }
  const deliveries = d1 - d0
  const metrics: Record<string, number> = {
    deliveriesPerSec: (deliveries / w.wallMs) * 1000,
    publishesPerSec: ((p1 - p0) / w.wallMs) * 1000,
    serverNsPerDelivery: deliveries > 0 ? (w.serverCpuMs * 1e6) / deliveries : Number.NaN,
    ...cpuMetrics(w),
    subscribers: subs.length,
    healthySubscribers: H,
    published,
    expectedDeliveries: published * H,
    missing,
    duplicates,
    outOfOrder,
    closedHealthy,
  }
  if (kind === 'E') {
    metrics.slowSubscribers = slow.length
    metrics.slowClosed = slow.filter((c) => c.conn.isClosed).length
    metrics.slowDelivered = slowDelivered
    metrics.perSubscriberPerSec = (deliveries / w.wallMs / H) * 1000
  }
  return { status: 'ok', window: w, metrics, latencyMs: latencyOf(hist) }
}

// ------------------------------------------------------------------ B: latency

async function latency(ctx: Ctx): Promise<GenResult> {
  const { p, dialect, cfg } = ctx
  const T = p.topics
  const topicName = (t: number) => `bench.lat.${t}`
  const pubs = mustOpen(await openMany(ctx, p.publishers, async () => {}), 'publishers')
  const subsPerTopic = new Uint32Array(T)
  const subTopic = new Map<Client, number>()
  const subs = mustOpen(
    await openMany(ctx, p.connections, async (c, i) => {
      const t = i % T
      await dialect.subscribe(c, topicName(t))
      subsPerTopic[t] = (subsPerTopic[t] as number) + 1
      subTopic.set(c, t)
    }),
    'subscribers',
  )
  const hist = new Histogram()
  const topicSeq = new Uint32Array(T)
  const frameOf = Array.from({ length: T }, (_, t) => topicName(t))
  const payload = Buffer.alloc(PAYLOAD_BYTES)
  let delivered = 0
  let expected = 0
  let isPublishing = true
  const drain = waiter(() => delivered >= expected, p.drainMs)
  for (const c of subs) {
    c.onDelivery = (cl, buf, off) => {
      const seq = payloadSeq(buf, off)
      if (seq !== cl.lastSeq + 1) cl.outOfOrder++
      cl.lastSeq = seq
      cl.count++
      delivered++
      hist.recordMs(readClock.nowMs - payloadTimeMs(buf, off))
      if (!isPublishing) drain.check()
    }
  }
  // Pace by the clock, not by timer ticks: each tick sends what is due so far.
  const t0 = performance.now()
  let sent = 0
  let timer: NodeJS.Timeout | undefined
  const tick = () => {
    if (!isPublishing) return
    const now = performance.now()
    const due = Math.floor(((now - t0) * p.publishesPerSec) / 1000)
    for (let k = 0; sent < due && k < 10_000; k++) {
      const t = sent % T
      fillPayload(payload, topicSeq[t] as number, t, performance.now())
      topicSeq[t] = (topicSeq[t] as number) + 1
      expected += subsPerTopic[t] as number
      ;(pubs[t % pubs.length] as Client).conn.writeRaw(dialect.publishFrames(frameOf[t] as string, payload))
      sent++
    }
    timer = setTimeout(tick, 1)
  }
  tick()
  await delay(p.warmupMs)
  hist.reset()
  const d0 = delivered
  const s0 = sent
  const end = startWindow(cfg.serverPid)
  await delay(p.durationMs)
  const w = end()
  const d1 = delivered
  const s1 = sent
  isPublishing = false
  clearTimeout(timer)
  await drain.wait()

  let missing = 0
  let outOfOrder = 0
  for (const c of subs) {
    missing += Math.max(0, (topicSeq[subTopic.get(c) as number] as number) - c.count)
    outOfOrder += c.outOfOrder
  }
  const deliveries = d1 - d0
  return {
    status: 'ok',
    window: w,
    metrics: {
      deliveriesPerSec: (deliveries / w.wallMs) * 1000,
      publishesPerSec: ((s1 - s0) / w.wallMs) * 1000,
      targetDeliveriesPerSec: (p.publishesPerSec * p.connections) / T,
      serverNsPerDelivery: deliveries > 0 ? (w.serverCpuMs * 1e6) / deliveries : Number.NaN,
      ...cpuMetrics(w),
      subscribers: subs.length,
      expectedDeliveries: expected,
      missing,
      outOfOrder,
    },
    latencyMs: latencyOf(hist),
  }
}

// ------------------------------------------------------------------ C: memory

async function memory(ctx: Ctx): Promise<GenResult> {
  const { p, dialect, cfg } = ctx
  const T = p.topics
  const topicName = (t: number) => `bench.mem.${t}`
  const [first] = mustOpen(await openMany(ctx, 1, (c) => dialect.subscribe(c, topicName(0))), 'first connection')
  if (first === undefined) throw new Error('no first connection')
  await delay(Math.min(1000, p.settleMs))
  const rss0 = processRssBytes(cfg.serverPid)
  const t0 = performance.now()
  const rest = mustOpen(
    await openMany(ctx, p.connections - 1, (c, i) => dialect.subscribe(c, topicName((i + 1) % T))),
    'connections',
  )
  const connectMs = performance.now() - t0
  await delay(p.settleMs)
  const rss1 = processRssBytes(cfg.serverPid)
  await delay(Math.round((p.settleMs * 2) / 3))
  const rss2 = processRssBytes(cfg.serverPid)

  // Liveness check: every idle connection still gets a message on its topic.
  const all = [first, ...rest]
  let delivered = 0
  const drain = waiter(() => delivered >= all.length, p.drainMs)
  for (const c of all) {
    c.onDelivery = (cl) => {
      cl.count++
      delivered++
      drain.check()
    }
  }
  const [pub] = mustOpen(await openMany(ctx, 1, async () => {}), 'publisher')
  const payload = Buffer.alloc(PAYLOAD_BYTES)
  for (let t = 0; t < T; t++) {
    fillPayload(payload, 0, t, performance.now())
    pub?.conn.writeRaw(dialect.publishFrames(topicName(t), payload))
  }
  await drain.wait()
  const missing = all.reduce((m, c) => m + (c.count === 1 ? 0 : 1), 0)
  const n = all.length - 1
  return {
    status: 'ok',
    metrics: {
      connections: all.length,
      kbPerConn: (rss1 - rss0) / n / 1024,
      kbPerConnLate: (rss2 - rss0) / n / 1024,
      rssBeforeMb: rss0 / 2 ** 20,
      rssAfterMb: rss1 / 2 ** 20,
      connectPerSec: (n / connectMs) * 1000,
      missing,
    },
  }
}

// ------------------------------------------------------------------ F: connection ramp

async function ramp(ctx: Ctx): Promise<GenResult> {
  const { p, cfg } = ctx
  const end = startWindow(cfg.serverPid)
  const opened = await openMany(ctx, p.connections, async () => {}, false)
  const w = end()
  return {
    status: 'ok',
    window: w,
    metrics: {
      connections: opened.clients.length,
      failures: opened.failures,
      connectPerSec: (opened.clients.length / w.wallMs) * 1000,
      serverUsPerConn: opened.clients.length > 0 ? (w.serverCpuMs * 1000) / opened.clients.length : Number.NaN,
      ...cpuMetrics(w),
      missing: opened.failures,
    },
  }
}
