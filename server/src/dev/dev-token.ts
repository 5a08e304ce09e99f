/**
 * Zero-config development mode: when no tenant has keys, the relay generates an ephemeral
 * HS256 secret (valid for this process only) and mints a ready-to-use token for it.
 * Runtime-free (WebCrypto + jose).
 */
import { SignJWT } from 'jose'
import type { AuthConfig } from '../auth/authenticator.js'
import { ZR_CLAIM } from '../auth/authenticator.js'

/** Lifetime of the printed dev token, in milliseconds. */
export const DEV_TOKEN_LIFETIME_MS = 24 * 3600_000

/** Whether a config has any verification key (static key or JWKS) in any tenant. */
export function hasRealKeys(auth: AuthConfig): boolean {
  return Object.values(auth.tenants).some(
    (t) => t.keys.length > 0 || t.jwksFile !== undefined || t.jwksUrl !== undefined,
  )
}

/** A random secret: 32 random bytes, base64url (43 characters). */
export function generateDevSecret(): string {
  const bytes = new Uint8Array(32)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

/** The auth config with the default tenant verifying HS256 tokens signed with `secret`. */
export function withDevSecret(auth: AuthConfig, secret: string): AuthConfig {
  return {
    ...auth,
    tenants: { ...auth.tenants, [auth.defaultTenant]: { keys: [{ alg: 'HS256', secret }], disabled: false } },
  }
}

/** Signs a dev token: sub "dev", publish and subscribe ">", the given lifetime (default 24 h). */
export async function mintDevToken(
  secret: string,
  options: { nowMs?: number; lifetimeMs?: number; subject?: string; audience?: string; issuer?: string } = {},
): Promise<string> {
  const nowS = Math.floor((options.nowMs ?? Date.now()) / 1000)
  const lifetimeS = Math.floor((options.lifetimeMs ?? DEV_TOKEN_LIFETIME_MS) / 1000)
  let jwt = new SignJWT({ [ZR_CLAIM]: { pub: ['>'], sub: ['>'] } })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject ?? 'dev')
    .setIssuedAt(nowS)
    .setExpirationTime(nowS + lifetimeS)
  if (options.audience !== undefined) jwt = jwt.setAudience(options.audience)
  if (options.issuer !== undefined) jwt = jwt.setIssuer(options.issuer)
  return jwt.sign(new TextEncoder().encode(secret))
}
