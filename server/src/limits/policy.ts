/**
 * Resolves configuration into what sessions consult: the slow-consumer policy of a concrete
 * topic (longest matching namespace prefix, token-wise) and the effective limits of a tenant
 * (node-wide `tenantLimits` merged with `tenants.<id>.limits`).
 */
import type { RelayConfig, SlowConsumerPolicy } from '../config/schema.js'
import type { TenantLimits } from './tenant-limiter.js'

/** Topics whose policy is remembered; the cache is cleared when it fills (topics are client input). */
const POLICY_CACHE_SIZE = 4_096

/** Returns the slow-consumer policy lookup of a config: the longest namespace prefix that covers the topic wins. */
export function createSlowConsumerPolicy(config: RelayConfig['slowConsumer']): (topic: string) => SlowConsumerPolicy {
  // Longest prefix first, so the first match is the most specific one.
  const namespaces = [...config.namespaces].sort((a, b) => b.prefix.length - a.prefix.length)
  if (namespaces.length === 0) return () => config.policy
  const cache = new Map<string, SlowConsumerPolicy>()
  return (topic) => {
    let policy = cache.get(topic)
    if (policy !== undefined) return policy
    policy = config.policy
    for (const ns of namespaces) {
      // Token-wise: "chat" covers "chat" and "chat.x", not "chatter".
      if (topic === ns.prefix || (topic.startsWith(ns.prefix) && topic.charCodeAt(ns.prefix.length) === 46)) {
        policy = ns.policy
        break
      }
    }
    if (cache.size >= POLICY_CACHE_SIZE) cache.clear()
    cache.set(topic, policy)
    return policy
  }
}

/** Returns the effective limits of a tenant under a config. */
export function tenantLimitsOf(config: RelayConfig): (tenant: string) => TenantLimits {
  return (tenant) => {
    const merged = { ...config.tenantLimits }
    for (const [key, value] of Object.entries(config.tenants[tenant]?.limits ?? {})) {
      if (value !== undefined) merged[key as keyof TenantLimits] = value
    }
    const node = config.limits.maxFrameBytes
    return {
      ...merged,
      maxFrameBytes: merged.maxFrameBytes > 0 && merged.maxFrameBytes < node ? merged.maxFrameBytes : node,
    }
  }
}
