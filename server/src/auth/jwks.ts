/**
 * A JSON Web Key Set source (URL or file) for one tenant: loads, caches and
 * refreshes it on demand. No timers: a refresh happens inside a lookup, when the
 * cached set is older than `cacheMs` or the looked-up kid is unknown, and never more
 * often than every `minRefreshMs` (an attacker sending random kids causes at most one
 * load per `minRefreshMs`). A failed load keeps the last good key set.
 * @internal
 */
import {
  importJwkKey,
  isPlainObject,
  JWS_ALGORITHMS,
  type JwsAlgorithm,
  KeyImportError,
  ownProp,
  type VerificationKey,
} from './keys.js'

/** Largest accepted JWKS document, in bytes. */
export const MAX_JWKS_BYTES = 1024 * 1024
/** Most keys read from one JWKS; the rest are skipped with a warning. */
export const MAX_JWKS_KEYS = 256
/** Longest accepted `kid`, in characters (matches `keyConfigSchema`). */
export const MAX_KID_CHARS = 256

/** Structured warning sink; messages and fields never contain tokens or key material. */
export interface AuthLogger {
  warn(obj: object, msg: string): void
}

/** Looks keys up by kid in a lazily loaded, cached JWKS. */
export interface JwksSource {
  /** The key with exactly this kid, loading or refreshing the set as the rules allow. Never rejects. */
  find(kid: string): Promise<VerificationKey | undefined>
  /** Aborts a load in flight and stops further loads; already loaded keys stay usable. */
  close(): void
}

/** Options of {@link createJwksSource}. */
export interface JwksSourceOptions {
  /** Tenant id, for log fields. */
  tenant: string
  /** Log fields naming the source (never a full URL: it may carry credentials). */
  describe: Readonly<Record<string, string>>
  /** Reads the JWKS document as text; must honour `signal`. */
  load(signal: AbortSignal): Promise<string>
  /** Whether `oct` (HMAC) keys are accepted (only from a local file). */
  allowSymmetric: boolean
  /** How long a loaded set is trusted, in milliseconds. */
  cacheMs: number
  /** Minimum time between two load attempts, in milliseconds. */
  minRefreshMs: number
  /** Clock, in milliseconds since the epoch. */
  now(): number
  logger: AuthLogger
}

/** A JWKS document could not be used; the message is safe to log. */
export class JwksLoadError extends Error {
  override name = 'JwksLoadError'
}

interface Entry {
  readonly fingerprint: string
  readonly key: VerificationKey
}

/** Creates a JWKS source. Nothing is loaded until the first `find`. */
export function createJwksSource(options: JwksSourceOptions): JwksSource {
  const { tenant, describe, logger, now } = options
  let keys = new Map<string, Entry>()
  let loadedAtMs: number | undefined
  let attemptedAtMs: number | undefined
  let inflight: Promise<void> | undefined
  let isClosed = false
  const closer = new AbortController()

  const mayAttempt = (): boolean =>
    !isClosed && (attemptedAtMs === undefined || now() - attemptedAtMs >= options.minRefreshMs)
  const isStale = (): boolean => loadedAtMs === undefined || now() - loadedAtMs >= options.cacheMs

  function reload(): Promise<void> {
    if (inflight) return inflight
    attemptedAtMs = now()
    inflight = loadOnce().finally(() => {
      inflight = undefined
    })
    return inflight
  }

  async function loadOnce(): Promise<void> {
    try {
      const text = await options.load(closer.signal)
      if (text.length > MAX_JWKS_BYTES) throw new JwksLoadError('JWKS document too large')
      let doc: unknown
      try {
        doc = JSON.parse(text)
      } catch {
        throw new JwksLoadError('JWKS document is not JSON')
      }
      const list = isPlainObject(doc) ? ownProp(doc, 'keys') : undefined
      if (!Array.isArray(list)) throw new JwksLoadError('JWKS document has no "keys" array')
      keys = await importAll(list)
      loadedAtMs = now()
    } catch (err) {
      if (isClosed) return
      logger.warn({ tenant, ...describe, error: describeError(err) }, 'JWKS load failed; keeping the previous keys')
    }
  }

  async function importAll(list: unknown[]): Promise<Map<string, Entry>> {
    const next = new Map<string, Entry>()
    if (list.length > MAX_JWKS_KEYS) {
      logger.warn(
        { tenant, ...describe, keys: list.length, max: MAX_JWKS_KEYS },
        'JWKS has too many keys; extra skipped',
      )
    }
    for (const [index, jwk] of list.slice(0, MAX_JWKS_KEYS).entries()) {
      const skip = (why: string, kid?: string): void =>
        logger.warn({ tenant, ...describe, index, ...(kid === undefined ? {} : { kid }) }, `JWKS key skipped: ${why}`)
      if (!isPlainObject(jwk)) {
        skip('not an object')
        continue
      }
      const kid = ownProp(jwk, 'kid')
      if (typeof kid !== 'string' || kid.length === 0 || kid.length > MAX_KID_CHARS) {
        skip('missing or invalid "kid"')
        continue
      }
      const alg = ownProp(jwk, 'alg')
      if (typeof alg !== 'string' || !JWS_ALGORITHMS.has(alg)) {
        skip('missing or unsupported "alg"', kid)
        continue
      }
      if (next.has(kid)) {
        skip('duplicate "kid"', kid)
        continue
      }
      const fingerprint = JSON.stringify([alg, ...['kty', 'crv', 'n', 'e', 'x', 'y', 'k'].map((m) => ownProp(jwk, m))])
      const previous = keys.get(kid)
      if (previous?.fingerprint === fingerprint) {
        next.set(kid, previous) // unchanged key: never re-import
        continue
      }
      try {
        next.set(kid, { fingerprint, key: await importJwkKey(jwk, alg as JwsAlgorithm, options.allowSymmetric) })
      } catch (err) {
        skip(describeError(err), kid)
      }
    }
    return next
  }

  return {
    async find(kid) {
      if (inflight) await inflight
      if (isStale() && mayAttempt()) await reload()
      const hit = keys.get(kid)
      if (hit) return hit.key
      if (!mayAttempt()) return undefined
      await reload()
      return keys.get(kid)?.key
    },
    close() {
      isClosed = true
      closer.abort()
    },
  }
}

/**
 * A log-safe description of a load or import error: our own messages (which never
 * carry secrets) or just the error's name for anything else (a fetch error's message
 * or cause may contain the URL).
 */
export function describeError(err: unknown): string {
  if (err instanceof JwksLoadError) return err.message
  if (err instanceof KeyImportError) return err.message
  if (err instanceof Error) return err.name
  return 'unknown error'
}

/**
 * Reads at most `maxBytes` of a fetch response body as UTF-8 text.
 * @throws JwksLoadError when the body is larger.
 */
export async function readCappedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > maxBytes) throw new JwksLoadError('JWKS document too large')
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw new JwksLoadError('JWKS document too large')
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new JwksLoadError('JWKS document is not UTF-8')
  }
}
