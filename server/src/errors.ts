/**
 * The server's error model: handlers throw `RelayError` with a protocol `Code`; anything
 * else is an unexpected fault that goes out as `CODE_INTERNAL` with a generic message
 * (the cause is only logged, never sent to the client).
 */
import { Code, type WireError } from '@zerorelay/protocol'

const RETRYABLE: ReadonlySet<Code> = new Set([
  Code.CODE_RATE_LIMITED,
  Code.CODE_UNAVAILABLE,
  Code.CODE_INTERNAL,
  Code.CODE_TOKEN_EXPIRED,
  Code.CODE_LIMIT_EXCEEDED,
])

/** An error that maps onto one protocol `Code`. Its message is sent to the client: never put secrets in it. */
export class RelayError extends Error {
  override name = 'RelayError'
  /** Whether the same command may succeed later. */
  readonly retryable: boolean
  /** When set (> 0), the earliest retry time in milliseconds from now. */
  readonly retryAfterMs: number

  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown; retryable?: boolean; retryAfterMs?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.retryable = options?.retryable ?? RETRYABLE.has(code)
    this.retryAfterMs = options?.retryAfterMs ?? 0
  }

  /** Normalises anything thrown: a RelayError stays itself, anything else becomes CODE_INTERNAL with a generic message. */
  static from(err: unknown): RelayError {
    if (err instanceof RelayError) return err
    return new RelayError(Code.CODE_INTERNAL, 'internal error', { cause: err })
  }

  /** The `Error` message to put in a ServerFrame. */
  toWire(): WireError {
    const wire: WireError = { code: this.code, message: wireMessage(this.message), retryable: this.retryable }
    if (this.retryAfterMs > 0) wire.retryAfterMs = this.retryAfterMs
    return wire
  }
}

/** Longest error message sent to a client, in UTF-16 code units. */
export const MAX_WIRE_MESSAGE_CHARS = 256

/**
 * An error message as it may go on the wire: well-formed UTF-16 (messages can quote client
 * input, e.g. an unknown JSON key with a lone surrogate, which would make the reply
 * undecodable for strict clients) and bounded in length.
 */
export function wireMessage(message: string): string {
  const bounded = message.length > MAX_WIRE_MESSAGE_CHARS ? `${message.slice(0, MAX_WIRE_MESSAGE_CHARS - 1)}…` : message
  return bounded.toWellFormed()
}
