/**
 * The single-node revocation store: revocations live in this process only (lost on restart;
 * a revoked token expires within `auth.maxTokenLifetimeMs` anyway).
 */
import { Code } from '@zerorelay/protocol'
import { RelayError } from '../errors.js'
import { MAX_REVOCATIONS, RevocationCache, type RevocationStore, revocationKey, toRevocation } from './store.js'

/** Options of the memory store. */
export interface MemoryRevocationStoreOptions {
  /** Wall clock, milliseconds. */
  readonly now: () => number
  /** Lifetime of a revocation without `untilMs` (config `auth.maxTokenLifetimeMs`). */
  readonly defaultLifetimeMs: number
}

/** Creates an in-process revocation store. */
export function createMemoryRevocationStore(options: MemoryRevocationStoreOptions): RevocationStore {
  const cache = new RevocationCache(options.now)
  return {
    async revoke(request) {
      const revocation = toRevocation(request, options.now(), options.defaultLifetimeMs)
      const key = revocationKey(revocation)
      if (cache.get(key) === undefined) {
        cache.prune()
        if (cache.size >= MAX_REVOCATIONS) throw new RelayError(Code.CODE_LIMIT_EXCEEDED, 'too many revocations')
      }
      cache.add(revocation)
      // A later existing revocation of the same token or subject stays in force.
      return cache.get(key) ?? revocation
    },
    isRevoked: (principal) => cache.isRevoked(principal),
    onRevoked: (listener) => cache.onRevoked(listener),
    list: (tenant) => cache.list(tenant),
    isReady: () => true,
    async close() {},
  }
}
