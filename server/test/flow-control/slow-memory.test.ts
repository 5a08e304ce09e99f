/**
 * Slow subscribers cost the relay at most their queue cap (issue #4, tests 1 and 2). The relay
 * runs in a child process (`--expose-gc`) so only its memory is measured; the clients live here.
 * No timing assertions: memory bounds are stated below with why a relay without the cap fails them.
 */
import { SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import { afterAll, describe, expect, it } from 'vitest'
import { connectClient, mintToken, type TestClient } from '../helpers.js'
import {
  type ChildRelay,
  DeliveryLog,
  KiB,
  MiB,
  metric,
  mib,
  publishPipelined,
  rawSocket,
  scrapeSamples,
  seqPayload,
  spawnRelayChild,
  waitFor,
} from './flow-helpers.js'

const PROTO = { protocols: [SUBPROTOCOL_PROTO] }
const PAYLOAD_BYTES = 32 * KiB

/** Relay settings of both tests: only the byte cap closes (no age cap, no message cap, no inbound rate limit). */
function memoryConfig(queueBytes: number) {
  return {
    limits: {
      maxQueuedBytes: queueBytes,
      maxQueuedMessages: 100_000,
      maxQueueAgeMs: 0,
      messagesPerSecond: 0,
      bytesPerSecond: 0,
    },
    // History is retained on purpose; kept tiny so the measurement sees queues, not retention.
    history: { maxMessagesPerTopic: 4 },
  }
}

const children: ChildRelay[] = []
afterAll(async () => {
  await Promise.all(children.map((c) => c.stop()))
})

async function closeAll(clients: TestClient[]): Promise<void> {
  for (const c of clients) c.close()
  await Promise.all(clients.map((c) => c.closed))
}

describe('slow consumer memory (real sockets, relay in a child process)', () => {
  /**
   * Cap 2 MiB; flood 16 × the cap (32 MiB). Bound: growth ≤ cap + 8 MiB (V8 young generation,
   * `ws` receive buffers, history of 4 messages). Without the cap the relay would buffer the
   * flood minus what the loopback kernel buffers absorb (a few MiB): ≥ 20 MiB, over the bound.
   */
  const CAP = 2 * MiB
  const SLACK = 8 * MiB
  const FLOOD = 16 * CAP

  it('closes a stalled subscriber at 16× its cap with 4008; memory grows by at most the cap + 8 MiB; a second subscriber gets everything in order', async () => {
    const relay = await spawnRelayChild(memoryConfig(CAP))
    children.push(relay)
    const token = await mintToken({ sub: 'mem' })
    const total = FLOOD / PAYLOAD_BYTES

    const round = async (topic: string, count: number, onProgress?: (acked: number) => Promise<void>) => {
      const slow = await connectClient(relay.url, token, PROTO)
      const fast = await connectClient(relay.url, token, PROTO)
      const pub = await connectClient(relay.url, token, PROTO)
      await slow.call({ subscribe: { topic } })
      await fast.call({ subscribe: { topic } })
      const log = new DeliveryLog(fast)
      return { slow, fast, pub, log, count, topic, onProgress }
    }

    // Warm-up at full size: JIT, pools and lazily built caches exist before the baseline.
    {
      const r = await round('mem.warm', total)
      rawSocket(r.slow).pause()
      await publishPipelined(r.pub, r.topic, r.count, { window: 8, payloadOf: (i) => seqPayload(i, PAYLOAD_BYTES) })
      rawSocket(r.slow).resume()
      expect((await r.slow.closed).code).toBe(4008)
      await closeAll([r.fast, r.pub])
    }

    const r = await round('mem.flood', total)
    const before = await scrapeSamples(relay.adminUrl)
    const baseline = await relay.memory()
    const used = (m: { heapUsed: number; arrayBuffers: number }) => m.heapUsed + m.arrayBuffers
    rawSocket(r.slow).pause()

    let peakGrowth = 0
    let maxLag = 0
    const samples: Promise<void>[] = []
    const sample = async () => {
      const m = await relay.memory()
      peakGrowth = Math.max(peakGrowth, used(m) - used(baseline))
    }
    // Window 8 (256 KiB in flight): what is in flight is part of the measured growth.
    const replies = await publishPipelined(r.pub, r.topic, total, {
      window: 8,
      payloadOf: (i) => seqPayload(i, PAYLOAD_BYTES),
      onReply: (i) => {
        maxLag = Math.max(maxLag, i + 1 - r.log.count)
        // gc'd samples during the flood (8 of them), and one at the end.
        if (i % (total / 8) === total / 8 - 1) samples.push(sample())
      },
    })
    expect(replies.every((f) => f.kind === 'publishAck')).toBe(true)
    // Peak: the whole flood is published and the slow reader is still stalled.
    await Promise.all(samples)
    await sample()
    const after = await scrapeSamples(relay.adminUrl)
    expect(
      metric(after, 'zerorelay_slow_consumer_actions_total', { policy: 'disconnect', reason: 'bytes' }) -
        metric(before, 'zerorelay_slow_consumer_actions_total', { policy: 'disconnect', reason: 'bytes' }),
    ).toBe(1)

    // The second subscriber received everything, in order, with a lag bounded by its own queue cap.
    await waitFor(() => r.log.count >= total, 'the fast subscriber to receive the flood')
    expect(r.log.seqs.get(r.topic)).toEqual(Array.from({ length: total }, (_, i) => i))
    expect(maxLag).toBeLessThanOrEqual(CAP / PAYLOAD_BYTES)

    rawSocket(r.slow).resume()
    const closed = await r.slow.closed
    expect(closed.code).toBe(4008)
    expect(r.slow.frames.find((f) => f.kind === 'disconnect')?.disconnect?.code).toBe(4008)
    await closeAll([r.fast, r.pub])

    console.log(
      `slow consumer: cap ${mib(CAP)} MiB, flood ${mib(FLOOD)} MiB, heapUsed+arrayBuffers growth at peak ` +
        `${mib(peakGrowth)} MiB (bound ${mib(CAP + SLACK)} MiB), fast subscriber max lag ${maxLag} messages`,
    )
    expect(peakGrowth).toBeLessThanOrEqual(CAP + SLACK)
    // Without the cap the flood would have had to be held somewhere: the bound must be well below it.
    expect(FLOOD).toBeGreaterThanOrEqual(3 * (CAP + SLACK))
  }, 60_000)

  /**
   * 100 subscribers that never read, cap 256 KiB, flood 40 × the cap (10 MiB, 320 × 32 KiB) fanned
   * out to all of them. Bound: RSS peak ≤ baseline + 100 × cap + 64 MiB: each stalled subscriber
   * holds at most its cap in the relay (queue + socket buffer; kernel socket buffers are not
   * process memory), plus allocator and GC slack (RSS does not shrink after the warm-up). Without
   * the cap each would hold the flood minus its kernel buffers: ~100 × 8 MiB ≫ the bound.
   */
  const MANY_CAP = 256 * KiB
  const STALLED = 100
  const RSS_SLACK = 64 * MiB

  it('100 non-reading subscribers: RSS stays within baseline + 100 × cap + 64 MiB; healthy subscribers get everything', async () => {
    const relay = await spawnRelayChild(memoryConfig(MANY_CAP))
    children.push(relay)
    const token = await mintToken({ sub: 'many' })
    const total = (40 * MANY_CAP) / PAYLOAD_BYTES

    const connectStalled = async (topic: string) => {
      const stalled: TestClient[] = []
      for (let i = 0; i < STALLED; i += 10) {
        const batch = await Promise.all(
          Array.from({ length: 10 }, async () => {
            const c = await connectClient(relay.url, token, PROTO)
            await c.call({ subscribe: { topic } })
            return c
          }),
        )
        stalled.push(...batch)
      }
      return stalled
    }
    // Warm-up at full size.
    {
      const stalled = await connectStalled('many.warm')
      const pub = await connectClient(relay.url, token, PROTO)
      for (const c of stalled) rawSocket(c).pause()
      await publishPipelined(pub, 'many.warm', total, { window: 4, payloadOf: (i) => seqPayload(i, PAYLOAD_BYTES) })
      for (const c of stalled) rawSocket(c).resume()
      const codes = (await Promise.all(stalled.map((c) => c.closed))).map((c) => c.code)
      expect(new Set(codes)).toEqual(new Set([4008]))
      await closeAll([pub])
    }

    const stalled = await connectStalled('many.flood')
    const healthy = [await connectClient(relay.url, token, PROTO), await connectClient(relay.url, token, PROTO)]
    for (const h of healthy) await h.call({ subscribe: { topic: 'many.flood' } })
    const logs = healthy.map((h) => new DeliveryLog(h))
    const pub = await connectClient(relay.url, token, PROTO)
    const baseline = await relay.memory()
    for (const c of stalled) rawSocket(c).pause()

    let peakRss = baseline.rss
    // A small window: a healthy subscriber may lag by the window, which must stay under its 256 KiB cap.
    const replies = await publishPipelined(pub, 'many.flood', total, {
      window: 4,
      payloadOf: (i) => seqPayload(i, PAYLOAD_BYTES),
      onReply: (i) => {
        // RSS without gc (what the OS sees), sampled every 32 publishes.
        if (i % 32 === 31) void relay.memory(false).then((m) => (peakRss = Math.max(peakRss, m.rss)))
      },
    })
    expect(replies.every((f) => f.kind === 'publishAck')).toBe(true)
    peakRss = Math.max(peakRss, (await relay.memory(false)).rss)
    for (const [i, log] of logs.entries()) {
      await waitFor(() => {
        if ((healthy[i] as TestClient).ws.readyState === 3) throw new Error('a healthy subscriber was closed')
        return log.count >= total
      }, 'a healthy subscriber to receive the flood')
      expect(log.seqs.get('many.flood')).toEqual(Array.from({ length: total }, (_, i) => i))
    }
    for (const c of stalled) rawSocket(c).resume()
    const codes = (await Promise.all(stalled.map((c) => c.closed))).map((c) => c.code)
    expect(new Set(codes)).toEqual(new Set([4008]))
    await closeAll([...healthy, pub])

    const bound = STALLED * MANY_CAP + RSS_SLACK
    console.log(
      `100 stalled subscribers: rss baseline ${mib(baseline.rss)} MiB, peak ${mib(peakRss)} MiB, ` +
        `growth ${mib(peakRss - baseline.rss)} MiB (bound ${mib(bound)} MiB; fanned-out flood ${mib(STALLED * total * PAYLOAD_BYTES)} MiB)`,
    )
    expect(peakRss - baseline.rss).toBeLessThanOrEqual(bound)
  }, 60_000)
})
