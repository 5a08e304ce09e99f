/**
 * The unread-age probe as clients see it, shared by the Node, Bun and Deno tests: a subscriber
 * that stops reading is closed with 4008 ("client not reading") long before the kernel's socket
 * buffers fill, whether it sends nothing or keeps pinging (a client's ping is not a pong), while
 * a subscriber that reads keeps every delivery and its connection.
 */
import { CloseCode, type ServerFrame, SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import { expect } from 'vitest'
import { rawSocket, sleep, within } from './flow-control/flow-helpers.js'
import { type CloseInfo, connectClient, mintToken } from './helpers.js'

/** `limits.maxUnreadAgeMs` of the relay under test: probes every 200 ms while data flows. */
export const PROBE_UNREAD_AGE_MS = 400
/** How long the publisher keeps publishing: several times the time a non-reader may take to be caught (≤ 1.5 × the age). */
const PUBLISH_FOR_MS = 2_500
/** 1 KiB every ~10 ms: about 100 KB/s, which loopback socket buffers absorb for many seconds. */
const PAYLOAD_BYTES = 1024
const PAUSE_MS = 10

/**
 * Runs the scenario against the relay at `url` (which must have `maxUnreadAgeMs` =
 * PROBE_UNREAD_AGE_MS, and byte caps and a heartbeat far away). Returns how many deliveries were
 * published. `isPingerReset`: the runtime resets the connection of a client that pings without
 * reading when the relay closes it (the native Deno adapter, docs/runtimes.md), so that client
 * sees 1006 instead of the Disconnect; it must still be closed.
 */
export async function expectNonReadersClosed(url: string, options: { isPingerReset?: boolean } = {}): Promise<number> {
  const token = await mintToken()
  const opts = { protocols: [SUBPROTOCOL_PROTO] }
  const silent = await connectClient(url, token, opts)
  const pinging = await connectClient(url, token, opts)
  const reader = await connectClient(url, token, opts)
  const pub = await connectClient(url, token, opts)
  for (const c of [silent, pinging, reader]) {
    expect((await c.call({ subscribe: { topic: 'probe' } })).kind).toBe('subscribeAck')
  }
  rawSocket(silent).pause()
  rawSocket(pinging).pause()
  const pings = setInterval(() => pinging.ws.ping(), 50)
  const payload = new Uint8Array(PAYLOAD_BYTES)
  const end = Date.now() + PUBLISH_FOR_MS
  let sent = 0
  try {
    while (Date.now() < end) {
      payload[0] = sent & 0xff
      payload[1] = (sent >> 8) & 0xff
      expect((await pub.call({ publish: { topic: 'probe', payload, ack: true } })).kind).toBe('publishAck')
      sent++
      await sleep(PAUSE_MS)
    }
  } finally {
    clearInterval(pings)
  }
  const index = (d: ServerFrame) => (d.delivery?.payload?.[0] ?? 0) + 256 * (d.delivery?.payload?.[1] ?? 0)

  // The reader answered every probe: all deliveries, in order, and still connected.
  const got = []
  for (let i = 0; i < sent; i++) got.push(index(await reader.next((f) => f.kind === 'delivery')))
  expect(got).toEqual(Array.from({ length: sent }, (_, i) => i))
  expect((await reader.call({ ping: { clientTimeMs: 1 } })).kind).toBe('pong')

  // The non-readers were closed while paused: reading now, each finds a gap-free prefix of the
  // deliveries, the Disconnect and the close, all 4008.
  for (const [name, client] of [
    ['silent', silent],
    ['pinging', pinging],
  ] as const) {
    rawSocket(client).resume()
    const closed: CloseInfo = await within(client.closed, 10_000, `the ${name} non-reader to be closed`)
    if (name === 'pinging' && options.isPingerReset === true && closed.code === 1006) continue
    expect(closed.code, `${name}: ${client.frames.length} frames, last ${client.frames.at(-1)?.kind}`).toBe(
      CloseCode.CLOSE_CODE_SLOW_CONSUMER,
    )
    const disconnect = client.frames.find((f) => f.kind === 'disconnect')?.disconnect
    expect(disconnect?.code).toBe(CloseCode.CLOSE_CODE_SLOW_CONSUMER)
    expect(disconnect?.reason).toBe('client not reading')
    const prefix = client.frames.filter((f) => f.kind === 'delivery').map(index)
    expect(prefix).toEqual(Array.from({ length: prefix.length }, (_, i) => i))
    expect(prefix.length).toBeLessThan(sent)
  }
  reader.close()
  pub.close()
  await Promise.all([reader.closed, pub.closed])
  return sent
}
