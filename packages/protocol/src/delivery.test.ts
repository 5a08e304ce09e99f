import { describe, expect, it } from 'vitest'
import { type DeliveryMessage, encodeDeliveryFrame } from './delivery.js'
import { deliveryInit, jsonCodec, protoCodec, ServerFrame, toU64, U64_MAX } from './index.js'

/** What the generated encoder writes for the same delivery. */
function generated(topic: string, m: DeliveryMessage, deliveryCount: number): Uint8Array {
  return ServerFrame.encode({ delivery: deliveryInit(topic, m, deliveryCount) }).finish()
}

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')

function bytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 255
  return out
}

const base: DeliveryMessage = {
  payload: bytes(100),
  headers: {},
  epoch: '9f3c2a10b4d5e6f7',
  offset: 42n,
  publishedAtMs: 1_795_000_000_123,
}

// Each case differs from `base` in one way; together they cross every varint length boundary
// the frame has (field lengths, the frame length, the 64-bit values) and every default.
const cases: [string, string, DeliveryMessage, number][] = [
  ['the usual delivery', 'chat.room.1', base, 1],
  ['an empty payload (left out)', 'a', { ...base, payload: new Uint8Array(0) }, 1],
  ['an empty topic and epoch (left out)', '', { ...base, epoch: '' }, 1],
  ['offset 0 and publishedAtMs 0 (left out)', 't', { ...base, offset: 0n, publishedAtMs: 0 }, 1],
  ['delivery count 0 (left out)', 't', base, 0],
  ['a redelivery count past one varint byte', 't', base, 300],
  ['the largest delivery count', 't', base, 0xffff_ffff],
  ['a count past 2^31', 't', base, 2 ** 31 + 5],
  ['offset 2^53 - 1', 't', { ...base, offset: BigInt(Number.MAX_SAFE_INTEGER) }, 1],
  ['offset 2^53 + 1', 't', { ...base, offset: 2n ** 53n + 1n }, 1],
  ['offset 2^63', 't', { ...base, offset: 2n ** 63n }, 1],
  ['the largest offset', 't', { ...base, offset: U64_MAX }, 1],
  ['offsets around 2^32', 't', { ...base, offset: 2n ** 32n - 1n }, 1],
  ['offset 2^32', 't', { ...base, offset: 2n ** 32n }, 1],
  ['publishedAtMs 2^53 - 1', 't', { ...base, publishedAtMs: Number.MAX_SAFE_INTEGER }, 1],
  ['publishedAtMs 127', 't', { ...base, publishedAtMs: 127 }, 1],
  ['publishedAtMs 128', 't', { ...base, publishedAtMs: 128 }, 1],
  ['a 127-byte payload', 't', { ...base, payload: bytes(127) }, 1],
  ['a 128-byte payload', 't', { ...base, payload: bytes(128) }, 1],
  ['a 16 383-byte payload', 't', { ...base, payload: bytes(16_383) }, 1],
  ['a 16 384-byte payload', 't', { ...base, payload: bytes(16_384) }, 1],
  ['a 1 MiB payload', 't', { ...base, payload: bytes(1 << 20) }, 1],
  ['a frame just under 128 bytes', 'x', { ...base, payload: bytes(95) }, 1],
  ['a frame just over 128 bytes', 'x', { ...base, payload: bytes(97) }, 1],
  ['a payload that is a view into a larger buffer', 't', { ...base, payload: bytes(300).subarray(17, 250) }, 1],
  ['headers', 't', { ...base, headers: { 'content-type': 'application/json', trace: 'abc' } }, 1],
  ['a header with an empty key and value', 't', { ...base, headers: { '': '' } }, 1],
  ['integer-like header keys (Object.keys order)', 't', { ...base, headers: { b: '1', '10': 'x', '2': 'y' } }, 1],
  ['headers on a null-prototype object', 't', { ...base, headers: Object.assign(Object.create(null), { k: 'v' }) }, 1],
  ['a 200-byte header value', 't', { ...base, headers: { k: 'v'.repeat(200) } }, 1],
  [
    'non-ASCII text (2, 3 and 4 UTF-8 bytes)',
    'caf\u00e9.\u6771\u4eac',
    { ...base, headers: { ключ: '\u{1f600}\u20ac' } },
    1,
  ],
  [
    'a long non-ASCII value (Buffer path in protobufjs)',
    't',
    { ...base, headers: { k: '\u00e9\u{1f600}'.repeat(40) } },
    1,
  ],
]

describe('encodeDeliveryFrame()', () => {
  it.each(cases)('writes the bytes the generated encoder writes: %s', (_name, topic, message, count) => {
    expect(hex(encodeDeliveryFrame(topic, message, count))).toBe(hex(generated(topic, message, count)))
  })

  it('decodes back to the same values', () => {
    const message = { ...base, offset: U64_MAX - 3n, headers: { a: 'b', c: '\u00e9' } }
    const frame = ServerFrame.decode(encodeDeliveryFrame('chat.room.1', message, 7))
    expect(frame.id).toBe(0)
    const d = frame.delivery
    expect(d?.topic).toBe('chat.room.1')
    expect(Buffer.from(d?.payload ?? []).equals(Buffer.from(message.payload))).toBe(true)
    expect({ ...d?.headers }).toEqual({ a: 'b', c: '\u00e9' })
    expect(d?.epoch).toBe(message.epoch)
    expect(toU64(d?.offset)).toBe(U64_MAX - 3n)
    expect(toU64(d?.publishedAtMs)).toBe(BigInt(message.publishedAtMs))
    expect(d?.deliveryCount).toBe(7)
  })

  it('writes a lone surrogate as U+FFFD, valid UTF-8 that strict decoders accept', () => {
    const frame = encodeDeliveryFrame('t', { ...base, headers: { k: 'a\ud800b' }, epoch: '\udc00' }, 1)
    const d = ServerFrame.decode(frame).delivery
    expect(d?.headers?.k).toBe('a\ufffdb')
    expect(d?.epoch).toBe('\ufffd')
    expect(Buffer.from(frame).includes(Buffer.from([0xed, 0xa0, 0x80]))).toBe(false)
  })

  it('refuses values a uint64 cannot carry', () => {
    expect(() => encodeDeliveryFrame('t', { ...base, offset: -1n }, 1)).toThrow(RangeError)
    expect(() => encodeDeliveryFrame('t', { ...base, offset: U64_MAX + 1n }, 1)).toThrow(RangeError)
    expect(() => encodeDeliveryFrame('t', { ...base, publishedAtMs: -1 }, 1)).toThrow(RangeError)
    expect(() => encodeDeliveryFrame('t', { ...base, publishedAtMs: 1.5 }, 1)).toThrow(RangeError)
    expect(() => encodeDeliveryFrame('t', { ...base, publishedAtMs: 2 ** 53 }, 1)).toThrow(RangeError)
  })
})

describe('FrameCodec.encodeDelivery()', () => {
  it('is the hand-written encoder on the protobuf codec', () => {
    expect(hex(protoCodec.encodeDelivery('t', base, 2) as Uint8Array)).toBe(hex(generated('t', base, 2)))
  })

  it('is the proto3-JSON form of the same frame on the JSON codec', () => {
    const message = { ...base, offset: U64_MAX, headers: { k: 'v' } }
    const text = jsonCodec.encodeDelivery('t', message, 3)
    expect(JSON.parse(text as string)).toEqual({
      delivery: {
        topic: 't',
        payload: Buffer.from(message.payload).toString('base64'),
        headers: { k: 'v' },
        epoch: message.epoch,
        offset: U64_MAX.toString(),
        publishedAtMs: String(message.publishedAtMs),
        deliveryCount: 3,
      },
    })
    expect(text).toBe(jsonCodec.encodeServer({ delivery: ServerFrame.decode(generated('t', message, 3)).delivery }))
  })
})
