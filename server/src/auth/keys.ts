/**
 * Verification keys: importing key material once into WebCrypto `CryptoKey`s (so a
 * token verification never re-imports), and checking that a key really fits the
 * one algorithm it is configured for. No runtime APIs beyond WebCrypto.
 * @internal
 */
import { base64url, importJWK, importSPKI } from 'jose'
import { type KeyConfig, keyConfigSchema } from './authenticator.js'

/** A JWS algorithm a key may be bound to (the `alg` of `keyConfigSchema`). */
export type JwsAlgorithm = KeyConfig['alg']

/** Every algorithm zerorelay accepts, as an exact-string set (never an object lookup). */
export const JWS_ALGORITHMS: ReadonlySet<string> = new Set<string>(keyConfigSchema.shape.alg.options)

/** Shortest accepted HMAC key, in bytes (RFC 7518 §3.2 asks for at least the hash size). */
export const MIN_HMAC_KEY_BYTES = 32

/** An imported key and the only algorithm it verifies. Immutable. */
export interface VerificationKey {
  /** The algorithm fixed by the key; a token header with another `alg` is refused. */
  readonly alg: JwsAlgorithm
  /** The imported key, ready for jose's verify. */
  readonly key: CryptoKey
  /**
   * HS* keys only: the secret's bytes, for a synchronous HMAC check (`HmacVerify`, injected by
   * the runtime) in place of WebCrypto's. Never logged, never leaves the authenticator.
   */
  readonly secret?: Uint8Array
}

/** Raised when key material cannot be imported or does not fit its algorithm. */
export class KeyImportError extends Error {
  override name = 'KeyImportError'
}

const EXPECTED_KTY: ReadonlyMap<string, string> = new Map([
  ['HS', 'oct'],
  ['RS', 'RSA'],
  ['PS', 'RSA'],
  ['ES', 'EC'],
  ['Ed', 'OKP'],
])

const EXPECTED_CURVE: ReadonlyMap<string, string> = new Map([
  ['ES256', 'P-256'],
  ['ES384', 'P-384'],
  ['ES512', 'P-521'],
  ['EdDSA', 'Ed25519'],
])

/** Public members copied from a JWK; everything else (`use`, `key_ops`, `ext`, private parts) is dropped. */
const PUBLIC_JWK_MEMBERS = ['kty', 'crv', 'n', 'e', 'x', 'y'] as const

/** Private-key members: a JWK carrying any of them is refused rather than silently reduced. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'] as const

/** True for a non-null, non-array object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads an own property only, so a polluted prototype can never supply a value. */
export function ownProp(obj: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(obj, name) ? obj[name] : undefined
}

/** A hash of an HMAC algorithm, as WebCrypto names it. */
export type HmacHash = 'SHA-256' | 'SHA-384' | 'SHA-512'

/** The hash of each HMAC algorithm (HS256 → SHA-256, ...). */
export const HMAC_HASHES: ReadonlyMap<string, HmacHash> = new Map([
  ['HS256', 'SHA-256'],
  ['HS384', 'SHA-384'],
  ['HS512', 'SHA-512'],
])

function isHmac(alg: JwsAlgorithm): boolean {
  return alg.startsWith('HS')
}

async function importHmacBytes(bytes: Uint8Array<ArrayBuffer>, alg: JwsAlgorithm): Promise<VerificationKey> {
  if (bytes.byteLength < MIN_HMAC_KEY_BYTES) {
    throw new KeyImportError(`HMAC key for ${alg} is shorter than ${MIN_HMAC_KEY_BYTES} bytes`)
  }
  const key = await crypto.subtle.importKey(
    'raw',
    bytes,
    { name: 'HMAC', hash: HMAC_HASHES.get(alg) as HmacHash },
    false,
    ['verify'],
  )
  return Object.freeze({ alg, key, secret: bytes.slice() })
}

/**
 * Checks that an imported public key fits `alg`: RSA at least 2048 bits, the ECDSA
 * curve of the algorithm, Ed25519 for EdDSA. jose checks the same at verify time;
 * doing it at import turns a per-token failure into a clear configuration error.
 */
function checkPublicKey(key: CryptoKey, alg: JwsAlgorithm): void {
  if (key.type !== 'public') throw new KeyImportError(`${alg} needs a public key`)
  if (alg.startsWith('RS') || alg.startsWith('PS')) {
    const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength
    if (!(bits >= 2048)) throw new KeyImportError(`RSA key for ${alg} must be at least 2048 bits`)
    return
  }
  const curve = EXPECTED_CURVE.get(alg)
  const actual = alg === 'EdDSA' ? key.algorithm.name : (key.algorithm as EcKeyAlgorithm).namedCurve
  if (curve !== actual) throw new KeyImportError(`key for ${alg} must use curve ${curve}`)
}

function asCryptoKey(key: CryptoKey | Uint8Array, alg: JwsAlgorithm): CryptoKey {
  if (key instanceof Uint8Array) throw new KeyImportError(`${alg} needs a public key`)
  return key
}

/**
 * Imports a JWK for `alg`. Only the public members are passed on; a JWK with private
 * members, a `kty`/`crv` that does not fit `alg`, or a conflicting `alg` is refused.
 * `oct` (HMAC) keys are accepted only when `allowSymmetric` is set.
 * @throws KeyImportError with a message that never contains key material.
 */
export async function importJwkKey(
  jwk: Record<string, unknown>,
  alg: JwsAlgorithm,
  allowSymmetric: boolean,
): Promise<VerificationKey> {
  const jwkAlg = ownProp(jwk, 'alg')
  if (jwkAlg !== undefined && jwkAlg !== alg) throw new KeyImportError(`JWK "alg" differs from ${alg}`)
  const kty = ownProp(jwk, 'kty')
  if (kty !== EXPECTED_KTY.get(alg.slice(0, 2))) throw new KeyImportError(`JWK "kty" does not fit ${alg}`)
  const use = ownProp(jwk, 'use')
  if (use !== undefined && use !== 'sig') throw new KeyImportError('JWK "use" is not "sig"')
  const keyOps = ownProp(jwk, 'key_ops')
  if (keyOps !== undefined && !(Array.isArray(keyOps) && keyOps.includes('verify'))) {
    throw new KeyImportError('JWK "key_ops" does not include "verify"')
  }
  if (isHmac(alg)) {
    if (!allowSymmetric) throw new KeyImportError('symmetric (oct) keys are not accepted from this source')
    const k = ownProp(jwk, 'k')
    if (typeof k !== 'string') throw new KeyImportError('JWK "k" is missing')
    let bytes: Uint8Array<ArrayBuffer>
    try {
      bytes = base64url.decode(k) as Uint8Array<ArrayBuffer>
    } catch {
      throw new KeyImportError('JWK "k" is not base64url')
    }
    return importHmacBytes(bytes, alg)
  }
  if (PRIVATE_JWK_MEMBERS.some((m) => Object.hasOwn(jwk, m))) {
    throw new KeyImportError('JWK contains private key members')
  }
  const clean: Record<string, unknown> = { alg }
  for (const member of PUBLIC_JWK_MEMBERS) {
    const value = ownProp(jwk, member)
    if (value !== undefined) clean[member] = value
  }
  const key = asCryptoKey(await wrapJose(() => importJWK(clean, alg, { extractable: false }), alg), alg)
  checkPublicKey(key, alg)
  return Object.freeze({ alg, key })
}

/** Runs a jose import and turns its errors into a KeyImportError naming only the algorithm. */
async function wrapJose<T>(run: () => Promise<T>, alg: JwsAlgorithm): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (err instanceof KeyImportError) throw err
    throw new KeyImportError(`key material is not a valid ${alg} public key`, { cause: err })
  }
}

/**
 * Imports one configured static key (exactly one of `secret`, `publicKeyPem`, `jwk`).
 * @throws KeyImportError on bad material; the message never contains the material.
 */
export async function importStaticKey(config: KeyConfig): Promise<VerificationKey> {
  const { alg } = config
  if (config.secret !== undefined) {
    if (!isHmac(alg)) throw new KeyImportError(`a secret can only be used with HS* algorithms, not ${alg}`)
    return importHmacBytes(new TextEncoder().encode(config.secret), alg)
  }
  if (isHmac(alg)) throw new KeyImportError(`${alg} needs a secret`)
  if (config.publicKeyPem !== undefined) {
    const pem = config.publicKeyPem.trim()
    const key = asCryptoKey(await wrapJose(() => importSPKI(pem, alg, { extractable: false }), alg), alg)
    checkPublicKey(key, alg)
    return Object.freeze({ alg, key })
  }
  if (config.jwk !== undefined) return importJwkKey(config.jwk, alg, false)
  throw new KeyImportError('exactly one of secret, publicKeyPem, jwk is required')
}
