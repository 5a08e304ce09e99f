/**
 * The Redis history store: one Redis Stream per (tenant, topic), shared by every node, so
 * offsets, epochs, retention and idempotency keys are cluster-wide. Key names come from
 * `redis/keys.ts` (encoded, hash-tagged per topic). Each operation is one Lua script, atomic on
 * the server:
 *
 * - **epoch**: kept in the topic's meta hash (`e`), created together with the topic's offset
 *   counter (`n`). When the meta hash is gone (a flush, a restart without persistence, an
 *   expired topic) the next append or position check creates a new random epoch and drops any
 *   stream left behind, so a resume from the old epoch gets CODE_UNRECOVERABLE_POSITION instead of
 *   a silent gap.
 * - **offset**: `HINCRBY n 1`, used as the explicit stream entry id `<offset>-0`; strictly
 *   increasing per topic within an epoch. `read` is `XRANGE (<after>-0 +`.
 * - **retention**: `XADD MAXLEN <maxMessagesPerTopic>` (exact) and, per append, at most 32 entries
 *   older than `maxAgeMs` are deleted from the head (bounded work; reads skip expired entries).
 * - **idempotency**: a hash per (topic, key) holding the first append's position and expiry,
 *   with `PEXPIRE dedupeWindowMs`; checked and written inside the append script, so concurrent
 *   appends on any nodes store a key once.
 * - **TTL**: every append (and position check that creates a topic) sets `PEXPIRE topicTtlMs` on
 *   the topic's meta hash and stream: a topic not written for that long disappears; written
 *   again, it starts in a new epoch.
 *
 * `append` resolves only after the script (and so the XADD) returned. Any Redis failure, or a
 * disconnected client (no offline queue), rejects with RelayError(CODE_UNAVAILABLE).
 */
import { Code } from '@zerorelay/protocol'
import type { Redis } from 'ioredis'
import { RelayError } from '../errors.js'
import { openRedisConnection, ReadyWaiters, type RedisConnectionOptions } from '../redis/client.js'
import { createKeyspace } from '../redis/keys.js'
import { randomHex } from '../util/random.js'
import type { Appended, HistoryStore, Position, StoredMessage } from './store.js'

/** Options of the Redis history store. */
export interface RedisHistoryOptions extends RedisConnectionOptions {
  /** Prefix of every key (`redis.keyPrefix`). */
  readonly keyPrefix: string
  /** Messages kept per topic; 0 keeps none (offsets still increase). */
  readonly maxMessagesPerTopic: number
  /** Age limit in milliseconds; 0: none. */
  readonly maxAgeMs: number
  /** Idempotency window in milliseconds; 0: keys are ignored. */
  readonly dedupeWindowMs: number
  /** Keys of a topic not written for this long expire, in milliseconds; 0: never. */
  readonly topicTtlMs: number
  /** Clock in milliseconds since the Unix epoch. Default: Date.now. */
  readonly now?: () => number
}

/** The Redis history store, plus what tests need. */
export interface RedisHistoryStore extends HistoryStore {
  /** Resolves once connected; rejects after `timeoutMs`. */
  whenReady(timeoutMs: number): Promise<void>
}

const APPEND_LUA = `
local meta, stream, idem = KEYS[1], KEYS[2], KEYS[3]
local now = tonumber(ARGV[2])
local ttl = tonumber(ARGV[5])
local epoch = redis.call('HGET', meta, 'e')
if not epoch then
  redis.call('DEL', stream)
  epoch = ARGV[1]
  redis.call('HSET', meta, 'e', epoch, 'n', 0)
end
local window = tonumber(ARGV[6])
if ARGV[10] == '1' then
  local seen = redis.call('HMGET', idem, 'e', 'o', 'x')
  if seen[1] == epoch and seen[3] and tonumber(seen[3]) > now then
    return {epoch, seen[2], 1}
  end
end
local n = redis.call('HINCRBY', meta, 'n', 1)
local offset = string.format('%d', n)
redis.call('XADD', stream, 'MAXLEN', ARGV[3], offset .. '-0', 'p', ARGV[8], 'h', ARGV[9], 't', ARGV[7])
local maxAge = tonumber(ARGV[4])
if maxAge > 0 then
  local cutoff = now - maxAge
  local head = redis.call('XRANGE', stream, '-', '+', 'COUNT', 32)
  for _, entry in ipairs(head) do
    local fields = entry[2]
    local t = nil
    for j = 1, #fields, 2 do
      if fields[j] == 't' then t = tonumber(fields[j + 1]) end
    end
    if t ~= nil and t >= cutoff then break end
    redis.call('XDEL', stream, entry[1])
  end
end
if ARGV[10] == '1' then
  redis.call('HSET', idem, 'e', epoch, 'o', offset, 'x', string.format('%d', now + window))
  redis.call('PEXPIRE', idem, window)
end
if ttl > 0 then
  redis.call('PEXPIRE', meta, ttl)
  redis.call('PEXPIRE', stream, ttl)
end
return {epoch, offset, 0}
`

const POSITION_LUA = `
local v = redis.call('HMGET', KEYS[1], 'e', 'n')
if v[1] then return {v[1], v[2]} end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[1], 'e', ARGV[1], 'n', 0)
local ttl = tonumber(ARGV[2])
if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
return {ARGV[1], '0'}
`

const READ_LUA = `
local epoch = redis.call('HGET', KEYS[1], 'e')
if not epoch then return {} end
local limit = tonumber(ARGV[2])
local cutoff = tonumber(ARGV[3])
local out = {epoch}
local start = '(' .. ARGV[1] .. '-0'
for _ = 1, 8 do
  local rows = redis.call('XRANGE', KEYS[2], start, '+', 'COUNT', limit)
  for _, entry in ipairs(rows) do
    local fields = entry[2]
    local p, h, t = '', '{}', 0
    for j = 1, #fields, 2 do
      local k = fields[j]
      if k == 'p' then p = fields[j + 1] elseif k == 'h' then h = fields[j + 1] elseif k == 't' then t = fields[j + 1] end
    end
    if tonumber(t) >= cutoff then
      out[#out + 1] = entry[1]
      out[#out + 1] = p
      out[#out + 1] = h
      out[#out + 1] = t
      if (#out - 1) / 4 >= limit then return out end
    end
    start = '(' .. entry[1]
  end
  if #rows < limit then return out end
end
return out
`

interface ScriptClient {
  zrAppend(...args: (string | Buffer | number)[]): Promise<[string, string, number]>
  zrPosition(...args: string[]): Promise<[string, string]>
  zrReadBuffer(...args: string[]): Promise<Buffer[]>
}

const unavailable = (cause?: unknown) =>
  new RelayError(Code.CODE_UNAVAILABLE, 'history store unavailable', cause === undefined ? undefined : { cause })

/** Creates a Redis history store; connects in the background (see `isReady` / `whenReady`). */
export function createRedisHistoryStore(options: RedisHistoryOptions): RedisHistoryStore {
  const keys = createKeyspace(options.keyPrefix)
  const now = options.now ?? Date.now
  const ready = new ReadyWaiters(
    () => connection.isReady(),
    () => unavailable(),
  )
  const connection = openRedisConnection(options, 'zerorelay-history', { onReady: () => ready.wake() })
  const scripted = new WeakSet<Redis>()

  /** The connected client with the scripts defined, or UNAVAILABLE. */
  const client = (): ScriptClient => {
    const c = connection.client
    if (c === undefined || !connection.isReady()) throw unavailable()
    if (!scripted.has(c)) {
      c.defineCommand('zrAppend', { numberOfKeys: 3, lua: APPEND_LUA })
      c.defineCommand('zrPosition', { numberOfKeys: 2, lua: POSITION_LUA })
      c.defineCommand('zrRead', { numberOfKeys: 2, lua: READ_LUA })
      scripted.add(c)
    }
    return c as unknown as ScriptClient
  }

  const call = async <T>(run: (c: ScriptClient) => Promise<T>): Promise<T> => {
    const c = client()
    try {
      return await run(c)
    } catch (err) {
      throw err instanceof RelayError ? err : unavailable(err)
    }
  }

  return {
    async append(tenant, topic, message, appendOptions): Promise<Appended> {
      const k = keys.topic(tenant, topic)
      const idempotencyKey = appendOptions?.idempotencyKey ?? ''
      const useKey = idempotencyKey !== '' && options.dedupeWindowMs > 0
      const payload = Buffer.from(message.payload.buffer, message.payload.byteOffset, message.payload.byteLength)
      const [epoch, offset, duplicate] = await call((c) =>
        c.zrAppend(
          k.meta,
          k.stream,
          useKey ? keys.idempotencyKey(k, idempotencyKey) : k.meta,
          randomHex(8),
          String(now()),
          String(options.maxMessagesPerTopic),
          String(options.maxAgeMs),
          String(options.topicTtlMs),
          String(options.dedupeWindowMs),
          String(message.publishedAtMs),
          payload,
          JSON.stringify(message.headers),
          useKey ? '1' : '0',
        ),
      )
      return { epoch, offset: BigInt(offset), duplicate: duplicate === 1 }
    },
    async position(tenant, topic): Promise<Position> {
      const k = keys.topic(tenant, topic)
      const [epoch, offset] = await call((c) =>
        c.zrPosition(k.meta, k.stream, randomHex(8), String(options.topicTtlMs)),
      )
      return { epoch, offset: BigInt(offset) }
    },
    async read(tenant, topic, afterOffset, limit) {
      if (limit <= 0) return []
      const k = keys.topic(tenant, topic)
      const cutoff = options.maxAgeMs > 0 ? now() - options.maxAgeMs : Number.MIN_SAFE_INTEGER
      const reply = await call((c) =>
        c.zrReadBuffer(k.meta, k.stream, afterOffset.toString(), String(limit), String(cutoff)),
      )
      if (reply.length === 0) return []
      const epoch = (reply[0] as Buffer).toString('utf8')
      const out: (StoredMessage & Position)[] = []
      for (let i = 1; i + 3 < reply.length; i += 4) {
        const id = (reply[i] as Buffer).toString('latin1')
        const payload = new Uint8Array(reply[i + 1] as Buffer)
        let headers: Record<string, string>
        try {
          headers = JSON.parse((reply[i + 2] as Buffer).toString('utf8')) as Record<string, string>
        } catch (err) {
          throw unavailable(err)
        }
        out.push({
          epoch,
          offset: BigInt(id.slice(0, id.indexOf('-'))),
          payload,
          headers,
          publishedAtMs: Number((reply[i + 3] as Buffer).toString('latin1')),
        })
      }
      return out
    },
    isReady: () => connection.isReady(),
    whenReady: (timeoutMs) => ready.wait(timeoutMs),
    close: () => connection.close(),
  }
}
