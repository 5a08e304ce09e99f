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

/** A topic's log in the store's write order (see `lru`). */
class LogEntry {
  older: LogEntry | undefined = undefined
  newer: LogEntry | undefined = undefined
  constructor(
    readonly key: string,
    readonly log: TopicLog,
  ) {}
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
  const logs = new Map<string, LogEntry>()
  // Least recently written first. A list rather than Map order (delete and re-insert at every
  // write): each re-insert uses a new slot of the Map's table, so it would be rebuilt every few
  // hundred writes, and V8 links an old table to its successor; a promoted old table then keeps
  // every newer one alive through young-generation collections until the next full collection.
  const lru: { oldest: LogEntry | undefined; newest: LogEntry | undefined } = { oldest: undefined, newest: undefined }
  const unlink = (entry: LogEntry) => {
    if (entry.older === undefined) lru.oldest = entry.newer
    else entry.older.newer = entry.newer
    if (entry.newer === undefined) lru.newest = entry.older
    else entry.newer.older = entry.older
    entry.older = undefined
    entry.newer = undefined
  }
  const pushNewest = (entry: LogEntry) => {
    entry.older = lru.newest
    if (lru.newest === undefined) lru.oldest = entry
    else lru.newest.newer = entry
    lru.newest = entry
  }
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
    let entry = logs.get(k)
    if (entry === undefined) {
      const oldest = lru.oldest
      if (logs.size >= maxTopics && oldest !== undefined) {
        unlink(oldest)
        logs.delete(oldest.key)
        evictions++
      }
      // A topic that was evicted restarts its offsets, so it needs an epoch of its own.
      entry = new LogEntry(k, new TopicLog(evictions === 0 ? baseEpoch : `${baseEpoch}-${evictions}`, maxMessages))
      logs.set(k, entry)
      pushNewest(entry)
    } else if (entry !== lru.newest) {
      unlink(entry)
      pushNewest(entry)
    }
    const log = entry.log
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
      const log = logs.get(key(tenant, topic))?.log
      return log === undefined ? { epoch: baseEpoch, offset: 0n } : { epoch: log.epoch, offset: BigInt(log.lastOffset) }
    },
    async read(tenant, topic, afterOffset, limit) {
      const log = logs.get(key(tenant, topic))?.log
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
      lru.oldest = undefined
      lru.newest = undefined
      dedupe.clear()
    },
  }
}

export type { Position }
