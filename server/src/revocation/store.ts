/**
 * Token revocation (docs/security.md, "Revocation"): a revocation names one token of a tenant
 * (its `jti`) or a subject of a tenant (every token with that `sub`), until a time. The
 * `RevocationStore` keeps the live revocations in a local cache so the session's check
 * (`isRevoked`) is synchronous; the memory store serves one node, the Redis store shares
 * revocations between nodes (pushed over pub/sub, reloaded periodically).
 *
 * Bounded: at most `MAX_REVOCATIONS` live entries (a revoke beyond it is refused); entries are
 * dropped once their `untilMs` passed.
 */
import { Code } from '@zerorelay/protocol'
import { z } from 'zod'
import type { Principal } from '../auth/authenticator.js'
import { RelayError } from '../errors.js'

/** Most live revocations kept (per cluster). */
export const MAX_REVOCATIONS = 100_000
/** Latest accepted `untilMs`: one year and a day from now. */
export const MAX_REVOCATION_MS = 366 * 24 * 3600_000
/** The message of the error a revoked token gets (Connect, Refresh). */
export const REVOKED_MESSAGE = 'token has been revoked'

/** A stored revocation. */
export interface Revocation {
  readonly tenant: string
  /** The revoked token's `jti` (exactly one of `jti` and `subject` is set). */
  readonly jti?: string
  /** The revoked subject: every token of the tenant with this `sub`. */
  readonly subject?: string
  /** The revocation holds until this time, milliseconds since the Unix epoch. */
  readonly untilMs: number
  /** When it was made, milliseconds since the Unix epoch. */
  readonly createdAtMs: number
}

/** The request shape (admin API `POST /v1/revocations`). */
export const revocationRequestSchema = z
  .object({
    tenant: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a tenant id'),
    jti: z.string().min(1).max(256).optional(),
    subject: z.string().min(1).max(256).optional(),
    /** Default: now + auth.maxTokenLifetimeMs (every token alive now has expired by then). */
    untilMs: z.number().int().positive().optional(),
  })
  .strict()
  .refine((r) => (r.jti === undefined) !== (r.subject === undefined), {
    message: 'exactly one of jti and subject is required',
  })
export type RevocationRequest = z.infer<typeof revocationRequestSchema>

/** What a revoked principal is matched on. */
export type RevocablePrincipal = Pick<Principal, 'tenant' | 'subject' | 'tokenId'>

/** Keeps revocations and answers whether a principal is revoked. */
export interface RevocationStore {
  /**
   * Stores a revocation (a later `untilMs` extends an existing one) and announces it to every
   * node. Rejects with RelayError: BAD_REQUEST (invalid), LIMIT_EXCEEDED (full), UNAVAILABLE (Redis).
   */
  revoke(request: RevocationRequest): Promise<Revocation>
  /** Whether a live revocation matches the principal's jti or subject (local cache; synchronous). */
  isRevoked(principal: RevocablePrincipal): boolean
  /** Calls `listener` for every revocation this node learns of (its own and other nodes'). Returns an unsubscribe. */
  onRevoked(listener: (revocation: Revocation) => void): () => void
  /** The live revocations of a tenant (local cache). */
  list(tenant: string): Revocation[]
  /** Whether revocations are being received (always true for the memory store). */
  isReady(): boolean
  close(): Promise<void>
}

/** Validates a request and resolves its defaults into a revocation. */
export function toRevocation(request: RevocationRequest, nowMs: number, defaultLifetimeMs: number): Revocation {
  const untilMs = request.untilMs ?? nowMs + defaultLifetimeMs
  if (untilMs <= nowMs) throw new RelayError(Code.CODE_BAD_REQUEST, 'untilMs is in the past')
  if (untilMs > nowMs + MAX_REVOCATION_MS) throw new RelayError(Code.CODE_BAD_REQUEST, 'untilMs is too far ahead')
  const base = { tenant: request.tenant, untilMs, createdAtMs: nowMs }
  return request.jti !== undefined ? { ...base, jti: request.jti } : { ...base, subject: request.subject as string }
}

/** The cache key of a revocation. `\u0000` cannot occur in a tenant id, so keys are unambiguous. */
export function revocationKey(r: Pick<Revocation, 'tenant' | 'jti' | 'subject'>): string {
  return r.jti !== undefined ? `${r.tenant}\u0000j\u0000${r.jti}` : `${r.tenant}\u0000s\u0000${r.subject ?? ''}`
}

/** Parses a revocation from its stored JSON; undefined when malformed. */
export function parseRevocation(text: string): Revocation | undefined {
  try {
    const v = JSON.parse(text) as Record<string, unknown>
    if (typeof v.tenant !== 'string' || typeof v.untilMs !== 'number' || typeof v.createdAtMs !== 'number') {
      return undefined
    }
    const base = { tenant: v.tenant, untilMs: v.untilMs, createdAtMs: v.createdAtMs }
    if (typeof v.jti === 'string' && v.subject === undefined) return { ...base, jti: v.jti }
    if (typeof v.subject === 'string' && v.jti === undefined) return { ...base, subject: v.subject }
    return undefined
  } catch {
    return undefined
  }
}

/** The local cache shared by the stores: revocations by key, expired ones pruned lazily. */
export class RevocationCache {
  readonly #entries = new Map<string, Revocation>()
  readonly #listeners = new Set<(revocation: Revocation) => void>()
  readonly #now: () => number

  constructor(now: () => number) {
    this.#now = now
  }

  get size(): number {
    return this.#entries.size
  }

  /** Adds or extends an entry; true when it is new or later than the cached one (listeners are called). */
  add(revocation: Revocation): boolean {
    const nowMs = this.#now()
    if (revocation.untilMs <= nowMs) return false
    const key = revocationKey(revocation)
    const existing = this.#entries.get(key)
    if (existing !== undefined && existing.untilMs >= revocation.untilMs) return false
    if (existing === undefined && this.#entries.size >= MAX_REVOCATIONS) {
      this.prune()
      if (this.#entries.size >= MAX_REVOCATIONS) return false
    }
    this.#entries.set(key, revocation)
    if (existing === undefined) {
      for (const listener of this.#listeners) listener(revocation)
    }
    return true
  }

  /**
   * Merges a full reload: adds what is new (listeners hear of it) and drops expired entries.
   * Entries missing from the reload are kept until they expire: a reload that raced with a
   * revoke must not drop it, and a revocation never ends early.
   */
  merge(revocations: Iterable<Revocation>): void {
    for (const r of revocations) this.add(r)
    this.prune()
  }

  get(key: string): Revocation | undefined {
    return this.#entries.get(key)
  }

  isRevoked(principal: RevocablePrincipal): boolean {
    if (this.#entries.size === 0) return false
    const nowMs = this.#now()
    const bySubject = this.#entries.get(`${principal.tenant}\u0000s\u0000${principal.subject}`)
    if (bySubject !== undefined && bySubject.untilMs > nowMs) return true
    if (principal.tokenId === undefined) return false
    const byJti = this.#entries.get(`${principal.tenant}\u0000j\u0000${principal.tokenId}`)
    return byJti !== undefined && byJti.untilMs > nowMs
  }

  list(tenant: string): Revocation[] {
    const nowMs = this.#now()
    return [...this.#entries.values()].filter((r) => r.tenant === tenant && r.untilMs > nowMs)
  }

  /** Drops expired entries. */
  prune(): void {
    const nowMs = this.#now()
    for (const [key, r] of this.#entries) if (r.untilMs <= nowMs) this.#entries.delete(key)
  }

  onRevoked(listener: (revocation: Revocation) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}

/** A Connect or Refresh with a revoked token: answered UNAUTHENTICATED, then closed with 4504 TOKEN_REVOKED. */
export class TokenRevokedError extends RelayError {
  constructor() {
    super(Code.CODE_UNAUTHENTICATED, REVOKED_MESSAGE)
  }
}
