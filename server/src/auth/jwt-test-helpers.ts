/**
 * Helpers shared by the auth tests: a fake clock, a capturing logger, token
 * builders (signed and hand-crafted hostile ones) and key generation.
 * @internal Test support only.
 */
import { base64url, CompactSign, exportJWK, exportSPKI, generateKeyPair, type JWTPayload, SignJWT } from 'jose'
import { expect } from 'vitest'
import { type AuthConfig, AuthError, type AuthFailure, authConfigSchema, type KeyConfig } from './authenticator.js'
import type { AuthLogger } from './jwks.js'

/** Fixed start of the fake clock, in milliseconds since the epoch. */
export const T0_MS = 1_700_000_000_000
/** An HMAC secret of 40 characters. */
export const SECRET = 'test-secret-0123456789-abcdefghijklmnopq'
/** Another HMAC secret, for "wrong key" cases. */
export const OTHER_SECRET = 'other-secret-0123456789-abcdefghijklmnop'

/** A settable clock. */
export function createFakeClock(startMs = T0_MS): { now: () => number; advance(ms: number): void; nowMs: number } {
  const clock = {
    nowMs: startMs,
    now: () => clock.nowMs,
    advance(ms: number) {
      clock.nowMs += ms
    },
  }
  return clock
}

/** A logger that records every call. */
export function createCapturingLogger(): AuthLogger & { calls: Array<{ obj: object; msg: string }> } {
  const calls: Array<{ obj: object; msg: string }> = []
  return {
    calls,
    warn(obj, msg) {
      calls.push({ obj, msg })
    },
  }
}

/** Parses a raw auth config with the real schema. */
export function authConfig(raw: unknown): AuthConfig {
  return authConfigSchema.parse(raw)
}

/** Seconds since the epoch for a millisecond time. */
export const sec = (ms: number): number => Math.floor(ms / 1000)

/** Claims valid at `nowMs` for an hour. */
export function baseClaims(nowMs: number, extra: Record<string, unknown> = {}): JWTPayload {
  // Hostile tests put wrongly typed registered claims here, hence the loose input type.
  return { sub: 'alice', iat: sec(nowMs), exp: sec(nowMs) + 3600, ...extra } as JWTPayload
}

/** Signs a JWT with jose. `key` is a CryptoKey, or a string secret for HS*. */
export async function signToken(
  claims: JWTPayload,
  alg: string,
  key: CryptoKey | string,
  header: Record<string, unknown> = {},
): Promise<string> {
  const material = typeof key === 'string' ? new TextEncoder().encode(key) : key
  return new SignJWT(claims).setProtectedHeader({ ...header, alg }).sign(material)
}

/** Signs an exact payload text (for claims JSON can carry but jose's builder refuses, like 1e400). */
export async function signRawPayload(
  payloadJson: string,
  alg: string,
  key: CryptoKey | string,
  header: Record<string, unknown> = {},
): Promise<string> {
  const material = typeof key === 'string' ? new TextEncoder().encode(key) : key
  return new CompactSign(new TextEncoder().encode(payloadJson)).setProtectedHeader({ ...header, alg }).sign(material)
}

/** Builds an unsigned compact token from raw header/payload JSON (objects are stringified). */
export function rawToken(header: unknown, payload: unknown, signature = ''): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))
  return `${base64url.encode(text(header))}.${base64url.encode(text(payload))}.${signature}`
}

/** Key material for one algorithm, in every form the config accepts. */
export interface TestKey {
  alg: KeyConfig['alg']
  privateKey: CryptoKey
  publicKey: CryptoKey
  pem: string
  jwk: Record<string, unknown>
}

/** Generates an extractable key pair for `alg`. */
export async function makeKey(alg: KeyConfig['alg'], options: { modulusLength?: number } = {}): Promise<TestKey> {
  const { privateKey, publicKey } =
    options.modulusLength !== undefined && options.modulusLength < 2048
      ? // jose refuses to generate weak RSA keys; WebCrypto does not.
        await crypto.subtle.generateKey(
          {
            name: 'RSASSA-PKCS1-v1_5',
            modulusLength: options.modulusLength,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
          },
          true,
          ['sign', 'verify'],
        )
      : await generateKeyPair(alg, { extractable: true, ...options })
  return {
    alg,
    privateKey,
    publicKey,
    pem: await exportSPKI(publicKey),
    jwk: { ...(await exportJWK(publicKey)) },
  }
}

/** Asserts that `promise` rejects with an AuthError of `reason`; returns the error. */
export async function expectReject(promise: Promise<unknown>, reason: AuthFailure): Promise<AuthError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err, `expected rejection with ${reason}`).toBeInstanceOf(AuthError)
  expect((err as AuthError).reason).toBe(reason)
  return err as AuthError
}
