import { base64url, FlattenedSign } from 'jose'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AuthConfig } from './authenticator.js'
import { AuthError, type KeyConfig } from './authenticator.js'
import { hmacVerifyNode } from './hmac.node.js'
import { createJwtAuthenticator as createWith, type HmacVerify, type JwtAuthenticatorOptions } from './jwt.js'
import {
  authConfig,
  baseClaims,
  createCapturingLogger,
  createFakeClock,
  expectReject,
  makeKey,
  OTHER_SECRET,
  rawToken,
  SECRET,
  sec,
  signRawPayload,
  signToken,
  T0_MS,
} from './jwt-test-helpers.js'

const LEEWAY_MS = 5_000

/**
 * The whole suite runs twice (see the end of the file): with HS* tokens verified by jose through
 * WebCrypto, and by the synchronous HMAC the relay injects (`hmac.node.ts`). Same verdicts.
 */
let suiteHmacVerify: HmacVerify | undefined

function createJwtAuthenticator(config: AuthConfig, options: JwtAuthenticatorOptions = {}) {
  return createWith(config, { hmacVerify: suiteHmacVerify, ...options })
}

function hsAuth(extra: Record<string, unknown> = {}, options: JwtAuthenticatorOptions = {}) {
  const clock = createFakeClock()
  const logger = createCapturingLogger()
  const auth = createJwtAuthenticator(
    authConfig({ tenants: { default: { keys: [{ alg: 'HS256', secret: SECRET }] } }, leewayMs: LEEWAY_MS, ...extra }),
    { now: clock.now, logger, ...options },
  )
  return { auth, clock, logger }
}

afterEach(() => {
  vi.restoreAllMocks()
})

/** Every test of the authenticator; registered once per HS* verification path. */
function authenticatorSuite(): void {
  describe('createJwtAuthenticator(): valid tokens', () => {
    it('returns a frozen principal from the claims', async () => {
      const { auth } = hsAuth()
      const token = await signToken(
        baseClaims(T0_MS, { jti: 'tok-1', zr: { pub: ['chat.>'], sub: ['chat.>', 'notify.alice'] } }),
        'HS256',
        SECRET,
      )
      const principal = await auth.authenticate(token)
      expect(principal).toEqual({
        tenant: 'default',
        subject: 'alice',
        expiresAtMs: (sec(T0_MS) + 3600) * 1000,
        issuedAtMs: sec(T0_MS) * 1000,
        tokenId: 'tok-1',
        publish: ['chat.>'],
        subscribe: ['chat.>', 'notify.alice'],
      })
      expect(Object.isFrozen(principal)).toBe(true)
      expect(Object.isFrozen(principal.publish)).toBe(true)
    })

    it('grants no permissions when zr.pub / zr.sub are absent (least privilege)', async () => {
      const { auth } = hsAuth()
      const principal = await auth.authenticate(await signToken(baseClaims(T0_MS), 'HS256', SECRET))
      expect(principal.publish).toEqual([])
      expect(principal.subscribe).toEqual([])
      expect(principal.tokenId).toBeUndefined()
    })

    it('does not validate topic grammar (the router does)', async () => {
      const { auth } = hsAuth()
      const token = await signToken(baseClaims(T0_MS, { zr: { pub: ['not a..topic'] } }), 'HS256', SECRET)
      expect((await auth.authenticate(token)).publish).toEqual(['not a..topic'])
    })

    const families: Array<KeyConfig['alg']> = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA']
    it.each(families)('verifies %s with a PEM key and with a JWK key', async (alg) => {
      const key = await makeKey(alg)
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({
          tenants: {
            pem: { keys: [{ alg, publicKeyPem: key.pem }] },
            jwk: { keys: [{ alg, jwk: key.jwk }] },
          },
        }),
        { now: clock.now },
      )
      await auth.ready()
      for (const tenant of ['pem', 'jwk']) {
        const token = await signToken(baseClaims(T0_MS, { zr: { tenant } }), alg, key.privateKey)
        expect((await auth.authenticate(token)).tenant).toBe(tenant)
      }
      // A different key of the same family is not accepted.
      const other = await makeKey(alg)
      await expectReject(
        auth.authenticate(await signToken(baseClaims(T0_MS, { zr: { tenant: 'pem' } }), alg, other.privateKey)),
        'bad_signature',
      )
    })

    it.each(['HS256', 'HS384', 'HS512'] as const)('verifies %s with a secret', async (alg) => {
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(authConfig({ tenants: { default: { keys: [{ alg, secret: SECRET }] } } }), {
        now: clock.now,
      })
      expect((await auth.authenticate(await signToken(baseClaims(T0_MS), alg, SECRET))).subject).toBe('alice')
      await expectReject(auth.authenticate(await signToken(baseClaims(T0_MS), alg, OTHER_SECRET)), 'bad_signature')
    })

    it('never re-imports keys per token (keys are imported once at construction)', async () => {
      const key = await makeKey('ES256')
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({
          tenants: {
            default: {
              keys: [
                { kid: 'h', alg: 'HS256', secret: SECRET },
                { kid: 'e', alg: 'ES256', publicKeyPem: key.pem },
              ],
            },
          },
        }),
        { now: clock.now },
      )
      await auth.ready()
      const importKey = vi.spyOn(crypto.subtle, 'importKey')
      for (let i = 0; i < 3; i++) {
        await auth.authenticate(await signToken(baseClaims(T0_MS), 'HS256', SECRET, { kid: 'h' }))
        await auth.authenticate(await signToken(baseClaims(T0_MS), 'ES256', key.privateKey, { kid: 'e' }))
      }
      // Signing HS256 above imports the raw secret once per sign call; verification must add none.
      const verifyImports = importKey.mock.calls.filter((call) => {
        const usages = call[4] as readonly string[]
        return usages.includes('verify')
      })
      expect(verifyImports).toHaveLength(0)
    })
  })

  describe('createJwtAuthenticator(): algorithms', () => {
    it.each(['none', 'None', 'NONE', 'nOnE'])('refuses alg %s with an empty signature', async (alg) => {
      const { auth } = hsAuth()
      await expectReject(auth.authenticate(rawToken({ alg, typ: 'JWT' }, baseClaims(T0_MS))), 'bad_algorithm')
      await expectReject(auth.authenticate(rawToken({ alg }, baseClaims(T0_MS), 'AAAA')), 'bad_algorithm')
    })

    it('refuses a stripped or truncated signature', async () => {
      const { auth } = hsAuth()
      const token = await signToken(baseClaims(T0_MS), 'HS256', SECRET)
      const [h, p, s] = token.split('.') as [string, string, string]
      await expectReject(auth.authenticate(`${h}.${p}`), 'malformed')
      await expectReject(auth.authenticate(`${h}.${p}.`), 'bad_signature')
      await expectReject(auth.authenticate(`${h}.${p}.A`), 'malformed') // not valid base64url
      await expectReject(auth.authenticate(`${h}.${p}.${s.slice(0, -4)}`), 'bad_signature')
      expect((await auth.authenticate(token)).subject).toBe('alice')
    })

    it('refuses a header alg other than the key algorithm, even with the right secret', async () => {
      const { auth } = hsAuth()
      await expectReject(auth.authenticate(await signToken(baseClaims(T0_MS), 'HS512', SECRET)), 'bad_algorithm')
      await expectReject(auth.authenticate(rawToken({ alg: 'HS1' }, baseClaims(T0_MS), 'AAAA')), 'bad_algorithm')
      await expectReject(auth.authenticate(rawToken({ alg: 42 }, baseClaims(T0_MS), 'AAAA')), 'malformed')
    })

    it('refuses HS256 signed with the RSA public key as HMAC secret (alg confusion)', async () => {
      const key = await makeKey('RS256')
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({ tenants: { default: { keys: [{ alg: 'RS256', publicKeyPem: key.pem }] } } }),
        { now: clock.now },
      )
      await expectReject(auth.authenticate(await signToken(baseClaims(T0_MS), 'HS256', key.pem)), 'bad_algorithm')
      const jwkText = JSON.stringify(key.jwk)
      await expectReject(auth.authenticate(await signToken(baseClaims(T0_MS), 'HS256', jwkText)), 'bad_algorithm')
    })

    it('never takes keys from jwk / jku / x5u / x5c header parameters', async () => {
      const ours = await makeKey('RS256')
      const attacker = await makeKey('RS256')
      const fetchSpy = vi.fn<typeof fetch>()
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({ tenants: { default: { keys: [{ kid: 'k1', alg: 'RS256', publicKeyPem: ours.pem }] } } }),
        { now: clock.now, fetch: fetchSpy },
      )
      const claims = baseClaims(T0_MS)
      for (const header of [
        { jwk: attacker.jwk },
        { jwk: attacker.jwk, kid: 'k1' },
        { jku: 'http://127.0.0.1:9/jwks.json', kid: 'k1' },
        { x5u: 'http://127.0.0.1:9/cert.pem', kid: 'k1' },
        { x5c: ['MIIB'], kid: 'k1' },
      ]) {
        await expectReject(
          auth.authenticate(await signToken(claims, 'RS256', attacker.privateKey, header)),
          'bad_signature',
        )
      }
      expect(fetchSpy).not.toHaveBeenCalled()
    })

    it('refuses unknown crit header parameters and unencoded (b64: false) payloads', async () => {
      const { auth } = hsAuth()
      const claims = baseClaims(T0_MS)
      await expectReject(
        auth.authenticate(rawToken({ alg: 'HS256', crit: ['zz'], zz: 1 }, claims, 'AAAA')),
        'malformed',
      )
      const flat = await new FlattenedSign(new TextEncoder().encode(JSON.stringify(claims)))
        .setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] })
        .sign(new TextEncoder().encode(SECRET))
      await expectReject(
        auth.authenticate(`${flat.protected}.${JSON.stringify(claims)}.${flat.signature}`),
        'malformed',
      )
    })
  })

  describe('createJwtAuthenticator(): time claims', () => {
    const tokenAt = (claims: Record<string, unknown>) => signToken({ sub: 'alice', ...claims }, 'HS256', SECRET)

    it('applies the leeway to exp (1 s either side of the boundary)', async () => {
      const { auth } = hsAuth()
      const iat = sec(T0_MS) - 600
      await expectReject(auth.authenticate(await tokenAt({ iat, exp: sec(T0_MS - LEEWAY_MS - 1000) })), 'expired')
      const ok = await auth.authenticate(await tokenAt({ iat, exp: sec(T0_MS - LEEWAY_MS + 1000) }))
      expect(ok.expiresAtMs).toBe(sec(T0_MS - LEEWAY_MS + 1000) * 1000)
    })

    it('follows the injected clock', async () => {
      const { auth, clock } = hsAuth()
      const token = await tokenAt({ iat: sec(T0_MS), exp: sec(T0_MS) + 60 })
      await auth.authenticate(token)
      clock.advance(60_000 + LEEWAY_MS + 1000)
      await expectReject(auth.authenticate(token), 'expired')
    })

    it('applies the leeway to nbf and iat', async () => {
      const { auth } = hsAuth()
      const exp = sec(T0_MS) + 3600
      await expectReject(auth.authenticate(await tokenAt({ exp, nbf: sec(T0_MS + LEEWAY_MS + 5000) })), 'not_yet_valid')
      await auth.authenticate(await tokenAt({ exp, nbf: sec(T0_MS + LEEWAY_MS - 1000) }))
      await expectReject(auth.authenticate(await tokenAt({ exp, iat: sec(T0_MS + LEEWAY_MS + 5000) })), 'not_yet_valid')
      await auth.authenticate(await tokenAt({ exp, iat: sec(T0_MS + LEEWAY_MS - 1000) }))
    })

    it('refuses a token without exp as expired', async () => {
      const { auth } = hsAuth()
      await expectReject(auth.authenticate(await tokenAt({ iat: sec(T0_MS) })), 'expired')
    })

    it('never coerces wrongly typed or non-finite time claims', async () => {
      const { auth } = hsAuth()
      const iat = sec(T0_MS)
      for (const payload of [
        `{"sub":"alice","exp":"9999999999"}`,
        `{"sub":"alice","exp":1e400}`,
        `{"sub":"alice","exp":-1e400}`,
        `{"sub":"alice","exp":null}`,
        `{"sub":"alice","exp":[9999999999]}`,
        `{"sub":"alice","exp":${iat + 60},"nbf":"0"}`,
        `{"sub":"alice","exp":${iat + 60},"iat":"${iat}"}`,
        `{"sub":"alice","exp":${iat + 60},"iat":1e400}`,
      ]) {
        await expectReject(auth.authenticate(await signRawPayload(payload, 'HS256', SECRET)), 'malformed')
      }
      await expectReject(
        auth.authenticate(await signRawPayload(`{"sub":"alice","exp":-5}`, 'HS256', SECRET)),
        'expired',
      )
    })

    it('refuses lifetimes above maxTokenLifetimeMs (exp - iat, else exp - now)', async () => {
      const { auth } = hsAuth({ maxTokenLifetimeMs: 3_600_000 })
      const now = sec(T0_MS)
      await auth.authenticate(await tokenAt({ iat: now, exp: now + 3600 }))
      await expectReject(auth.authenticate(await tokenAt({ iat: now, exp: now + 3601 })), 'lifetime_too_long')
      await expectReject(auth.authenticate(await tokenAt({ iat: now - 7200, exp: now + 60 })), 'lifetime_too_long')
      await auth.authenticate(await tokenAt({ exp: now + 3600 }))
      await expectReject(auth.authenticate(await tokenAt({ exp: now + 3601 })), 'lifetime_too_long')
    })
  })

  describe('createJwtAuthenticator(): audience and issuer', () => {
    const opts = { audience: 'zerorelay', issuer: 'https://idp.example' }
    const claims = (extra: Record<string, unknown>) =>
      baseClaims(T0_MS, { aud: 'zerorelay', iss: opts.issuer, ...extra })

    it('requires aud to contain the configured audience', async () => {
      const { auth } = hsAuth(opts)
      await auth.authenticate(await signToken(claims({}), 'HS256', SECRET))
      await auth.authenticate(await signToken(claims({ aud: ['other', 'zerorelay'] }), 'HS256', SECRET))
      await expectReject(auth.authenticate(await signToken(claims({ aud: 'other' }), 'HS256', SECRET)), 'bad_audience')
      await expectReject(
        auth.authenticate(await signToken(claims({ aud: ['zerorelay2'] }), 'HS256', SECRET)),
        'bad_audience',
      )
      const { aud: _aud, ...noAud } = claims({})
      await expectReject(auth.authenticate(await signToken(noAud, 'HS256', SECRET)), 'bad_audience')
    })

    it('requires iss to match exactly', async () => {
      const { auth } = hsAuth(opts)
      for (const iss of ['https://idp.example/', 'https://IDP.example', 'https://idp.example.evil', 42]) {
        await expectReject(auth.authenticate(await signToken(claims({ iss }), 'HS256', SECRET)), 'bad_issuer')
      }
      const { iss: _iss, ...noIss } = claims({})
      await expectReject(auth.authenticate(await signToken(noIss, 'HS256', SECRET)), 'bad_issuer')
    })

    it('checks neither when not configured', async () => {
      const { auth } = hsAuth()
      await auth.authenticate(await signToken(baseClaims(T0_MS, { aud: 'x', iss: 'y' }), 'HS256', SECRET))
    })
  })

  describe('createJwtAuthenticator(): subject, jti and permission claims', () => {
    const bad = [
      { sub: undefined },
      { sub: '' },
      { sub: 42 },
      { sub: 'x'.repeat(257) },
      { jti: 7 },
      { jti: '' },
      { zr: 'acme' },
      { zr: ['acme'] },
      { zr: { tenant: 42 } },
      { zr: { pub: 'chat.>' } },
      { zr: { sub: [1] } },
      { zr: { sub: [null] } },
      { zr: { pub: ['x'.repeat(257)] } },
      { zr: { pub: Array.from({ length: 257 }, (_, i) => `t${i}`) } },
      { zr: { sub: { 0: 'a', length: 1 } } },
    ]
    it.each(bad)('refuses %j as bad_claims', async (extra) => {
      const { auth } = hsAuth()
      await expectReject(auth.authenticate(await signToken(baseClaims(T0_MS, extra), 'HS256', SECRET)), 'bad_claims')
    })

    it('accepts the largest allowed shapes', async () => {
      const { auth } = hsAuth()
      const patterns = Array.from({ length: 256 }, (_, i) => `${i}`.padEnd(256, 'x'))
      const token = await signToken(
        baseClaims(T0_MS, { sub: 's'.repeat(256), zr: { pub: patterns, sub: patterns } }),
        'HS256',
        SECRET,
      )
      const principal = await auth.authenticate(token)
      expect(principal.publish).toHaveLength(256)
      expect(principal.subject).toHaveLength(256)
    })
  })

  describe('createJwtAuthenticator(): tenants and key selection', () => {
    it('shares the tenant name and identical pattern lists between principals, and only identical ones', async () => {
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({ defaultTenant: 'acme', tenants: { acme: { keys: [{ alg: 'HS256', secret: SECRET }] } } }),
        { now: clock.now },
      )
      const zr = (pub: string[], sub: string[]) => ({ zr: { tenant: 'acme', pub, sub } })
      const a = await auth.authenticate(await signToken(baseClaims(T0_MS, zr(['x.>'], ['y.*'])), 'HS256', SECRET))
      const b = await auth.authenticate(
        await signToken(baseClaims(T0_MS, { sub: 'bob', ...zr(['x.>'], ['y.*']) }), 'HS256', SECRET),
      )
      const c = await auth.authenticate(await signToken(baseClaims(T0_MS, zr(['x.>', 'z'], ['y.*'])), 'HS256', SECRET))
      expect(b.subject).toBe('bob')
      expect(b.publish).toBe(a.publish)
      expect(b.subscribe).toBe(a.subscribe)
      expect(c.publish).toEqual(['x.>', 'z'])
      expect(c.publish).not.toBe(a.publish)
      expect(c.subscribe).toBe(a.subscribe)
      expect(Object.isFrozen(a.publish)).toBe(true)
      expect(a.tenant).toBe('acme')
    })

    it('uses defaultTenant without zr.tenant and refuses unknown or disabled tenants', async () => {
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({
          defaultTenant: 'acme',
          tenants: {
            acme: { keys: [{ alg: 'HS256', secret: SECRET }] },
            off: { keys: [{ alg: 'HS256', secret: SECRET }], disabled: true },
          },
        }),
        { now: clock.now },
      )
      expect((await auth.authenticate(await signToken(baseClaims(T0_MS), 'HS256', SECRET))).tenant).toBe('acme')
      for (const tenant of ['nope', '', '__proto__', 'constructor', 'toString', 'ACME']) {
        const token = await signToken(baseClaims(T0_MS, { zr: { tenant } }), 'HS256', SECRET)
        await expectReject(auth.authenticate(token), 'unknown_tenant')
      }
      const off = await signToken(baseClaims(T0_MS, { zr: { tenant: 'off' } }), 'HS256', SECRET)
      await expectReject(auth.authenticate(off), 'tenant_disabled')
    })

    it("refuses tenant B tokens signed with tenant A's key", async () => {
      const a = await makeKey('ES256')
      const b = await makeKey('ES256')
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({
          tenants: {
            a: {
              keys: [
                { kid: 'shared-kid', alg: 'ES256', publicKeyPem: a.pem },
                { kid: 'only-a', alg: 'HS256', secret: SECRET },
              ],
            },
            b: { keys: [{ kid: 'shared-kid', alg: 'ES256', publicKeyPem: b.pem }] },
          },
        }),
        { now: clock.now },
      )
      const forB = (extra: Record<string, unknown> = {}) => baseClaims(T0_MS, { zr: { tenant: 'b' }, ...extra })
      expect(
        (await auth.authenticate(await signToken(forB(), 'ES256', b.privateKey, { kid: 'shared-kid' }))).tenant,
      ).toBe('b')
      await expectReject(
        auth.authenticate(await signToken(forB(), 'ES256', a.privateKey, { kid: 'shared-kid' })),
        'bad_signature',
      )
      await expectReject(auth.authenticate(await signToken(forB(), 'HS256', SECRET, { kid: 'only-a' })), 'unknown_key')
      // Single-key tenant b: a kid-less token is checked against b's key, not a's.
      await expectReject(auth.authenticate(await signToken(forB(), 'ES256', a.privateKey)), 'bad_signature')
    })

    it('accepts kid-less tokens only when the tenant has exactly one static key', async () => {
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({
          tenants: {
            one: { keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }] },
            two: {
              keys: [
                { kid: 'k1', alg: 'HS256', secret: SECRET },
                { kid: 'k2', alg: 'HS384', secret: OTHER_SECRET },
              ],
            },
          },
        }),
        { now: clock.now },
      )
      const claims = (tenant: string) => baseClaims(T0_MS, { zr: { tenant } })
      await auth.authenticate(await signToken(claims('one'), 'HS256', SECRET))
      await auth.authenticate(await signToken(claims('one'), 'HS256', SECRET, { kid: 'k1' }))
      await expectReject(
        auth.authenticate(await signToken(claims('one'), 'HS256', SECRET, { kid: 'k9' })),
        'unknown_key',
      )
      await expectReject(auth.authenticate(await signToken(claims('two'), 'HS256', SECRET)), 'unknown_key')
      await auth.authenticate(await signToken(claims('two'), 'HS256', SECRET, { kid: 'k1' }))
      await auth.authenticate(await signToken(claims('two'), 'HS384', OTHER_SECRET, { kid: 'k2' }))
      // The kid selects the key, and the key fixes the algorithm.
      await expectReject(
        auth.authenticate(await signToken(claims('two'), 'HS256', SECRET, { kid: 'k2' })),
        'bad_algorithm',
      )
    })

    it('answers hostile kid values cleanly and never pollutes prototypes', async () => {
      const clock = createFakeClock()
      const auth = createJwtAuthenticator(
        authConfig({
          tenants: {
            default: {
              keys: [
                { kid: 'k1', alg: 'HS256', secret: SECRET },
                { kid: 'k2', alg: 'HS256', secret: OTHER_SECRET },
              ],
            },
          },
        }),
        { now: clock.now },
      )
      const stringKids = [
        '../../etc/passwd',
        "' OR 1=1 --",
        '*',
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
      ]
      stringKids.push('{"$ne":null}', 'k'.repeat(64 * 1024), '\u0000\u0001\r\n', 'k1 ', 'K1')
      for (const kid of stringKids) {
        await expectReject(
          auth.authenticate(await signToken(baseClaims(T0_MS), 'HS256', SECRET, { kid })),
          'unknown_key',
        )
      }
      for (const kid of [42, ['k1'], null, { k1: true }, true]) {
        await expectReject(auth.authenticate(rawToken({ alg: 'HS256', kid }, baseClaims(T0_MS), 'AAAA')), 'malformed')
      }
      const polluting = [
        '{"alg":"HS256","__proto__":{"polluted":true},"kid":"__proto__"}',
        '{"alg":"HS256","constructor":{"prototype":{"polluted":true}}}',
      ]
      for (const header of polluting) {
        const payload = `{"sub":"a","exp":${sec(T0_MS) + 60},"__proto__":{"polluted":true},"zr":{"__proto__":{"tenant":"x"}}}`
        const err = await auth.authenticate(rawToken(header, payload, 'AAAA')).catch((e: unknown) => e)
        expect(err).toBeInstanceOf(AuthError)
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
      expect((Object.prototype as Record<string, unknown>).tenant).toBeUndefined()
    })

    it('ignores a polluted Object.prototype when reading claims', async () => {
      const { auth } = hsAuth()
      const proto = Object.prototype as Record<string, unknown>
      proto.zr = { tenant: 'evil', pub: ['>'] }
      proto.exp = sec(T0_MS) + 60
      try {
        const principal = await auth.authenticate(
          await signToken({ sub: 'alice', exp: sec(T0_MS) + 60 }, 'HS256', SECRET),
        )
        expect(principal.tenant).toBe('default')
        expect(principal.publish).toEqual([])
        await expectReject(auth.authenticate(await signToken({ sub: 'alice' }, 'HS256', SECRET)), 'expired')
      } finally {
        delete proto.zr
        delete proto.exp
      }
    })
  })

  describe('createJwtAuthenticator(): input handling', () => {
    it('refuses missing, oversized and non-JWS input', async () => {
      const { auth } = hsAuth()
      await expectReject(auth.authenticate(''), 'missing')
      await expectReject(auth.authenticate(undefined as unknown as string), 'missing')
      await expectReject(auth.authenticate('a'.repeat(256 * 1024 + 1)), 'malformed')
      for (const token of [
        'abc',
        'a.b.c',
        '...',
        '.x.',
        'eyJ.eyJ.x',
        rawToken('[1]', '{}'),
        rawToken({ alg: 'HS256' }, '[]'),
      ]) {
        await expectReject(auth.authenticate(token), 'malformed')
      }
      await expectReject(auth.authenticate('a.b.c.d.e'), 'malformed') // JWE shape
      await expectReject(auth.authenticate(rawToken({ alg: 'HS256' }, '\u00ff'.repeat(3), 'AAAA')), 'malformed')
    })

    it('maps unexpected internal errors to a reason without leaking them', async () => {
      const logger = createCapturingLogger()
      const auth = createJwtAuthenticator(
        authConfig({ tenants: { default: { keys: [{ alg: 'HS256', secret: SECRET }] } } }),
        {
          now: () => Number.NaN, // jose rejects the invalid current date with a TypeError
          logger,
        },
      )
      const token = await signToken(baseClaims(T0_MS), 'HS256', SECRET)
      const err = await expectReject(auth.authenticate(token), 'malformed')
      expect(err.message).toBe('token is malformed')
      expect(err.cause).toBeUndefined()
    })

    it('never puts the token into error messages or log calls', async () => {
      const { auth, logger } = hsAuth({ audience: 'zerorelay', issuer: 'https://idp.example' })
      const tokens = [
        await signToken(baseClaims(T0_MS), 'HS256', OTHER_SECRET),
        await signToken(baseClaims(T0_MS, { aud: 'zerorelay', iss: 'x' }), 'HS256', SECRET),
        await signToken(baseClaims(T0_MS, { aud: 'zerorelay', iss: 'https://idp.example', sub: 1 }), 'HS256', SECRET),
        await signToken(baseClaims(T0_MS), 'HS512', SECRET, { kid: 'a-kid' }),
        rawToken({ alg: 'none' }, baseClaims(T0_MS)),
        'not-a-token-at-all',
      ]
      for (const token of tokens) {
        const err = await auth.authenticate(token).catch((e: unknown) => e)
        expect(err).toBeInstanceOf(AuthError)
        const text = `${(err as Error).message} ${String(err)} ${JSON.stringify(err)}`
        expect(text).not.toContain(token)
        for (const part of token.split('.').filter((p) => p.length > 8)) expect(text).not.toContain(part)
        expect(text).not.toContain(SECRET)
      }
      const logged = JSON.stringify(logger.calls)
      for (const token of tokens) expect(logged).not.toContain(token)
    })
  })

  describe('createJwtAuthenticator(): configuration errors', () => {
    it('throws on structural config errors', () => {
      expect(() =>
        createJwtAuthenticator(
          authConfig({
            tenants: {
              t: {
                keys: [
                  { alg: 'HS256', secret: SECRET },
                  { kid: 'k', alg: 'HS256', secret: OTHER_SECRET },
                ],
              },
            },
          }),
        ),
      ).toThrow(/tenant "t" key #0 needs a kid/)
      expect(() =>
        createJwtAuthenticator(
          authConfig({
            tenants: {
              t: {
                keys: [
                  { kid: 'k', alg: 'HS256', secret: SECRET },
                  { kid: 'k', alg: 'HS256', secret: OTHER_SECRET },
                ],
              },
            },
          }),
        ),
      ).toThrow(/two keys with kid "k"/)
      expect(() => createJwtAuthenticator(authConfig({ tenants: { t: { jwksFile: '/tmp/jwks.json' } } }))).toThrow(
        /jwksFile but no readFile/,
      )
    })

    it('starts no key import when the config is rejected structurally', async () => {
      const weak = await makeKey('RS256', { modulusLength: 1024 })
      const importKey = vi.spyOn(crypto.subtle, 'importKey')
      expect(() =>
        createJwtAuthenticator(
          authConfig({
            tenants: {
              a: { keys: [{ alg: 'RS256', publicKeyPem: weak.pem }] },
              b: {
                keys: [
                  { kid: 'k', alg: 'HS256', secret: SECRET },
                  { kid: 'k', alg: 'HS256', secret: OTHER_SECRET },
                ],
              },
            },
          }),
        ),
      ).toThrow(/tenant "b" has two keys/)
      expect(importKey).not.toHaveBeenCalled()
    })

    it('surfaces bad key material from ready() without the material, and refuses tokens', async () => {
      const rsa = await makeKey('RS256')
      const p384 = await makeKey('ES384')
      const weak = await makeKey('RS256', { modulusLength: 1024 })
      const cases: Array<[Record<string, unknown>, RegExp]> = [
        [
          { alg: 'RS256', publicKeyPem: 'not a pem' },
          /tenant "t" key #0: key material is not a valid RS256 public key/,
        ],
        [{ alg: 'ES256', publicKeyPem: rsa.pem }, /tenant "t" key #0/],
        [{ alg: 'ES256', publicKeyPem: p384.pem }, /tenant "t" key #0/],
        [{ alg: 'ES256', jwk: p384.jwk }, /tenant "t" key #0/],
        [{ alg: 'RS256', publicKeyPem: weak.pem }, /at least 2048 bits/],
        [{ alg: 'RS256', jwk: { ...rsa.jwk, d: 'AAAA' } }, /private key members/],
        [{ alg: 'PS256', jwk: { ...rsa.jwk, alg: 'RS256' } }, /JWK "alg" differs/],
      ]
      for (const [key, message] of cases) {
        const auth = createJwtAuthenticator(authConfig({ tenants: { t: { keys: [key] } } }))
        const err = await auth.ready().then(
          () => undefined,
          (e: unknown) => e as Error,
        )
        expect(err?.message, JSON.stringify(key).slice(0, 80)).toMatch(message)
        expect(err?.message).not.toContain('MII')
        const token = await signToken(baseClaims(Date.now(), { zr: { tenant: 't' } }), 'RS256', rsa.privateKey)
        await expectReject(auth.authenticate(token), 'unknown_key')
      }
    })
  })
}

for (const [path, hmacVerify] of [
  ['jose (WebCrypto)', undefined],
  ['the synchronous HMAC (hmac.node.ts)', hmacVerifyNode],
] as const) {
  describe(`HS* tokens verified by ${path}`, () => {
    beforeAll(() => {
      suiteHmacVerify = hmacVerify
    })
    authenticatorSuite()
  })
}

describe('the synchronous HMAC path (hmacVerify)', () => {
  const extra = { audience: 'zerorelay', issuer: 'https://idp.example' }
  const claims = (more: Record<string, unknown> = {}) =>
    baseClaims(T0_MS, { aud: 'zerorelay', iss: 'https://idp.example', ...more })

  /** An authenticator on the fake clock with HS256 (sole key), HS512 (kid "k512") and an RS256 tenant. */
  async function setup(hmacVerify: HmacVerify | undefined) {
    const rs = await makeKey('RS256')
    const clock = createFakeClock()
    const auth = createWith(
      authConfig({
        tenants: {
          default: {
            keys: [
              { alg: 'HS256', secret: SECRET, kid: 'k256' },
              { alg: 'HS512', secret: OTHER_SECRET, kid: 'k512' },
            ],
          },
          rs: { keys: [{ alg: 'RS256', publicKeyPem: rs.pem }] },
        },
        leewayMs: LEEWAY_MS,
        ...extra,
      }),
      { now: clock.now, logger: createCapturingLogger(), hmacVerify },
    )
    return { auth, rs }
  }

  /** The principal, or the refusal's reason. */
  const outcome = (auth: { authenticate(t: unknown): Promise<unknown> }, token: unknown) =>
    auth.authenticate(token).then(
      (principal) => ({ principal }),
      (err: unknown) => ({ reason: err instanceof AuthError ? err.reason : `not an AuthError: ${String(err)}` }),
    )

  it('verifies plain HS256/HS512 tokens with it (one call each) and returns the same principal as jose', async () => {
    const spy = vi.fn(hmacVerifyNode)
    const fast = await setup(spy)
    const slow = await setup(undefined)
    for (const [alg, secret, kid] of [
      ['HS256', SECRET, 'k256'],
      ['HS512', OTHER_SECRET, 'k512'],
    ] as const) {
      spy.mockClear()
      const token = await signToken(claims({ zr: { sub: ['chat.*'] } }), alg, secret, { kid })
      const principal = await fast.auth.authenticate(token)
      expect(spy).toHaveBeenCalledTimes(1)
      expect(spy.mock.calls[0]?.[0]).toBe(alg === 'HS256' ? 'SHA-256' : 'SHA-512')
      expect(principal).toEqual(await slow.auth.authenticate(token))
      expect(principal.subscribe).toEqual(['chat.*'])
    }
  })

  it('leaves every token that is not plain HS* compact JWS to jose', async () => {
    const spy = vi.fn(hmacVerifyNode)
    const { auth, rs } = await setup(spy)
    const good = await signToken(claims(), 'HS256', SECRET, { kid: 'k256' })
    const [h, p, s] = good.split('.') as [string, string, string]
    const rsToken = await signToken(claims({ zr: { tenant: 'rs' } }), 'RS256', rs.privateKey)
    expect((await outcome(auth, rsToken)) as object).toHaveProperty('principal')
    await expectReject(
      auth.authenticate(rawToken({ alg: 'HS256', kid: 'k256', crit: ['zz'], zz: 1 }, claims(), s)),
      'malformed',
    )
    // Whatever jose makes of them (the next test compares the verdicts):
    for (const token of [`${h}.${p}.${s}=`, ` ${good}`, `${h}.${p}.${s}\n`]) await outcome(auth, token)
    expect(spy).not.toHaveBeenCalled()
  })

  it("gives jose's verdict on every hostile or invalid token", async () => {
    const fast = await setup(hmacVerifyNode)
    const slow = await setup(undefined)
    const sign = (c: Record<string, unknown>, header: Record<string, unknown> = { kid: 'k256' }, alg = 'HS256') =>
      signToken(c as never, alg, alg === 'HS512' ? OTHER_SECRET : SECRET, header)
    const good = await sign(claims())
    const [h, p, s] = good.split('.') as [string, string, string]
    const flip = (seg: string) => (seg[0] === 'A' ? 'B' : 'A') + seg.slice(1)
    const corpus: Record<string, string> = {
      valid: good,
      'valid, HS512 by kid': await sign(claims(), { kid: 'k512' }, 'HS512'),
      'wrong secret': await signToken(claims(), 'HS256', OTHER_SECRET, { kid: 'k256' }),
      'signature changed': `${h}.${p}.${flip(s)}`,
      'signature truncated': `${h}.${p}.${s.slice(0, -2)}`,
      'signature of 4n+1 characters': `${h}.${p}.${s}A`,
      'payload changed': `${h}.${flip(p)}.${s}`,
      'header of another token': `${(await sign(claims(), { kid: 'k512' })).split('.')[0]}.${p}.${s}`,
      'expired (beyond the leeway)': await sign(claims({ exp: sec(T0_MS - LEEWAY_MS - 2_000) })),
      'not yet valid (nbf)': await sign(claims({ nbf: sec(T0_MS + LEEWAY_MS + 2_000) })),
      'issued in the future (iat)': await sign(claims({ iat: sec(T0_MS + LEEWAY_MS + 2_000) })),
      'no exp': await sign({ sub: 'alice', aud: 'zerorelay', iss: 'https://idp.example' }),
      'exp as a string': await sign(claims({ exp: String(sec(T0_MS) + 60) })),
      'other audience': await sign(claims({ aud: 'other' })),
      'other issuer': await sign(claims({ iss: 'https://evil.example' })),
      'sub missing': await sign({ ...claims(), sub: undefined }),
      'zr not an object': await sign(claims({ zr: 'all' })),
      'alg differs from the key': await sign(claims(), { kid: 'k512' }, 'HS256'),
      'unknown kid': await sign(claims(), { kid: 'nope' }),
      'kid not a string': await sign(claims(), { kid: 7 }),
      'no kid (two keys)': await sign(claims(), {}),
      'unknown tenant': await sign(claims({ zr: { tenant: 'nope' } })),
      'RS tenant, HS token': await sign(claims({ zr: { tenant: 'rs' } }), {}),
      'alg none': rawToken({ alg: 'none', kid: 'k256' }, claims(), ''),
      'alg as a number': rawToken({ alg: 256, kid: 'k256' }, claims(), s),
      'header not JSON': `${base64url.encode('{alg')}.${p}.${s}`,
      'header an array': `${base64url.encode('["HS256"]')}.${p}.${s}`,
      'payload not JSON': `${h}.${base64url.encode('{sub')}.${s}`,
      'payload an array': `${h}.${base64url.encode('[1]')}.${s}`,
      'payload not UTF-8': `${h}.${base64url.encode(new Uint8Array([0x7b, 0xff, 0x7d]))}.${s}`,
      'non-ASCII payload segment': `${h}.${p}é.${s}`,
      'b64 false': rawToken({ alg: 'HS256', kid: 'k256', b64: false, crit: ['b64'] }, claims(), s),
      'padded signature': `${h}.${p}.${s}=`,
      'leading space': ` ${good}`,
      'two segments': `${h}.${p}`,
      'four segments': `${good}.${s}`,
      empty: '',
    }
    for (const [name, token] of Object.entries(corpus)) {
      expect(await outcome(fast.auth, token), name).toEqual(await outcome(slow.auth, token))
    }
    expect(await outcome(fast.auth, good)).toHaveProperty('principal')
  })
})

describe('hmacVerifyNode', () => {
  it('accepts exactly the HMAC of the signing input, for each hash', async () => {
    const secret = new TextEncoder().encode(SECRET)
    for (const hash of ['SHA-256', 'SHA-384', 'SHA-512'] as const) {
      const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash }, false, ['sign'])
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('a.b')))
      expect(hmacVerifyNode(hash, secret, 'a.b', mac)).toBe(true)
      expect(hmacVerifyNode(hash, secret, 'a.c', mac)).toBe(false)
      expect(hmacVerifyNode(hash, new TextEncoder().encode(OTHER_SECRET), 'a.b', mac)).toBe(false)
      const flipped = mac.slice()
      flipped[mac.length - 1] = (flipped[mac.length - 1] as number) ^ 1
      expect(hmacVerifyNode(hash, secret, 'a.b', flipped)).toBe(false)
      expect(hmacVerifyNode(hash, secret, 'a.b', mac.subarray(0, mac.length - 1))).toBe(false)
      expect(hmacVerifyNode(hash, secret, 'a.b', new Uint8Array(0))).toBe(false)
    }
  })
})
