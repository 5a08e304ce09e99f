import { CloseCode, Code, SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO, toU64 } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assertAlive, connectClient, mintToken, openClient, startRelay, type TestRelay } from './helpers.js'

let t: TestRelay

beforeAll(async () => {
  t = await startRelay()
})
afterAll(async () => {
  await t.close()
})

describe('connect', () => {
  it('answers Connected with session id, version, subject, expiry, limits and features', async () => {
    const client = await openClient(t.url)
    const token = await mintToken({ sub: 'carol', expiresInS: 600 })
    const reply = await client.call({ connect: { token } })
    expect(reply.kind).toBe('connected')
    const c = reply.connected
    expect(c?.sessionId).toMatch(/^s-/)
    expect(c?.serverVersion).toBe('0.1.0')
    expect(c?.subject).toBe('carol')
    const expiry = Number(toU64(c?.tokenExpiresAtMs))
    expect(Math.abs(expiry - (Date.now() + 600_000))).toBeLessThan(5_000)
    expect(c?.limits?.maxFrameBytes).toBe(64 * 1024)
    expect(c?.limits?.pingIntervalMs).toBe(5_000)
    expect(c?.limits?.pongTimeoutMs).toBe(5_000)
    expect(c?.limits?.maxSubscriptions).toBe(128)
    expect(c?.features).toEqual(['wildcards', 'refresh', 'at-least-once', 'resume', 'idempotency', 'rate-limit'])
    expect(c?.limits?.messagesPerSecond).toBe(10_000)
    expect(c?.limits?.messagesBurst).toBe(20_000)
    expect(c?.limits?.bytesPerSecond).toBe(16 * 1024 * 1024)
    expect(c?.limits?.bytesBurst).toBe(32 * 1024 * 1024)
    expect(c?.limits?.maxInFlight).toBe(256)
    expect(c?.limits?.ackWaitMs).toBe(30_000)
    expect(c?.limits?.maxDeliver).toBe(5)
    client.close()
  })

  it('refuses a missing token with UNAUTHENTICATED then close 4501', async () => {
    const client = await openClient(t.url)
    const reply = await client.call({ connect: {} })
    expect(reply.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
    const disconnect = await client.next((f) => f.kind === 'disconnect')
    expect(disconnect.disconnect?.code).toBe(CloseCode.CLOSE_CODE_UNAUTHENTICATED)
    expect((await client.closed).code).toBe(4501)
  })

  it('refuses a badly signed token with UNAUTHENTICATED then 4501, and counts the reason', async () => {
    const count = async () =>
      (await t.relay.metrics.authFailures.get()).values.find((v) => v.labels.reason === 'bad_signature')?.value ?? 0
    const before = await count()
    const client = await openClient(t.url)
    const bad = await mintToken({ secret: 'x'.repeat(40) })
    const reply = await client.call({ connect: { token: bad } })
    expect(reply.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
    expect(reply.error?.message).not.toContain(bad)
    expect((await client.closed).code).toBe(4501)
    expect((await count()) - before).toBe(1)
    await assertAlive(t.url)
  })

  it('refuses tokens with invalid permission patterns (bad_claims)', async () => {
    const client = await openClient(t.url)
    const reply = await client.call({ connect: { token: await mintToken({ pub: ['a..b'] }) } })
    expect(reply.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
    expect((await client.closed).code).toBe(4501)
  })

  it('answers commands before connect with UNAUTHENTICATED and allows ping', async () => {
    const client = await openClient(t.url)
    const sub = await client.call({ subscribe: { topic: 'a' } })
    expect(sub.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
    const pong = await client.call({ ping: { clientTimeMs: 42 } })
    expect(toU64(pong.pong?.clientTimeMs)).toBe(42n)
    expect(client.ws.readyState).toBe(client.ws.OPEN)
    client.close()
  })

  it('answers a second connect with BAD_REQUEST', async () => {
    const token = await mintToken()
    const client = await connectClient(t.url, token)
    const reply = await client.call({ connect: { token } })
    expect(reply.error?.code).toBe(Code.CODE_BAD_REQUEST)
    client.close()
  })

  it('accepts the token from an Authorization: Bearer header', async () => {
    const token = await mintToken({ sub: 'header-user' })
    const client = await openClient(t.url, { headers: { Authorization: `Bearer ${token}` } })
    const reply = await client.call({ connect: {} })
    expect(reply.connected?.subject).toBe('header-user')
    client.close()
  })
})

describe('subscribe and publish', () => {
  it.each([
    ['json', SUBPROTOCOL_JSON],
    ['proto', SUBPROTOCOL_PROTO],
  ])('delivers with the %s codec, with strictly increasing ack offsets', async (_name, protocol) => {
    const token = await mintToken()
    const sub = await connectClient(t.url, token, { protocols: [protocol] })
    const pub = await connectClient(t.url, token, { protocols: [protocol] })
    const topic = `codec.${_name}`
    const ack = await sub.call({ subscribe: { topic } })
    expect(ack.subscribeAck?.topic).toBe(topic)
    const offsets: bigint[] = []
    for (let i = 0; i < 5; i++) {
      const r = await pub.call({ publish: { topic, payload: new Uint8Array([i]), ack: true } })
      expect(r.kind).toBe('publishAck')
      expect(r.publishAck?.epoch).not.toBe('')
      offsets.push(toU64(r.publishAck?.offset))
    }
    for (let i = 1; i < offsets.length; i++) expect(offsets[i] as bigint).toBeGreaterThan(offsets[i - 1] as bigint)
    for (let i = 0; i < 5; i++) {
      const d = await sub.next((f) => f.kind === 'delivery')
      expect(d.id).toBe(0)
      expect(d.delivery?.topic).toBe(topic)
      expect([...(d.delivery?.payload ?? [])]).toEqual([i])
      expect(toU64(d.delivery?.offset)).toBe(offsets[i])
      expect(d.delivery?.deliveryCount).toBe(1)
    }
    sub.close()
    pub.close()
  })

  it('carries payloads unchanged: empty, all 256 byte values, unicode headers (both codecs at once)', async () => {
    const token = await mintToken()
    const subJson = await connectClient(t.url, token, { protocols: [SUBPROTOCOL_JSON] })
    const subProto = await connectClient(t.url, token, { protocols: [SUBPROTOCOL_PROTO] })
    const pub = await connectClient(t.url, token, { protocols: [SUBPROTOCOL_PROTO] })
    await subJson.call({ subscribe: { topic: 'fidelity.x' } })
    await subProto.call({ subscribe: { topic: 'fidelity.x' } })
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const headers = { ключ: 'значение ✓', emoji: '😀', empty: '' }
    await pub.call({ publish: { topic: 'fidelity.x', payload: new Uint8Array(), ack: true } })
    await pub.call({ publish: { topic: 'fidelity.x', payload: all, headers, ack: true } })
    for (const sub of [subJson, subProto]) {
      const d1 = await sub.next((f) => f.kind === 'delivery')
      expect(d1.delivery?.payload?.length ?? 0).toBe(0)
      const d2 = await sub.next((f) => f.kind === 'delivery')
      expect([...(d2.delivery?.payload ?? [])]).toEqual([...all])
      expect({ ...d2.delivery?.headers }).toEqual(headers)
    }
    for (const c of [subJson, subProto, pub]) c.close()
  })

  it('delivers once to a connection with overlapping subscriptions, and honours wildcards', async () => {
    const token = await mintToken()
    const sub = await connectClient(t.url, token)
    const pub = await connectClient(t.url, token)
    await sub.call({ subscribe: { topic: 'orders.*' } })
    await sub.call({ subscribe: { topic: 'orders.>' } })
    await sub.call({ subscribe: { topic: 'orders.eu' } })
    await pub.call({ publish: { topic: 'orders.eu', payload: new Uint8Array([1]), ack: true } })
    await pub.call({ publish: { topic: 'orders.eu.fr', payload: new Uint8Array([2]), ack: true } })
    await pub.call({ publish: { topic: 'orders', payload: new Uint8Array([3]), ack: true } })
    await pub.call({ publish: { topic: 'marker', payload: new Uint8Array([9]), ack: true } })
    await sub.call({ subscribe: { topic: 'marker2' } })
    await pub.call({ publish: { topic: 'marker2', payload: new Uint8Array([4]), ack: true } })
    await sub.next((f) => f.delivery?.topic === 'marker2')
    const topics = sub.frames.filter((f) => f.kind === 'delivery').map((f) => f.delivery?.topic)
    expect(topics).toEqual(['orders.eu', 'orders.eu.fr'])
    sub.close()
    pub.close()
  })

  it('keeps tenants apart: tenant A publish never reaches tenant B', async () => {
    const a = await connectClient(t.url, await mintToken({ tenant: 'default' }))
    const b = await connectClient(t.url, await mintToken({ tenant: 'b' }))
    await b.call({ subscribe: { topic: 'chat.x' } })
    await b.call({ subscribe: { topic: '>' } })
    await a.call({ publish: { topic: 'chat.x', payload: new Uint8Array([1]), ack: true } })
    const bPub = await connectClient(t.url, await mintToken({ tenant: 'b' }))
    await bPub.call({ publish: { topic: 'chat.marker', payload: new Uint8Array([2]), ack: true } })
    const d = await b.next((f) => f.kind === 'delivery')
    expect(d.delivery?.topic).toBe('chat.marker')
    expect([...(d.delivery?.payload ?? [])]).toEqual([2])
    expect(b.frames.filter((f) => f.kind === 'delivery')).toHaveLength(0)
    for (const c of [a, b, bPub]) c.close()
  })

  it('echoes a publisher its own messages by default', async () => {
    const c = await connectClient(t.url, await mintToken())
    await c.call({ subscribe: { topic: 'echo.x' } })
    await c.call({ publish: { topic: 'echo.x', payload: new Uint8Array([7]), ack: true } })
    const d = await c.next((f) => f.kind === 'delivery')
    expect([...(d.delivery?.payload ?? [])]).toEqual([7])
    c.close()
  })

  it('enforces permissions and the system-topic rule', async () => {
    const c = await connectClient(t.url, await mintToken({ pub: ['chat.>'], subscribe: ['chat.>', '$dlq.>'] }))
    expect((await c.call({ publish: { topic: 'news.x', ack: true } })).error?.code).toBe(Code.CODE_PERMISSION_DENIED)
    expect((await c.call({ subscribe: { topic: '>' } })).error?.code).toBe(Code.CODE_PERMISSION_DENIED)
    expect((await c.call({ subscribe: { topic: 'chat.*' } })).kind).toBe('subscribeAck')
    expect((await c.call({ subscribe: { topic: '$dlq.chat' } })).kind).toBe('subscribeAck')
    expect((await c.call({ publish: { topic: '$dlq.chat', ack: true } })).error?.code).toBe(Code.CODE_PERMISSION_DENIED)
    c.close()
  })

  it('answers subscribe errors: duplicate, unknown unsubscribe, at-least-once, resume, ack', async () => {
    const c = await connectClient(t.url, await mintToken())
    expect((await c.call({ subscribe: { topic: 'dup' } })).kind).toBe('subscribeAck')
    expect((await c.call({ subscribe: { topic: 'dup' } })).error?.code).toBe(Code.CODE_ALREADY_SUBSCRIBED)
    expect((await c.call({ unsubscribe: { topic: 'nope' } })).error?.code).toBe(Code.CODE_NOT_FOUND)
    expect((await c.call({ unsubscribe: { topic: 'dup' } })).kind).toBe('unsubscribeAck')
    const alo = await c.call({ subscribe: { topic: 'alo.*', mode: 2 } })
    expect(alo.error?.code).toBe(Code.CODE_BAD_REQUEST)
    expect(alo.error?.message).toMatch(/at-least-once/)
    const resume = await c.call({ subscribe: { topic: 'r', resumeAfter: { epoch: 'e', offset: 1 } } })
    expect(resume.error?.code).toBe(Code.CODE_UNRECOVERABLE_POSITION)
    expect(resume.error?.position?.epoch).not.toBe('e')
    expect((await c.call({ ack: { topic: 'x', epoch: 'e', offset: 1 } })).error?.code).toBe(Code.CODE_NOT_FOUND)
    c.close()
  })

  it('stops deliveries after unsubscribeAck', async () => {
    const token = await mintToken()
    const sub = await connectClient(t.url, token)
    const pub = await connectClient(t.url, token)
    await sub.call({ subscribe: { topic: 'u.x' } })
    await sub.call({ subscribe: { topic: 'u.marker' } })
    await sub.call({ unsubscribe: { topic: 'u.x' } })
    await pub.call({ publish: { topic: 'u.x', ack: true } })
    await pub.call({ publish: { topic: 'u.marker', ack: true } })
    const d = await sub.next((f) => f.kind === 'delivery')
    expect(d.delivery?.topic).toBe('u.marker')
    sub.close()
    pub.close()
  })

  it('answers INVALID_TOPIC for every invalid topic and keeps the connection open', async () => {
    const c = await connectClient(t.url, await mintToken())
    const invalid = ['', 'a..b', '.a', 'a.', 'a b', 'a\n', 'a\0', 'é', 'a/b', 'a#', 'or*ders', 'a.>.b', 'x'.repeat(65)]
    for (const topic of invalid) {
      expect((await c.call({ subscribe: { topic } })).error?.code, JSON.stringify(topic)).toBe(Code.CODE_INVALID_TOPIC)
      expect((await c.call({ publish: { topic, ack: true } })).error?.code).toBe(Code.CODE_INVALID_TOPIC)
    }
    expect((await c.call({ publish: { topic: 'a.*', ack: true } })).error?.code).toBe(Code.CODE_INVALID_TOPIC)
    expect((await c.call({ ping: {} })).kind).toBe('pong')
    c.close()
  })

  it('rejects reserved header names with BAD_REQUEST', async () => {
    const c = await connectClient(t.url, await mintToken())
    const headers: Record<string, string> = {}
    Object.defineProperty(headers, 'constructor', { value: 'x', enumerable: true })
    const r = await c.call({ publish: { topic: 'h', headers, ack: true } })
    expect(r.error?.code).toBe(Code.CODE_BAD_REQUEST)
    c.close()
  })

  it('requires a non-zero id for commands that need a reply', async () => {
    const c = await connectClient(t.url, await mintToken())
    c.send({ id: 0, subscribe: { topic: 'z' } })
    const r = await c.next((f) => f.kind === 'error')
    expect(r.id).toBe(0)
    expect(r.error?.code).toBe(Code.CODE_BAD_REQUEST)
    c.close()
  })
})
