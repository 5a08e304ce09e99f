import { Code, jsonCodec, protoCodec } from '@zerorelay/protocol'
import { describe, expect, it } from 'vitest'
import { MAX_WIRE_MESSAGE_CHARS, RelayError, wireMessage } from './errors.js'

describe('RelayError.toWire()', () => {
  it('never puts a lone surrogate on the wire, so strict decoders can read the reply', () => {
    const wire = new RelayError(Code.CODE_BAD_REQUEST, 'unknown field "\ud800x"').toWire()
    expect(wire.message?.isWellFormed()).toBe(true)
    const text = jsonCodec.encodeServer({ id: 1, error: wire }) as string
    expect(jsonCodec.decodeServer(text).error?.message).toBe('unknown field "\ufffdx"')
    const bytes = protoCodec.encodeServer({ id: 1, error: wire })
    expect(protoCodec.decodeServer(bytes).error?.message).toBe('unknown field "\ufffdx"')
  })

  it('bounds the message length', () => {
    expect(wireMessage('x'.repeat(10_000))).toHaveLength(MAX_WIRE_MESSAGE_CHARS)
    expect(wireMessage('short')).toBe('short')
  })
})
