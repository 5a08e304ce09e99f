import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { JwtAuthenticator } from './jwt.js'
import { createJwtAuthenticator } from './jwt.js'
import {
  authConfig,
  baseClaims,
  createCapturingLogger,
  createFakeClock,
  expectReject,
  makeKey,
  OTHER_SECRET,
  SECRET,
  signToken,
  T0_MS,
  type TestKey,
} from './jwt-test-helpers.js'
import { readFileUtf8 } from './read-file.node.js'

const CACHE_MS = 300_000
const MIN_REFRESH_MS = 30_000

interface JwksServer {
  url: string
  requests: number
  status: number
  body: string
  setKeys(keys: unknown[]): void
  close(): Promise<void>
}

/** A real JWKS endpoint on 127.0.0.1 whose document and status the test controls. */
async function startJwksServer(): Promise<JwksServer> {
  const state = {
    requests: 0,
    status: 200,
    body: JSON.stringify({ keys: [] }),
  }
  const server: Server = createServer((_req, res) => {
    state.requests++
    res.writeHead(state.status, { 'content-type': 'application/json' })
    res.end(state.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/keys/jwks.json?access_token=query-secret-123`,
    setKeys(keys: unknown[]) {
      state.body = JSON.stringify({ keys })
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  })
}

const jwkOf = (key: TestKey, kid: string, extra: Record<string, unknown> = {}) => ({
  ...key.jwk,
  kid,
  alg: key.alg,
  use: 'sig',
  ...extra,
})

let k1: TestKey
let k2: TestKey
let ed: TestKey
beforeAll(async () => {
  k1 = await makeKey('RS256')
  k2 = await makeKey('ES256')
  ed = await makeKey('EdDSA')
})

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function track(auth: JwtAuthenticator): JwtAuthenticator {
  cleanups.push(() => auth.close())
  return auth
}

describe('JWKS from a URL', () => {
  async function setup(tenantExtra: Record<string, unknown> = {}) {
    const server = await startJwksServer()
    cleanups.push(() => server.close())
    const clock = createFakeClock()
    const logger = createCapturingLogger()
    const auth = track(
      createJwtAuthenticator(
        authConfig({
          tenants: { acme: { jwksUrl: server.url, ...tenantExtra } },
          jwksCacheMs: CACHE_MS,
          jwksMinRefreshMs: MIN_REFRESH_MS,
        }),
        { now: clock.now, logger, fetch },
      ),
    )
    const claims = () => baseClaims(clock.nowMs, { zr: { tenant: 'acme' } })
    return { server, clock, logger, auth, claims }
  }

  it('loads lazily, caches, and picks up a rotated key only after the refresh interval', async () => {
    const { server, clock, auth, claims } = await setup()
    server.setKeys([jwkOf(k1, 'k1')])
    await auth.ready()
    expect(server.requests).toBe(0)

    expect((await auth.authenticate(await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' }))).tenant).toBe(
      'acme',
    )
    await auth.authenticate(await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' }))
    expect(server.requests).toBe(1)

    // Rotation: k2 appears. The first unknown-kid refresh is still rate limited...
    server.setKeys([jwkOf(k1, 'k1'), jwkOf(k2, 'k2')])
    clock.advance(MIN_REFRESH_MS - 1)
    const rotated = await signToken(claims(), 'ES256', k2.privateKey, { kid: 'k2' })
    await expectReject(auth.authenticate(rotated), 'unknown_key')
    expect(server.requests).toBe(1)
    // ...and once the interval has passed, the unknown kid triggers a refetch.
    clock.advance(1)
    expect((await auth.authenticate(rotated)).subject).toBe('alice')
    expect(server.requests).toBe(2)
  })

  it('refetches at most once per jwksMinRefreshMs under a flood of unknown kids', async () => {
    const { server, clock, auth, claims } = await setup()
    server.setKeys([jwkOf(k1, 'k1')])
    for (let i = 0; i < 50; i++) {
      const token = await signToken(claims(), 'RS256', k1.privateKey, { kid: `random-${i}` })
      await expectReject(auth.authenticate(token), 'unknown_key')
      clock.advance(100)
    }
    // 50 × 100 ms = 5 s < MIN_REFRESH_MS: the first load only.
    expect(server.requests).toBe(1)
  })

  it('coalesces concurrent loads into one request', async () => {
    const { server, auth, claims } = await setup()
    server.setKeys([jwkOf(k1, 'k1')])
    const token = await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' })
    const results = await Promise.all(Array.from({ length: 10 }, () => auth.authenticate(token)))
    expect(results.every((p) => p.subject === 'alice')).toBe(true)
    expect(server.requests).toBe(1)
  })

  it('refreshes after jwksCacheMs and drops keys removed from the set', async () => {
    const { server, clock, auth, claims } = await setup()
    server.setKeys([jwkOf(k1, 'k1')])
    await auth.authenticate(await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' }))
    server.setKeys([jwkOf(k2, 'k2')])
    clock.advance(CACHE_MS - 1)
    await auth.authenticate(await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' }))
    expect(server.requests).toBe(1)
    clock.advance(1)
    await expectReject(
      auth.authenticate(await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' })),
      'unknown_key',
    )
    expect(server.requests).toBe(2)
  })

  it('answers unknown_key on fetch failure, keeps the last good keys, and logs no secrets', async () => {
    const { server, clock, auth, claims, logger } = await setup()
    server.status = 500
    const token = await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' })
    await expectReject(auth.authenticate(token), 'unknown_key')
    expect(logger.calls.some((c) => c.msg.includes('JWKS load failed'))).toBe(true)

    server.status = 200
    server.setKeys([jwkOf(k1, 'k1')])
    clock.advance(MIN_REFRESH_MS)
    await auth.authenticate(token)

    server.status = 503
    clock.advance(CACHE_MS)
    expect((await auth.authenticate(token)).subject).toBe('alice') // stale-if-error
    expect(server.requests).toBe(3)

    const logged = JSON.stringify(logger.calls)
    expect(logged).toContain('HTTP 503')
    expect(logged).not.toContain('query-secret-123')
    expect(logged).not.toContain('/keys/jwks.json')
    expect(logged).not.toContain(token)
  })

  it('treats an unreachable endpoint or a broken document as a failed load', async () => {
    const logger = createCapturingLogger()
    const clock = createFakeClock()
    const bodies = ['not json', '{"keys":"nope"}', '[]', JSON.stringify({ keys: [] }).padEnd(2 * 1024 * 1024, ' ')]
    let call = 0
    const fakeFetch = vi.fn(async () => {
      const body = bodies[call++]
      if (body === undefined) throw new TypeError('fetch failed: connect ECONNREFUSED 127.0.0.1:1')
      return new Response(body, { status: 200 })
    })
    const auth = track(
      createJwtAuthenticator(
        authConfig({ tenants: { acme: { jwksUrl: 'http://127.0.0.1:1/jwks' } }, jwksMinRefreshMs: 1_000 }),
        { now: clock.now, logger, fetch: fakeFetch as unknown as typeof fetch },
      ),
    )
    const token = await signToken(baseClaims(T0_MS, { zr: { tenant: 'acme' } }), 'RS256', k1.privateKey, { kid: 'k1' })
    for (let i = 0; i <= bodies.length; i++) {
      await expectReject(auth.authenticate(token), 'unknown_key')
      clock.advance(1_000)
    }
    expect(fakeFetch).toHaveBeenCalledTimes(bodies.length + 1)
    const errors = logger.calls.map((c) => (c.obj as { error?: string }).error)
    expect(errors).toEqual([
      'JWKS document is not JSON',
      'JWKS document has no "keys" array',
      'JWKS document has no "keys" array',
      'JWKS document too large',
      'TypeError',
    ])
  })

  it('skips JWKs without alg, with a wrong kty, with private parts or symmetric keys, with a warning', async () => {
    const { server, auth, claims, logger } = await setup()
    const { alg: _alg, ...noAlg } = jwkOf(k1, 'no-alg')
    server.setKeys([
      noAlg,
      jwkOf(k1, 'wrong-kty', { alg: 'ES256' }),
      jwkOf(k1, 'private', { d: 'AAAA' }),
      jwkOf(k1, 'enc', { use: 'enc' }),
      { kty: 'oct', kid: 'hmac', alg: 'HS256', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA' },
      jwkOf(k1, 'none', { alg: 'none' }),
      'junk',
      jwkOf(ed, 'good'),
    ])
    const sign = (kid: string) => signToken(claims(), 'RS256', k1.privateKey, { kid })
    for (const kid of ['no-alg', 'wrong-kty', 'private', 'enc', 'none']) {
      await expectReject(auth.authenticate(await sign(kid)), 'unknown_key')
    }
    await expectReject(
      auth.authenticate(await signToken(claims(), 'HS256', 'secret-secret-secret-secret-secret', { kid: 'hmac' })),
      'unknown_key',
    )
    expect((await auth.authenticate(await signToken(claims(), 'EdDSA', ed.privateKey, { kid: 'good' }))).tenant).toBe(
      'acme',
    )
    const skipped = logger.calls.filter((c) => c.msg.startsWith('JWKS key skipped'))
    expect(skipped.map((c) => (c.obj as { kid?: string }).kid)).toEqual([
      'no-alg',
      'wrong-kty',
      'private',
      'enc',
      'hmac',
      'none',
      undefined,
    ])
    expect(JSON.stringify(logger.calls)).not.toContain('c2VjcmV0')
  })

  it('lets the JWK alg fix the algorithm', async () => {
    const { server, auth, claims } = await setup()
    server.setKeys([jwkOf(k1, 'k1', { alg: 'PS256' })])
    await expectReject(
      auth.authenticate(await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' })),
      'bad_algorithm',
    )
  })

  it('merges static keys and JWKS keys; a static key wins a kid clash', async () => {
    const { server, auth, claims } = await setup({
      keys: [
        { kid: 'clash', alg: 'HS256', secret: SECRET },
        { kid: 'static-only', alg: 'HS256', secret: OTHER_SECRET },
      ],
    })
    server.setKeys([jwkOf(k1, 'clash'), jwkOf(k2, 'remote-only')])
    await auth.authenticate(await signToken(claims(), 'HS256', SECRET, { kid: 'clash' }))
    await expectReject(
      auth.authenticate(await signToken(claims(), 'RS256', k1.privateKey, { kid: 'clash' })),
      'bad_algorithm',
    )
    await auth.authenticate(await signToken(claims(), 'HS256', OTHER_SECRET, { kid: 'static-only' }))
    await auth.authenticate(await signToken(claims(), 'ES256', k2.privateKey, { kid: 'remote-only' }))
    // Several keys: a kid-less token is refused.
    await expectReject(auth.authenticate(await signToken(claims(), 'HS256', SECRET)), 'unknown_key')
  })

  it("never serves one tenant's JWKS keys to another tenant", async () => {
    const server = await startJwksServer()
    cleanups.push(() => server.close())
    server.setKeys([jwkOf(k1, 'k1')])
    const clock = createFakeClock()
    const auth = track(
      createJwtAuthenticator(
        authConfig({
          tenants: { a: { jwksUrl: server.url }, b: { keys: [{ kid: 'kb', alg: 'HS256', secret: SECRET }] } },
        }),
        { now: clock.now },
      ),
    )
    await auth.authenticate(
      await signToken(baseClaims(T0_MS, { zr: { tenant: 'a' } }), 'RS256', k1.privateKey, { kid: 'k1' }),
    )
    await expectReject(
      auth.authenticate(
        await signToken(baseClaims(T0_MS, { zr: { tenant: 'b' } }), 'RS256', k1.privateKey, { kid: 'k1' }),
      ),
      'unknown_key',
    )
  })

  it('close() aborts a load in flight', async () => {
    const clock = createFakeClock()
    let started!: () => void
    const fetchStarted = new Promise<void>((resolve) => {
      started = resolve
    })
    const hangingFetch = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        started()
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
      })) as unknown as typeof fetch
    const logger = createCapturingLogger()
    const auth = createJwtAuthenticator(authConfig({ tenants: { acme: { jwksUrl: 'http://127.0.0.1:1/jwks' } } }), {
      now: clock.now,
      fetch: hangingFetch,
      logger,
    })
    const token = await signToken(baseClaims(T0_MS, { zr: { tenant: 'acme' } }), 'RS256', k1.privateKey, { kid: 'k1' })
    const pending = auth.authenticate(token)
    await fetchStarted
    auth.close()
    await expectReject(pending, 'unknown_key')
    expect(logger.calls).toEqual([])
  })
})

describe('JWKS from a file', () => {
  async function tempJwks(keys: unknown[]) {
    const dir = await mkdtemp(join(tmpdir(), 'zr-jwks-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const path = join(dir, 'jwks.json')
    await writeFile(path, JSON.stringify({ keys }))
    return path
  }

  it('reads the file through readFile and picks up a rotated key after the refresh interval', async () => {
    const path = await tempJwks([jwkOf(k1, 'k1')])
    const clock = createFakeClock()
    const readFile = vi.fn(readFileUtf8)
    const auth = track(
      createJwtAuthenticator(authConfig({ tenants: { acme: { jwksFile: path } }, jwksMinRefreshMs: MIN_REFRESH_MS }), {
        now: clock.now,
        readFile,
      }),
    )
    const claims = () => baseClaims(clock.nowMs, { zr: { tenant: 'acme' } })
    await auth.authenticate(await signToken(claims(), 'RS256', k1.privateKey, { kid: 'k1' }))
    expect(readFile).toHaveBeenCalledTimes(1)

    await writeFile(path, JSON.stringify({ keys: [jwkOf(k1, 'k1'), jwkOf(k2, 'k2')] }))
    const rotated = await signToken(claims(), 'ES256', k2.privateKey, { kid: 'k2' })
    await expectReject(auth.authenticate(rotated), 'unknown_key')
    expect(readFile).toHaveBeenCalledTimes(1)
    clock.advance(MIN_REFRESH_MS)
    await auth.authenticate(rotated)
    expect(readFile).toHaveBeenCalledTimes(2)
    expect(readFile).toHaveBeenCalledWith(path)
  })

  it('accepts HMAC keys from a file (but not from a URL)', async () => {
    const k = Buffer.from(SECRET).toString('base64url')
    const path = await tempJwks([{ kty: 'oct', kid: 'h1', alg: 'HS384', k }])
    const clock = createFakeClock()
    const auth = track(
      createJwtAuthenticator(authConfig({ tenants: { acme: { jwksFile: path } } }), {
        now: clock.now,
        readFile: readFileUtf8,
      }),
    )
    const claims = baseClaims(T0_MS, { zr: { tenant: 'acme' } })
    await auth.authenticate(await signToken(claims, 'HS384', SECRET, { kid: 'h1' }))
    await expectReject(auth.authenticate(await signToken(claims, 'HS256', SECRET, { kid: 'h1' })), 'bad_algorithm')
    await expectReject(
      auth.authenticate(await signToken(claims, 'HS384', OTHER_SECRET, { kid: 'h1' })),
      'bad_signature',
    )
  })

  it('logs a missing file and answers unknown_key', async () => {
    const clock = createFakeClock()
    const logger = createCapturingLogger()
    const auth = track(
      createJwtAuthenticator(authConfig({ tenants: { acme: { jwksFile: '/nonexistent/zr/jwks.json' } } }), {
        now: clock.now,
        readFile: readFileUtf8,
        logger,
      }),
    )
    const token = await signToken(baseClaims(T0_MS, { zr: { tenant: 'acme' } }), 'RS256', k1.privateKey, { kid: 'k1' })
    await expectReject(auth.authenticate(token), 'unknown_key')
    expect(logger.calls).toHaveLength(1)
    expect(logger.calls[0]?.obj).toMatchObject({ tenant: 'acme', source: 'jwksFile', error: 'Error' })
  })
})
