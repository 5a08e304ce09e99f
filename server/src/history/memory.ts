/**
 * The in-memory history store: per-process, so it survives client disconnects but not server
 * restarts. Its epoch is random per process start (`createMemoryHistoryStore()` call), so
 * clients never mistake a new stream for the old one.
 */

import { randomHex } from '../util/random.js'
import type { Appended, AppendOptions, HistoryStore, Position, StoredMessage } from './store.js'
import { TopicLog } from './topic-log.js'

/** Options of the memory store. */
export interface MemoryHistoryOptions {
  /** Messages kept per topic. 0: keep none (offsets still increase). Default: 1 000. */
  readonly maxMessagesPerTopic?: number
  /** Age limit in milliseconds; 0: none. Default: 3 600 000. */
  readonly maxAgeMs?: number
  /** Most topics with state; the least recently written one is evicted (its offsets restart in a new epoch). Default: 100 000. */
  readonly maxTopics?: number
  /** Clock, in milliseconds since the Unix epoch. Default: Date.now. */
  readonly now?: () => number
  /** Epoch string. Default: random. */
  readonly epoch?: string
  /** How long an idempotency key is remembered, in milliseconds; 0: keys are ignored. Default: 120 000. */
  readonly dedupeWindowMs?: number
  /** Most idempotency keys remembered (all topics); past it the oldest is forgotten early. Default: 100 000. */
  readonly maxDedupeKeys?: number
}

interface DedupeEntry {
  readonly position: Position
  readonly expiresAtMs: number
}

/** Creates an in-memory HistoryStore. */
export function createMemoryHistoryStore(options: MemoryHistoryOptions = {}): HistoryStore {
  const maxMessages = options.maxMessagesPerTopic ?? 1_000
  const maxAgeMs = options.maxAgeMs ?? 3_600_000
  const maxTopics = options.maxTopics ?? 100_000
  const now = options.now ?? Date.now
  const dedupeWindowMs = options.dedupeWindowMs ?? 120_000
  const maxDedupeKeys = options.maxDedupeKeys ?? 100_000
  // Insertion order = expiry order (one window for every key): expired keys are at the front.
  const dedupe = new Map<string, DedupeEntry>()
  const forgetExpired = (t: number) => {
    for (const [k, entry] of dedupe) {
      if (entry.expiresAtMs > t && dedupe.size <= maxDedupeKeys) break
      dedupe.delete(k)
    }
  }
  const baseEpoch = options.epoch ?? randomHex(8)
  let evictions = 0
  // Map iteration order = insertion order; re-inserting on write keeps it LRU by write.
  const logs = new Map<string, TopicLog>()
  const key = (tenant: string, topic: string) => `${tenant}\u0000${topic}`

  /** Drops what is older than `maxAgeMs` (the count bound is kept by `TopicLog.append`). */
  const trim = (log: TopicLog) => {
    if (maxAgeMs <= 0) return
    const cutoff = now() - maxAgeMs
    while (log.count > 0 && log.oldestPublishedAtMs() < cutoff) log.dropOldest(1)
  }

  const appendNow = (
    tenant: string,
    topic: string,
    message: StoredMessage,
    appendOptions: AppendOptions | undefined,
  ): Appended => {
    const k = key(tenant, topic)
    const idempotencyKey = appendOptions?.idempotencyKey ?? ''
    let dedupeKey = ''
    if (idempotencyKey !== '' && dedupeWindowMs > 0) {
      const t = now()
      forgetExpired(t)
      dedupeKey = `${k}\u0000${idempotencyKey}`
      const seen = dedupe.get(dedupeKey)
      if (seen !== undefined && seen.expiresAtMs > t) {
        return { epoch: seen.position.epoch, offset: seen.position.offset, duplicate: true }
      }
    }
    let log = logs.get(k)
    if (log === undefined) {
      if (logs.size >= maxTopics) {
        const oldest = logs.keys().next().value
        if (oldest !== undefined) logs.delete(oldest)
        evictions++
      }
      // A topic that was evicted restarts its offsets, so it needs an epoch of its own.
      log = new TopicLog(evictions === 0 ? baseEpoch : `${baseEpoch}-${evictions}`, maxMessages)
    } else {
      logs.delete(k)
    }
    logs.set(k, log)
    const offset = BigInt(log.append(message.payload, message.headers, message.publishedAtMs))
    trim(log)
    if (dedupeKey !== '') {
      dedupe.set(dedupeKey, { position: { epoch: log.epoch, offset }, expiresAtMs: now() + dedupeWindowMs })
      if (dedupe.size > maxDedupeKeys) forgetExpired(now())
    }
    return { epoch: log.epoch, offset, duplicate: false }
  }

  return {
    async append(tenant, topic, message, appendOptions) {
      return appendNow(tenant, topic, message, appendOptions)
    },
    appendNow,
    async position(tenant, topic) {
      const log = logs.get(key(tenant, topic))
      return log === undefined ? { epoch: baseEpoch, offset: 0n } : { epoch: log.epoch, offset: BigInt(log.lastOffset) }
    },
    async read(tenant, topic, afterOffset, limit) {
      const log = logs.get(key(tenant, topic))
      if (log === undefined) return []
      trim(log)
      const out: (StoredMessage & Position)[] = []
      // Offsets are contiguous along the log: the first one after `afterOffset` is found by arithmetic.
      const first = log.firstOffset
      const from = afterOffset < BigInt(first) ? 0 : Number(afterOffset - BigInt(first)) + 1
      for (let i = from; i < log.count && out.length < limit; i++) {
        const m = log.at(i)
        out.push({
          payload: m.payload,
          headers: m.headers,
          publishedAtMs: m.publishedAtMs,
          offset: BigInt(first + i),
          epoch: log.epoch,
        })
      }
      return out
    },
    isReady: () => true,
    async close() {
      logs.clear()
      dedupe.clear()
    },
  }
}

export type { Position }
