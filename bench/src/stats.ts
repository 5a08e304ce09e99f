/**
 * Statistics helpers: a fixed-size log-linear latency histogram (O(1) record, < 1 % bucket
 * error, no allocation per sample) and median/min/max summaries of repeated runs.
 */

const EXACT = 256 // values below are their own bucket
const SUB_BITS = 7 // 128 sub-buckets per power of two above EXACT
const SUB = 1 << SUB_BITS
const MAX_EXP = 31 // samples are capped below 2^31 µs (≈ 36 min)
const MAX_US = 2 ** 31 - 1

/** Quantiles stored in every latency result (and plotted). */
export const LATENCY_QUANTILES = [0.5, 0.75, 0.9, 0.95, 0.99, 0.995, 0.999, 0.9999] as const

/** A latency histogram in microseconds. */
export class Histogram {
  private readonly buckets = new Uint32Array(EXACT + (MAX_EXP - 8) * SUB)
  /** Samples recorded. */
  count = 0
  /** Largest sample, in microseconds. */
  maxUs = 0
  private sumUs = 0

  /** Records one sample, in milliseconds (negative values count as 0). */
  recordMs(ms: number): void {
    const us = ms <= 0 ? 0 : ms >= MAX_US / 1000 ? MAX_US : (ms * 1000 + 0.5) | 0
    const b = bucketOf(us)
    this.buckets[b] = (this.buckets[b] as number) + 1
    this.count++
    this.sumUs += us
    if (us > this.maxUs) this.maxUs = us
  }

  /** Forgets every sample. */
  reset(): void {
    this.buckets.fill(0)
    this.count = 0
    this.maxUs = 0
    this.sumUs = 0
  }

  /** The value at quantile `q` (0..1), in milliseconds; NaN when empty. */
  quantileMs(q: number): number {
    if (this.count === 0) return Number.NaN
    const rank = Math.max(1, Math.ceil(q * this.count))
    let seen = 0
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i] as number
      if (seen >= rank) return Math.min(valueOf(i), this.maxUs) / 1000
    }
    return this.maxUs / 1000
  }

  /** Mean, in milliseconds. */
  meanMs(): number {
    return this.count === 0 ? Number.NaN : this.sumUs / this.count / 1000
  }
}

/** Bucket of an integer microsecond value below 2^31 (clz32 instead of log2: this is the hot path). */
function bucketOf(us: number): number {
  if (us < EXACT) return us
  const e = 31 - Math.clz32(us)
  return EXACT + (e - 8) * SUB + ((us >>> (e - SUB_BITS)) - SUB)
}

/** Middle of bucket `i`, in microseconds. */
function valueOf(i: number): number {
  if (i < EXACT) return i
  const e = Math.floor((i - EXACT) / SUB) + 8
  const sub = (i - EXACT) % SUB
  const width = 2 ** (e - SUB_BITS)
  return (SUB + sub) * width + width / 2
}

/** Median with the range of repeated measurements. */
export interface Summary {
  median: number
  min: number
  max: number
  n: number
}

/** Summarises finite values; undefined when there are none. */
export function summarize(values: readonly number[]): Summary | undefined {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return undefined
  const mid = Math.floor(v.length / 2)
  const median = v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2
  return { median, min: v[0] as number, max: v[v.length - 1] as number, n: v.length }
}

/** Formats a number compactly: 3.08M, 168k, 5.64, 0.183. */
export function fmt(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '–'
  const a = Math.abs(x)
  if (Number.isInteger(x) && a < 1e4) return String(x)
  if (a >= 1e6) return `${(x / 1e6).toFixed(2)}M`
  if (a >= 1e4) return `${(x / 1e3).toFixed(0)}k`
  if (a >= 100) return x.toFixed(0)
  if (a >= 10) return x.toFixed(1)
  if (a >= 1) return x.toFixed(2)
  if (a === 0) return '0'
  return x.toFixed(3)
}

/** "median [min–max]" (just the median when n = 1). */
export function fmtSummary(s: Summary | undefined): string {
  if (s === undefined) return '–'
  if (s.n === 1 || s.min === s.max) return fmt(s.median)
  return `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]`
}
