/**
 * Cluster-wide revocation on a real redis-server: the Redis store (push between two instances,
 * load at start, the later untilMs wins), and three relay PROCESSES where a revocation posted to
 * node A's admin API closes the subject's connections on B and C with 4504 within the bound and
 * a reconnect with that token is refused. Every wait is bounded.
 */
import { CloseCode, Code } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisRevocationStore, type RedisRevocationStore } from '../../src/revocation/redis.js'
import type { Revocation } from '../../src/revocation/store.js'
import { connectClient, mintToken, openClient, type TestClient } from '../helpers.js'
import { connection, type RedisServer, startRedisServer } from './redis-server.js'
import { type RelayProcess, startRelayProcess } from './relay-process.js'

const ADMIN_TOKEN = 'cluster-admin-token-0123456789abcdef0123'
/** Pub/sub must carry the revocation: the periodic reload is set far beyond this bound. */
const BOUND_MS = 2_000
let server: RedisServer
const stores: RedisRevocationStore[] = []
const relays: RelayProcess[] = []
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startRedisServer('none')
})
afterAll(async () => {
  for (const c of clients) c.ws.terminate()
  await Promise.all(stores.map((s) => s.close()))
  await Promise.all(relays.map((r) => r.kill()))
  await server.dispose()
})

function store(keyPrefix: string): RedisRevocationStore {
  const s = createRedisRevocationStore({
    ...connection(server),
    keyPrefix,
    now: Date.now,
    defaultLifetimeMs: 60_000,
    syncIntervalMs: 60_000,
  })
  stores.push(s)
  return s
}

describe('createRedisRevocationStore()', () => {
  it('pushes a revocation to every instance and loads existing ones at start', async () => {
    const a = store('rv1')
    const b = store('rv1')
    expect(await a.whenReady()).toBe(true)
    expect(await b.whenReady()).toBe(true)
    const heard = new Promise<Revocation>((resolve) => b.onRevoked(resolve))
    const stored = await a.revoke({ tenant: 'acme', subject: 'mallory' })
    expect(a.isRevoked({ tenant: 'acme', subject: 'mallory' })).toBe(true) // at once on the revoking node
    expect(await heard).toEqual(stored)
    expect(b.isRevoked({ tenant: 'acme', subject: 'mallory' })).toBe(true)
    expect(b.isRevoked({ tenant: 'acme', subject: 'alice' })).toBe(false)
    expect(b.isRevoked({ tenant: 'other', subject: 'mallory' })).toBe(false)
    // A later untilMs extends; an earlier one keeps the stored entry.
    const extended = await a.revoke({ tenant: 'acme', subject: 'mallory', untilMs: stored.untilMs + 5_000 })
    expect(extended.untilMs).toBe(stored.untilMs + 5_000)
    const kept = await b.revoke({ tenant: 'acme', subject: 'mallory', untilMs: stored.untilMs })
    expect(kept.untilMs).toBe(stored.untilMs + 5_000)
    await a.revoke({ tenant: 'acme', jti: 'j-1' })
    // A node started later loads everything.
    const c = store('rv1')
    expect(await c.whenReady()).toBe(true)
    expect(c.isRevoked({ tenant: 'acme', subject: 'x', tokenId: 'j-1' })).toBe(true)
    expect(c.list('acme')).toHaveLength(2)
    // Another key prefix is another cluster.
    const d = store('rv2')
    expect(await d.whenReady()).toBe(true)
    expect(d.isRevoked({ tenant: 'acme', subject: 'mallory' })).toBe(false)
  })

  it('applies revocations missed while its subscriber was away at the next reload', async () => {
    const a = store('rv3')
    const b = store('rv3')
    expect(await a.whenReady()).toBe(true)
    expect(await b.whenReady()).toBe(true)
    // Written directly (as if the PUBLISH had been missed): only a reload can find it.
    const entry = { tenant: 'acme', jti: 'missed', untilMs: Date.now() + 60_000, createdAtMs: Date.now() }
    await server.command('HSET', 'rv3:{~rv}:h', 'acme:j:missed', JSON.stringify(entry))
    expect(b.isRevoked({ tenant: 'acme', subject: 's', tokenId: 'missed' })).toBe(false)
    const heard = new Promise<Revocation>((resolve) => b.onRevoked(resolve))
    await b.reload()
    expect(await heard).toEqual(entry)
    expect(b.isRevoked({ tenant: 'acme', subject: 's', tokenId: 'missed' })).toBe(true)
  })
})

describe('revocation across relay processes', () => {
  it('closes the subject on every node with 4504 within the bound and refuses the reconnect', async () => {
    const nodes = await Promise.all(
      Array.from({ length: 3 }, () =>
        startRelayProcess(server.url, {
          ZERORELAY_ADMIN__TOKEN: ADMIN_TOKEN,
          ZERORELAY_REDIS__REVOCATION_SYNC_MS: '600000',
        }),
      ),
    )
    relays.push(...nodes)
    const [a, b, c] = nodes as [RelayProcess, RelayProcess, RelayProcess]
    const malloryToken = await mintToken({ sub: 'mallory' })
    const onB = await connectClient(b.url, malloryToken)
    const onC = await connectClient(c.url, await mintToken({ sub: 'mallory' }))
    const alice = await connectClient(b.url, await mintToken({ sub: 'alice' }))
    clients.push(onB, onC, alice)
    const startMs = Date.now()
    const res = await fetch(`${a.adminUrl}/v1/revocations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'default', subject: 'mallory' }),
    })
    expect(res.status).toBe(202)
    for (const victim of [onB, onC]) {
      const frame = await victim.next((f) => f.kind === 'disconnect', BOUND_MS)
      expect(frame.disconnect?.code).toBe(CloseCode.CLOSE_CODE_TOKEN_REVOKED)
      expect((await victim.closed).code).toBe(4504)
    }
    expect(Date.now() - startMs).toBeLessThan(BOUND_MS)
    expect((await alice.call({ ping: {} })).kind).toBe('pong')
    // A reconnect with the revoked token is refused on every node.
    for (const node of nodes) {
      const retry = await openClient(node.url)
      clients.push(retry)
      const reply = await retry.call({ connect: { token: malloryToken } })
      expect(reply.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
      expect(reply.error?.message).toBe('token has been revoked')
      expect((await retry.closed).code).toBe(4504)
    }
    // Every node lists it.
    const listed = await fetch(`${c.adminUrl}/v1/revocations?tenant=default`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    }).then((r) => r.json())
    expect(listed).toMatchObject({ revocations: [{ tenant: 'default', subject: 'mallory' }] })
  })
})
