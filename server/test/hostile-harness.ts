/**
 * Harness for the universal invariants of docs `hostile-cases.md`: a canary of another tenant
 * with a 10 msg/s stream (I2), collectors for uncaught exceptions and unhandled rejections
 * (I1), `/metrics` scraping with exact deltas (I6) and a secret scan over logs, frames, close
 * reasons and metrics (I5).
 */
import { type ServerFrame, SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import { type CloseInfo, connectClient, mintToken, type TestClient } from './helpers.js'

/** Messages per second of the canary stream. */
export const CANARY_RATE_PER_S = 10
const CANARY_PERIOD_MS = 1000 / CANARY_RATE_PER_S
/** Canary stream topic (tenant "b"). */
export const CANARY_TOPIC = 'canary.stream'

/** What the canary saw during one attack. */
export interface CanaryReport {
  readonly sent: number
  readonly received: number
  /** Sequence numbers sent but never delivered. */
  readonly lost: number
  /** Deliveries out of order or duplicated. */
  readonly disorder: number
  /** Nearest-rank p99 of (delivery time − scheduled publish time), in ms. */
  readonly p99LagMs: number
  readonly maxLagMs: number
}

/** Nearest-rank percentile of `values` (0 when empty). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

/**
 * A canary subscriber and publisher of tenant "b". The publisher follows a fixed schedule
 * (message n is due at start + n × 100 ms) and writes the scheduled time into the payload, so
 * an event-loop stall shows up as lag even though the publisher shares the relay's process.
 */
export class Canary {
  readonly #sub: TestClient
  readonly #pub: TestClient
  #lags: number[] = []
  #seqs: number[] = []

  private constructor(sub: TestClient, pub: TestClient) {
    this.#sub = sub
    this.#pub = pub
    sub.ws.on('message', (data: Buffer) => {
      const receivedAtMs = Date.now()
      const frame = sub.codec.decodeServer(new Uint8Array(data))
      const payload = frame.delivery?.payload
      if (frame.kind !== 'delivery' || payload === undefined || payload === null || payload.byteLength !== 12) return
      const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength)
      this.#seqs.push(view.getUint32(0))
      this.#lags.push(receivedAtMs - view.getFloat64(4))
    })
  }

  /** Connects the canary pair on `url` and subscribes. */
  static async create(url: string): Promise<Canary> {
    const opts = { protocols: [SUBPROTOCOL_PROTO] }
    const token = await mintToken({ tenant: 'b', sub: 'canary' })
    const sub = await connectClient(url, token, opts)
    const pub = await connectClient(url, token, opts)
    const ack = await sub.call({ subscribe: { topic: CANARY_TOPIC } })
    if (ack.kind !== 'subscribeAck') throw new Error(`canary subscribe failed: ${JSON.stringify(ack.toJSON())}`)
    return new Canary(sub, pub)
  }

  /**
   * Runs `attack` while the stream flows; the stream runs for at least `minDurationMs`, then
   * waits (bounded) for the last deliveries and reports.
   */
  async during<T>(attack: () => Promise<T>, minDurationMs = 1_000): Promise<{ result: T; canary: CanaryReport }> {
    this.#lags = []
    this.#seqs = []
    const startMs = Date.now()
    let sent = 0
    const tick = () => {
      const now = Date.now()
      while (startMs + sent * CANARY_PERIOD_MS <= now) {
        const payload = new Uint8Array(12)
        const view = new DataView(payload.buffer)
        view.setUint32(0, sent)
        view.setFloat64(4, startMs + sent * CANARY_PERIOD_MS)
        this.#pub.send({ publish: { topic: CANARY_TOPIC, payload } })
        sent++
      }
    }
    tick()
    const timer = setInterval(tick, 10)
    let result: T
    try {
      result = await attack()
      const left = startMs + minDurationMs - Date.now()
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
    } finally {
      clearInterval(timer)
    }
    // Bounded wait for the tail of the stream.
    const deadline = Date.now() + 5_000
    while (this.#seqs.length < sent && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    const seen = new Set(this.#seqs)
    let lost = 0
    for (let i = 0; i < sent; i++) if (!seen.has(i)) lost++
    let disorder = 0
    for (let i = 0; i < this.#seqs.length; i++) if (this.#seqs[i] !== i) disorder++
    return {
      result,
      canary: {
        sent,
        received: this.#seqs.length,
        lost,
        disorder,
        p99LagMs: percentile(this.#lags, 99),
        maxLagMs: this.#lags.length === 0 ? 0 : Math.max(...this.#lags),
      },
    }
  }

  /** Publisher or subscriber errors seen (the canary never gets any). */
  get errors(): ServerFrame[] {
    return [...this.#pub.frames, ...this.#sub.frames].filter((f) => f.kind === 'error' || f.kind === 'disconnect')
  }

  async close(): Promise<void> {
    this.#sub.close()
    this.#pub.close()
    await Promise.all([this.#sub.closed, this.#pub.closed])
  }
}

/** Collects uncaught exceptions and unhandled rejections while installed. */
export class FaultCollector {
  readonly faults: string[] = []
  readonly #onError = (err: unknown) => {
    this.faults.push(`uncaughtException: ${String((err as Error)?.stack ?? err)}`)
  }
  readonly #onRejection = (reason: unknown) => {
    this.faults.push(`unhandledRejection: ${String((reason as Error)?.stack ?? reason)}`)
  }

  install(): void {
    process.on('uncaughtException', this.#onError)
    process.on('unhandledRejection', this.#onRejection)
  }

  uninstall(): void {
    process.off('uncaughtException', this.#onError)
    process.off('unhandledRejection', this.#onRejection)
  }
}

/** Parses Prometheus text into "name{labels}" → value. */
export function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    const i = line.lastIndexOf(' ')
    out.set(line.slice(0, i), Number(line.slice(i + 1)))
  }
  return out
}

/** One `/metrics` scrape: its raw text and parsed samples. */
export interface Scrape {
  readonly text: string
  readonly samples: Map<string, number>
}

/** Scrapes `${adminUrl}/metrics`. */
export async function scrape(adminUrl: string): Promise<Scrape> {
  const res = await fetch(`${adminUrl}/metrics`)
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`)
  const text = await res.text()
  return { text, samples: parseMetrics(text) }
}

/** Per-sample differences `after − before` for every sample that moved. */
export function metricDeltas(before: Scrape, after: Scrape): Map<string, number> {
  const out = new Map<string, number>()
  for (const [k, v] of after.samples) {
    const d = v - (before.samples.get(k) ?? 0)
    if (d !== 0) out.set(k, d)
  }
  return out
}

/** Everything an attacker could observe plus what operators see, for the secret scan (I5). */
export interface Observed {
  readonly frames: ServerFrame[]
  readonly closes: CloseInfo[]
  /** Raw HTTP responses (handshake refusals). */
  readonly http: string[]
}

/** A fresh, empty Observed. */
export function observed(): Observed {
  return { frames: [], closes: [], http: [] }
}

/** Records a finished attack client's frames and close. */
export async function record(obs: Observed, client: TestClient): Promise<CloseInfo> {
  const info = await client.closed
  obs.frames.push(...client.frames)
  obs.closes.push(info)
  return info
}

/** The places where `secret` occurs (an empty list when it occurs nowhere). */
export function secretHits(
  secret: string,
  where: { logs: string; metrics: string; obs: Observed },
): { place: string; count: number }[] {
  const count = (text: string) => text.split(secret).length - 1
  const hits = [
    { place: 'logs', count: count(where.logs) },
    { place: 'metrics', count: count(where.metrics) },
    {
      place: 'frames',
      count: where.obs.frames.reduce((n, f) => n + count(JSON.stringify(f.toJSON())), 0),
    },
    { place: 'close reasons', count: where.obs.closes.reduce((n, c) => n + count(c.reason), 0) },
    { place: 'http responses', count: where.obs.http.reduce((n, h) => n + count(h), 0) },
  ]
  return hits.filter((h) => h.count > 0)
}
