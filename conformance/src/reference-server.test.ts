import { type IncomingMessage, request } from 'node:http'
import { jsonCodec, protoCodec } from '@zerorelay/protocol'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type Connection, openConnection } from './connections.js'
import { type ReferenceServer, startReferenceServer, topicMatches } from './reference-server.js'
import { type AuthEnv, createAuthEnv, mintToken } from './tokens.js'

describe('topicMatches()', () => {
  it('implements * (one token) and > (one or more trailing tokens)', () => {
    expect(topicMatches('a.b', 'a.b')).toBe(true)
    expect(topicMatches('a.*', 'a.b')).toBe(true)
    expect(topicMatches('a.*', 'a.b.c')).toBe(false)
    expect(topicMatches('a.*', 'a')).toBe(false)
    expect(topicMatches('a.>', 'a.b.c')).toBe(true)
    expect(topicMatches('a.>', 'a')).toBe(false)
  })
})

describe('reference server', () => {
  let auth: AuthEnv
  let ref: ReferenceServer
  const opened: Connection[] = []
  beforeAll(async () => {
    auth = await createAuthEnv()
  })
  afterEach(async () => {
    for (const c of opened.splice(0)) c.terminate()
    await ref?.stop()
  })

  async function open(actor: string, subprotocol = protoCodec.subprotocol): Promise<Connection> {
    const r = await openConnection('ws', {
      url: ref.urlFor(actor),
      protocols: [subprotocol],
      actor,
      trace: () => {},
      timeoutMs: 2000,
    })
    if (!r.ok) throw new Error(r.error)
    opened.push(r.conn)
    return r.conn
  }

  async function next(conn: Connection, pred: (f: NonNullable<Connection['received'][number]['frame']>) => boolean) {
    const deadline = performance.now() + 2000
    for (;;) {
      const hit = conn.received.find((r) => r.frame && pred(r.frame))
      if (hit?.frame) return hit.frame
      if (performance.now() > deadline) throw new Error('no such frame')
      await conn.waitChange(deadline)
    }
  }

  it('relays between actors and records what it received, per actor', async () => {
    ref = await startReferenceServer(auth)
    const sub = await open('sub', jsonCodec.subprotocol)
    const pub = await open('pub')
    sub.sendMessage(jsonCodec.encodeClient({ id: 1, connect: { token: await mintToken(auth, { sub: 'sub' }, 0) } }))
    pub.sendMessage(protoCodec.encodeClient({ id: 1, connect: { token: await mintToken(auth, { sub: 'pub' }, 0) } }))
    await next(sub, (f) => !!f.connected)
    await next(pub, (f) => !!f.connected)
    sub.sendMessage(jsonCodec.encodeClient({ id: 2, subscribe: { topic: 'x.*' } }))
    await next(sub, (f) => !!f.subscribeAck)
    pub.sendMessage(
      protoCodec.encodeClient({ id: 3, publish: { topic: 'x.y', payload: Buffer.from('hi'), ack: true } }),
    )
    expect(Number((await next(pub, (f) => !!f.publishAck)).publishAck?.offset)).toBe(1)
    const d = await next(sub, (f) => !!f.delivery)
    expect(Buffer.from(d.delivery?.payload ?? []).toString()).toBe('hi')
    expect(ref.observed.filter((o) => o.actor === 'pub').map((o) => o.frame.kind)).toEqual(['connect', 'publish'])
    expect(ref.upgrades.map((u) => [u.actor, u.status])).toEqual([
      ['sub', 101],
      ['pub', 101],
    ])
  })

  it('refuses the scripted number of upgrades with the scripted status and Retry-After', async () => {
    ref = await startReferenceServer(auth)
    ref.refuseUpgrades('c1', 1, 503, 2)
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(ref.urlFor('c1').replace('ws:', 'http:'), {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        },
      })
      req.on('response', (r) => {
        r.resume()
        resolve(r)
      })
      req.on('error', reject)
      req.end()
    })
    expect(res.statusCode).toBe(503)
    expect(res.headers['retry-after']).toBe('2')
    await open('c1')
    expect(ref.upgrades.map((u) => u.status)).toEqual([503, 101])
  })

  it('refuses a bad token with UNAUTHENTICATED and close 4501', async () => {
    ref = await startReferenceServer(auth)
    const c = await open('c1')
    c.sendMessage(protoCodec.encodeClient({ id: 1, connect: { token: 'not.a.jwt' } }))
    expect((await next(c, (f) => !!f.error)).error?.code).toBe(2)
    const deadline = performance.now() + 2000
    while (!c.closed && performance.now() < deadline) await c.waitChange(deadline)
    expect(c.closed?.code).toBe(4501)
  })

  it('closes an actor with a Disconnect frame and the scripted code', async () => {
    ref = await startReferenceServer(auth)
    const c = await open('c1')
    ref.close('c1', 1012, 'restart')
    expect((await next(c, (f) => !!f.disconnect)).disconnect?.code).toBe(1012)
    const deadline = performance.now() + 2000
    while (!c.closed && performance.now() < deadline) await c.waitChange(deadline)
    expect(c.closed?.code).toBe(1012)
  })

  async function closed(c: Connection): Promise<number | undefined> {
    const deadline = performance.now() + 2000
    while (!c.closed && performance.now() < deadline) await c.waitChange(deadline)
    return c.closed?.code
  }

  async function connected(actor: string, token?: string): Promise<Connection> {
    const c = await open(actor)
    c.sendMessage(protoCodec.encodeClient({ id: 1, connect: { token: token ?? (await mintToken(auth, {}, 0)) } }))
    await next(c, (f) => !!f.connected || !!f.error)
    return c
  }

  it('replays history after resumeAfter, and refuses another epoch with UNRECOVERABLE_POSITION', async () => {
    ref = await startReferenceServer(auth)
    const pub = await connected('pub')
    for (const [i, text] of ['a', 'b', 'c'].entries())
      pub.sendMessage(protoCodec.encodeClient({ id: 2 + i, publish: { topic: 't.x', payload: Buffer.from(text) } }))
    const probe = await connected('probe')
    probe.sendMessage(protoCodec.encodeClient({ id: 2, subscribe: { topic: 't.x' } }))
    const position = (await next(probe, (f) => !!f.subscribeAck)).subscribeAck?.position
    expect(Number(position?.offset)).toBe(3)
    const sub = await connected('sub')
    sub.sendMessage(
      protoCodec.encodeClient({
        id: 2,
        subscribe: { topic: 't.x', resumeAfter: { epoch: position?.epoch, offset: 1 } },
      }),
    )
    await next(sub, (f) => !!f.subscribeAck)
    await next(sub, (f) => Number(f.delivery?.offset) === 3)
    expect(
      sub.received
        .filter((r) => r.frame?.delivery)
        .map((r) => Buffer.from(r.frame?.delivery?.payload ?? []).toString()),
    ).toEqual(['b', 'c'])
    const gone = await connected('gone')
    gone.sendMessage(
      protoCodec.encodeClient({ id: 2, subscribe: { topic: 't.x', resumeAfter: { epoch: 'old', offset: 1 } } }),
    )
    const err = (await next(gone, (f) => !!f.error)).error
    expect(err?.code).toBe(9) // CODE_UNRECOVERABLE_POSITION
    expect(Number(err?.position?.offset)).toBe(3)
  })

  it('announces and enforces maxFrameBytes (close 1009)', async () => {
    ref = await startReferenceServer(auth, { maxFrameBytes: 1024 })
    const c = await open('c1')
    c.sendMessage(protoCodec.encodeClient({ id: 1, connect: { token: await mintToken(auth, {}, 0) } }))
    expect((await next(c, (f) => !!f.connected)).connected?.limits?.maxFrameBytes).toBe(1024)
    c.sendMessage(protoCodec.encodeClient({ id: 2, publish: { topic: 't.x', payload: new Uint8Array(2000) } }))
    expect(await closed(c)).toBe(1009)
  })

  it('rejects a token it closed with 4001, and accepts a new one', async () => {
    ref = await startReferenceServer(auth)
    const token = await mintToken(auth, {}, 0)
    const first = await connected('c1', token)
    ref.close('c1', 4001, 'token expired')
    expect(await closed(first)).toBe(4001)
    const again = await connected('c1', token)
    expect(again.received.find((r) => r.frame?.error)?.frame?.error?.code).toBe(12) // CODE_TOKEN_EXPIRED
    expect(await closed(again)).toBe(4001)
    const fresh = await connected('c1', await mintToken(auth, {}, 0))
    expect(fresh.received.some((r) => r.frame?.connected)).toBe(true)
  })

  it('closes with the code of a scripted Disconnect frame, and records only closes the client started', async () => {
    ref = await startReferenceServer(auth)
    const c = await connected('c1')
    ref.send('c1', { disconnect: { code: 1012, reason: 'restart', retryAfterMs: 1000 } })
    expect((await next(c, (f) => !!f.disconnect)).disconnect?.retryAfterMs).toBe(1000)
    expect(await closed(c)).toBe(1012)
    const d = await connected('c2')
    d.sendClose(1000, 'bye')
    const deadline = performance.now() + 2000
    while (ref.clientCloses.length === 0 && performance.now() < deadline) await ref.waitChange(deadline)
    expect(ref.clientCloses.map((x) => [x.actor, x.code])).toEqual([['c2', 1000]])
  })
})
