import Long from 'long'

/**
 * A 64-bit unsigned value as protobufjs hands it out (`Long` or `number`) or as
 * callers hold it (`bigint`, decimal `string`).
 */
export type U64Like = bigint | number | string | Long | null | undefined

/** 2^64 - 1, the largest uint64. */
export const U64_MAX = (1n << 64n) - 1n

/**
 * Converts any 64-bit representation to a `bigint`, without precision loss.
 * `null`/`undefined` become `0n`. Throws RangeError for values outside uint64.
 */
export function toU64(value: U64Like): bigint {
  if (value === null || value === undefined) return 0n
  let n: bigint
  switch (typeof value) {
    case 'bigint':
      n = value
      break
    case 'number':
      if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`)
      n = BigInt(value)
      break
    case 'string':
      if (!/^(0|[1-9][0-9]{0,19})$/.test(value)) throw new RangeError(`not a uint64: ${JSON.stringify(value)}`)
      n = BigInt(value)
      break
    default:
      // Long: assemble from its two 32-bit halves, read as unsigned.
      n = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0)
  }
  if (n < 0n || n > U64_MAX) throw new RangeError(`out of uint64 range: ${n}`)
  return n
}

/**
 * Converts a `bigint` to the representation protobufjs encodes exactly: a plain
 * `number` when it is a safe integer (the fast path), otherwise an unsigned `Long`.
 * Never pass a `bigint` to protobufjs directly: it encodes it as 0.
 */
export function fromU64(value: bigint): number | Long {
  if (value < 0n || value > U64_MAX) throw new RangeError(`out of uint64 range: ${value}`)
  if (value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value)
  return Long.fromBits(Number(value & 0xffffffffn) | 0, Number(value >> 32n) | 0, true)
}
