/**
 * Closing behaviour of the two Deno adapters over real sockets (the relay spawned on Deno,
 * `deno-serve.ts`): the default adapter (`Deno.upgradeWebSocket`) completes its closing
 * handshake while the client keeps sending, and the `node:http` + `ws` adapter
 * (`deno-node-ws.ts`) also closes protocol violations with 1002/1007 like Node does. Skipped
 * with a message when the Deno binary is not installed.
 */
import type { Socket } from 'node:net'
import { SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, mintToken, openClient, SECRET } from '../helpers.js'
import { expectNonReadersClosed, PROBE_UNREAD_AGE_MS } from '../unread-probe.js'
import { type DenoAdapterName, type DenoRelay, hasDeno, spawnDenoRelay } from './deno-spawn.js'

const ADAPTERS: readonly DenoAdapterName[] = ['deno', 'deno-node-ws']
const MAX_BAD_FRAMES = 3
/** Not a ClientFrame in either codec. */
const GARBAGE = new Uint8Array(11).fill(0xff)

for (const adapter of ADAPTERS) {
  if (!hasDeno()) {
    describe.skip(`deno adapter ${adapter}: node_modules/.bin/deno not found (npm install installs it)`, () => {
      it('is skipped', () => {})
    })
    continue
  }

  describe(`deno adapter ${adapter}`, () => {
    let relay: DenoRelay

    beforeAll(async () => {
      relay = await spawnDenoRelay(adapter, {
        // Byte caps far away and queue age off, so that only the unread-age probe catches a non-reader.
        limits: {
          maxBadFrames: MAX_BAD_FRAMES,
          maxUnreadAgeMs: PROBE_UNREAD_AGE_MS,
          maxQueuedBytes: 64 * 1024 * 1024,
          maxQueueAgeMs: 0,
        },
        timeouts: { authTimeoutMs: 5_000 },
        auth: { leewayMs: 0, tenants: { default: { keys: [{ alg: 'HS256', secret: SECRET }] } } },
      })
    }, 60_000)

    afterAll(async () => {
      await relay?.stop()
    }, 30_000)

    it('sends its close frame (4500) to a client that keeps sending after the close', async () => {
      const token = await mintToken()
      for (let round = 0; round < 3; round++) {
        const client = await connectClient(relay.url, token, { protocols: [SUBPROTOCOL_PROTO] })
        // Well past the bad-frame limit: frames keep arriving after the relay's close frame.
        for (let i = 0; i < 4 * MAX_BAD_FRAMES; i++) client.sendRaw(GARBAGE)
        const closed = await client.closed
        expect(closed.code).toBe(4500)
      }
      // The relay still serves.
      const again = await connectClient(relay.url, token, { protocols: [SUBPROTOCOL_PROTO] })
      expect((await again.call({ ping: { clientTimeMs: 1 } })).kind).toBe('pong')
      again.close()
      await again.closed
    }, 30_000)

    if (adapter === 'deno') {
      // Deno reports pongs only through its per-frame hook, which data frames pass too: the
      // adapter tells them apart (settlePong). runtimes.test.ts covers deno-node-ws. Deno resets
      // a client that pings without reading when the relay closes it (docs/runtimes.md).
      it('closes subscribers that stop reading by the unread-age probe (a pong, not a ping or a message, clears it)', async () => {
        await expectNonReadersClosed(relay.url, { isPingerReset: true })
      }, 30_000)
    }

    if (adapter === 'deno-node-ws') {
      it('closes invalid UTF-8 in a text message with 1007', async () => {
        const client = await openClient(relay.url)
        client.ws.send(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), { binary: false })
        expect((await client.closed).code).toBe(1007)
      }, 20_000)

      it('closes an unmasked client frame with 1002', async () => {
        const client = await openClient(relay.url, { protocols: [SUBPROTOCOL_PROTO] })
        // A complete unmasked binary frame (FIN, opcode 2, 2 bytes), written past ws's Sender.
        ;(client.ws as unknown as { _socket: Socket })._socket.write(Buffer.from([0x82, 0x02, 0x08, 0x02]))
        expect((await client.closed).code).toBe(1002)
      }, 20_000)

      it('delivers a publication to a subscriber', async () => {
        const token = await mintToken()
        const sub = await connectClient(relay.url, token)
        const pub = await connectClient(relay.url, token)
        expect((await sub.call({ subscribe: { topic: 'deno.node-ws' } })).kind).toBe('subscribeAck')
        const payload = new TextEncoder().encode('via node:http + ws')
        expect((await pub.call({ publish: { topic: 'deno.node-ws', payload, ack: true } })).kind).toBe('publishAck')
        const delivery = await sub.next((f) => f.kind === 'delivery')
        expect(new TextDecoder().decode(delivery.delivery?.payload ?? new Uint8Array())).toBe('via node:http + ws')
        sub.close()
        pub.close()
        await Promise.all([sub.closed, pub.closed])
      }, 20_000)
    }
  })
}
