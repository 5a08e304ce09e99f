/**
 * The SDK's one error type, `RelayError`, and its mapping from wire errors, close
 * codes, aborts and timeouts (docs/sdk-spec.md §10).
 */
import { Code, closeAction, toU64, type WireError } from '@zerorelay/protocol'

export { Code }

/** A position in a topic's history: an opaque epoch and an offset within it. */
export interface Position {
  readonly epoch: string
  readonly offset: bigint
}

/** Options of the RelayError constructor. */
export interface RelayErrorOptions {
  /** Whether the same operation may succeed later. Default: derived from the code. */
  retryable?: boolean
  /** The earliest time a retry may succeed, in milliseconds from now. */
  retryAfterMs?: number
  /** The WebSocket close code, when the error ended a connection. */
  closeCode?: number
  /** The topic's current position (with `CODE_UNRECOVERABLE_POSITION`). */
  position?: Position
  /** The underlying error. */
  cause?: unknown
}

const RETRYABLE_CODES: ReadonlySet<Code> = new Set([
  Code.CODE_RATE_LIMITED,
  Code.CODE_UNAVAILABLE,
  Code.CODE_INTERNAL,
  Code.CODE_DEADLINE_EXCEEDED,
])

const KNOWN_CODES: ReadonlySet<number> = new Set(Object.values(Code).filter((v) => typeof v === 'number'))

/** Maps any number onto the closed `Code` set; unknown values become `CODE_INTERNAL`. */
export function normalizeCode(code: number | null | undefined): Code {
  if (code === null || code === undefined || code === Code.CODE_UNSPECIFIED || !KNOWN_CODES.has(code)) {
    return Code.CODE_INTERNAL
  }
  return code as Code
}

/** `CODE_PERMISSION_DENIED` → `permission_denied`. */
export function codeName(code: Code): string {
  const name = (Code as unknown as Record<number, string>)[code] ?? 'CODE_INTERNAL'
  return name.replace(/^CODE_/, '').toLowerCase()
}

/**
 * An error from zerorelay: a failed command (the server's `Error` reply), a lost or refused
 * connection, or an SDK-side cancellation or timeout. Its message reads `[code_name] detail`.
 */
export class RelayError extends Error {
  override name = 'RelayError'
  /** The protocol `Code`; never `CODE_UNSPECIFIED` and never a value outside the enum. */
  readonly code: Code
  /** Whether the same operation may succeed later. */
  readonly retryable: boolean
  /** The earliest time a retry may succeed, in milliseconds from now, when known. */
  readonly retryAfterMs: number | undefined
  /** The WebSocket close code, when the error came from a close. */
  readonly closeCode: number | undefined
  /** The topic's current position (with `CODE_UNRECOVERABLE_POSITION`). */
  readonly position: Position | undefined

  constructor(code: Code, detail: string, options: RelayErrorOptions = {}) {
    const normalized = normalizeCode(code)
    super(`[${codeName(normalized)}] ${detail}`, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = normalized
    this.retryable = options.retryable ?? RETRYABLE_CODES.has(normalized)
    this.retryAfterMs =
      options.retryAfterMs !== undefined && options.retryAfterMs > 0 ? options.retryAfterMs : undefined
    this.closeCode = options.closeCode
    this.position = options.position
  }

  /**
   * Normalises anything thrown into a RelayError: a RelayError is returned unchanged, an
   * `AbortError` becomes `CODE_CANCELED`, a `TimeoutError` `CODE_DEADLINE_EXCEEDED`, anything
   * else `CODE_INTERNAL` with the original as `cause`.
   */
  static from(err: unknown): RelayError {
    if (err instanceof RelayError) return err
    const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined
    const message = err instanceof Error ? err.message : String(err)
    if (name === 'AbortError') return new RelayError(Code.CODE_CANCELED, message || 'aborted', { cause: err })
    if (name === 'TimeoutError') {
      return new RelayError(Code.CODE_DEADLINE_EXCEEDED, message || 'timed out', { cause: err })
    }
    return new RelayError(Code.CODE_INTERNAL, message, { cause: err })
  }

  /** The error for a server's `Error` reply. */
  static fromWire(err: WireError, context?: string): RelayError {
    const position = err.position ? { epoch: err.position.epoch ?? '', offset: toU64(err.position.offset) } : undefined
    const detail = err.message ? err.message : 'server error'
    return new RelayError(normalizeCode(err.code), context ? `${context}: ${detail}` : detail, {
      retryable: err.retryable ?? false,
      retryAfterMs: err.retryAfterMs ?? undefined,
      position,
    })
  }

  /**
   * The error for a connection that ended with `closeCode` (docs/sdk-spec.md §4). `retryable`
   * follows the close-code class: false for stop codes.
   */
  static fromClose(
    closeCode: number,
    reason: string,
    options: { retryAfterMs?: number; code?: Code; retryable?: boolean } = {},
  ): RelayError {
    const code = options.code ?? codeForClose(closeCode)
    const detail = `connection closed (${closeCode}${reason ? `: ${reason}` : ''})`
    return new RelayError(code, detail, {
      retryable: options.retryable ?? closeAction(closeCode) !== 'stop',
      retryAfterMs: options.retryAfterMs,
      closeCode,
    })
  }
}

/** The `Code` a terminal error carries for a close code without a preceding error reply. */
export function codeForClose(closeCode: number): Code {
  switch (closeCode) {
    case 1000:
      return Code.CODE_CANCELED
    case 4001:
      return Code.CODE_TOKEN_EXPIRED
    case 4501:
      return Code.CODE_UNAUTHENTICATED
    case 4503:
    case 4504:
      return Code.CODE_PERMISSION_DENIED
    case 4500:
    case 1002:
    case 1003:
    case 1007:
    case 1008:
      return Code.CODE_BAD_REQUEST
    case 1009:
    case 4303:
      return Code.CODE_LIMIT_EXCEEDED
    case 4329:
      return Code.CODE_RATE_LIMITED
    default:
      return Code.CODE_UNAVAILABLE
  }
}

/** The error for an operation cancelled by the caller. */
export function canceled(detail = 'operation canceled', cause?: unknown): RelayError {
  return new RelayError(Code.CODE_CANCELED, detail, { retryable: false, cause })
}

/** The error for an operation whose deadline passed. */
export function deadlineExceeded(detail: string): RelayError {
  return new RelayError(Code.CODE_DEADLINE_EXCEEDED, detail, { retryable: true })
}
