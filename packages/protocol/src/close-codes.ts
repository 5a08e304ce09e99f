/**
 * What a client does after a connection closes, derived from the close code alone
 * (docs/protocol.md#close-codes). The table is part of the protocol: every SDK
 * implements the same function.
 */
import { CloseCode, ReconnectAdvice } from './wire.js'

/** The three reactions a close code can demand. */
export type CloseAction = 'reconnect' | 'backoff' | 'stop'

const STANDARD: Readonly<Record<number, CloseAction>> = {
  1000: 'stop',
  1001: 'reconnect',
  1002: 'stop',
  1003: 'stop',
  1005: 'reconnect', // no status received: treated like an abnormal close
  1006: 'reconnect',
  1007: 'stop',
  1008: 'stop',
  1009: 'stop',
  1010: 'stop',
  1011: 'backoff',
  1012: 'reconnect',
  1013: 'backoff',
  1014: 'backoff',
  1015: 'stop',
}

/**
 * Classifies a WebSocket close code:
 * 4000-4299 reconnect, 4300-4499 back off, 4500-4999 stop; standard codes per the
 * table in docs/protocol.md; anything else (unknown, 3000-3999) backs off.
 */
export function closeAction(code: number): CloseAction {
  if (code >= 4000 && code <= 4299) return 'reconnect'
  if (code >= 4300 && code <= 4499) return 'backoff'
  if (code >= 4500 && code <= 4999) return 'stop'
  return STANDARD[code] ?? 'backoff'
}

/** The ReconnectAdvice a Disconnect frame carries for a close code. */
export function adviceFor(code: number): ReconnectAdvice {
  switch (closeAction(code)) {
    case 'reconnect':
      return ReconnectAdvice.RECONNECT_ADVICE_RECONNECT
    case 'backoff':
      return ReconnectAdvice.RECONNECT_ADVICE_BACKOFF
    default:
      return ReconnectAdvice.RECONNECT_ADVICE_STOP
  }
}

/** Close codes the server uses, re-exported for convenience. */
export { CloseCode }
