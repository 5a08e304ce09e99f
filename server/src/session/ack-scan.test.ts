import { ClientFrame, fromU64, toU64 } from '@zerorelay/protocol'
import { describe, expect, it } from 'vitest'
import { ackScan, isUtf8Of, scanAck } from './ack-scan.js'

const utf8 = new TextEncoder()
const text = new TextDecoder()

function ackFrame(id: number, topic: string, epoch: string, offset: bigint): Uint8Array {
  return ClientFrame.encode({ id, ack: { topic, epoch, offset: fromU64(offset) } }).finish()
}

/** What the generated decoder makes of the frame, for comparison. */
function decoded(b: Uint8Array): { id: number; topic: string; epoch: string; offset: bigint } {
  const f = ClientFrame.decode(b)
  return { id: f.id >>> 0, topic: f.ack?.topic ?? '', epoch: f.ack?.epoch ?? '', offset: toU64(f.ack?.offset) }
}

function scanned(b: Uint8Array): { id: number; topic: string; epoch: string; offset: bigint } {
  const s = ackScan
  return {
    id: s.id,
    topic: text.decode(b.subarray(s.topicStart, s.topicEnd)),
    epoch: text.decode(b.subarray(s.epochStart, s.epochEnd)),
    offset: BigInt(s.offset),
  }
}

describe('scanAck', () => {
  it('reads what the generated decoder reads, for canonical ack frames', () => {
    const cases: [number, string, string, bigint][] = [
      [0, 'chat.room', 'e1', 1n],
      [7, 'a', '', 0n],
      [0xffffffff, 'orders.eu.ünïcødé', '01J9ZX', 300n],
      [1, 'x'.repeat(200), 'y'.repeat(130), 2n ** 53n - 1n],
      [128, 't', 'e', 127n],
      [16384, 't', 'e', 128n],
    ]
    for (const [id, topic, epoch, offset] of cases) {
      const b = ackFrame(id, topic, epoch, offset)
      expect(scanAck(b)).toBe(true)
      expect(scanned(b)).toEqual(decoded(b))
    }
  })

  it('accepts the ack fields in any order', () => {
    // Ack { offset = 5, epoch = "e", topic = "t" } in reverse field order.
    const inner = [0x18, 5, 0x12, 1, 0x65, 0x0a, 1, 0x74]
    const b = Uint8Array.from([0x32, inner.length, ...inner, 0x08, 9])
    expect(scanAck(b)).toBe(true)
    expect(scanned(b)).toEqual(decoded(b))
  })

  it('leaves every other frame to the general decoder', () => {
    const other = [
      ClientFrame.encode({ id: 1, ping: { clientTimeMs: fromU64(5n) } }).finish(),
      ClientFrame.encode({ id: 1, publish: { topic: 't', payload: new Uint8Array([1]) } }).finish(),
      ClientFrame.encode({ id: 1 }).finish(), // no command
      new Uint8Array(0),
      // offset past 2^53 - 1
      ackFrame(0, 't', 'e', 2n ** 53n),
      ackFrame(0, 't', 'e', 2n ** 64n - 1n),
      // ack then an unknown field 9
      Uint8Array.from([...ackFrame(0, 't', 'e', 1n), 0x48, 1]),
      // the ack field twice (protobuf merges them; the general decoder decides)
      Uint8Array.from([...ackFrame(0, 't', 'e', 1n), ...ackFrame(0, 't', 'e', 2n)]),
      // the id twice
      Uint8Array.from([0x08, 1, 0x08, 2, 0x32, 0]),
      // truncated: length past the end
      Uint8Array.from([0x32, 5, 0x0a, 1, 0x74]),
      Uint8Array.from([0x32, 3, 0x0a, 5, 0x74]),
      // a non-canonical two-byte tag for field 6
      Uint8Array.from([0xb2, 0x00, 0]),
      // an unterminated varint
      Uint8Array.from([0x08, 0x80]),
      // an unknown field inside the ack
      Uint8Array.from([0x32, 2, 0x20, 1]),
      // topic twice inside the ack
      Uint8Array.from([0x32, 6, 0x0a, 1, 0x74, 0x0a, 1, 0x75]),
    ]
    for (const b of other) expect(scanAck(b), Buffer.from(b).toString('hex')).toBe(false)
  })

  it('reports absent fields as empty and 0, as proto3 defaults', () => {
    const b = ClientFrame.encode({ ack: {} }).finish()
    expect(scanAck(b)).toBe(true)
    expect(scanned(b)).toEqual({ id: 0, topic: '', epoch: '', offset: 0n })
  })
})

describe('isUtf8Of', () => {
  it('says whether a byte range is exactly the UTF-8 of a string, ASCII or not', () => {
    const b = utf8.encode('xxabcxx')
    expect(isUtf8Of(b, 2, 5, 'abc')).toBe(true)
    expect(isUtf8Of(b, 2, 5, 'abd')).toBe(false)
    expect(isUtf8Of(b, 2, 4, 'abc')).toBe(false)
    expect(isUtf8Of(b, 2, 6, 'abc')).toBe(false)
    expect(isUtf8Of(b, 2, 2, '')).toBe(true)
    const u = utf8.encode('-orders.ünï.😀-')
    expect(isUtf8Of(u, 1, u.length - 1, 'orders.ünï.😀')).toBe(true)
    expect(isUtf8Of(u, 1, u.length - 1, 'orders.üni.😀')).toBe(false)
    expect(isUtf8Of(u, 1, u.length - 2, 'orders.ünï.😀')).toBe(false)
    // Same UTF-16 length, different byte length: "é" (2 bytes) against "e" (1 byte).
    expect(isUtf8Of(utf8.encode('é'), 0, 2, 'e')).toBe(false)
  })
})
