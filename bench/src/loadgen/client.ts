/**
 * A generator connection: one `WsConn` plus the wire dialect of the target it talks to.
 * Dialects turn "subscribe", "publish" and "this message arrived" into each server's own
 * protocol; everything else (counting, timing) is the scenario's job.
 */
import { connectWs, type WsConn } from './ws-client.js'

/** Offsets inside the benchmark payload (little-endian). */
export const PAYLOAD_SEQ = 0
export const PAYLOAD_STREAM = 4
export const PAYLOAD_TIME = 8
/** Size of every published payload, in bytes. */
export const PAYLOAD_BYTES = 100

/** Receives one delivered payload: `buf[off..off+PAYLOAD_BYTES)`, valid during the call only. */
export type DeliveryHandler = (c: Client, buf: Buffer, off: number) => void

/** Options of one subscription. */
export interface SubscribeOptions {
  /** At-least-once mode (zerorelay only; scenario D). */
  isAtLeastOnce?: boolean
  /** At-least-once: the most unacknowledged deliveries outstanding. */
  maxInFlight?: number
}

/** The protocol of one kind of server, from the client side. */
export interface Dialect {
  /** Request path of the upgrade. */
  readonly path: string
  /** Offered subprotocols. */
  readonly protocols?: readonly string[]
  /** Application handshake after the upgrade (auth, namespace connect, ...). */
  open(c: Client): Promise<void>
  /** Subscribes and resolves once the server confirmed it (so no delivery can be missed). */
  subscribe(c: Client, topic: string, opts?: SubscribeOptions): Promise<void>
  /** The complete bytes (WebSocket frames) that publish `payload` to `topic`. */
  publishFrames(topic: string, payload: Buffer): Buffer
  /** Handles one WebSocket message: deliveries go to `c.onDelivery`, the rest to `c.control`. */
  onMessage(c: Client, buf: Buffer, start: number, end: number, opcode: number): void
  /**
   * At-least-once: acknowledges everything up to the delivery at `buf[off..]` (a dialect
   * without acks does not implement it).
   */
  ack?(c: Client): void
}

interface Waiter {
  match: (msg: unknown) => boolean
  resolve: (msg: unknown) => void
  reject: (err: Error) => void
  timer: NodeJS.Timeout
}

/** One generator connection. Fields are public and mutable: scenarios keep their counters here. */
export class Client {
  /** Called for every delivered payload. */
  onDelivery: DeliveryHandler = () => {}
  /** Dialect-private per-connection state. */
  state: Record<string, unknown> = {}
  /** Scenario counters. */
  count = 0
  lastSeq = -1
  outOfOrder = 0
  /** Deliveries since the last ack (scenario D). */
  unacked = 0
  /** Whether the subscription is at-least-once (set by the dialect's `subscribe`). */
  isAtLeastOnce = false
  /** Highest delivery position seen, for at-least-once acks (dialect-defined). */
  ackEpoch = ''
  ackOffset = 0
  /**
   * The last delivery not yet read for its ack position (read only when an ack is sent):
   * `lastDelivery[lastDeliveryStart..lastDeliveryEnd)`. It points into the shared read buffer
   * until the end of the read, when the dialect copies it into `deliveryCopy` if still unread.
   */
  lastDelivery: Buffer | undefined
  lastDeliveryStart = 0
  lastDeliveryEnd = 0
  /** Whether `lastDelivery` holds a delivery whose position was not read yet. */
  hasUnreadDelivery = false
  /** Owned storage for `lastDelivery` once its read is over (allocated once). */
  deliveryCopy: Buffer | undefined
  /** Dialect-private: the bytes of a message that continues in the next one (NATS). */
  pending: Buffer | undefined
  private waiters: Waiter[] = []
  /** Control messages nobody waited for yet (e.g. a greeting sent with the upgrade response). */
  private unclaimed: unknown[] = []

  constructor(
    readonly conn: WsConn,
    readonly dialect: Dialect,
  ) {
    conn.onMessage = (buf, start, end, opcode) => dialect.onMessage(this, buf, start, end, opcode)
    conn.onClose = () => {
      for (const w of this.waiters.splice(0)) {
        clearTimeout(w.timer)
        w.reject(new Error(`connection closed (code ${conn.closeCode})`))
      }
    }
    conn.start()
  }

  /**
   * Hands a decoded control message to the first waiter that wants it; otherwise keeps it
   * (the last 16) for a later `waitFor`.
   */
  control(msg: unknown): void {
    const i = this.waiters.findIndex((w) => w.match(msg))
    if (i < 0) {
      this.unclaimed.push(msg)
      if (this.unclaimed.length > 16) this.unclaimed.shift()
      return
    }
    const [w] = this.waiters.splice(i, 1)
    if (w === undefined) return
    clearTimeout(w.timer)
    w.resolve(msg)
  }

  /** Resolves with the next control message that `match` accepts. */
  waitFor<T>(match: (msg: unknown) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
    const k = this.unclaimed.findIndex(match)
    if (k >= 0) return Promise.resolve(this.unclaimed.splice(k, 1)[0] as T)
    return new Promise<T>((resolve, reject) => {
      if (this.conn.isClosed) {
        reject(new Error(`connection closed before ${what}`))
        return
      }
      const w: Waiter = {
        match,
        resolve: resolve as (msg: unknown) => void,
        reject,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(w), 1)
          reject(new Error(`timed out waiting for ${what}`))
        }, timeoutMs),
      }
      this.waiters.push(w)
    })
  }
}

/** Opens a connection and runs the dialect's handshake. */
export async function openClient(dialect: Dialect, host: string, port: number): Promise<Client> {
  const conn = await connectWs({ host, port, path: dialect.path, protocols: dialect.protocols })
  const c = new Client(conn, dialect)
  try {
    await dialect.open(c)
  } catch (err) {
    conn.destroy()
    throw err
  }
  return c
}

const timeBits = new Float64Array(1)
const timeBytes = new Uint8Array(timeBits.buffer)
const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** The sequence number of the payload at `buf[off..]` (small enough to inline into the delivery callback). */
export function payloadSeq(buf: Buffer, off: number): number {
  const p = off + PAYLOAD_SEQ
  return (
    ((buf[p] as number) | ((buf[p + 1] as number) << 8) | ((buf[p + 2] as number) << 16)) +
    (buf[p + 3] as number) * 0x100_0000
  )
}

/** The send time (`performance.now()` of the publisher) of the payload at `buf[off..]`. */
export function payloadTimeMs(buf: Buffer, off: number): number {
  if (!isLittleEndian) return buf.readDoubleLE(off + PAYLOAD_TIME)
  const p = off + PAYLOAD_TIME
  timeBytes[0] = buf[p] as number
  timeBytes[1] = buf[p + 1] as number
  timeBytes[2] = buf[p + 2] as number
  timeBytes[3] = buf[p + 3] as number
  timeBytes[4] = buf[p + 4] as number
  timeBytes[5] = buf[p + 5] as number
  timeBytes[6] = buf[p + 6] as number
  timeBytes[7] = buf[p + 7] as number
  return timeBits[0] as number
}

/** Writes a benchmark payload: sequence number, stream (topic index) and send time. */
export function fillPayload(payload: Buffer, seq: number, stream: number, nowMs: number): void {
  payload.writeUInt32LE(seq >>> 0, PAYLOAD_SEQ)
  payload.writeUInt32LE(stream >>> 0, PAYLOAD_STREAM)
  payload.writeDoubleLE(nowMs, PAYLOAD_TIME)
}
