/**
 * At-least-once delivery, resume and idempotent publishing over real sockets (issue #5), checked
 * with a Jepsen-style history checker: pass = lost 0, unexpected 0, reorders 0 (duplicates are
 * allowed and reported).
 */
import { Code, fromU64, type ServerFrame, SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO, toU64 } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeliveryHistory, encodeValue, type DeliveryHistory as History, recordDeliveries } from './delivery-checker.js'
import { connectClient, mintToken, openClient, startRelay, type TestClient, type TestRelay } from './helpers.js'

const ALO = 2
const ACK_WAIT_MS = 200

let t: TestRelay
beforeAll(async () => {
  t = await startRelay({
    delivery: { ackWaitMs: ACK_WAIT_MS, maxDeliver: 3, maxInFlight: 50, replayPageSize: 20, dedupeWindowMs: 60_000 },
    limits: { maxBadFrames: 100 },
  })
})
afterAll(async () => {
  await t.close()
})

async function scrape(name: string): Promise<number> {
  const text = await fetch(`${t.adminUrl}/metrics`).then((r) => r.text())
  let sum = 0
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) sum += Number(line.split(' ').at(-1))
  }
  return sum
}

/** Publishes `count` values of `publisher` with acks, recording attempts and acks. */
async function publishValues(
  client: TestClient,
  history: History,
  topic: string,
  publisher: string,
  from: number,
  count: number,
): Promise<ServerFrame[]> {
  const ids: number[] = []
  for (let n = from; n < from + count; n++) {
    const value = { publisher, counter: n }
    history.attempt(topic, value)
    const id = client.id()
    ids.push(id)
    client.send({ id, publish: { topic, payload: encodeValue(value), ack: true } })
  }
  const acks: ServerFrame[] = []
  for (let i = 0; i < ids.length; i++) {
    const reply = await client.reply(ids[i] as number)
    expect(reply.kind).toBe('publishAck')
    history.ack(topic, { publisher, counter: from + i })
    acks.push(reply)
  }
  return acks
}

function expectClean(history: History, topic: string, subscriber: string) {
  const result = history.check(topic, subscriber)
  expect(result.lost, 'lost').toEqual([])
  expect(result.unexpected, 'unexpected').toEqual([])
  expect(result.reorders, 'reorders').toBe(0)
  console.info(
    `[delivery checker] ${topic}/${subscriber}: ${result.delivered} delivered, ${result.duplicates} duplicates`,
  )
  return result
}

/** Waits until `predicate` holds for the recorded deliveries (event-driven via the client's frames). */
async function until(client: TestClient, predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await client.next((f) => f.kind === 'delivery' || f.kind === 'gap', Math.max(1, deadline - Date.now()))
  }
}

describe('checker', () => {
  it('detects lost, unexpected, duplicate and reordered deliveries', () => {
    const h = new DeliveryHistory()
    for (let n = 0; n < 4; n++) {
      h.attempt('x', { publisher: 'p', counter: n })
      h.ack('x', { publisher: 'p', counter: n })
    }
    for (const n of [0, 2, 1, 2]) h.deliver('s', 'x', { publisher: 'p', counter: n })
    h.deliver('s', 'x', { publisher: 'q', counter: 9 })
    const r = h.check('x', 's')
    expect(r.lost).toEqual([{ publisher: 'p', counter: 3 }])
    expect(r.unexpected).toEqual([{ publisher: 'q', counter: 9 }])
    expect(r.duplicates).toBe(1)
    expect(r.reorders).toBe(1)
  })
})

describe('idempotent publish', () => {
  it('stores a retried publish once and answers the original offset with duplicate: true', async () => {
    const token = await mintToken()
    const sub = await connectClient(t.url, token)
    const history = new DeliveryHistory()
    recordDeliveries(sub, history, 'sub')
    await sub.call({ subscribe: { topic: 'idem.x' } })
    const before = await scrape('zerorelay_publish_duplicates_total')
    let pub = await connectClient(t.url, token)
    const value = { publisher: 'p', counter: 1 }
    history.attempt('idem.x', value)
    const payload = encodeValue(value)
    const first = await pub.call({ publish: { topic: 'idem.x', payload, idempotencyKey: 'k-1', ack: true } })
    history.ack('idem.x', value)
    // Retried on the same connection, concurrently twice, and after a reconnect.
    const a = pub.id()
    const b = pub.id()
    pub.send({ id: a, publish: { topic: 'idem.x', payload, idempotencyKey: 'k-1', ack: true } })
    pub.send({ id: b, publish: { topic: 'idem.x', payload, idempotencyKey: 'k-1', ack: true } })
    const retries = [await pub.reply(a), await pub.reply(b)]
    pub.close()
    pub = await connectClient(t.url, token)
    retries.push(await pub.call({ publish: { topic: 'idem.x', payload, idempotencyKey: 'k-1', ack: true } }))
    expect(first.publishAck?.duplicate).toBe(false)
    for (const r of retries) {
      expect(r.publishAck?.duplicate).toBe(true)
      expect(r.publishAck?.epoch).toBe(first.publishAck?.epoch)
      expect(toU64(r.publishAck?.offset)).toBe(toU64(first.publishAck?.offset))
    }
    // A marker after the retries: once it arrives, every delivery of the retries would have too.
    const marker = { publisher: 'p', counter: 2 }
    history.attempt('idem.x', marker)
    const m = await pub.call({
      publish: { topic: 'idem.x', payload: encodeValue(marker), idempotencyKey: 'k-2', ack: true },
    })
    history.ack('idem.x', marker)
    expect(toU64(m.publishAck?.offset)).toBe(toU64(first.publishAck?.offset) + 1n)
    await sub.next((f) => f.kind === 'delivery' && toU64(f.delivery?.offset) === toU64(m.publishAck?.offset))
    const result = expectClean(history, 'idem.x', 'sub')
    expect(result.duplicates).toBe(0)
    expect(result.delivered).toBe(2)
    expect((await scrape('zerorelay_publish_duplicates_total')) - before).toBe(3)
    sub.close()
    pub.close()
  })
})

describe('at-least-once subscriptions', () => {
  it('announces the limits, caps maxInFlight and refuses patterns', async () => {
    const c = await openClient(t.url)
    const connected = await c.call({ connect: { token: await mintToken() } })
    expect(connected.connected?.features).toEqual(expect.arrayContaining(['at-least-once', 'resume', 'idempotency']))
    expect(connected.connected?.limits).toMatchObject({ maxInFlight: 50, ackWaitMs: ACK_WAIT_MS, maxDeliver: 3 })
    const again = await c.call({ subscribe: { topic: 'cap.x', mode: ALO, maxInFlight: 10_000 } })
    expect(again.subscribeAck?.maxInFlight).toBe(50)
    expect(again.subscribeAck?.mode).toBe(ALO)
    const pattern = await c.call({ subscribe: { topic: 'cap.*', mode: ALO } })
    expect(pattern.error?.code).toBe(Code.CODE_BAD_REQUEST)
    const resumePattern = await c.call({ subscribe: { topic: 'cap.>', resumeAfter: { epoch: 'e', offset: 0 } } })
    expect(resumePattern.error?.code).toBe(Code.CODE_BAD_REQUEST)
    c.close()
  })

  it('redelivers an unacknowledged delivery after ackWaitMs with deliveryCount + 1, and not after an ack', async () => {
    const token = await mintToken()
    const sub = await connectClient(t.url, token)
    const pub = await connectClient(t.url, token)
    const history = new DeliveryHistory()
    const seen = recordDeliveries(sub, history, 'sub')
    await sub.call({ subscribe: { topic: 'rd.x', mode: ALO } })
    const before = await scrape('zerorelay_redeliveries_total')
    await publishValues(pub, history, 'rd.x', 'p', 0, 1)
    await until(sub, () => seen.length >= 2)
    expect(seen.map((d) => [d.offset, d.deliveryCount])).toEqual([
      [1n, 1],
      [1n, 2],
    ])
    sub.send({ ack: { topic: 'rd.x', epoch: seen[0]?.epoch, offset: fromU64(1n) } })
    // A second message, never acked: its redelivery comes more than ackWaitMs after the ack, so
    // by then offset 1 would have been redelivered again had the ack not worked.
    await publishValues(pub, history, 'rd.x', 'p', 1, 1)
    await until(sub, () => seen.some((d) => d.offset === 2n && d.deliveryCount === 2))
    expect(seen.filter((d) => d.offset === 1n)).toHaveLength(2)
    expect((await scrape('zerorelay_redeliveries_total')) - before).toBeGreaterThanOrEqual(2)
    expect(await scrape('zerorelay_acks_pending')).toBeGreaterThanOrEqual(1)
    const r = expectClean(history, 'rd.x', 'sub')
    expect(r.duplicates).toBeGreaterThanOrEqual(2)
    sub.close()
    pub.close()
  })

  it.each([
    ['json', SUBPROTOCOL_JSON],
    ['proto', SUBPROTOCOL_PROTO],
  ])('keeps at most maxInFlight deliveries outstanding and continues as acks arrive (%s)', async (name, protocol) => {
    const topic = `win.${name}`
    const token = await mintToken()
    const sub = await connectClient(t.url, token, { protocols: [protocol] })
    const pub = await connectClient(t.url, token)
    const history = new DeliveryHistory()
    const seen = recordDeliveries(sub, history, 'sub')
    const ack = await sub.call({ subscribe: { topic: topic, mode: ALO, maxInFlight: 3 } })
    expect(ack.subscribeAck?.maxInFlight).toBe(3)
    await publishValues(pub, history, topic, 'p', 0, 10)
    // Wait for a redelivery: had the window not held, offsets past 3 would have arrived by then.
    await until(sub, () => seen.some((d) => d.deliveryCount === 2))
    expect(Math.max(...seen.map((d) => Number(d.offset)))).toBe(3)
    let acked = 0n
    while (acked < 10n) {
      const top = seen.reduce((m, d) => (d.offset > m ? d.offset : m), 0n)
      if (top > acked) {
        sub.send({ ack: { topic: topic, epoch: seen[0]?.epoch, offset: fromU64(top) } })
        acked = top
        if (acked >= 10n) break
      }
      await sub.next((f) => f.kind === 'delivery')
      const firstDeliveries = new Set(seen.map((d) => d.offset))
      expect(Math.max(...[...firstDeliveries].map(Number)) - Number(acked)).toBeLessThanOrEqual(3)
    }
    expectClean(history, topic, 'sub')
    sub.close()
    pub.close()
  })

  it('dead-letters a message after maxDeliver attempts to $dlq.<topic>, visible to permitted subscribers', async () => {
    const token = await mintToken({ subscribe: ['>', '$dlq.>'] })
    const sub = await connectClient(t.url, token)
    const dlq = await connectClient(t.url, token)
    const pub = await connectClient(t.url, token)
    const history = new DeliveryHistory()
    const seen = recordDeliveries(sub, history, 'sub')
    const dead = recordDeliveries(dlq, history, 'dlq')
    expect((await dlq.call({ subscribe: { topic: '$dlq.dl.x' } })).kind).toBe('subscribeAck')
    await sub.call({ subscribe: { topic: 'dl.x', mode: ALO, maxInFlight: 1 } })
    const before = await scrape('zerorelay_dead_lettered_total')
    await publishValues(pub, history, 'dl.x', 'p', 0, 2)
    await until(dlq, () => dead.length >= 1, 5_000)
    expect(dead[0]?.topic).toBe('$dlq.dl.x')
    expect(dead[0]?.value).toEqual({ publisher: 'p', counter: 0 })
    expect(dead[0]?.headers['zr-dlq-offset']).toBe('1')
    expect(dead[0]?.headers['zr-dlq-deliveries']).toBe('3')
    expect(dead[0]?.headers['zr-dlq-topic']).toBe('dl.x')
    expect(seen.filter((d) => d.offset === 1n).map((d) => d.deliveryCount)).toEqual([1, 2, 3])
    // The window (maxInFlight 1) opened again: offset 2 follows.
    await until(sub, () => seen.some((d) => d.offset === 2n))
    sub.send({ ack: { topic: 'dl.x', epoch: seen[0]?.epoch, offset: fromU64(2n) } })
    expect((await scrape('zerorelay_dead_lettered_total')) - before).toBe(1)
    expectClean(history, 'dl.x', 'sub')
    for (const c of [sub, dlq, pub]) c.close()
  })

  it('refuses acks never delivered to the subscription (BAD_REQUEST) and keeps tenants apart', async () => {
    const a = await connectClient(t.url, await mintToken())
    const b = await connectClient(t.url, await mintToken({ tenant: 'b' }))
    const pubA = await connectClient(t.url, await mintToken())
    const history = new DeliveryHistory()
    const seenA = recordDeliveries(a, history, 'a')
    const seenB = recordDeliveries(b, history, 'b')
    await a.call({ subscribe: { topic: 'ten.x', mode: ALO } })
    await b.call({ subscribe: { topic: 'ten.x', mode: ALO } })
    await a.call({ subscribe: { topic: 'ten.amo' } })
    await publishValues(pubA, history, 'ten.x', 'p', 0, 1)
    await until(a, () => seenA.length >= 1)
    const epoch = seenA[0]?.epoch
    const beyond = await a.call({ ack: { topic: 'ten.x', epoch, offset: fromU64(5n) } })
    expect(beyond.error?.code).toBe(Code.CODE_BAD_REQUEST)
    const wrongEpoch = await a.call({ ack: { topic: 'ten.x', epoch: 'nope', offset: fromU64(1n) } })
    expect(wrongEpoch.error?.code).toBe(Code.CODE_BAD_REQUEST)
    expect((await a.call({ ack: { topic: 'ten.amo', epoch, offset: fromU64(1n) } })).error?.code).toBe(
      Code.CODE_NOT_FOUND,
    )
    // Tenant b acks tenant a's delivery on the same topic name: never delivered to b.
    const cross = await b.call({ ack: { topic: 'ten.x', epoch, offset: fromU64(1n) } })
    expect(cross.error?.code).toBe(Code.CODE_BAD_REQUEST)
    // Nothing changed for a: its delivery is still unacknowledged and comes again.
    await until(a, () => seenA.some((d) => d.deliveryCount === 2))
    expect(seenB).toEqual([])
    expectClean(history, 'ten.x', 'a')
    for (const c of [a, b, pubA]) c.close()
  })
})

describe('acks of a sole at-least-once subscription, binary (read in place)', () => {
  it('takes acks and answers every ack it cannot take like any other frame', async () => {
    const token = await mintToken()
    const sub = await connectClient(t.url, token, { protocols: [SUBPROTOCOL_PROTO] })
    const pub = await connectClient(t.url, token)
    const history = new DeliveryHistory()
    const seen = recordDeliveries(sub, history, 'sub')
    await sub.call({ subscribe: { topic: 'inplace.x', mode: ALO } })
    await publishValues(pub, history, 'inplace.x', 'p', 0, 3)
    await until(sub, () => seen.length >= 3)
    const epoch = seen[0]?.epoch
    // Refusals echo the id, exactly as the general decoder's path answers them.
    const beyond = await sub.call({ id: 41, ack: { topic: 'inplace.x', epoch, offset: fromU64(4n) } })
    expect([beyond.id, beyond.error?.code]).toEqual([41, Code.CODE_BAD_REQUEST])
    const zero = await sub.call({ id: 42, ack: { topic: 'inplace.x', epoch, offset: fromU64(0n) } })
    expect([zero.id, zero.error?.code]).toEqual([42, Code.CODE_BAD_REQUEST])
    const wrongEpoch = await sub.call({ id: 43, ack: { topic: 'inplace.x', epoch: `${epoch}x`, offset: fromU64(1n) } })
    expect([wrongEpoch.id, wrongEpoch.error?.code]).toEqual([43, Code.CODE_BAD_REQUEST])
    const wrongTopic = await sub.call({ id: 44, ack: { topic: 'inplace.y', epoch, offset: fromU64(1n) } })
    expect([wrongTopic.id, wrongTopic.error?.code]).toEqual([44, Code.CODE_NOT_FOUND])
    // A good cumulative ack (id 0: no reply): nothing comes again, though three ack waits pass.
    sub.send({ ack: { topic: 'inplace.x', epoch, offset: fromU64(3n) } })
    await expect(until(sub, () => seen.length > 3, ACK_WAIT_MS * 3)).rejects.toThrow()
    expect(seen.map((d) => [d.offset, d.deliveryCount])).toEqual([
      [1n, 1],
      [2n, 1],
      [3n, 1],
    ])
    expectClean(history, 'inplace.x', 'sub')
    sub.close()
    pub.close()
  })
})

describe('resume', () => {
  it.each([
    ['json', SUBPROTOCOL_JSON],
    ['proto', SUBPROTOCOL_PROTO],
  ])(
    'an at-least-once subscriber killed before acking resumes with no loss and no reorder (%s)',
    async (name, subprotocol) => {
      const topic = `kill.${name}`
      const protocols = [subprotocol]
      const token = await mintToken()
      const history = new DeliveryHistory()
      const pubs = [await connectClient(t.url, token), await connectClient(t.url, token)]
      let sub = await connectClient(t.url, token, { protocols })
      let seen = recordDeliveries(sub, history, 'sub')
      const subAck = await sub.call({ subscribe: { topic, mode: ALO } })
      const epoch = subAck.subscribeAck?.position?.epoch ?? ''
      // Two publishers interleave 60 values each; the subscriber acks only the first 40 it saw.
      const sending = Promise.all(pubs.map((p, i) => publishValues(p, history, topic, `p${i}`, 0, 60)))
      await until(sub, () => seen.length >= 40)
      const lastAcked = seen[39]?.offset ?? 0n
      sub.send({ ack: { topic, epoch, offset: fromU64(lastAcked) } })
      await sub.call({ ping: { clientTimeMs: 1 } }) // the ack was processed before the kill
      sub.ws.terminate()
      await sending
      // More while it is away, then resume from the last acknowledged position.
      await Promise.all(pubs.map((p, i) => publishValues(p, history, topic, `p${i}`, 60, 40)))
      sub = await connectClient(t.url, token, { protocols })
      seen = recordDeliveries(sub, history, 'sub')
      const resumed = await sub.call({
        subscribe: { topic, mode: ALO, resumeAfter: { epoch, offset: fromU64(lastAcked) } },
      })
      expect(resumed.kind).toBe('subscribeAck')
      // Ack as it goes (cumulative), then live messages continue after the replay.
      let top = lastAcked
      while (top < 200n) {
        await sub.next((f) => f.kind === 'delivery')
        const max = seen.reduce((m, d) => (d.offset > m ? d.offset : m), 0n)
        if (max > top) {
          top = max
          sub.send({ ack: { topic, epoch, offset: fromU64(top) } })
        }
      }
      expect(seen[0]?.offset).toBe(lastAcked + 1n)
      await publishValues(pubs[0] as TestClient, history, topic, 'p0', 100, 5)
      await until(sub, () => seen.some((d) => d.offset === 205n))
      const r = expectClean(history, topic, 'sub')
      expect(r.delivered).toBeGreaterThanOrEqual(205)
      sub.close()
      for (const p of pubs) p.close()
    },
  )

  it('an at-most-once subscriber resumes from its last received position: replay then live, exactly once', async () => {
    const token = await mintToken()
    const history = new DeliveryHistory()
    const pub = await connectClient(t.url, token)
    let sub = await connectClient(t.url, token)
    let seen = recordDeliveries(sub, history, 'sub')
    await sub.call({ subscribe: { topic: 'amo.x' } })
    await publishValues(pub, history, 'amo.x', 'p', 0, 10)
    await until(sub, () => seen.length >= 10)
    const last = seen[9] as { epoch: string; offset: bigint }
    sub.close()
    await sub.closed
    // A large gap, replayed in pages of replayPageSize (20).
    await publishValues(pub, history, 'amo.x', 'p', 10, 150)
    sub = await connectClient(t.url, token)
    seen = recordDeliveries(sub, history, 'sub')
    const before = await scrape('zerorelay_resumes_total')
    const ack = await sub.call({
      subscribe: { topic: 'amo.x', resumeAfter: { epoch: last.epoch, offset: fromU64(last.offset) } },
    })
    expect(ack.subscribeAck?.mode).toBe(1)
    const live = publishValues(pub, history, 'amo.x', 'p', 160, 20)
    await live
    await until(sub, () => seen.some((d) => d.offset === 180n))
    expect(seen.map((d) => Number(d.offset))).toEqual(Array.from({ length: 170 }, (_, i) => i + 11))
    const r = expectClean(history, 'amo.x', 'sub')
    expect(r.duplicates).toBe(0)
    expect((await scrape('zerorelay_resumes_total')) - before).toBe(1)
    sub.close()
    pub.close()
  })

  it('answers UNRECOVERABLE_POSITION with the current position for an unknown epoch or a trimmed position', async () => {
    const small = await startRelay({ history: { maxMessagesPerTopic: 5 } })
    try {
      const token = await mintToken()
      const pub = await connectClient(small.url, token)
      const history = new DeliveryHistory()
      const acks = await publishValues(pub, history, 'old.x', 'p', 0, 10)
      const epoch = acks[0]?.publishAck?.epoch ?? ''
      const sub = await connectClient(small.url, token)
      const seen = recordDeliveries(sub, history, 'sub')
      for (const resumeAfter of [
        { epoch, offset: fromU64(2n) },
        { epoch: 'not-an-epoch', offset: fromU64(9n) },
        { epoch, offset: fromU64(11n) },
      ]) {
        const reply = await sub.call({ subscribe: { topic: 'old.x', mode: ALO, resumeAfter } })
        expect(reply.error?.code).toBe(Code.CODE_UNRECOVERABLE_POSITION)
        expect(reply.error?.position?.epoch).toBe(epoch)
        expect(toU64(reply.error?.position?.offset)).toBe(10n)
      }
      // Nothing was subscribed; the oldest retained position (5: offsets 6..10 kept) still works.
      const ok = await sub.call({
        subscribe: { topic: 'old.x', mode: ALO, resumeAfter: { epoch, offset: fromU64(5n) } },
      })
      expect(ok.kind).toBe('subscribeAck')
      await until(sub, () => seen.length >= 5)
      expect(seen.map((d) => d.offset)).toEqual([6n, 7n, 8n, 9n, 10n])
      sub.close()
      pub.close()
    } finally {
      await small.close()
    }
  })
})
