/**
 * Size-delimited protobuf messages on a byte stream, as in the launch and driver
 * protocols: a 4-byte big-endian length, then the message bytes.
 */
import type { Readable, Writable } from 'node:stream'

/** Largest message accepted, in bytes (a guard against reading garbage as a length). */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024

/** Prefixes a message with its 4-byte big-endian length. */
export function frameMessage(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + bytes.byteLength)
  out.writeUInt32BE(bytes.byteLength, 0)
  out.set(bytes, 4)
  return out
}

/** Writes one size-delimited message. */
export function writeMessage(stream: Writable, bytes: Uint8Array): void {
  stream.write(frameMessage(bytes))
}

/**
 * Reads size-delimited messages from a stream. `next()` resolves with the next
 * message's bytes, or undefined at a clean end of stream; it rejects on a
 * truncated message or an oversized length.
 */
export class MessageReader {
  private buf = Buffer.alloc(0)
  private ended = false
  private error: Error | undefined
  private wake: (() => void) | undefined

  constructor(stream: Readable) {
    stream.on('data', (chunk: Buffer) => {
      this.buf = Buffer.concat([this.buf, chunk])
      this.wake?.()
    })
    stream.on('end', () => {
      this.ended = true
      this.wake?.()
    })
    stream.on('error', (err) => {
      this.error = err
      this.wake?.()
    })
  }

  async next(): Promise<Uint8Array | undefined> {
    for (;;) {
      if (this.buf.length >= 4) {
        const len = this.buf.readUInt32BE(0)
        if (len > MAX_MESSAGE_BYTES) throw new Error(`message length ${len} exceeds ${MAX_MESSAGE_BYTES} bytes`)
        if (this.buf.length >= 4 + len) {
          const msg = new Uint8Array(this.buf.subarray(4, 4 + len))
          this.buf = this.buf.subarray(4 + len)
          return msg
        }
      }
      if (this.error) throw this.error
      if (this.ended) {
        if (this.buf.length > 0) throw new Error(`stream ended inside a message (${this.buf.length} bytes left)`)
        return undefined
      }
      await new Promise<void>((resolve) => {
        this.wake = () => {
          this.wake = undefined
          resolve()
        }
      })
    }
  }
}
