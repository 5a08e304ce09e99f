import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { frameMessage, MessageReader } from './framing.js'

describe('MessageReader', () => {
  it('reads size-delimited messages across arbitrary chunk boundaries, then undefined at EOF', async () => {
    const s = new PassThrough()
    const r = new MessageReader(s)
    const bytes = Buffer.concat([
      frameMessage(Buffer.from('hello')),
      frameMessage(new Uint8Array(0)),
      frameMessage(Buffer.from('x')),
    ])
    for (const b of bytes) s.write(Buffer.from([b]))
    s.end()
    expect(Buffer.from((await r.next()) ?? []).toString()).toBe('hello')
    expect((await r.next())?.byteLength).toBe(0)
    expect(Buffer.from((await r.next()) ?? []).toString()).toBe('x')
    expect(await r.next()).toBeUndefined()
  })

  it('writes a 4-byte big-endian length', () => {
    expect([...frameMessage(new Uint8Array(258)).subarray(0, 4)]).toEqual([0, 0, 1, 2])
  })

  it('rejects a stream that ends inside a message', async () => {
    const s = new PassThrough()
    const r = new MessageReader(s)
    s.end(frameMessage(Buffer.from('hello')).subarray(0, 6))
    await expect(r.next()).rejects.toThrow(/ended inside a message/)
  })
})
