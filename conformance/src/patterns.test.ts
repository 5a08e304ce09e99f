import { jsonCodec, protoCodec, ServerFrame } from '@zerorelay/protocol'
import { describe, expect, it } from 'vitest'
import { buildFrame, checkPattern, jsonEqual, matchFrame, normalizeServerFrame, type PatternScope } from './patterns.js'

function scope(extra: Partial<PatternScope> = {}): PatternScope {
  return { vars: new Map(), ns: 'zrtest', ...extra }
}

function received(frame: Parameters<typeof ServerFrame.fromObject>[0]) {
  return normalizeServerFrame(ServerFrame.fromObject(frame))
}

describe('matchFrame()', () => {
  const delivery = received({
    delivery: { topic: 'zrtest.a', payload: Buffer.from('hi'), headers: { k: 'v' }, epoch: 'e1', offset: 7 },
  })

  it('matches partially: only fields in the pattern are compared', () => {
    expect(matchFrame({ delivery: {} }, delivery, scope()).ok).toBe(true)
    expect(matchFrame({ delivery: { topic: '${ns}.a' } }, delivery, scope()).ok).toBe(true)
    expect(matchFrame({ publishAck: {} }, delivery, scope()).ok).toBe(false)
  })

  it('compares absent fields as their proto3 defaults', () => {
    expect(matchFrame({ id: 0, delivery: { deliveryCount: 0, publishedAtMs: '0' } }, delivery, scope()).ok).toBe(true)
    const ack = received({ id: 2, subscribeAck: { topic: 't' } })
    expect(matchFrame({ subscribeAck: { position: { offset: '0', epoch: '' } } }, ack, scope()).ok).toBe(true)
  })

  it('reports the path and both values of a mismatch', () => {
    const m = matchFrame({ delivery: { offset: '8' } }, delivery, scope())
    expect(m).toEqual({ ok: false, mismatch: { path: 'frame.delivery.offset', reason: 'expected "8", got "7"' } })
  })

  it('binds an unbound capture and requires equality once bound', () => {
    const s = scope()
    const first = matchFrame({ delivery: { offset: '$o' } }, delivery, s)
    expect(first.ok && first.bound.get('$o')).toBe('7')
    s.vars.set('$o', '7')
    expect(matchFrame({ delivery: { offset: '$o' } }, delivery, s).ok).toBe(true)
    s.vars.set('$o', '8')
    expect(matchFrame({ delivery: { offset: '$o' } }, delivery, s).ok).toBe(false)
  })

  it('never changes the scope: bindings are returned for the caller to commit', () => {
    const s = scope()
    matchFrame({ delivery: { offset: '$o' } }, delivery, s)
    expect(s.vars.size).toBe(0)
  })

  it('supports $gt/$lt/$oneOf/$any/$contains and $as', () => {
    const s = scope({ vars: new Map([['$last', '6']]) })
    expect(matchFrame({ delivery: { offset: { $gt: '$last' } } }, delivery, s).ok).toBe(true)
    expect(matchFrame({ delivery: { offset: { $gt: 7 } } }, delivery, s).ok).toBe(false)
    expect(matchFrame({ delivery: { offset: { $lt: '8' } } }, delivery, s).ok).toBe(true)
    expect(matchFrame({ delivery: { topic: { $oneOf: ['x', 'zrtest.a'] } } }, delivery, s).ok).toBe(true)
    expect(matchFrame({ delivery: { topic: { $oneOf: ['x', 'y'] } } }, delivery, s).ok).toBe(false)
    expect(matchFrame({ delivery: { epoch: { $any: true } } }, delivery, s).ok).toBe(true)
    const m = matchFrame({ delivery: { offset: { $gt: '$last', $as: '$last' } } }, delivery, s)
    expect(m.ok && m.bound.get('$last')).toBe('7')
    const connected = received({ connected: { features: ['wildcards', 'refresh'] } })
    expect(matchFrame({ connected: { features: { $contains: ['refresh'] } } }, connected, s).ok).toBe(true)
    expect(matchFrame({ connected: { features: { $contains: ['resume'] } } }, connected, s).ok).toBe(false)
    expect(matchFrame({ connected: { features: ['wildcards'] } }, connected, s).ok).toBe(false)
  })

  it('compares bytes by value ($text, $hex, $fill, base64)', () => {
    expect(matchFrame({ delivery: { payload: { $text: 'hi' } } }, delivery, scope()).ok).toBe(true)
    expect(matchFrame({ delivery: { payload: { $hex: '6869' } } }, delivery, scope()).ok).toBe(true)
    expect(matchFrame({ delivery: { payload: 'aGk=' } }, delivery, scope()).ok).toBe(true)
    expect(matchFrame({ delivery: { payload: { $fill: { byte: 104, len: 2 } } } }, delivery, scope()).ok).toBe(false)
    expect(
      matchFrame(
        { delivery: { payload: { $text: 'm${i}' } } },
        received({ delivery: { payload: Buffer.from('m3') } }),
        scope({ i: 3 }),
      ).ok,
    ).toBe(true)
  })

  it('matches map entries partially and enums by name', () => {
    expect(matchFrame({ delivery: { headers: { k: 'v' } } }, delivery, scope()).ok).toBe(true)
    expect(matchFrame({ delivery: { headers: { k: 'w' } } }, delivery, scope()).ok).toBe(false)
    expect(matchFrame({ delivery: { headers: { missing: 'v' } } }, delivery, scope()).ok).toBe(false)
    const err = received({ id: 3, error: { code: 4 } })
    expect(matchFrame({ id: 3, error: { code: 'CODE_INVALID_TOPIC' } }, err, scope()).ok).toBe(true)
    expect(matchFrame({ id: 3, error: { code: 'CODE_BAD_REQUEST' } }, err, scope()).ok).toBe(false)
  })
})

describe('checkPattern()', () => {
  it('accepts placeholders, comparators and generators in fields of a fitting type', () => {
    expect(() =>
      checkPattern({ id: '${i}', publish: { topic: '${ns}.a', payload: { $hex: '00ff' } } }, 'client', 'p'),
    ).not.toThrow()
    expect(() => checkPattern({ delivery: { offset: { $gt: '$o' }, epoch: '$e' } }, 'server', 'p')).not.toThrow()
  })

  it('rejects unknown fields with their path', () => {
    expect(() => checkPattern({ publish: { topik: 'a' } }, 'client', 'p')).toThrow(
      /p\.publish\.topik: unknown field of Publish/,
    )
    expect(() => checkPattern({ delivery: {} }, 'client', 'p')).toThrow(/unknown field of ClientFrame/)
  })

  it('rejects enum numbers and unknown enum names', () => {
    expect(() => checkPattern({ error: { code: 4 } }, 'server', 'p')).toThrow(/name, not a number/)
    expect(() => checkPattern({ error: { code: 'CODE_NOPE' } }, 'server', 'p')).toThrow(/unknown Code value/)
  })

  it('rejects unknown operators and operators on the wrong field type', () => {
    expect(() => checkPattern({ delivery: { offset: { $gtt: 1 } } }, 'server', 'p')).toThrow(/unknown operator \$gtt/)
    expect(() => checkPattern({ delivery: { topic: { $hex: '00' } } }, 'server', 'p')).toThrow(/only applies to bytes/)
    expect(() => checkPattern({ delivery: { topic: { $gt: 1 } } }, 'server', 'p')).toThrow(/numeric fields/)
    expect(() => checkPattern({ publish: { payload: { $size: { relativeTo: 'nope' } } } }, 'client', 'p')).toThrow(
      /not a ServerConfig field/,
    )
  })

  it('rejects values the strict JSON codec rejects', () => {
    expect(() => checkPattern({ publish: { topic: 5 } }, 'client', 'p')).toThrow(/not a valid zerorelay.v1.ClientFrame/)
    expect(() => checkPattern({ ping: {}, publish: {} }, 'client', 'p')).toThrow(/not a valid/)
  })
})

describe('buildFrame()', () => {
  it('substitutes captures, ${ns}, ${i} and generators', () => {
    const s = scope({ vars: new Map([['$e', 'ep']]), i: 4 })
    const { frame } = buildFrame({ id: '${i}', ack: { topic: '${ns}.t', epoch: '$e', offset: '9' } }, s, protoCodec)
    expect(frame.id).toBe(4)
    expect(frame.ack?.topic).toBe('zrtest.t')
    expect(frame.ack?.epoch).toBe('ep')
  })

  it('fails on an unbound capture', () => {
    expect(() => buildFrame({ ack: { epoch: '$nope' } }, scope(), protoCodec)).toThrow(/\$nope is not bound/)
  })

  it('binds generated bytes with $as', () => {
    const s = scope()
    buildFrame({ publish: { topic: 'a', payload: { $fill: { byte: 97, len: 3 }, $as: '$p' } } }, s, protoCodec)
    expect(s.vars.get('$p')).toBe('YWFh')
  })

  for (const codec of [protoCodec, jsonCodec])
    for (const target of [1000, 16_385, 65_536, 65_537])
      it(`sizes a frame to exactly ${target} bytes with $size (${codec.subprotocol})`, () => {
        const s = scope({ config: { maxFrameBytes: target } })
        const { data } = buildFrame(
          {
            id: 2,
            publish: { topic: '${ns}.big', payload: { $size: { relativeTo: 'maxFrameBytes', delta: 0 } }, ack: true },
          },
          s,
          codec,
        )
        expect(typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength).toBe(target)
        const back = typeof data === 'string' ? jsonCodec.decodeClient(data) : protoCodec.decodeClient(data)
        expect(back.publish?.ack).toBe(true)
      })
})

describe('jsonEqual()', () => {
  it('compares integers across number and string forms, exactly', () => {
    expect(jsonEqual(5, '5')).toBe(true)
    expect(jsonEqual('18446744073709551615', '18446744073709551615')).toBe(true)
    expect(jsonEqual('9007199254740993', 9007199254740992)).toBe(false)
    expect(jsonEqual({ a: [1] }, { a: ['1'] })).toBe(true)
  })
})
