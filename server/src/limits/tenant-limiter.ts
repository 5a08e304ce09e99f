/**
 * Per-tenant limits and quotas: the publish rate (a token bucket per tenant) and the counted
 * quotas (open connections, subscriptions, distinct topics with subscribers). Sessions ask the
 * `TenantLimiter` interface; `createLocalTenantLimiter` enforces the limits on this node. A
 * cluster-wide implementation (Redis, docs/scaling.md) implements the same interface: its
 * `acquire` may be asynchronous (a round trip to the shared store at connect and subscribe
 * time), while `takePublish` stays synchronous on the hot path (a node spends a locally
 * cached share of the tenant's rate, refilled from the shared store in the background).
 *
 * State is bounded: it is keyed by tenant id, and tenants are the configured ones (a token
 * for an unknown tenant never authenticates), so no client input creates limiter entries.
 */
import { TokenBucket } from './token-bucket.js'

/** The limits of one tenant (config `tenantLimits` merged over `tenants.<id>.limits`). */
export interface TenantLimits {
  /** Sustained publishes per second across all connections of the tenant. 0: unlimited. */
  readonly publishesPerSecond: number
  /** Publishes accepted at once above an idle tenant's rate. */
  readonly publishesBurst: number
  /** Open, authenticated connections of the tenant. */
  readonly maxConnections: number
  /** Subscriptions held by all connections of the tenant. */
  readonly maxSubscriptions: number
  /** Distinct topics and patterns with at least one subscriber. */
  readonly maxTopics: number
  /** Largest publish (payload + headers) of the tenant, in bytes; at most the node's maxFrameBytes. */
  readonly maxFrameBytes: number
}

/** The counted quotas. */
export type QuotaKind = 'connections' | 'subscriptions' | 'topics'

/** Enforces per-tenant limits. Every granted `acquire` must be matched by one `release`. */
export interface TenantLimiter {
  /** The effective limits of a tenant. */
  limitsFor(tenant: string): TenantLimits
  /**
   * Takes one publish token of the tenant. 0: granted. Otherwise nothing was taken and the
   * value is how long to wait, in milliseconds.
   */
  takePublish(tenant: string, nowMs: number): number
  /**
   * Takes one unit of a quota. `key` names the unit for `topics` (the topic or pattern text;
   * the quota counts distinct keys, so only the first holder of a key takes a unit).
   * Resolves false when the quota is full (nothing taken).
   */
  acquire(tenant: string, kind: QuotaKind, key?: string): boolean | Promise<boolean>
  /** Returns a unit taken by `acquire`. */
  release(tenant: string, kind: QuotaKind, key?: string): void
  /** Current usage on this node (for tests and metrics). */
  usage(tenant: string): { readonly connections: number; readonly subscriptions: number; readonly topics: number }
}

interface TenantState {
  readonly limits: TenantLimits
  readonly publishes: TokenBucket
  connections: number
  subscriptions: number
  /** Holders per topic/pattern key. */
  readonly topics: Map<string, number>
}

/** Options of the local limiter. */
export interface LocalTenantLimiterOptions {
  /** The limits of a tenant (called once per tenant, on first use). */
  readonly limitsFor: (tenant: string) => TenantLimits
  /** Clock for the buckets, milliseconds. */
  readonly now: () => number
}

/** Creates a limiter that enforces every tenant limit on this node alone. */
export function createLocalTenantLimiter(options: LocalTenantLimiterOptions): TenantLimiter {
  const tenants = new Map<string, TenantState>()
  const stateOf = (tenant: string): TenantState => {
    let state = tenants.get(tenant)
    if (state === undefined) {
      const limits = options.limitsFor(tenant)
      state = {
        limits,
        publishes: new TokenBucket(limits.publishesPerSecond, limits.publishesBurst, options.now()),
        connections: 0,
        subscriptions: 0,
        topics: new Map(),
      }
      tenants.set(tenant, state)
    }
    return state
  }
  return {
    limitsFor: (tenant) => stateOf(tenant).limits,
    takePublish: (tenant, nowMs) => stateOf(tenant).publishes.take(1, nowMs),
    acquire(tenant, kind, key = '') {
      const state = stateOf(tenant)
      switch (kind) {
        case 'connections':
          if (state.connections >= state.limits.maxConnections) return false
          state.connections++
          return true
        case 'subscriptions':
          if (state.subscriptions >= state.limits.maxSubscriptions) return false
          state.subscriptions++
          return true
        case 'topics': {
          const holders = state.topics.get(key)
          if (holders !== undefined) {
            state.topics.set(key, holders + 1)
            return true
          }
          if (state.topics.size >= state.limits.maxTopics) return false
          state.topics.set(key, 1)
          return true
        }
      }
    },
    release(tenant, kind, key = '') {
      const state = tenants.get(tenant)
      if (state === undefined) return
      switch (kind) {
        case 'connections':
          state.connections = Math.max(0, state.connections - 1)
          return
        case 'subscriptions':
          state.subscriptions = Math.max(0, state.subscriptions - 1)
          return
        case 'topics': {
          const holders = state.topics.get(key) ?? 0
          if (holders <= 1) state.topics.delete(key)
          else state.topics.set(key, holders - 1)
        }
      }
    },
    usage(tenant) {
      const state = tenants.get(tenant)
      return {
        connections: state?.connections ?? 0,
        subscriptions: state?.subscriptions ?? 0,
        topics: state?.topics.size ?? 0,
      }
    },
  }
}
