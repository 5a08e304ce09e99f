/**
 * Subscriptions: an async iterable of deliveries per topic or pattern, with the
 * subscription state machine, cumulative in-order coalesced acks and resume positions
 * (docs/sdk-spec.md §6, §7). The client drives it; it owns no socket.
 */
import { Channel } from './channel.js'
import { Code, canceled, type Position, RelayError } from './errors.js'

/** Delivery guarantee of a subscription. */
export type DeliveryModeName = 'at-most-once' | 'at-least-once'

/** Where a subscription is in its life (docs/sdk-spec.md §6). */
export type SubscriptionState = 'pending' | 'active' | 'resubscribing' | 'closed'

/** One message received on a subscription. 64-bit values are `bigint`. */
export interface Delivery {
  /** The concrete topic the message was published to. */
  readonly topic: string
  /** The topic or pattern of the subscription that yielded it. */
  readonly subscription: string
  /** The publisher's payload, unchanged. */
  readonly data: Uint8Array
  /** The publisher's headers, unchanged. */
  readonly headers: Readonly<Record<string, string>>
  /** The epoch of `offset`; empty for topics without history. */
  readonly epoch: string
  /** The message's offset within the epoch (0 for topics without history). */
  readonly offset: bigint
  /** When the server accepted the publish, milliseconds since the Unix epoch. */
  readonly publishedAtMs: bigint
  /** 1 for the first delivery, 2+ for redeliveries (at-least-once). */
  readonly deliveryCount: number
  /** The payload decoded as UTF-8 (invalid sequences become U+FFFD). */
  text(): string
  /**
   * Acknowledges this delivery (at-least-once; a no-op otherwise). Acks are sent
   * cumulatively and in order: the SDK acks offset `o` once every earlier delivery of this
   * connection is acknowledged too, coalescing several acknowledgements into one `ack`
   * frame (see the client option `ackDelayMs`). Idempotent.
   */
  ack(): void
}

/** A typed gap: messages the subscriber will never receive (docs/sdk-spec.md §6, §7). */
export interface GapEvent {
  readonly type: 'gap'
  /** The subscription's topic or pattern. */
  readonly subscription: string
  /** The concrete topic that has the gap. */
  readonly topic: string
  /**
   * `unrecoverable-position`: a resume was refused, messages after `lastPosition` up to
   * `currentPosition` are lost; `dropped`: the server dropped `dropped` deliveries.
   */
  readonly reason: 'unrecoverable-position' | 'dropped'
  /** Number of dropped deliveries (`dropped`). */
  readonly dropped?: bigint
  /** The position the SDK tried to resume after (`unrecoverable-position`). */
  readonly lastPosition?: Position
  /** The topic's current position per the server (`unrecoverable-position`). */
  readonly currentPosition?: Position
}

/** Options of `client.subscribe()`. */
export interface SubscribeOptions {
  /** Delivery guarantee. Default: `'at-most-once'`. At-least-once needs a concrete topic. */
  mode?: DeliveryModeName
  /** Acknowledge each delivery when the consumer asks for the next one. Default: true. */
  autoAck?: boolean
  /** At-least-once: most unacknowledged deliveries outstanding. Default: 0 (server default). */
  maxInFlight?: number
  /** Unsubscribes when aborted; the iterator then throws `CODE_CANCELED`. */
  signal?: AbortSignal
  /** Called, in order, with every gap of this subscription. */
  onGap?: (gap: GapEvent) => void
}

/** What the server said when the subscription started (its `subscribeAck`). */
export interface SubscribeInfo {
  /** The topic's position when the subscription started. */
  readonly position: Position
  /** The effective delivery mode. */
  readonly mode: DeliveryModeName
  /** The effective max in flight (at-least-once). */
  readonly maxInFlight: number
}

/**
 * A subscription: iterate it with `for await` to receive deliveries, in order. Iteration
 * ends when the subscription is unsubscribed or the client closes, and throws the
 * RelayError that ended it otherwise. Leaving the loop (`break`, `return`, `throw`)
 * unsubscribes. One consumer at a time.
 */
export interface Subscription extends AsyncIterable<Delivery>, AsyncDisposable {
  /** The topic or pattern. */
  readonly topic: string
  /** The requested delivery mode. */
  readonly mode: DeliveryModeName
  /** The current state. */
  readonly state: SubscriptionState
  /** Resolves on the first `subscribeAck`; rejects with the error that ended the subscription first. */
  ready(): Promise<SubscribeInfo>
  /** Ends the subscription (sends `unsubscribe` when connected). Idempotent. */
  unsubscribe(): Promise<void>
  /** Resolves when the subscription ended: with its error, or undefined after unsubscribe/close. */
  closed(): Promise<RelayError | undefined>
}

/** What a subscription needs from its client. @internal */
export interface SubscriptionHost {
  /** Sends `ack{topic, epoch, offset}` when connection `generation` is still the current one. */
  sendAck(topic: string, epoch: string, offset: bigint, generation: number): void
  /** Timers of the ack coalescing delay. */
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  /** Removes the subscription and sends `unsubscribe` when it was sent on the current connection. */
  unsubscribe(sub: SubscriptionImpl): Promise<void>
  /** Reports a gap nobody listens to. */
  unhandledGap(gap: GapEvent): void
}

interface Outstanding {
  offset: bigint
  acked: boolean
}

const textDecoder = new TextDecoder()

/** Most acknowledged deliveries one `ack` frame waits for (docs/sdk-spec.md §7, ack coalescing). */
const MAX_ACK_BATCH = 64

/** `min(64, max(1, floor(maxInFlight / 4)))`: a small window (or none announced) acks at once. */
export function ackBatchFor(maxInFlight: number): number {
  return Math.min(MAX_ACK_BATCH, Math.max(1, Math.floor(maxInFlight / 4)))
}

/** True when `topic` matches `pattern` (`*` one token, `>` one or more trailing tokens). */
export function topicMatches(pattern: string, topic: string): boolean {
  if (pattern === topic) return true
  if (!isPattern(pattern)) return false
  const p = pattern.split('.')
  const t = topic.split('.')
  for (let i = 0; i < p.length; i++) {
    const token = p[i]
    if (token === '>') return i === p.length - 1 && t.length > i
    if (i >= t.length) return false
    if (token !== '*' && token !== t[i]) return false
  }
  return p.length === t.length
}

/** True when a topic string contains a wildcard token. */
export function isPattern(topic: string): boolean {
  return topic === '*' || topic === '>' || /(^|\.)(\*|>)(\.|$)/.test(topic)
}

/** The wire form of a delivery, as the client hands it to subscriptions. @internal */
export interface RawDelivery {
  topic: string
  data: Uint8Array
  headers: Record<string, string>
  epoch: string
  offset: bigint
  publishedAtMs: bigint
  deliveryCount: number
}

/** The subscription implementation, driven by the client. @internal */
export class SubscriptionImpl implements Subscription {
  readonly topic: string
  readonly mode: DeliveryModeName
  readonly autoAck: boolean
  readonly maxInFlight: number
  readonly isPattern: boolean
  #state: SubscriptionState = 'pending'
  readonly #host: SubscriptionHost
  readonly #channel = new Channel<Delivery>()
  readonly #onGap: ((gap: GapEvent) => void) | undefined
  #readyResolve!: (info: SubscribeInfo) => void
  #readyReject!: (err: unknown) => void
  readonly #ready: Promise<SubscribeInfo>
  #closedResolve!: (err: RelayError | undefined) => void
  readonly #closed: Promise<RelayError | undefined>
  /** Connection generation the current deliveries belong to; acks from other generations are ignored. */
  #generation = 0
  #outstanding: Outstanding[] = []
  #outstandingEpoch = ''
  /** Acknowledged deliveries that trigger an `ack` frame at once (from the subscribeAck's maxInFlight). */
  #ackBatch = 1
  /** The acknowledged point not sent yet: the highest offset acknowledged in order, on this connection. */
  #unsentAck: { epoch: string; offset: bigint } | undefined
  /** Deliveries acknowledged since the last `ack` frame. */
  #unsentCount = 0
  /** The coalescing timer; undefined when none is running. */
  #ackTimer: unknown
  /** How long an acknowledgement may wait to be coalesced with later ones; 0 sends each at once. */
  readonly #ackDelayMs: number
  #lastHanded: Delivery | undefined
  /** The position resume starts after (last acked / last received / subscribeAck's). */
  #position: Position | undefined
  /** True once a `subscribe` for this subscription went out on the current connection. */
  sentOnConnection = false
  #abortCleanup: (() => void) | undefined

  /** `ackDelayMs`: the client option (docs/sdk-spec.md §7); 0 sends every acknowledgement at once. */
  constructor(host: SubscriptionHost, topic: string, options: SubscribeOptions, ackDelayMs = 0) {
    this.#host = host
    this.#ackDelayMs = ackDelayMs
    this.topic = topic
    this.mode = options.mode ?? 'at-most-once'
    this.autoAck = options.autoAck ?? true
    this.maxInFlight = options.maxInFlight ?? 0
    this.isPattern = isPattern(topic)
    this.#onGap = options.onGap
    this.#ready = new Promise((resolve, reject) => {
      this.#readyResolve = resolve
      this.#readyReject = reject
    })
    this.#ready.catch(() => {})
    this.#closed = new Promise((resolve) => {
      this.#closedResolve = resolve
    })
    const signal = options.signal
    if (signal) {
      const onAbort = () => {
        this.flushAcks()
        this.fail(canceled('subscription aborted', signal.reason))
        void this.#host.unsubscribe(this)
      }
      if (signal.aborted) queueMicrotask(onAbort)
      else {
        signal.addEventListener('abort', onAbort, { once: true })
        this.#abortCleanup = () => signal.removeEventListener('abort', onAbort)
      }
    }
  }

  get state(): SubscriptionState {
    return this.#state
  }

  /** The position a resubscribe resumes after, if any. */
  get resumePosition(): Position | undefined {
    return this.#position
  }

  ready(): Promise<SubscribeInfo> {
    return this.#ready
  }

  closed(): Promise<RelayError | undefined> {
    return this.#closed
  }

  async unsubscribe(): Promise<void> {
    if (this.#state === 'closed') return
    // The pending ack goes before the `unsubscribe` (docs/sdk-spec.md §7).
    this.flushAcks()
    this.#finish(undefined, true)
    await this.#host.unsubscribe(this)
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.unsubscribe()
  }

  [Symbol.asyncIterator](): AsyncIterator<Delivery> {
    return {
      next: () => {
        if (this.autoAck && this.#lastHanded) this.#lastHanded.ack()
        this.#lastHanded = undefined
        return this.#channel.next().then((r) => {
          if (!r.done) this.#lastHanded = r.value
          return r
        })
      },
      return: async () => {
        // Leaving the loop early (break/throw) does not ack the current delivery: the body may
        // not have finished with it, so at-least-once redelivers it.
        this.#lastHanded = undefined
        await this.unsubscribe()
        return { value: undefined, done: true }
      },
    }
  }

  /** The server acknowledged the subscribe on connection `generation`. */
  onSubscribed(generation: number, info: SubscribeInfo): void {
    if (this.#state === 'closed') return
    this.#state = 'active'
    this.#generation = generation
    this.#outstanding = []
    this.#dropUnsentAck()
    this.#ackBatch = ackBatchFor(info.maxInFlight)
    if (info.position.epoch !== '') {
      // Resume keeps its older position; a fresh start begins at the subscribeAck position.
      if (!this.#position || this.#position.epoch !== info.position.epoch) this.#position = info.position
    }
    this.#readyResolve(info)
  }

  /** Forgets the resume position (after UNRECOVERABLE_POSITION). */
  clearPosition(): void {
    this.#position = undefined
  }

  /** The connection was lost: resubscribe on the next one. */
  onDisconnected(): void {
    if (this.#state === 'closed') return
    this.sentOnConnection = false
    if (this.#state === 'active') this.#state = 'resubscribing'
    this.#outstanding = []
    // An acknowledgement not sent yet is never sent on a later connection. The resume position
    // still includes it, as it always included an ack lost in flight with the connection.
    this.#dropUnsentAck()
    if (this.mode === 'at-least-once') {
      // Unconsumed at-least-once deliveries will be redelivered after the last ack.
      this.#channel.purge(() => true)
      this.#lastHanded = undefined
    }
  }

  /** A delivery arrived on connection `generation`. */
  push(raw: RawDelivery, generation: number): void {
    if (this.#state === 'closed') return
    const atLeastOnce = this.mode === 'at-least-once'
    let acked = false
    const delivery: Delivery = {
      topic: raw.topic,
      subscription: this.topic,
      data: raw.data,
      headers: raw.headers,
      epoch: raw.epoch,
      offset: raw.offset,
      publishedAtMs: raw.publishedAtMs,
      deliveryCount: raw.deliveryCount,
      text: () => textDecoder.decode(raw.data),
      ack: () => {
        if (acked || !atLeastOnce) return
        acked = true
        this.#ack(raw.epoch, raw.offset, generation)
      },
    }
    if (atLeastOnce) {
      if (raw.epoch !== this.#outstandingEpoch) {
        // A pending ack of the old epoch is dropped: the relay restarted the stream in the new
        // epoch and would refuse it (docs/sdk-spec.md §7).
        this.#dropUnsentAck()
        this.#outstanding = []
        this.#outstandingEpoch = raw.epoch
      }
      const last = this.#outstanding[this.#outstanding.length - 1]
      const seen = this.#outstanding.some((o) => o.offset === raw.offset)
      const alreadyAcked =
        this.#position !== undefined && this.#position.epoch === raw.epoch && raw.offset <= this.#position.offset
      if (!seen && !alreadyAcked && (!last || raw.offset > last.offset)) {
        this.#outstanding.push({ offset: raw.offset, acked: false })
      }
    } else if (!this.isPattern && raw.epoch !== '') {
      this.#position = { epoch: raw.epoch, offset: raw.offset }
    }
    this.#channel.push(delivery)
  }

  #ack(epoch: string, offset: bigint, generation: number): void {
    if (generation !== this.#generation || epoch !== this.#outstandingEpoch || this.#state !== 'active') return
    const entry = this.#outstanding.find((o) => o.offset === offset)
    if (!entry) return
    entry.acked = true
    let upTo: bigint | undefined
    let advanced = 0
    while (this.#outstanding[0]?.acked) {
      upTo = (this.#outstanding.shift() as Outstanding).offset
      advanced++
    }
    if (upTo === undefined) return
    this.#position = { epoch, offset: upTo }
    // Coalescing (docs/sdk-spec.md §7): one `ack` per ackBatch acknowledged deliveries, or
    // ackDelayMs after the first acknowledgement not sent yet, whichever comes first.
    this.#unsentAck = { epoch, offset: upTo }
    this.#unsentCount += advanced
    const delayMs = this.#ackDelayMs
    if (this.#unsentCount >= this.#ackBatch || delayMs <= 0) this.flushAcks()
    else if (this.#ackTimer === undefined) {
      this.#ackTimer = this.#host.setTimeout(() => {
        this.#ackTimer = undefined
        this.flushAcks()
      }, delayMs)
    }
  }

  /** Sends the acknowledged point not sent yet, if any, now (before an unsubscribe or a clean close). */
  flushAcks(): void {
    const unsent = this.#unsentAck
    this.#dropUnsentAck()
    if (unsent) this.#host.sendAck(this.topic, unsent.epoch, unsent.offset, this.#generation)
  }

  /** Forgets the acknowledged point not sent yet and stops its timer. */
  #dropUnsentAck(): void {
    this.#unsentAck = undefined
    this.#unsentCount = 0
    if (this.#ackTimer !== undefined) {
      this.#host.clearTimeout(this.#ackTimer)
      this.#ackTimer = undefined
    }
  }

  /** Surfaces a gap (docs/sdk-spec.md §6, §7). */
  gap(gap: GapEvent): void {
    if (this.#state === 'closed') return
    if (this.#onGap) {
      try {
        this.#onGap(gap)
      } catch {
        // A throwing listener must not break the client's frame loop.
      }
    } else {
      this.#host.unhandledGap(gap)
    }
  }

  /** Ends the subscription with an error, after the buffered deliveries. */
  fail(error: RelayError): void {
    this.#finish(error, false)
  }

  /** Ends the subscription without error (client closed): buffered deliveries are dropped. */
  end(): void {
    this.#finish(undefined, true)
  }

  #finish(error: RelayError | undefined, discard: boolean): void {
    if (this.#state === 'closed') return
    this.#state = 'closed'
    this.#dropUnsentAck()
    this.#abortCleanup?.()
    this.#channel.end(error, discard)
    this.#readyReject(error ?? new RelayError(Code.CODE_CANCELED, `subscription to "${this.topic}" ended`))
    this.#closedResolve(error)
  }
}
