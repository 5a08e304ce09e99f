import { decodeProtectedHeader, jwtVerify } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { TokenKind } from './gen.js'
import { type AuthEnv, createAuthEnv, mintToken } from './tokens.js'

describe('mintToken()', () => {
  let env: AuthEnv
  const key = () => new TextEncoder().encode(env.hs256Secret)
  const verify = (t: string) =>
    jwtVerify(t, key(), { issuer: env.issuer, audience: env.audience, algorithms: ['HS256'] })
  beforeAll(async () => {
    env = await createAuthEnv()
  })

  it('mints a valid HS256 token from the claims template, with kid, iss, aud and exp', async () => {
    const t = await mintToken(env, { sub: 'alice', zr: { pub: ['a.>'] } }, TokenKind.TOKEN_KIND_UNSPECIFIED)
    const { payload, protectedHeader } = await verify(t)
    expect(protectedHeader).toMatchObject({ alg: 'HS256', kid: env.hs256Kid })
    expect(payload).toMatchObject({ sub: 'alice', zr: { pub: ['a.>'] } })
    expect((payload.exp ?? 0) * 1000).toBeGreaterThan(Date.now())
  })

  it('mints bad tokens that a correct verifier rejects', async () => {
    for (const kind of [
      TokenKind.TOKEN_KIND_WRONG_KEY,
      TokenKind.TOKEN_KIND_ALG_NONE,
      TokenKind.TOKEN_KIND_ALG_NONE_UPPER,
      TokenKind.TOKEN_KIND_STRIPPED_SIGNATURE,
      TokenKind.TOKEN_KIND_ALG_CONFUSION,
      TokenKind.TOKEN_KIND_EXPIRED,
      TokenKind.TOKEN_KIND_NOT_YET_VALID,
      TokenKind.TOKEN_KIND_WRONG_AUDIENCE,
      TokenKind.TOKEN_KIND_WRONG_ISSUER,
      TokenKind.TOKEN_KIND_MALFORMED,
    ])
      await expect(verify(await mintToken(env, { sub: 'x' }, kind)), TokenKind[kind]).rejects.toThrow()
  })

  it('shapes the attack tokens as named', async () => {
    expect(await mintToken(env, {}, TokenKind.TOKEN_KIND_MISSING)).toBe('')
    expect(decodeProtectedHeader(await mintToken(env, {}, TokenKind.TOKEN_KIND_ALG_NONE)).alg).toBe('none')
    expect((await mintToken(env, {}, TokenKind.TOKEN_KIND_STRIPPED_SIGNATURE)).endsWith('.')).toBe(true)
    const confused = await mintToken(env, {}, TokenKind.TOKEN_KIND_ALG_CONFUSION)
    expect(decodeProtectedHeader(confused)).toMatchObject({ alg: 'HS256', kid: env.rs256Kid })
    // it is a correct HMAC over the public key PEM: the attack, not garbage
    await expect(jwtVerify(confused, new TextEncoder().encode(env.rs256?.publicKeyPem))).resolves.toBeDefined()
  })
})
