/**
 * Redis key and channel names of a (tenant, topic), built by encoding, never by plain string
 * concatenation of user input:
 *
 * - every user-supplied part (tenant, topic, idempotency key) is percent-encoded byte-wise:
 *   bytes outside `[A-Za-z0-9_.-]` become `%XX` (upper-case hex), so an encoded part never
 *   contains `:`, `{`, `}`, `%`-ambiguity, whitespace or a Redis glob character (`* ? [ ] \`);
 * - parts are joined with `:`, which cannot occur inside an encoded part, so the encoding is
 *   injective: two different (tenant, topic) pairs never share a key or a channel;
 * - the encoded `(tenant:topic)` sits inside a `{...}` hash tag, so every key and the channel of
 *   one topic map to one Redis Cluster slot (the tenant's wildcard channel uses `{tenant}`).
 *
 * Layout (`p` = the configured key prefix, `T` = encoded tenant, `S` = encoded topic):
 * `p:{T:S}:m` meta hash (epoch, last offset), `p:{T:S}:s` stream, `p:{T:S}:i:K` idempotency key,
 * `p:{T:S}:c` the topic's channel, `p:{T}:w` the tenant's wildcard channel.
 */

/** Key prefixes may use only these characters (no glob, hash-tag or separator surprises). */
export const KEY_PREFIX_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/

const SAFE = new Uint8Array(256)
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-') SAFE[c.charCodeAt(0)] = 1
const HEX = '0123456789ABCDEF'
const encoder = new TextEncoder()

/** Percent-encodes the UTF-8 bytes of `part` outside `[A-Za-z0-9_.-]`. Injective; the output is ASCII. */
export function encodePart(part: string): string {
  let plain = true
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i)
    if (c > 127 || SAFE[c] === 0) {
      plain = false
      break
    }
  }
  if (plain) return part
  let out = ''
  for (const b of encoder.encode(part)) {
    out += SAFE[b] === 1 ? String.fromCharCode(b) : `%${HEX[b >> 4]}${HEX[b & 15]}`
  }
  return out
}

/** Decodes `encodePart` output (for diagnostics and tests). */
export function decodePart(encoded: string): string {
  return decodeURIComponent(encoded)
}

/** The Redis names of one topic. */
export interface TopicKeys {
  /** Hash: `epoch`, `seq` (last offset). */
  readonly meta: string
  /** Stream of stored messages, entry ids `<offset>-0`. */
  readonly stream: string
  /** Prefix of the topic's idempotency keys (append the encoded key). */
  readonly idempotencyPrefix: string
  /** Sharded pub/sub channel of the topic. */
  readonly channel: string
}

/** Builds key and channel names under one validated prefix. */
export interface RedisKeyspace {
  readonly prefix: string
  topic(tenant: string, topic: string): TopicKeys
  /** The idempotency key of `key` for a topic. */
  idempotencyKey(keys: TopicKeys, key: string): string
  /** The tenant's wildcard channel (every publish of the tenant is also sent here). */
  wildcardChannel(tenant: string): string
}

/** Creates a keyspace; throws on a prefix outside `KEY_PREFIX_PATTERN`. */
export function createKeyspace(prefix: string): RedisKeyspace {
  if (!KEY_PREFIX_PATTERN.test(prefix)) throw new Error(`invalid Redis key prefix ${JSON.stringify(prefix)}`)
  return {
    prefix,
    topic(tenant, topic) {
      const base = `${prefix}:{${encodePart(tenant)}:${encodePart(topic)}}`
      return { meta: `${base}:m`, stream: `${base}:s`, idempotencyPrefix: `${base}:i:`, channel: `${base}:c` }
    },
    idempotencyKey: (keys, key) => `${keys.idempotencyPrefix}${encodePart(key)}`,
    wildcardChannel: (tenant) => `${prefix}:{${encodePart(tenant)}}:w`,
  }
}
