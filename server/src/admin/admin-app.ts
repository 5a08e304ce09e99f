/**
 * The admin listener's Hono app: `/healthz` (liveness: the process serves requests),
 * `/readyz` (503 while draining or while a required dependency — the broker, the history
 * store, or anything registered later — reports not ready), `/metrics` (Prometheus text) and,
 * when `admin.token` is set, the revocation API (`POST` / `GET /v1/revocations`, bearer token,
 * docs/operations.md). Responses reveal no internals (no versions, hosts or config).
 */
import { Code } from '@zerorelay/protocol'
import { Hono } from 'hono'
import type { Registry } from 'prom-client'
import { RelayError } from '../errors.js'
import { type Revocation, type RevocationStore, revocationRequestSchema } from '../revocation/store.js'

/** A dependency readiness probe, e.g. the broker or history store. */
export interface ReadinessCheck {
  /** Fixed name, shown in the /readyz body (no hosts or credentials). */
  readonly name: string
  isReady(): boolean
}

/** What the admin app reads. */
export interface AdminAppOptions {
  readonly registry: Registry
  readonly isDraining: () => boolean
  readonly checks: () => readonly ReadinessCheck[]
  /** The revocation store the API writes to (the API is off without it or without `adminToken`). */
  readonly revocations?: RevocationStore
  /** Bearer token of the admin API (config `admin.token`). Unset: the API answers 404. */
  readonly adminToken?: string | undefined
  /** Called after a revocation was stored through the API (for logs and metrics). */
  readonly onRevoked?: (revocation: Revocation) => void
}

/** Largest accepted admin API request body, in bytes. */
const MAX_ADMIN_BODY_BYTES = 16 * 1024

const DISABLED_MESSAGE = 'the admin API is disabled: set admin.token (at least 32 characters) to enable it\n'

/** SHA-256 of a string (WebCrypto: every runtime has it). */
async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

/** Compares two secrets in constant time (over their digests: independent of content and length). */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([digest(a), digest(b)])
  let diff = 0
  for (let i = 0; i < x.length; i++) diff |= (x[i] as number) ^ (y[i] as number)
  return diff === 0
}

const HTTP_STATUS: Partial<Record<Code, 400 | 429 | 503>> = {
  [Code.CODE_BAD_REQUEST]: 400,
  [Code.CODE_LIMIT_EXCEEDED]: 429,
  [Code.CODE_UNAVAILABLE]: 503,
}

/** Creates the admin Hono app. */
export function createAdminApp(options: AdminAppOptions): Hono {
  const app = new Hono()
  app.get('/healthz', (c) => c.text('ok\n'))
  app.get('/readyz', (c) => {
    if (options.isDraining()) return c.text('draining\n', 503)
    const down = options
      .checks()
      .filter((check) => !check.isReady())
      .map((check) => check.name)
    if (down.length > 0) return c.text(`not ready: ${down.join(', ')}\n`, 503)
    return c.text('ready\n')
  })
  app.get('/metrics', async (c) => {
    const body = await options.registry.metrics()
    return c.body(body, 200, { 'Content-Type': options.registry.contentType })
  })
  const { revocations, adminToken } = options
  // Bearer check shared by the API routes; the token itself is never logged or echoed.
  const authorized = async (header: string | undefined): Promise<boolean> => {
    if (adminToken === undefined || header === undefined) return false
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header)
    return m !== null && (await secretsEqual(m[1] as string, adminToken))
  }
  const unauthorized = { 'WWW-Authenticate': 'Bearer realm="zerorelay-admin"' }
  app.post('/v1/revocations', async (c) => {
    if (revocations === undefined || adminToken === undefined) return c.text(DISABLED_MESSAGE, 404)
    if (!(await authorized(c.req.header('authorization')))) {
      return c.json({ error: 'missing or wrong bearer token' }, 401, unauthorized)
    }
    const declared = Number(c.req.header('content-length') ?? '0')
    if (declared > MAX_ADMIN_BODY_BYTES) return c.json({ error: 'body too large' }, 413)
    const text = await c.req.text()
    if (text.length > MAX_ADMIN_BODY_BYTES) return c.json({ error: 'body too large' }, 413)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return c.json({ error: 'body is not JSON' }, 400)
    }
    const parsed = revocationRequestSchema.safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return c.json({ error: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` }, 400)
    }
    try {
      const revocation = await revocations.revoke(parsed.data)
      options.onRevoked?.(revocation)
      return c.json(revocation, 202)
    } catch (err) {
      const e = RelayError.from(err)
      return c.json({ error: e.message }, HTTP_STATUS[e.code] ?? 500)
    }
  })
  app.get('/v1/revocations', async (c) => {
    if (revocations === undefined || adminToken === undefined) return c.text(DISABLED_MESSAGE, 404)
    if (!(await authorized(c.req.header('authorization')))) {
      return c.json({ error: 'missing or wrong bearer token' }, 401, unauthorized)
    }
    const tenant = c.req.query('tenant') ?? ''
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(tenant)) return c.json({ error: 'tenant: a tenant id is required' }, 400)
    return c.json({ revocations: revocations.list(tenant) })
  })
  app.notFound((c) => c.text('not found\n', 404))
  return app
}
