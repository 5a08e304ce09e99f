/**
 * Token revocation on one node without Redis: the admin API (bearer token, validation, 404 when
 * off), live connections of a revoked subject or jti closed with 4504, a reconnect and a
 * Refresh with a revoked token refused, and the memory store's expiry.
 */
import { CloseCode, Code } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryRevocationStore } from '../src/revocation/memory.js'
import { connectClient, mintToken, openClient, startRelay, type TestClient, type TestRelay } from './helpers.js'

const ADMIN_TOKEN = 'admin-token-0123456789abcdef0123456789'
let t: TestRelay
const clients: TestClient[] = []

beforeAll(async () => {
  t = await startRelay({ admin: { token: ADMIN_TOKEN } })
})
afterAll(async () => {
  for (const c of clients) c.ws.terminate()
  await t.close()
})

async function connect(token: string): Promise<TestClient> {
  const c = await connectClient(t.url, token)
  clients.push(c)
  return c
}

function post(body: unknown, token = ADMIN_TOKEN, adminUrl = t.adminUrl): Promise<Response> {
  return fetch(`${adminUrl}/v1/revocations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  })
}

/** Connects with `token` and expects the refusal of a revoked token. */
async function expectRevokedConnect(token: string): Promise<void> {
  const c = await openClient(t.url)
  clients.push(c)
  const reply = await c.call({ connect: { token } })
  expect(reply.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
  expect(reply.error?.message).toBe('token has been revoked')
  expect((await c.next((f) => f.kind === 'disconnect')).disconnect?.code).toBe(CloseCode.CLOSE_CODE_TOKEN_REVOKED)
  expect((await c.closed).code).toBe(4504)
}

describe('revocation on a single node', () => {
  it('closes every connection of a revoked subject with 4504 and refuses its reconnect', async () => {
    const malloryToken = await mintToken({ sub: 'mallory' })
    const m1 = await connect(malloryToken)
    const m2 = await connect(await mintToken({ sub: 'mallory' }))
    const alice = await connect(await mintToken({ sub: 'alice' }))
    const otherTenant = await connect(await mintToken({ sub: 'mallory', tenant: 'b' }))
    const res = await post({ tenant: 'default', subject: 'mallory' })
    expect(res.status).toBe(202)
    const stored = (await res.json()) as { tenant: string; subject: string; untilMs: number }
    expect(stored).toMatchObject({ tenant: 'default', subject: 'mallory' })
    expect(stored.untilMs).toBeGreaterThan(Date.now())
    for (const m of [m1, m2]) {
      const frame = await m.next((f) => f.kind === 'disconnect')
      expect(frame.disconnect?.code).toBe(CloseCode.CLOSE_CODE_TOKEN_REVOKED)
      expect((await m.closed).code).toBe(4504)
    }
    // Other subjects, and the same subject in another tenant, are untouched.
    expect((await alice.call({ ping: {} })).kind).toBe('pong')
    expect((await otherTenant.call({ ping: {} })).kind).toBe('pong')
    await expectRevokedConnect(malloryToken)
    const metrics = await fetch(`${t.adminUrl}/metrics`).then((r) => r.text())
    expect(metrics).toMatch(/zerorelay_auth_failures_total\{reason="revoked"\} [1-9]/)
    expect(metrics).toMatch(/zerorelay_revoked_disconnects_total [1-9]/)
    const list = await fetch(`${t.adminUrl}/v1/revocations?tenant=default`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    }).then((r) => r.json())
    expect(list).toMatchObject({ revocations: [{ tenant: 'default', subject: 'mallory' }] })
  })

  it('revokes one token by jti: that token is closed and refused, another token of the subject works', async () => {
    const revoked = await mintToken({ sub: 'bob', extra: { jti: 'tok-1' } })
    const c = await connect(revoked)
    expect((await post({ tenant: 'default', jti: 'tok-1' })).status).toBe(202)
    expect((await c.closed).code).toBe(4504)
    await expectRevokedConnect(revoked)
    const fresh = await connect(await mintToken({ sub: 'bob', extra: { jti: 'tok-2' } }))
    expect((await fresh.call({ ping: {} })).kind).toBe('pong')
    // A Refresh to a revoked token: error, then 4504.
    const reply = await fresh.call({ refresh: { token: revoked } })
    expect(reply.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
    expect((await fresh.closed).code).toBe(4504)
  })

  it('protects the API with the bearer token and validates the body', async () => {
    expect((await post({ tenant: 'default', subject: 'x' }, 'wrong-token-0123456789abcdef0123456789')).status).toBe(401)
    const missing = await fetch(`${t.adminUrl}/v1/revocations?tenant=default`)
    expect(missing.status).toBe(401)
    expect(missing.headers.get('www-authenticate')).toContain('Bearer')
    expect((await post({ tenant: 'default' })).status).toBe(400) // neither jti nor subject
    expect((await post({ tenant: 'default', jti: 'a', subject: 'b' })).status).toBe(400)
    expect((await post({ tenant: 'bad tenant!', subject: 'b' })).status).toBe(400)
    expect((await post({ tenant: 'default', subject: 'b', untilMs: 1 })).status).toBe(400) // in the past
    expect((await post({ tenant: 'default', subject: 'b', extra: true })).status).toBe(400)
    const notJson = await fetch(`${t.adminUrl}/v1/revocations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: '{',
    })
    expect(notJson.status).toBe(400)
    const logs = t.logs.text
    expect(logs).not.toContain(ADMIN_TOKEN)
  })

  it('answers 404 with how to enable the API when admin.token is unset', async () => {
    const plain = await startRelay()
    try {
      const res = await post({ tenant: 'default', subject: 'x' }, ADMIN_TOKEN, plain.adminUrl)
      expect(res.status).toBe(404)
      expect(await res.text()).toContain('admin.token')
    } finally {
      await plain.close()
    }
  })
})

describe('createMemoryRevocationStore()', () => {
  it('matches jti and subject per tenant, keeps the later untilMs and forgets expired entries', async () => {
    let nowMs = 1_000_000
    const store = createMemoryRevocationStore({ now: () => nowMs, defaultLifetimeMs: 60_000 })
    const heard: string[] = []
    store.onRevoked((r) => heard.push(r.jti ?? r.subject ?? ''))
    const a = await store.revoke({ tenant: 't', jti: 'j1' })
    expect(a.untilMs).toBe(nowMs + 60_000)
    await store.revoke({ tenant: 't', subject: 's1', untilMs: nowMs + 1_000 })
    expect(store.isRevoked({ tenant: 't', subject: 'x', tokenId: 'j1' })).toBe(true)
    expect(store.isRevoked({ tenant: 'u', subject: 'x', tokenId: 'j1' })).toBe(false)
    expect(store.isRevoked({ tenant: 't', subject: 'x' })).toBe(false)
    expect(store.isRevoked({ tenant: 't', subject: 's1' })).toBe(true)
    // An earlier untilMs does not shorten an existing revocation.
    const kept = await store.revoke({ tenant: 't', jti: 'j1', untilMs: nowMs + 10 })
    expect(kept.untilMs).toBe(nowMs + 60_000)
    expect(heard).toEqual(['j1', 's1'])
    nowMs += 1_000
    expect(store.isRevoked({ tenant: 't', subject: 's1' })).toBe(false)
    expect(store.list('t').map((r) => r.jti)).toEqual(['j1'])
    await expect(store.revoke({ tenant: 't', jti: 'j2', untilMs: nowMs - 1 })).rejects.toThrow(/past/)
  })
})
