/**
 * Per-connection rate-limit precision over real sockets (issue #4 test 5; hostile case F.43):
 * a fresh connection passes exactly its burst, the next frame is refused with RATE_LIMITED and
 * retryAfterMs, a pipelined over-burst costs one strike, a publish after retryAfterMs passes, and
 * a sustained 2× overload closes with 4329 after maxRateViolations strikes. Refused publishes are
 * never delivered nor counted as published. Once for the message bucket, once for the byte bucket.
 * Refill is slow (1 message/s, 1 KiB/s) so it cannot blur the counts.
 */
import { Code, type ServerFrame, SUBPROTOCOL_PROTO, wireLength } from '@zerorelay/protocol'
import { afterAll, describe, expect, it } from 'vitest'
import { connectClient, mintToken, openClient, startRelay, type TestClient, type TestRelay } from '../helpers.js'
import { DeliveryLog, metric, samplesOf, seqPayload, sleep, waitFor, within } from './flow-helpers.js'

const PROTO = { protocols: [SUBPROTOCOL_PROTO] }
const MAX_STRIKES = 3
/** Refill of the message bucket: slow, so refill cannot blur the burst count. */
const MESSAGES_PER_S = 1
/** Refill of the byte bucket. */
const BYTES_PER_S = 1024
const relays: TestRelay[] = []
afterAll(async () => {
  await Promise.all(relays.map((r) => r.close()))
})

/** Connects like connectClient, returning the client and the wire size of its Connect frame. */
async function connectMeasured(url: string, token: string): Promise<{ client: TestClient; connectBytes: number }> {
  const client = await openClient(url, PROTO)
  const id = client.id()
  const frame = { id, connect: { token } }
  const connectBytes = wireLength(client.codec.encodeClient(frame))
  client.send(frame)
  const reply = await client.reply(id)
  if (reply.kind !== 'connected') throw new Error(`connect failed: ${JSON.stringify(reply.toJSON())}`)
  return { client, connectBytes }
}

interface Scenario {
  readonly reason: 'messages' | 'bytes'
  /** How many publishes of a fresh connection the bucket lets through at once, and their payload size. */
  plan(connectBytes: number, frameBytes: (payloadBytes: number) => number): { accepted: number; payloadBytes: number }
  /** Send interval of twice the refill rate for frames of `frameBytes`. */
  sustainedIntervalMs(frameBytes: number): number
}

async function precision(relayLimits: Record<string, number>, scenario: Scenario): Promise<void> {
  const t = await startRelay({ limits: { maxRateViolations: MAX_STRIKES, ...relayLimits } })
  relays.push(t)
  const subToken = await mintToken({ sub: 'watcher' })
  const sub = await connectClient(t.url, subToken, PROTO)
  expect((await sub.call({ subscribe: { topic: 'rate.>' } })).kind).toBe('subscribeAck')
  const log = new DeliveryLog(sub)
  const before = await samplesOf(t.relay)

  const { client: pub, connectBytes } = await connectMeasured(t.url, await mintToken({ sub: 'pub' }))
  const frameBytes = (payloadBytes: number) =>
    wireLength(
      pub.codec.encodeClient({
        id: 100,
        publish: { topic: 'rate.x', payload: seqPayload(0, payloadBytes), ack: true },
      }),
    )
  const { accepted, payloadBytes } = scenario.plan(connectBytes, frameBytes)
  const acked = new Set<number>()
  const refused: ServerFrame[] = []
  const seqOfId = new Map<number, number>()
  const publish = () => {
    const id = pub.id()
    const seq = seqOfId.size
    seqOfId.set(id, seq)
    pub.send({ id, publish: { topic: 'rate.x', payload: seqPayload(seq, payloadBytes), ack: true } })
    return id
  }
  const collect = async (id: number) => {
    const reply = await pub.reply(id)
    if (reply.kind === 'publishAck') acked.add(seqOfId.get(id) as number)
    else refused.push(reply)
    return reply
  }

  // 1. A pipelined burst of twice the allowance: exactly `accepted` pass, the rest are refused
  //    with RATE_LIMITED + retryAfterMs, and all the refusals together are one strike (no close).
  const burstIds: number[] = []
  for (let i = 0; i < 2 * accepted + 2; i++) burstIds.push(publish())
  const burstReplies = []
  for (const id of burstIds) burstReplies.push(await collect(id))
  expect(burstReplies.map((r) => r.kind)).toEqual([
    ...Array.from({ length: accepted }, () => 'publishAck'),
    ...Array.from({ length: accepted + 2 }, () => 'error'),
  ])
  const firstRefusal = burstReplies[accepted] as ServerFrame
  expect(firstRefusal.error?.code).toBe(Code.CODE_RATE_LIMITED)
  expect(firstRefusal.error?.retryable).toBe(true)
  const retryAfterMs = firstRefusal.error?.retryAfterMs ?? 0
  expect(retryAfterMs).toBeGreaterThan(0)
  expect(pub.ws.readyState).toBe(pub.ws.OPEN)

  // 2. After retryAfterMs, one publish passes.
  await sleep(retryAfterMs + 50)
  expect((await collect(publish())).kind).toBe('publishAck')

  // 3. Sustained at twice the refill rate: closed with 4329 after MAX_STRIKES strikes, i.e. within
  //    about MAX_STRIKES refill periods (bounded: 4 × MAX_STRIKES sends).
  const intervalMs = scenario.sustainedIntervalMs(frameBytes(payloadBytes))
  for (let i = 0; i < 4 * MAX_STRIKES && pub.ws.readyState === pub.ws.OPEN; i++) {
    void collect(publish()).catch(() => undefined)
    await sleep(intervalMs)
  }
  const closed = await within(pub.closed, 3_000, 'close 4329 after the sustained overload')
  expect(closed.code).toBe(4329)
  const disconnect = pub.frames.find((f) => f.kind === 'disconnect')
  expect(disconnect?.disconnect?.code).toBe(4329)
  expect(disconnect?.disconnect?.retryAfterMs).toBeGreaterThan(0)

  // Refused publishes were never delivered nor counted; accepted ones were delivered exactly once.
  await waitFor(() => log.count >= acked.size, 'the accepted publishes to be delivered')
  await sleep(100)
  expect([...(log.seqs.get('rate.x') ?? [])].sort((a, b) => a - b)).toEqual([...acked].sort((a, b) => a - b))
  const after = await samplesOf(t.relay)
  const delta = (name: string, labels?: Record<string, string>) =>
    metric(after, name, labels) - metric(before, name, labels)
  expect(delta('zerorelay_messages_published_total')).toBe(acked.size)
  expect(delta('zerorelay_rate_limited_total', { fatal: 'true' })).toBe(1)
  expect(delta('zerorelay_rate_limited_total', { scope: 'connection', reason: scenario.reason, fatal: 'true' })).toBe(1)
  expect(delta('zerorelay_rate_limited_total', { scope: 'connection', reason: scenario.reason, fatal: 'false' })).toBe(
    refused.length,
  )
  // The strike rule: the burst's accepted + 2 refusals were one strike, so the close needed more.
  expect(refused.length).toBeGreaterThanOrEqual(accepted + 2 + MAX_STRIKES - 2)
  console.log(
    `${scenario.reason} bucket: burst passed ${accepted}, refused ${accepted + 2} (one strike), ` +
      `retryAfterMs ${retryAfterMs}, closed 4329 after ${refused.length} refusals in all`,
  )
  sub.close()
  await sub.closed
}

describe('per-connection rate limits (F.43)', () => {
  it('message bucket: exact burst, retryAfterMs, one strike per burst, 4329 under sustained 2×', async () => {
    const BURST = 10
    await precision(
      { messagesPerSecond: MESSAGES_PER_S, messagesBurst: BURST, bytesPerSecond: 0 },
      {
        reason: 'messages',
        // The Connect frame took one token.
        plan: () => ({ accepted: BURST - 1, payloadBytes: 64 }),
        sustainedIntervalMs: () => 1000 / (2 * MESSAGES_PER_S),
      },
    )
  }, 30_000)

  it('byte bucket: exact burst, retryAfterMs, one strike per burst, 4329 under sustained 2×', async () => {
    const BYTES_BURST = 8 * 1024
    await precision(
      { messagesPerSecond: 0, bytesPerSecond: BYTES_PER_S, bytesBurst: BYTES_BURST, maxFrameBytes: 4096 },
      {
        reason: 'bytes',
        // Six publishes fit after the Connect frame with half a frame (≥ 500 ms of refill) to spare.
        plan: (connectBytes, frameBytes) => {
          const budget = BYTES_BURST - connectBytes
          let payloadBytes = Math.floor(budget / 6.5) - 30
          while (6 * frameBytes(payloadBytes) > budget) payloadBytes--
          const left = budget - 6 * frameBytes(payloadBytes)
          if (left >= frameBytes(payloadBytes) || left < 300) throw new Error(`bad plan: ${left} bytes left`)
          return { accepted: 6, payloadBytes }
        },
        sustainedIntervalMs: (frameBytes) => Math.round((1000 * frameBytes) / (2 * BYTES_PER_S)),
      },
    )
  }, 30_000)
})
