import { describe, expect, it } from 'vitest'
import {
  adviceFor,
  CloseCode,
  Code,
  closeAction,
  codecFor,
  DeliveryMode,
  FrameDecodeError,
  fromU64,
  jsonCodec,
  protoCodec,
  ReconnectAdvice,
  ServerFrame,
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_PROTO,
  toU64,
  U64_MAX,
  utf8Text,
  wireLength,
} from './index.js'

function decodeError(fn: () => unknown): FrameDecodeError {
  try {
    fn()
  } catch (err) {
    if (err instanceof FrameDecodeError) return err
    throw err
  }
  throw new Error('expected a FrameDecodeError')
}

describe('protoCodec', () => {
  it('round-trips a delivery with a uint64 offset above 2^53 as bigint at the boundary', () => {
    const offset = U64_MAX - 7n
    const bytes = protoCodec.encodeServer({ delivery: { topic: 't', offset: fromU64(offset), deliveryCount: 1 } })
    const frame = protoCodec.decodeServer(bytes)
    expect(toU64(frame.delivery?.offset)).toBe(offset)
  })

  it('rejects a text message as wrong-type (close 1003)', () => {
    expect(decodeError(() => protoCodec.decodeClient('{"id":1}')).reason).toBe('wrong-type')
  })

  it('rejects garbage as malformed', () => {
    expect(decodeError(() => protoCodec.decodeClient(new Uint8Array([0xff, 0xff, 0xff]))).reason).toBe('malformed')
  })

  it('drops unknown fields instead of carrying them into re-encoded frames', () => {
    const frame = protoCodec.decodeClient(Buffer.from('080142007805', 'hex'))
    expect(Buffer.from(protoCodec.encodeClient(frame) as Uint8Array).toString('hex')).toBe('08014200')
  })
})

describe('jsonCodec', () => {
  it('prints 64-bit values as strings and enums as names', () => {
    const text = jsonCodec.encodeServer({
      id: 3,
      error: { code: Code.CODE_RATE_LIMITED, retryAfterMs: 10, position: { offset: fromU64(U64_MAX) } },
    })
    expect(JSON.parse(text as string)).toEqual({
      id: 3,
      error: { code: 'CODE_RATE_LIMITED', retryAfterMs: 10, position: { offset: '18446744073709551615' } },
    })
  })

  it('accepts the .proto field names as well as the JSON names', () => {
    const a = jsonCodec.decodeClient('{"id":1,"subscribe":{"topic":"a","max_in_flight":5,"mode":2}}')
    expect(a.subscribe?.maxInFlight).toBe(5)
    expect(a.subscribe?.mode).toBe(DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE)
  })

  it('treats null as absent', () => {
    expect(jsonCodec.decodeClient('{"id":1,"ping":null}').kind).toBeUndefined()
  })

  it.each([
    ['a 64-bit JSON number above 2^53', '{"ack":{"topic":"a","offset":18446744073709551615}}', /safe JSON number/],
    [
      'a field given under both names',
      '{"id":1,"publish":{"topic":"a","idempotencyKey":"x","idempotency_key":"y"}}',
      /twice/,
    ],
    ['a lone surrogate', '{"id":1,"publish":{"topic":"\\ud800"}}', /surrogate/],
    ['a __proto__ key', '{"id":1,"__proto__":{"polluted":true}}', /unknown field/],
    ['a fractional id', '{"id":1.5}', /out of range/],
  ])('rejects %s with a message naming the problem', (_what, text, message) => {
    const err = decodeError(() => jsonCodec.decodeClient(text))
    expect(err.reason).toBe('schema')
    expect(err.message).toMatch(message)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects invalid JSON as malformed and binary data as wrong-type', () => {
    expect(decodeError(() => jsonCodec.decodeClient('{')).reason).toBe('malformed')
    expect(decodeError(() => jsonCodec.decodeClient(new Uint8Array([1]))).reason).toBe('wrong-type')
  })

  it('decodes the same logical message from both encodings', () => {
    const json = jsonCodec.decodeServer(
      '{"delivery":{"topic":"a.b","payload":"AAEC_w","headers":{"k":"v"},"offset":"9007199254740993"}}',
    )
    const bin = protoCodec.decodeServer(protoCodec.encodeServer(json))
    const opts = { longs: String, bytes: String }
    expect(ServerFrame.toObject(bin, opts)).toEqual(ServerFrame.toObject(json, opts))
    expect([...(bin.delivery?.payload ?? [])]).toEqual([0, 1, 2, 255])
    expect(toU64(bin.delivery?.offset)).toBe(9007199254740993n)
  })
})

describe('utf8Text', () => {
  it('rejects invalid UTF-8 (close 1007)', () => {
    expect(decodeError(() => utf8Text(new Uint8Array([0xc3, 0x28]))).reason).toBe('malformed')
    expect(utf8Text(new TextEncoder().encode('é'))).toBe('é')
  })
})

describe('codecFor', () => {
  it('maps each subprotocol to its codec', () => {
    expect(codecFor(SUBPROTOCOL_PROTO)).toBe(protoCodec)
    expect(codecFor(SUBPROTOCOL_JSON)).toBe(jsonCodec)
  })
})

describe('closeAction()', () => {
  it.each([
    [CloseCode.CLOSE_CODE_SHUTDOWN, 'reconnect'],
    [CloseCode.CLOSE_CODE_SLOW_CONSUMER, 'reconnect'],
    [CloseCode.CLOSE_CODE_TOKEN_EXPIRED, 'reconnect'],
    [4299, 'reconnect'],
    [CloseCode.CLOSE_CODE_AUTH_TIMEOUT, 'backoff'],
    [CloseCode.CLOSE_CODE_RATE_LIMITED, 'backoff'],
    [4499, 'backoff'],
    [CloseCode.CLOSE_CODE_BAD_REQUEST, 'stop'],
    [CloseCode.CLOSE_CODE_TOKEN_REVOKED, 'stop'],
    [4999, 'stop'],
    [1000, 'stop'],
    [1001, 'reconnect'],
    [1006, 'reconnect'],
    [1009, 'stop'],
    [1011, 'backoff'],
    [1012, 'reconnect'],
    [1013, 'backoff'],
    [3000, 'backoff'],
  ] as const)('classifies %i as %s', (code, action) => {
    expect(closeAction(code)).toBe(action)
  })

  it('puts every CloseCode of the enum in the class its range or table gives', () => {
    for (const [name, value] of Object.entries(CloseCode)) {
      if (typeof value !== 'number' || value === 0) continue
      expect(['reconnect', 'backoff', 'stop'], name).toContain(closeAction(value))
    }
    expect(adviceFor(CloseCode.CLOSE_CODE_SLOW_CONSUMER)).toBe(ReconnectAdvice.RECONNECT_ADVICE_RECONNECT)
    expect(adviceFor(CloseCode.CLOSE_CODE_RATE_LIMITED)).toBe(ReconnectAdvice.RECONNECT_ADVICE_BACKOFF)
    expect(adviceFor(CloseCode.CLOSE_CODE_FORBIDDEN)).toBe(ReconnectAdvice.RECONNECT_ADVICE_STOP)
  })
})

describe('toU64() / fromU64()', () => {
  it('round-trips the extremes exactly', () => {
    for (const n of [0n, 1n, 2n ** 53n - 1n, 2n ** 53n + 1n, 2n ** 63n, U64_MAX]) {
      expect(toU64(fromU64(n))).toBe(n)
    }
  })
  it('rejects values outside uint64 and unsafe numbers', () => {
    expect(() => fromU64(-1n)).toThrow(RangeError)
    expect(() => fromU64(U64_MAX + 1n)).toThrow(RangeError)
    expect(() => toU64(2 ** 60)).toThrow(RangeError)
    expect(() => toU64('18446744073709551616')).toThrow(RangeError)
  })
})

describe('wireLength()', () => {
  it('counts UTF-8 bytes without encoding, matching TextEncoder', () => {
    for (const s of ['', 'abc', 'é', '中文', '🚀', 'a\ud800b', '\udc00']) {
      expect(wireLength(s)).toBe(new TextEncoder().encode(s).byteLength)
    }
    expect(wireLength(new Uint8Array(7))).toBe(7)
  })
})
