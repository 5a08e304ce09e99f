/**
 * A Jepsen-style history checker for delivery tests: publishers send unique (publisher, counter)
 * values and record what they attempted and what was acknowledged; subscribers record every
 * delivery. The checker computes, per topic and subscriber: lost (acknowledged but never
 * delivered), unexpected (delivered but never attempted), duplicates and reorders.
 */
import { fromU64, type ServerFrame, toU64 } from '@zerorelay/protocol'
import type { TestClient } from './helpers.js'

/** One published value. */
export interface Value {
  readonly publisher: string
  readonly counter: number
}

/** The result of checking one subscriber's deliveries of one topic. */
export interface CheckResult {
  readonly lost: Value[]
  readonly unexpected: Value[]
  /** Deliveries of a value seen before (redeliveries, resumed unacknowledged tail). */
  readonly duplicates: number
  /** First deliveries whose counter is lower than an earlier first delivery of the same publisher. */
  readonly reorders: number
  readonly delivered: number
}

const keyOf = (v: Value) => `${v.publisher}#${v.counter}`

/** Encodes a value as a publish payload. */
export function encodeValue(v: Value): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(v))
}

/** Decodes a delivery payload written by `encodeValue`. */
export function decodeValue(payload: Uint8Array | null | undefined): Value {
  return JSON.parse(new TextDecoder().decode(payload ?? new Uint8Array())) as Value
}

/** The recorded history of a test run. */
export class DeliveryHistory {
  readonly attempted = new Map<string, Set<string>>()
  readonly acked = new Map<string, Map<string, Value>>()
  /** topic → subscriber → values in arrival order. */
  readonly deliveries = new Map<string, Map<string, Value[]>>()

  attempt(topic: string, v: Value): void {
    let set = this.attempted.get(topic)
    if (set === undefined) this.attempted.set(topic, (set = new Set()))
    set.add(keyOf(v))
  }

  ack(topic: string, v: Value): void {
    let map = this.acked.get(topic)
    if (map === undefined) this.acked.set(topic, (map = new Map()))
    map.set(keyOf(v), v)
  }

  deliver(subscriber: string, topic: string, v: Value): void {
    let bySub = this.deliveries.get(topic)
    if (bySub === undefined) this.deliveries.set(topic, (bySub = new Map()))
    let list = bySub.get(subscriber)
    if (list === undefined) bySub.set(subscriber, (list = []))
    list.push(v)
  }

  /** Checks one subscriber's deliveries of `topic` against what was acknowledged. */
  check(topic: string, subscriber: string): CheckResult {
    const attempted = this.attempted.get(topic) ?? new Set<string>()
    const acked = this.acked.get(topic) ?? new Map<string, Value>()
    const list = this.deliveries.get(topic)?.get(subscriber) ?? []
    const seen = new Set<string>()
    const maxByPublisher = new Map<string, number>()
    const unexpected: Value[] = []
    let duplicates = 0
    let reorders = 0
    for (const v of list) {
      const k = keyOf(v)
      if (!attempted.has(k)) unexpected.push(v)
      if (seen.has(k)) {
        duplicates++
        continue
      }
      seen.add(k)
      const max = maxByPublisher.get(v.publisher) ?? -1
      if (v.counter < max) reorders++
      else maxByPublisher.set(v.publisher, v.counter)
    }
    const lost = [...acked.entries()].filter(([k]) => !seen.has(k)).map(([, v]) => v)
    return { lost, unexpected, duplicates, reorders, delivered: list.length }
  }
}

/** A delivery as a subscriber saw it. */
export interface SeenDelivery {
  readonly topic: string
  readonly epoch: string
  readonly offset: bigint
  readonly deliveryCount: number
  readonly value: Value
  readonly headers: Record<string, string>
}

/**
 * Records every delivery a client receives into `history` (as `subscriber`), and optionally acks
 * each one cumulatively. Returns the list of deliveries seen (arrival order).
 */
export function recordDeliveries(
  client: TestClient,
  history: DeliveryHistory,
  subscriber: string,
  options: { autoAck?: boolean } = {},
): SeenDelivery[] {
  const seen: SeenDelivery[] = []
  client.ws.on('message', (data: Buffer, isBinary: boolean) => {
    const frame: ServerFrame = client.codec.decodeServer(isBinary ? new Uint8Array(data) : data.toString('utf8'))
    if (frame.kind !== 'delivery' || frame.delivery == null) return
    const d = frame.delivery
    const value = decodeValue(d.payload)
    const s: SeenDelivery = {
      topic: d.topic ?? '',
      epoch: d.epoch ?? '',
      offset: toU64(d.offset),
      deliveryCount: d.deliveryCount ?? 0,
      value,
      headers: { ...(d.headers ?? {}) },
    }
    seen.push(s)
    history.deliver(subscriber, s.topic, value)
    if (options.autoAck === true && client.ws.readyState === client.ws.OPEN) {
      client.send({ ack: { topic: s.topic, epoch: s.epoch, offset: fromU64(s.offset) } })
    }
  })
  return seen
}
