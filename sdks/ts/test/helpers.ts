/** Test helpers for the SDK suites. */
import type { Client, StatusEvent } from '../src/client.js'
import type { Delivery, Subscription } from '../src/subscription.js'

/** A seeded PRNG (mulberry32) in [0, 1): deterministic "random" jitter for tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Reads `n` deliveries without ending the subscription (no `break`, so no unsubscribe). */
export async function take(sub: Subscription, n: number, timeoutMs = 5_000): Promise<Delivery[]> {
  const it = sub[Symbol.asyncIterator]()
  const out: Delivery[] = []
  const deadline = Date.now() + timeoutMs
  while (out.length < n) {
    const left = deadline - Date.now()
    const r = await Promise.race([
      it.next(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`timed out after ${out.length}/${n}`)), left),
      ),
    ])
    if (r.done) throw new Error(`subscription ended after ${out.length}/${n} deliveries`)
    out.push(r.value)
  }
  return out
}

/** A recorder of status events that can wait for the n-th event of a type. */
export function watchStatus(client: Client): {
  events: StatusEvent[]
  next<T extends StatusEvent['type']>(
    type: T,
    n?: number,
    timeoutMs?: number,
  ): Promise<Extract<StatusEvent, { type: T }>>
} {
  const events: StatusEvent[] = []
  const waiters = new Set<() => void>()
  void (async () => {
    for await (const e of client.status()) {
      events.push(e)
      for (const w of [...waiters]) w()
    }
  })()
  return {
    events,
    next(type, n = 1, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.filter((e) => e.type === type)[n - 1]
          if (found) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve(found as never)
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`timed out waiting for status ${type} #${n}`))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
  }
}

/** Resolves after `ms`; only for asserting that something does NOT happen. */
export function quietPeriod(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
