/**
 * Hostile case 22(a) at the WebSocket level (docs/protocol.md#heartbeats): a client that floods WebSocket
 * pings and never reads the pongs. The relay answers every ping, so unwritten pongs would pile
 * up in its memory without a bound; at 60 pongs it cannot write, it cuts the connection (the
 * Node adapter answers pings itself, with `ws`'s autoPong limit), and it keeps serving others.
 * Real sockets on 127.0.0.1; the flood is bounded in count and time.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { rawSocket } from './flow-control/flow-helpers.js'
import { assertAlive, connectClient, mintToken, startRelay, type TestRelay } from './helpers.js'

/** Pings sent per step, between checks of the relay's state. */
const PINGS_PER_STEP = 2_000
/**
 * Far more pings than the kernel can hold as pongs for a client that does not read (the relay's
 * send buffer grows to at most 4 MiB here, the client's receive window stays at its initial size),
 * so a relay without the cutoff fails the test instead of passing by luck.
 */
const MAX_PINGS = 200_000
const MAX_FLOOD_MS = 20_000

const relays: TestRelay[] = []
afterEach(async () => {
  for (const t of relays.splice(0)) await t.close()
})

/** Connections the relay closed with `code` so far (its own count, read in-process). */
async function closedWith(t: TestRelay, code: number): Promise<number> {
  const { values } = await t.relay.metrics.connectionsClosed.get()
  return values.find((v) => v.labels.code === String(code))?.value ?? 0
}

describe('WebSocket ping flood', () => {
  it('cuts off a client whose pongs pile up unwritten, and keeps serving others', async () => {
    const t = await startRelay()
    relays.push(t)
    const flooder = await connectClient(t.url, await mintToken({ sub: 'flooder' }))
    flooder.ws.on('error', () => undefined) // writes after the cut fail (EPIPE / ECONNRESET)
    // The client reads nothing more: the relay's pongs fill the kernel's buffers, then its own.
    rawSocket(flooder).pause()
    const cutBefore = await closedWith(t, 1006)
    const payload = Buffer.alloc(125, 0x70) // the largest control-frame payload
    const startMs = Date.now()
    let sent = 0
    let isCut = false
    while (!isCut && sent < MAX_PINGS && Date.now() - startMs < MAX_FLOOD_MS) {
      for (let i = 0; i < PINGS_PER_STEP && flooder.ws.readyState === flooder.ws.OPEN; i++) flooder.ws.ping(payload)
      sent += PINGS_PER_STEP
      // Let the relay read this step (its socket drains ours) before looking again.
      await new Promise<void>((resolve) => setTimeout(resolve, 5))
      isCut = (await closedWith(t, 1006)) > cutBefore
    }
    // Give the relay's last reads a bounded moment when the loop ended on the count.
    for (let i = 0; !isCut && i < 100; i++) {
      await new Promise<void>((resolve) => setTimeout(resolve, 20))
      isCut = (await closedWith(t, 1006)) > cutBefore
    }
    expect(isCut, `relay still holding the connection after ${sent} pings`).toBe(true)
    expect(sent).toBeLessThan(MAX_PINGS)
    // Cut for the pong backlog, not by the heartbeat (4012) or a limit with a close frame.
    expect(await closedWith(t, 4012)).toBe(0)
    expect((await t.relay.metrics.connections.get()).values[0]?.value).toBe(0)
    await assertAlive(t.url)
    rawSocket(flooder).destroy()
  }, 40_000)
})
