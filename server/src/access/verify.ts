/**
 * Token verification shared by the upgrade (HTTP 401 on failure) and the session (Connect,
 * Refresh): authenticate, compile the permission patterns, count failures by reason.
 */
import { Code } from '@zerorelay/protocol'
import { AuthError, type Authenticator, type Principal } from '../auth/authenticator.js'
import { RelayError } from '../errors.js'
import type { Logger } from '../log/logger.js'
import type { RelayMetrics } from '../metrics/metrics.js'
import { compilePermissions, type Permissions } from './permissions.js'

/** A verified token. */
export interface Verified {
  readonly principal: Principal
  readonly permissions: Permissions
}

/**
 * Verifies a token. Rejects with RelayError(CODE_UNAUTHENTICATED) — message generic, never the
 * token — after counting `zerorelay_auth_failures_total{reason}`. Invalid permission patterns
 * count as `bad_claims`; an authenticator fault is logged and reported as a generic failure.
 */
export async function verifyToken(
  auth: Authenticator,
  token: string,
  metrics: RelayMetrics,
  logger: Logger,
): Promise<Verified> {
  try {
    if (token === '') throw new AuthError('missing', 'no token')
    const principal = await auth.authenticate(token)
    let permissions: Permissions
    try {
      permissions = compilePermissions(principal.publish, principal.subscribe)
    } catch (err) {
      throw new AuthError('bad_claims', (err as Error).message)
    }
    return { principal, permissions }
  } catch (err) {
    if (err instanceof AuthError) {
      metrics.authFailures.inc({ reason: err.reason })
      throw new RelayError(Code.CODE_UNAUTHENTICATED, err.message)
    }
    logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'authenticator failed')
    throw new RelayError(Code.CODE_UNAUTHENTICATED, 'authentication failed')
  }
}
