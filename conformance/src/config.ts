/**
 * Server configurations: the runner's defaults, a scenario's explicit needs, and
 * whether a target can run a scenario.
 */
import { SERVER_CONFIG_KEYS, type ServerConfig, type ServerConfigKey } from './gen.js'

/** A complete configuration: every ServerConfig field with a value. */
export type EffectiveConfig = Readonly<Record<ServerConfigKey, number>>

/**
 * The configuration a launched server gets where a scenario does not say otherwise.
 * Small and fast (docs/conformance.md#server-config); 0 means "no limit".
 */
export const DEFAULT_SERVER_CONFIG: EffectiveConfig = Object.freeze({
  maxFrameBytes: 65_536,
  authTimeoutMs: 2_000,
  pingIntervalMs: 10_000,
  pongTimeoutMs: 10_000,
  maxSubscriptions: 128,
  messagesPerSecond: 0,
  messagesBurst: 0,
  maxQueuedBytes: 1_048_576,
  maxBadRequests: 10,
  ackWaitMs: 1_000,
  maxDeliver: 5,
  maxInFlight: 64,
  retainedMessages: 1_000,
  // The relay's own default: a client that stops reading is caught within 5 s.
  maxUnreadAgeMs: 5_000,
})

/** The fields a config sets explicitly (proto3 optional presence). */
export function explicitFields(cfg: ServerConfig | null | undefined): Partial<Record<ServerConfigKey, number>> {
  const out: Partial<Record<ServerConfigKey, number>> = {}
  if (!cfg) return out
  for (const k of SERVER_CONFIG_KEYS) {
    const v = cfg[k]
    if (v !== null && v !== undefined) out[k] = v
  }
  return out
}

/** `base` with the explicit fields of `over` applied. */
export function mergeConfig(base: EffectiveConfig, over: ServerConfig | null | undefined): EffectiveConfig {
  return Object.freeze({ ...base, ...explicitFields(over) })
}

/** A stable key for grouping scenarios by the configuration they need. */
export function configKey(cfg: ServerConfig | null | undefined): string {
  const e = explicitFields(cfg)
  return JSON.stringify(SERVER_CONFIG_KEYS.filter((k) => k in e).map((k) => [k, e[k]]))
}

/**
 * Why `target` cannot run a scenario needing `need`, or undefined when it can:
 * every field the scenario sets explicitly must have exactly that value.
 */
export function configMismatch(need: ServerConfig | null | undefined, target: EffectiveConfig): string | undefined {
  const diffs: string[] = []
  for (const [k, v] of Object.entries(explicitFields(need))) {
    const have = target[k as ServerConfigKey]
    if (have !== v) diffs.push(`${k}=${v} (server: ${have})`)
  }
  return diffs.length > 0 ? `needs server config ${diffs.join(', ')}` : undefined
}
