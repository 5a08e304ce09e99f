/**
 * The JWT authenticator: verifies compact JWS tokens with jose against per-tenant
 * keys (static keys and JWKS) and turns their claims into a {@link Principal}.
 * Runtime-neutral (Node, Bun, Deno): only WebCrypto, `fetch`, an injected file
 * reader and an optional injected synchronous HMAC (`hmac.node.ts`). See
 * docs/security.md, section "Tokens", for the rules it enforces.
 */
import {
  base64url,
  type CompactJWSHeaderParameters,
  decodeProtectedHeader,
  errors,
  type FlattenedJWSInput,
  type JWTPayload,
  type JWTVerifyOptions,
  jwtVerify,
  UnsecuredJWT,
} from 'jose'
import {
  type AuthConfig,
  AuthError,
  type Authenticator,
  type AuthFailure,
  type KeyConfig,
  type Principal,
  ZR_CLAIM,
} from './authenticator.js'
import {
  type AuthLogger,
  createJwksSource,
  describeError,
  JwksLoadError,
  type JwksSource,
  MAX_JWKS_BYTES,
  MAX_KID_CHARS,
  readCappedText,
} from './jwks.js'
import {
  HMAC_HASHES,
  type HmacHash,
  importStaticKey,
  isPlainObject,
  JWS_ALGORITHMS,
  ownProp,
  type VerificationKey,
} from './keys.js'

export type { AuthLogger } from './jwks.js'

/** Longest accepted token, in characters. Large enough for 2 × 256 permission patterns of 256 chars. */
export const MAX_TOKEN_CHARS = 256 * 1024
/** Longest accepted `sub`, `jti`, and permission pattern, in characters. */
export const MAX_CLAIM_CHARS = 256
/** Most patterns accepted in `zr.pub` and in `zr.sub`. */
export const MAX_PERMISSION_PATTERNS = 256
/** How long one JWKS fetch may take, in milliseconds. */
export const JWKS_FETCH_TIMEOUT_MS = 5_000

/** An {@link Authenticator} whose keys are imported asynchronously at construction. */
export interface JwtAuthenticator extends Authenticator {
  /**
   * Resolves once every static key is imported; rejects with a clear error naming the
   * tenant and key (never the material) when one cannot be. Until it settles,
   * `authenticate` waits; after a rejection, `authenticate` refuses every token with
   * `unknown_key`. JWKS are loaded lazily and never make `ready` fail.
   */
  ready(): Promise<void>
}

/** Injected dependencies of {@link createJwtAuthenticator}. */
export interface JwtAuthenticatorOptions {
  /** Clock in milliseconds since the epoch. Default: `Date.now`. */
  now?: () => number
  /** Used for `jwksUrl`. Default: the global `fetch`. */
  fetch?: typeof fetch
  /** Reads a `jwksFile` as UTF-8 text. Required when any tenant has `jwksFile` (Node: `read-file.node.ts`). */
  readFile?: (path: string) => Promise<string>
  /** Receives warnings (JWKS load failures, skipped JWKs). Default: `console.warn`. */
  logger?: AuthLogger
  /**
   * A synchronous HMAC check for HS256/384/512 tokens (`hmacVerifyNode` from `hmac.node.ts`).
   * Without it every token is verified by jose through WebCrypto, which is asynchronous and, on
   * Node, a thread-pool job per token. Verdicts are the same either way.
   */
  hmacVerify?: HmacVerify
}

/**
 * Whether `signature` is the HMAC (`hash`) of the ASCII string `signingInput` under `secret`.
 * Must compare in constant time.
 */
export type HmacVerify = (hash: HmacHash, secret: Uint8Array, signingInput: string, signature: Uint8Array) => boolean

/** Generic, fixed messages: they may reach clients and logs, so they never carry token data. */
const MESSAGES: Readonly<Record<AuthFailure, string>> = {
  missing: 'no token',
  malformed: 'token is malformed',
  unknown_tenant: 'unknown tenant',
  tenant_disabled: 'tenant is disabled',
  unknown_key: 'no key for this token',
  bad_algorithm: 'token algorithm not allowed',
  bad_signature: 'token signature is invalid',
  expired: 'token has expired',
  not_yet_valid: 'token is not yet valid',
  bad_audience: 'token audience not accepted',
  bad_issuer: 'token issuer not accepted',
  lifetime_too_long: 'token lifetime too long',
  bad_claims: 'token claims are invalid',
  revoked: 'token has been revoked',
}

function fail(reason: AuthFailure): never {
  throw new AuthError(reason, MESSAGES[reason])
}

interface TenantState {
  /** The tenant's name as configured: principals share this string rather than each keeping its own copy. */
  readonly name: string
  readonly disabled: boolean
  /** Static keys by exact kid. */
  readonly byKid: Map<string, VerificationKey>
  /** The tenant's only static key, which tokens without `kid` select. */
  sole: VerificationKey | undefined
  readonly jwks: readonly JwksSource[]
}

const defaultLogger: AuthLogger = {
  warn(obj, msg) {
    console.warn(`[zerorelay auth] ${msg}`, obj)
  },
}

/**
 * Creates the JWT authenticator for an already parsed `authConfigSchema` value.
 *
 * Structural config errors (several static keys without `kid`, duplicate kids,
 * `jwksFile` without a `readFile`, `jwksUrl` without `fetch`) throw here; bad key
 * material surfaces from `ready()`. Call `close()` to abort JWKS loads in flight.
 */
export function createJwtAuthenticator(config: AuthConfig, options: JwtAuthenticatorOptions = {}): JwtAuthenticator {
  const now = options.now ?? Date.now
  const logger = options.logger ?? defaultLogger
  const fetchFn = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined)
  const { readFile, hmacVerify } = options
  const tenants = new Map<string, TenantState>()
  // Started only after the whole config passed the structural checks, so a throw below
  // never leaves an import promise rejecting unobserved.
  const importJobs: Array<() => Promise<void>> = []

  for (const [tenant, tenantConfig] of Object.entries(config.tenants ?? {})) {
    const jwks: JwksSource[] = []
    const sourceOptions = {
      tenant,
      cacheMs: config.jwksCacheMs,
      minRefreshMs: config.jwksMinRefreshMs,
      now,
      logger,
    }
    if (tenantConfig.jwksFile !== undefined) {
      if (!readFile) {
        throw new Error(
          `auth: tenant "${tenant}" has jwksFile but no readFile was given to createJwtAuthenticator ` +
            '(the Node adapter passes readFileUtf8 from server/src/auth/read-file.node.ts)',
        )
      }
      const path = tenantConfig.jwksFile
      jwks.push(
        createJwksSource({
          ...sourceOptions,
          describe: { source: 'jwksFile', path },
          allowSymmetric: true,
          load: () => readFile(path),
        }),
      )
    }
    if (tenantConfig.jwksUrl !== undefined) {
      if (!fetchFn) throw new Error(`auth: tenant "${tenant}" has jwksUrl but no fetch is available`)
      const url = tenantConfig.jwksUrl
      jwks.push(
        createJwksSource({
          ...sourceOptions,
          describe: { source: 'jwksUrl', origin: new URL(url).origin },
          allowSymmetric: false,
          load: (signal) => fetchJwks(fetchFn, url, signal),
        }),
      )
    }

    const staticKeys = tenantConfig.keys ?? []
    const state: TenantState = {
      name: tenant,
      disabled: tenantConfig.disabled === true,
      byKid: new Map(),
      sole: undefined,
      jwks,
    }
    tenants.set(tenant, state)
    const kids = new Set<string>()
    for (const [index, keyConfig] of staticKeys.entries()) {
      const kid = staticKid(keyConfig)
      if (kid === undefined && staticKeys.length > 1) {
        throw new Error(`auth: tenant "${tenant}" key #${index} needs a kid (the tenant has several keys)`)
      }
      if (kid !== undefined && kids.has(kid)) throw new Error(`auth: tenant "${tenant}" has two keys with kid "${kid}"`)
      if (kid !== undefined) kids.add(kid)
      importJobs.push(() =>
        importStaticKey(keyConfig).then(
          (key) => {
            if (kid !== undefined) state.byKid.set(kid, key)
            if (staticKeys.length === 1) state.sole = key
          },
          (err: unknown) => {
            const label = kid === undefined ? `#${index}` : `#${index} (kid "${kid}")`
            throw new Error(`auth: tenant "${tenant}" key ${label}: ${describeError(err)}`, { cause: err })
          },
        ),
      )
    }
  }

  const initialised: Promise<Error | undefined> = Promise.all(importJobs.map((job) => job())).then(
    () => undefined,
    (err: unknown) => (err instanceof Error ? err : new Error('auth: key import failed')),
  )

  const clockTolerance = config.leewayMs / 1000

  /**
   * jose's key resolver, called once the protected header is parsed and before the signature
   * is checked: the tenant (from the unverified claims) and the header's `kid` pick the key.
   * Every refusal is an AuthError, which jose passes through.
   */
  function resolveKey(header: CompactJWSHeaderParameters, jws: FlattenedJWSInput): Promise<CryptoKey> | CryptoKey {
    const found = resolveVerificationKey(header, jws)
    return found instanceof Promise ? found.then((key) => key.key) : found.key
  }

  /** `resolveKey`'s checks and choice, returning the whole key (the HMAC path needs its secret). */
  function resolveVerificationKey(
    header: CompactJWSHeaderParameters,
    jws: Pick<FlattenedJWSInput, 'payload'>,
  ): Promise<VerificationKey> | VerificationKey {
    const unverified = decodeClaims(jws.payload)
    // jose has checked that alg is a non-empty string; no `algorithms` option is given, the checks are here.
    const alg = ownProp(header, 'alg')
    if (typeof alg !== 'string') fail('malformed')
    if (!JWS_ALGORITHMS.has(alg)) fail('bad_algorithm') // includes none/None/NONE and anything unknown
    const kid = ownProp(header, 'kid')
    if (kid !== undefined && typeof kid !== 'string') fail('malformed')
    for (let i = 0; i < TIME_CLAIMS.length; i++) {
      const value = ownProp(unverified, TIME_CLAIMS[i] as string)
      if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value))) fail('malformed')
    }

    // The tenant picks the key, so it is read before verification and re-checked after.
    const state = tenants.get(tenantClaim(unverified) ?? config.defaultTenant)
    if (!state) fail('unknown_tenant')
    if (state.disabled) fail('tenant_disabled')

    const found = findKey(state, kid)
    if (found === undefined || found instanceof Promise) {
      return (found ?? Promise.resolve(undefined)).then((key) => keyFor(key, alg))
    }
    return keyFor(found, alg)
  }

  function keyFor(key: VerificationKey | undefined, alg: string): VerificationKey {
    if (!key) fail('unknown_key')
    if (alg !== key.alg) fail('bad_algorithm')
    return key
  }

  /**
   * The HMAC fast path (with `hmacVerify`): the claims of a plain HS* token once its signature
   * checked out, or undefined for any other token, which jose then verifies. It takes jose's
   * `jwtVerify` steps in jose's order, so every verdict is the one jose would give: the header
   * (anything jose treats specially, such as `crit` or `b64`, goes to jose), the key
   * (`resolveVerificationKey`, the same refusals), the signature (malformed encoding, then
   * mismatch), then jose's own claim checks (`UnsecuredJWT.decode` runs them on the verified
   * payload segment under an `{"alg":"none"}` header; the header only matters to a `typ` check,
   * which is not used).
   */
  async function verifyHmac(token: string, options: JWTVerifyOptions): Promise<JWTPayload | undefined> {
    if (hmacVerify === undefined || !PLAIN_COMPACT_JWS.test(token)) return undefined
    let header: CompactJWSHeaderParameters
    try {
      header = decodeProtectedHeader(token) as CompactJWSHeaderParameters
    } catch {
      return undefined
    }
    const alg = ownProp(header, 'alg')
    if (
      typeof alg !== 'string' ||
      !HMAC_HASHES.has(alg) ||
      Object.hasOwn(header, 'crit') ||
      Object.hasOwn(header, 'b64')
    ) {
      return undefined
    }
    const dot1 = token.indexOf('.')
    const dot2 = token.indexOf('.', dot1 + 1)
    const payloadSegment = token.slice(dot1 + 1, dot2)
    const found = resolveVerificationKey(header, { payload: payloadSegment })
    const key = found instanceof Promise ? await found : found
    if (key.secret === undefined) return undefined
    let signature: Uint8Array
    try {
      signature = base64url.decode(token.slice(dot2 + 1))
    } catch {
      fail('malformed')
    }
    if (!hmacVerify(HMAC_HASHES.get(alg) as HmacHash, key.secret, token.slice(0, dot2), signature))
      fail('bad_signature')
    return UnsecuredJWT.decode(`${NONE_HEADER}.${payloadSegment}.`, options).payload
  }

  /** Static keys synchronously; JWKS (which may load) through a promise. */
  function findKey(
    state: TenantState,
    kid: string | undefined,
  ): VerificationKey | undefined | Promise<VerificationKey | undefined> {
    if (kid === undefined) return state.sole
    if (kid.length > MAX_KID_CHARS) return undefined
    const hit = state.byKid.get(kid)
    if (hit) return hit
    if (state.jwks.length === 0) return undefined
    return findJwksKey(state.jwks, kid)
  }

  async function verify(token: unknown): Promise<Principal> {
    if (typeof token !== 'string' || token.length === 0) fail('missing')
    if (token.length > MAX_TOKEN_CHARS) fail('malformed')
    if ((await initialised) !== undefined) fail('unknown_key')

    // One pass over the token: jose splits it and parses the header once, and hands both to
    // resolveKey, which decodes the claims once to find the tenant's key.
    const nowMs = now()
    const verifyOptions: JWTVerifyOptions = {
      currentDate: new Date(nowMs),
      clockTolerance,
      requiredClaims: REQUIRED_CLAIMS,
      issuer: config.issuer,
      audience: config.audience,
    }
    let payload: JWTPayload
    try {
      payload = (await verifyHmac(token, verifyOptions)) ?? (await jwtVerify(token, resolveKey, verifyOptions)).payload
    } catch (err) {
      if (err instanceof AuthError) throw err
      // A fault of a key source is not a verdict on the token: authenticate logs it.
      if (err instanceof KeyLookupFault) throw err.cause
      fail(reasonForJoseError(err))
    }
    const state = tenants.get(tenantClaim(payload as Record<string, unknown>) ?? config.defaultTenant)
    // The verified claims are the bytes resolveKey read, so the tenant is the one that chose the key.
    if (!state) fail('bad_claims')
    return toPrincipal(payload as Record<string, unknown>, state.name, nowMs)
  }

  function toPrincipal(payload: Record<string, unknown>, tenant: string, nowMs: number): Principal {
    if ((tenantClaim(payload) ?? config.defaultTenant) !== tenant) fail('bad_claims')
    const exp = ownProp(payload, 'exp')
    const iat = ownProp(payload, 'iat')
    if (typeof exp !== 'number' || !Number.isFinite(exp)) fail('malformed')
    if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) fail('malformed')
    const expiresAtMs = exp * 1000
    const issuedAtMs = iat === undefined ? undefined : iat * 1000
    if (issuedAtMs !== undefined && issuedAtMs > nowMs + config.leewayMs) fail('not_yet_valid')
    if (expiresAtMs - (issuedAtMs ?? nowMs) > config.maxTokenLifetimeMs) fail('lifetime_too_long')

    const subject = ownProp(payload, 'sub')
    if (!isBoundedString(subject)) fail('bad_claims')
    const jti = ownProp(payload, 'jti')
    if (jti !== undefined && !isBoundedString(jti)) fail('bad_claims')
    const zr = ownProp(payload, ZR_CLAIM)
    const publish = permissions(zr, 'pub')
    const subscribe = permissions(zr, 'sub')

    return Object.freeze({
      tenant,
      subject,
      expiresAtMs: Math.floor(expiresAtMs),
      ...(issuedAtMs === undefined ? {} : { issuedAtMs: Math.floor(issuedAtMs) }),
      ...(jti === undefined ? {} : { tokenId: jti }),
      publish,
      subscribe,
    })
  }

  return {
    async authenticate(token) {
      try {
        return await verify(token)
      } catch (err) {
        if (err instanceof AuthError) throw err
        // Never leak an unexpected error: log its name only and refuse generically.
        logger.warn({ error: describeError(err) }, 'unexpected error while verifying a token')
        fail('malformed')
      }
    },
    async ready() {
      const err = await initialised
      if (err) throw err
    },
    close() {
      for (const state of tenants.values()) for (const source of state.jwks) source.close()
    },
  }
}

/** The kid of a static key: the configured one, else the JWK's own `kid`. */
function staticKid(keyConfig: KeyConfig): string | undefined {
  if (keyConfig.kid !== undefined) return keyConfig.kid
  const jwkKid = keyConfig.jwk === undefined ? undefined : ownProp(keyConfig.jwk, 'kid')
  return typeof jwkKid === 'string' && jwkKid.length > 0 && jwkKid.length <= MAX_KID_CHARS ? jwkKid : undefined
}

/** The first key of the tenant's JWKS sources (in order) with this kid. */
async function findJwksKey(sources: readonly JwksSource[], kid: string): Promise<VerificationKey | undefined> {
  try {
    for (const source of sources) {
      const key = await source.find(kid)
      if (key) return key
    }
  } catch (err) {
    throw new KeyLookupFault(err)
  }
  return undefined
}

/** An unexpected failure of a key source, carried through jose's verification to `authenticate`. */
class KeyLookupFault extends Error {
  constructor(cause: unknown) {
    super('key lookup failed', { cause })
  }
}

/** Claims whose type is checked before verification (jose would otherwise report them differently). */
const TIME_CLAIMS: readonly string[] = ['exp', 'nbf', 'iat']
/** A compact JWS of three plain base64url segments (no padding, no other characters): the HMAC path's input. */
const PLAIN_COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/
/** `{"alg":"none"}`, base64url: the header under which jose's claim checks run on a verified payload. */
const NONE_HEADER = 'eyJhbGciOiJub25lIn0'
const REQUIRED_CLAIMS: string[] = ['exp']
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** The unverified claims of a token's payload segment; anything but a JSON object (bad base64url, UTF-8, JSON) is `malformed`. */
function decodeClaims(encoded: string | Uint8Array): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(strictUtf8.decode(base64url.decode(encoded)))
  } catch {
    fail('malformed')
  }
  if (!isPlainObject(value)) fail('malformed')
  return value
}

/** `zr.tenant`, or undefined when absent. A `zr` that is not an object, or a non-string tenant, is `bad_claims`. */
function tenantClaim(payload: Record<string, unknown>): string | undefined {
  const zr = ownProp(payload, ZR_CLAIM)
  if (zr === undefined) return undefined
  if (!isPlainObject(zr)) fail('bad_claims')
  const tenant = ownProp(zr, 'tenant')
  if (tenant !== undefined && typeof tenant !== 'string') fail('bad_claims')
  return tenant
}

function isBoundedString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_CLAIM_CHARS
}

const NO_PATTERNS: readonly string[] = Object.freeze([])

/** `zr.pub` / `zr.sub` as a frozen (shared) copy; absent means none (least privilege). Shape only, not topic grammar. */
function permissions(zr: unknown, member: 'pub' | 'sub'): readonly string[] {
  const value = isPlainObject(zr) ? ownProp(zr, member) : undefined
  if (value === undefined) return NO_PATTERNS
  if (!Array.isArray(value) || value.length > MAX_PERMISSION_PATTERNS) fail('bad_claims')
  for (const pattern of value) {
    if (typeof pattern !== 'string' || pattern.length > MAX_CLAIM_CHARS) fail('bad_claims')
  }
  return internPatterns(value as string[])
}

/** Most distinct pattern lists `internPatterns` keeps; beyond it the table starts over. */
const MAX_INTERNED_PATTERN_LISTS = 1024
/** Frozen pattern lists by their JSON text. */
const internedPatterns = new Map<string, readonly string[]>()

/**
 * One frozen copy per distinct pattern list, shared by every principal that has it: a
 * connection keeps its principal for its whole life, and most tokens of an application carry
 * the same patterns. The copy has exactly the list's length (an array grown by push has spare slots).
 */
function internPatterns(value: readonly string[]): readonly string[] {
  const key = JSON.stringify(value)
  let list = internedPatterns.get(key)
  if (list === undefined) {
    list = Object.freeze(value.slice())
    if (internedPatterns.size >= MAX_INTERNED_PATTERN_LISTS) internedPatterns.clear()
    internedPatterns.set(key, list)
  }
  return list
}

/** Maps a jose verification error onto a failure reason. Anything unexpected is `malformed`. */
function reasonForJoseError(err: unknown): AuthFailure {
  if (err instanceof errors.JWTExpired) return 'expired'
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.reason === 'invalid') return 'malformed'
    switch (err.claim) {
      case 'exp':
        return 'expired' // missing exp
      case 'nbf':
      case 'iat':
        return 'not_yet_valid'
      case 'aud':
        return 'bad_audience'
      case 'iss':
        return 'bad_issuer'
      default:
        return 'bad_claims'
    }
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'bad_signature'
  if (err instanceof errors.JOSEAlgNotAllowed) return 'bad_algorithm'
  return 'malformed'
}

async function fetchJwks(fetchFn: typeof fetch, url: string, signal: AbortSignal): Promise<string> {
  const response = await fetchFn(url, {
    signal: AbortSignal.any([signal, AbortSignal.timeout(JWKS_FETCH_TIMEOUT_MS)]),
    headers: { accept: 'application/jwk-set+json, application/json' },
  })
  if (!response.ok) {
    await response.body?.cancel()
    throw new JwksLoadError(`JWKS fetch answered HTTP ${response.status}`)
  }
  return readCappedText(response, MAX_JWKS_BYTES)
}
