/**
 * Structured JSON logs (pino) with secrets redacted: tokens, Authorization headers, HMAC
 * secrets and JWKs never reach a log line, and URLs are logged through `redactUrl()` so a
 * `?token=` query parameter shows as `[REDACTED]`.
 */
import pino, { type DestinationStream, type Logger } from 'pino'

export type { Logger }

/** Paths pino replaces with "[REDACTED]" wherever they appear in a log object. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'secret',
  '*.secret',
  'config.auth.tenants.*.keys[*].secret',
  'config.auth.tenants.*.keys[*].jwk',
  'jwk',
  '*.jwk',
]

const SENSITIVE_PARAMS = new Set(['token', 'access_token', 'jwt', 'authorization'])

/**
 * A URL or path+query with sensitive query parameters (`token`, `access_token`, `jwt`,
 * `authorization`) replaced by `[REDACTED]`. Never throws; unparseable input yields "[unparseable url]".
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?')
  if (q < 0) return url
  const hash = url.indexOf('#', q)
  const query = url.slice(q + 1, hash < 0 ? undefined : hash)
  try {
    const parts = query.split('&').map((part) => {
      const eq = part.indexOf('=')
      const rawName = eq < 0 ? part : part.slice(0, eq)
      let name: string
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' ')).toLowerCase()
      } catch {
        name = rawName.toLowerCase()
      }
      return SENSITIVE_PARAMS.has(name) ? `${rawName}=[REDACTED]` : part
    })
    return `${url.slice(0, q)}?${parts.join('&')}`
  } catch {
    return '[unparseable url]'
  }
}

/** Creates the relay's logger. `destination` defaults to stdout (tests pass a capture stream). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'zerorelay' },
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  }
  return destination === undefined ? pino(options) : pino(options, destination)
}
