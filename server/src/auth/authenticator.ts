/**
 * The authentication contract between the gateway/session (which only see this
 * interface) and the JWT implementation (`jwt.ts`). Kept free of runtime APIs so it
 * runs unchanged on Node, Bun and Deno.
 */
import { z } from 'zod'

/** Who a connection is, after its token was verified. Immutable. */
export interface Principal {
  /** Tenant the connection belongs to. Every topic, quota and metric is scoped by it. */
  readonly tenant: string
  /** The token's `sub` claim. */
  readonly subject: string
  /** The token's `exp`, in milliseconds since the Unix epoch. */
  readonly expiresAtMs: number
  /** The token's `iat`, in milliseconds since the Unix epoch, when present. */
  readonly issuedAtMs?: number
  /** The token's `jti`, when present (used for revocation). */
  readonly tokenId?: string
  /** Topic patterns (topic grammar, with `*` and `>`) this principal may publish to. */
  readonly publish: readonly string[]
  /** Topic patterns this principal may subscribe to. */
  readonly subscribe: readonly string[]
}

/**
 * Why a token was refused. A fixed enum: it is used as a metric label
 * (`zerorelay_auth_failures_total{reason}`), so it must never carry token data.
 */
export const AUTH_FAILURES = [
  'missing', // no token at all
  'malformed', // not a compact JWS, bad base64/JSON, wrong claim types
  'unknown_tenant', // tenant claim names no configured tenant
  'tenant_disabled',
  'unknown_key', // no key for (tenant, kid)
  'bad_algorithm', // header alg differs from the key's algorithm (incl. "none")
  'bad_signature',
  'expired', // exp in the past (beyond leeway), or missing exp
  'not_yet_valid', // nbf/iat in the future (beyond leeway)
  'bad_audience',
  'bad_issuer',
  'lifetime_too_long', // exp - iat (or exp - now) above maxTokenLifetimeMs
  'bad_claims', // missing sub, permission claims of the wrong shape, ...
  'revoked', // reserved for revocation (jti or subject)
] as const
export type AuthFailure = (typeof AUTH_FAILURES)[number]

/** The only error an Authenticator rejects with. Its message never contains the token. */
export class AuthError extends Error {
  override name = 'AuthError'
  constructor(
    readonly reason: AuthFailure,
    message: string,
  ) {
    super(message)
  }
}

/** Verifies tokens. Implementations must never log or echo a token. */
export interface Authenticator {
  /** Verifies a compact JWT. Resolves a Principal or rejects with AuthError. */
  authenticate(token: string): Promise<Principal>
  /** Releases timers (JWKS refresh). */
  close(): void
}

const ALGORITHMS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const

/** One verification key. The key fixes the algorithm; the token header never does. */
export const keyConfigSchema = z
  .object({
    /** Key id matched against the token header's `kid`. Optional when the tenant has exactly one key. */
    kid: z.string().min(1).max(256).optional(),
    /** The only algorithm this key verifies. */
    alg: z.enum(ALGORITHMS),
    /** HMAC secret (HS*), as UTF-8 text. At least 32 bytes. */
    secret: z.string().min(32).optional(),
    /** Public key (RS*, PS*, ES*, EdDSA) in PEM (SPKI). */
    publicKeyPem: z.string().min(1).optional(),
    /** Public key as a JWK. */
    jwk: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .refine((k) => [k.secret, k.publicKeyPem, k.jwk].filter((x) => x !== undefined).length === 1, {
    message: 'exactly one of secret, publicKeyPem, jwk is required',
  })
  .refine((k) => (k.alg.startsWith('HS') ? k.secret !== undefined : k.secret === undefined), {
    message: 'HS* keys need a secret; other algorithms need a public key',
  })
export type KeyConfig = z.infer<typeof keyConfigSchema>

/** Keys of one tenant: static keys and/or a JWKS (file or URL). */
export const tenantAuthSchema = z
  .object({
    /** Static keys. */
    keys: z.array(keyConfigSchema).default([]),
    /** Path of a JWKS file (re-read on an unknown kid, at most every jwksMinRefreshMs). */
    jwksFile: z.string().min(1).optional(),
    /** URL of a JWKS (cached for jwksCacheMs, refetched on an unknown kid). */
    jwksUrl: z.url().optional(),
    /** Refuse every token of this tenant. */
    disabled: z.boolean().default(false),
  })
  .strict()
export type TenantAuthConfig = z.infer<typeof tenantAuthSchema>

/** Token verification settings. Units are in the names. */
export const authConfigSchema = z
  .object({
    /** Tenants by id. Tenant ids use the topic token charset: 1-64 of [A-Za-z0-9_-]. */
    tenants: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), tenantAuthSchema).default({}),
    /** Tenant used when a token has no tenant claim. */
    defaultTenant: z.string().default('default'),
    /** Required `aud` (the token's aud must contain it). Unset: aud is not checked. */
    audience: z.string().min(1).optional(),
    /** Required `iss` (exact match). Unset: iss is not checked. */
    issuer: z.string().min(1).optional(),
    /** Clock skew tolerated on exp/nbf/iat, in milliseconds. */
    leewayMs: z.number().int().min(0).max(300_000).default(5_000),
    /** Longest accepted token lifetime (exp - iat, or exp - now without iat), in milliseconds. */
    maxTokenLifetimeMs: z
      .number()
      .int()
      .positive()
      .default(24 * 3600_000),
    /** How long a fetched JWKS is trusted, in milliseconds. */
    jwksCacheMs: z.number().int().positive().default(300_000),
    /** Minimum time between two JWKS reloads triggered by unknown kids, in milliseconds. */
    jwksMinRefreshMs: z.number().int().positive().default(30_000),
  })
  .strict()
export type AuthConfig = z.infer<typeof authConfigSchema>

/**
 * The JWT claims zerorelay reads besides the registered ones (sub, exp, iat, nbf,
 * jti, aud, iss):
 *
 *   "zr": { "tenant": "acme", "pub": ["chat.>"], "sub": ["chat.>", "notify.alice"] }
 *
 * `zr.tenant` selects the tenant (absent: defaultTenant); `zr.pub` / `zr.sub` are
 * the publish and subscribe permission patterns (absent: none — least privilege).
 */
export const ZR_CLAIM = 'zr'
