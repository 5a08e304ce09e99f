import type { Socket } from 'node:net'
import { CloseCode, SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assertAlive, connectClient, mintToken, startRelay, type TestRelay } from './helpers.js'
import { expectNonReadersClosed, PROBE_UNREAD_AGE_MS } from './unread-probe.js'

// Loopback TCP buffers absorb a few MiB before the relay sees any backpressure, so the cap is
// large enough that 10 × the cap exceeds what the kernel can hold.
const QUEUE_BYTES = 1024 * 1024
const PAYLOAD_BYTES = 32 * 1024

let t: TestRelay

beforeAll(async () => {
  t = await startRelay({ limits: { maxQueuedBytes: QUEUE_BYTES, maxQueuedMessages: 1_000 } })
})
afterAll(async () => {
  await t.close()
})

describe('slow consumer', () => {
  it('closes a subscriber that stops reading with 4008 while another receives everything', async () => {
    const token = await mintToken()
    const opts = { protocols: [SUBPROTOCOL_PROTO] }
    const slow = await connectClient(t.url, token, opts)
    const fast = await connectClient(t.url, token, opts)
    const pub = await connectClient(t.url, token, opts)
    await slow.call({ subscribe: { topic: 'firehose' } })
    await fast.call({ subscribe: { topic: 'firehose' } })
    ;(slow.ws as unknown as { _socket: Socket })._socket.pause()

    // 10 × the queue cap, bounded in count.
    const total = Math.ceil((10 * QUEUE_BYTES) / PAYLOAD_BYTES)
    const payload = new Uint8Array(PAYLOAD_BYTES).fill(7)
    let received = 0
    fast.ws.on('message', () => received++)
    for (let i = 0; i < total; i++) {
      payload[0] = i & 0xff
      const r = await pub.call({ publish: { topic: 'firehose', payload, ack: true } })
      expect(r.kind).toBe('publishAck')
    }
    // The fast subscriber receives every message, in order.
    const deliveries = []
    for (let i = 0; i < total; i++) deliveries.push(await fast.next((f) => f.kind === 'delivery'))
    expect(deliveries.map((d) => d.delivery?.payload?.[0])).toEqual(Array.from({ length: total }, (_, i) => i & 0xff))

    const slowCount = (await t.relay.metrics.slowConsumers.get()).values[0]?.value
    expect(slowCount).toBe(1)
    // Resume reading: the slow client sees what was already in flight, then Disconnect 4008.
    ;(slow.ws as unknown as { _socket: Socket })._socket.resume()
    const closed = await slow.closed
    expect(closed.code).toBe(4008)
    const disconnect = slow.frames.find((f) => f.kind === 'disconnect')
    expect(disconnect?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_SLOW_CONSUMER)
    expect(slow.frames.filter((f) => f.kind === 'delivery').length).toBeLessThan(total)
    fast.close()
    pub.close()
    await assertAlive(t.url)
  })

  it('closes subscribers that stop reading by the unread-age probe, before the kernel buffers fill', async () => {
    // Byte and message caps far away, queue age off: only the probe can catch them.
    const probe = await startRelay({
      limits: { maxUnreadAgeMs: PROBE_UNREAD_AGE_MS, maxQueuedBytes: 64 * 1024 * 1024, maxQueueAgeMs: 0 },
    })
    try {
      await expectNonReadersClosed(probe.url)
      const actions = await probe.relay.metrics.slowConsumerActions.get()
      const count = (reason: string) =>
        actions.values.find((v) => v.labels.policy === 'disconnect' && v.labels.reason === reason)?.value
      expect(count('unread')).toBe(2)
      expect(count('bytes')).toBe(0)
      expect(count('age')).toBe(0)
      await assertAlive(probe.url)
    } finally {
      await probe.close()
    }
  }, 30_000)
})
