/**
 * Token minting. Drivers and servers never see key material from scenarios: the
 * runner mints every token, good and bad, from an actor's claims template and the
 * auth config the server under test trusts.
 */
import { randomBytes } from 'node:crypto'
import { exportSPKI, generateKeyPair, type CryptoKey as JoseKey, SignJWT } from 'jose'
import { TokenKind } from './gen.js'

/** What the server under test trusts, plus the private halves the runner signs with. */
export interface AuthEnv {
  /** HS256 secret (UTF-8). */
  readonly hs256Secret: string
  /** Required `iss`, if any. */
  readonly issuer?: string
  /** Required `aud`, if any. */
  readonly audience?: string
  /** Leeway the server applies, in ms. */
  readonly leewayMs: number
  /** `kid` header of HS256 tokens, if the server needs one. */
  readonly hs256Kid?: string
  /** `kid` header of RS256 and algorithm-confusion tokens, if the server needs one. */
  readonly rs256Kid?: string
  /** RS256 key pair the server trusts (public half), when configured. */
  readonly rs256?: { readonly privateKey?: JoseKey; readonly publicKeyPem: string }
}

/** Creates an auth environment with a fresh random secret and RS256 key pair. */
export async function createAuthEnv(
  opts: { issuer?: string; audience?: string; leewayMs?: number } = {},
): Promise<AuthEnv> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
  const secretBytes = crypto.getRandomValues(new Uint8Array(32))
  return {
    hs256Secret: Buffer.from(secretBytes).toString('base64url'),
    issuer: opts.issuer ?? 'zr-conformance',
    audience: opts.audience ?? 'zerorelay',
    leewayMs: opts.leewayMs ?? 1000,
    hs256Kid: 'conformance-hs256',
    rs256Kid: 'conformance-rs256',
    rs256: { privateKey, publicKeyPem: await exportSPKI(publicKey) },
  }
}

function b64url(v: unknown): string {
  return Buffer.from(JSON.stringify(v), 'utf8').toString('base64url')
}

const enc = new TextEncoder()

/**
 * Mints a token of the given kind. `claims` is the actor's template after
 * placeholder substitution; `iat`, `exp`, `jti`, `iss` and `aud` are added unless the
 * template sets them. Returns '' for TOKEN_KIND_MISSING.
 */
export async function mintToken(
  env: AuthEnv,
  claims: Record<string, unknown>,
  kind: TokenKind,
  nowMs = Date.now(),
): Promise<string> {
  const now = Math.floor(nowMs / 1000)
  const leewayS = Math.ceil(env.leewayMs / 1000)
  // A random jti makes every token unique, even two minted in the same second (a new
  // token after 4001 must differ from the expired one).
  const body: Record<string, unknown> = { iat: now, exp: now + 3600, jti: randomBytes(8).toString('hex'), ...claims }
  if (env.issuer && !('iss' in claims)) body.iss = env.issuer
  if (env.audience && !('aud' in claims)) body.aud = env.audience
  const hsKid = env.hs256Kid ? { kid: env.hs256Kid } : {}
  const rsKid = env.rs256Kid ? { kid: env.rs256Kid } : {}
  const hs = (payload: Record<string, unknown>, secret: Uint8Array, kid: { kid?: string } = hsKid) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT', ...kid }).sign(secret)
  const secret = enc.encode(env.hs256Secret)
  switch (kind) {
    case TokenKind.TOKEN_KIND_MISSING:
      return ''
    case TokenKind.TOKEN_KIND_MALFORMED:
      return 'not.a.jwt'
    case TokenKind.TOKEN_KIND_WRONG_KEY:
      return hs(body, enc.encode(`${env.hs256Secret}-but-not-the-right-one`))
    case TokenKind.TOKEN_KIND_ALG_NONE:
      return `${b64url({ alg: 'none', typ: 'JWT', ...hsKid })}.${b64url(body)}.`
    case TokenKind.TOKEN_KIND_ALG_NONE_UPPER:
      return `${b64url({ alg: 'NONE', typ: 'JWT', ...hsKid })}.${b64url(body)}.`
    case TokenKind.TOKEN_KIND_STRIPPED_SIGNATURE: {
      const good = await hs(body, secret)
      return good.slice(0, good.lastIndexOf('.') + 1)
    }
    case TokenKind.TOKEN_KIND_ALG_CONFUSION:
      if (!env.rs256) throw new Error('TOKEN_KIND_ALG_CONFUSION needs an RS256 key in the auth config')
      return hs(body, enc.encode(env.rs256.publicKeyPem), rsKid)
    case TokenKind.TOKEN_KIND_EXPIRED:
      return hs({ ...body, iat: now - 7200 - leewayS, exp: now - 60 - leewayS }, secret)
    case TokenKind.TOKEN_KIND_NOT_YET_VALID:
      return hs({ ...body, nbf: now + 60 + leewayS }, secret)
    case TokenKind.TOKEN_KIND_WRONG_AUDIENCE:
      return hs({ ...body, aud: 'some-other-service' }, secret)
    case TokenKind.TOKEN_KIND_WRONG_ISSUER:
      return hs({ ...body, iss: 'https://evil.example' }, secret)
    case TokenKind.TOKEN_KIND_RS256:
      if (!env.rs256) throw new Error('TOKEN_KIND_RS256 needs an RS256 key in the auth config')
      if (!env.rs256.privateKey) throw new Error('TOKEN_KIND_RS256 needs the private key: only launched servers')
      return new SignJWT(body).setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...rsKid }).sign(env.rs256.privateKey)
    default:
      return hs(body, secret)
  }
}
