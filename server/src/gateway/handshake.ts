/**
 * Upgrade checks, pure and runtime-free: subprotocol negotiation, the Origin allow-list,
 * where the token comes from, capacity. The gateway route turns a refusal into an HTTP
 * response before any WebSocket exists.
 */
import { SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO, type Subprotocol } from '@zerorelay/protocol'
import type { HandshakeRejection } from '../metrics/metrics.js'

/**
 * Most request headers an upgrade may carry; more is answered 431 (hostile-cases A.13: padded
 * upgrades). Browsers and WebSocket libraries send about 10–20.
 */
export const MAX_UPGRADE_HEADERS = 100

/** Longest `Sec-WebSocket-Protocol` value considered, in characters (bounded work on hostile input). */
export const MAX_SUBPROTOCOL_HEADER_CHARS = 1_024

/**
 * Picks the subprotocol (docs/protocol.md#transport): `zerorelay.v1.proto` if offered, else
 * `zerorelay.v1.json`; no header at all → JSON; only unknown ones → undefined (HTTP 400).
 */
export function negotiateSubprotocol(header: string | null | undefined): Subprotocol | undefined {
  if (header === null || header === undefined || header.trim() === '') return SUBPROTOCOL_JSON
  // The usual single offer, without splitting. The constants, not `header`: the choice is kept
  // for the connection's life (`ws` keeps it), and the header is a new string per request.
  if (header === SUBPROTOCOL_PROTO) return SUBPROTOCOL_PROTO
  if (header === SUBPROTOCOL_JSON) return SUBPROTOCOL_JSON
  if (header.length > MAX_SUBPROTOCOL_HEADER_CHARS) return undefined
  const offered = header.split(',').map((s) => s.trim())
  if (offered.includes(SUBPROTOCOL_PROTO)) return SUBPROTOCOL_PROTO
  if (offered.includes(SUBPROTOCOL_JSON)) return SUBPROTOCOL_JSON
  return undefined
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' }

/**
 * Normalises an origin to `scheme://host[:port]` (lowercase scheme and host, default port
 * dropped). Returns undefined for anything that is not a plain http(s) origin: `null`,
 * paths, queries, credentials, other schemes, unparseable input.
 */
export function normalizeOrigin(origin: string): string | undefined {
  // An origin is exactly scheme://host[:port]: no path (not even "/"), query, fragment or credentials.
  if (origin.length > 2_048 || !/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#@\s]+$/.test(origin)) return undefined
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return undefined
  const port = url.port === '' || url.port === DEFAULT_PORTS[url.protocol] ? '' : `:${url.port}`
  return `${url.protocol}//${url.hostname.toLowerCase()}${port}`
}

/** Compiles the allow-list. Throws on an entry that is not a valid origin (a config error). */
export function compileOriginAllowList(allowed: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>()
  for (const entry of allowed) {
    const normalized = normalizeOrigin(entry)
    if (normalized === undefined) throw new Error(`allowedOrigins: ${JSON.stringify(entry)} is not an origin`)
    out.add(normalized)
  }
  return out
}

/**
 * Whether an upgrade with this `Origin` header may proceed: no header (not a browser) → yes;
 * otherwise only an exact match (after normalisation) of the allow-list. `Origin: null` → no.
 */
export function isOriginAllowed(origin: string | null | undefined, allowList: ReadonlySet<string>): boolean {
  if (origin === null || origin === undefined) return true
  const normalized = normalizeOrigin(origin)
  return normalized !== undefined && allowList.has(normalized)
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: string | null | undefined): string | undefined {
  if (header === null || header === undefined) return undefined
  const match = /^Bearer[ \t]+([^\s,]+)[ \t]*$/i.exec(header)
  return match?.[1]
}

/** What the gateway knows about an upgrade request. */
export interface UpgradeRequest {
  readonly url: string
  readonly header: (name: string) => string | null | undefined
  /** Number of distinct request header names (omitted: not checked). */
  readonly headerCount?: number
}

/** Node-wide state the handshake checks. */
export interface HandshakeState {
  readonly isDraining: boolean
  readonly connections: number
  readonly pendingHandshakes: number
}

/** Settings of the handshake checks. */
export interface HandshakeSettings {
  readonly originAllowList: ReadonlySet<string>
  readonly allowQueryToken: boolean
  readonly maxConnections: number
  readonly maxPendingHandshakes: number
  readonly retryAfterSeconds: number
}

/** An accepted upgrade. */
export interface UpgradeAcceptance {
  readonly subprotocol: Subprotocol
  /** A token from the Authorization header or (when enabled) the query string. */
  readonly token: string | undefined
}

/** A refused upgrade: the HTTP response to send. */
export interface UpgradeRefusal {
  readonly status: number
  readonly reason: HandshakeRejection
  readonly message: string
  readonly headers: Readonly<Record<string, string>>
}

const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({})

function refuse(
  status: number,
  reason: HandshakeRejection,
  message: string,
  headers: Readonly<Record<string, string>> = NO_HEADERS,
): UpgradeRefusal {
  return { status, reason, message, headers }
}

/** Built only for the refusals that carry it. */
function retryAfter(settings: HandshakeSettings): Record<string, string> {
  return { 'Retry-After': String(settings.retryAfterSeconds) }
}

/** Runs every check in order (cheapest and most general first). Allocates little when the upgrade is accepted. */
export function checkUpgrade(
  request: UpgradeRequest,
  state: HandshakeState,
  settings: HandshakeSettings,
): UpgradeAcceptance | UpgradeRefusal {
  if (state.isDraining) return refuse(503, 'draining', 'server is draining', retryAfter(settings))
  if ((request.headerCount ?? 0) > MAX_UPGRADE_HEADERS) {
    return refuse(431, 'bad_request', 'too many request headers')
  }
  if ((request.header('upgrade') ?? '').toLowerCase() !== 'websocket') {
    return refuse(426, 'bad_request', 'WebSocket upgrade required', { Upgrade: 'websocket' })
  }
  if (request.header('sec-websocket-version') !== '13') {
    return refuse(426, 'bad_request', 'unsupported WebSocket version', { 'Sec-WebSocket-Version': '13' })
  }
  const key = request.header('sec-websocket-key')
  if (key === null || key === undefined || !/^[A-Za-z0-9+/]{22}==$/.test(key.trim())) {
    return refuse(400, 'bad_request', 'invalid Sec-WebSocket-Key')
  }
  if (!isOriginAllowed(request.header('origin'), settings.originAllowList)) {
    return refuse(403, 'origin', 'origin not allowed')
  }
  const subprotocol = negotiateSubprotocol(request.header('sec-websocket-protocol'))
  if (subprotocol === undefined) return refuse(400, 'subprotocol', 'no supported subprotocol offered')
  if (state.connections >= settings.maxConnections) {
    return refuse(503, 'capacity', 'connection limit reached', retryAfter(settings))
  }
  if (state.pendingHandshakes >= settings.maxPendingHandshakes) {
    return refuse(503, 'pending_handshakes', 'too many pending handshakes', retryAfter(settings))
  }
  let token = bearerToken(request.header('authorization'))
  const q = request.url.indexOf('?')
  if (q >= 0) {
    const queryToken = new URLSearchParams(request.url.slice(q + 1)).get('token')
    if (queryToken !== null) {
      if (!settings.allowQueryToken) return refuse(400, 'query_token', 'tokens in the query string are disabled')
      token ??= queryToken
    }
  }
  return { subprotocol, token }
}

/** Type guard for a refusal. */
export function isRefusal(result: UpgradeAcceptance | UpgradeRefusal): result is UpgradeRefusal {
  return 'status' in result
}
