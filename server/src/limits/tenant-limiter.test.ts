import { describe, expect, it } from 'vitest'
import { createLocalTenantLimiter, type TenantLimits } from './tenant-limiter.js'

const limits: TenantLimits = {
  publishesPerSecond: 10,
  publishesBurst: 2,
  maxConnections: 2,
  maxSubscriptions: 3,
  maxTopics: 2,
  maxFrameBytes: 100,
}

function make(over: Record<string, Partial<TenantLimits>> = {}) {
  let now = 0
  const limiter = createLocalTenantLimiter({ limitsFor: (t) => ({ ...limits, ...over[t] }), now: () => now })
  return { limiter, setNow: (ms: number) => (now = ms) }
}

describe('createLocalTenantLimiter()', () => {
  it('keeps a publish bucket per tenant', () => {
    const { limiter } = make({ b: { publishesBurst: 1 } })
    expect(limiter.takePublish('a', 0)).toBe(0)
    expect(limiter.takePublish('a', 0)).toBe(0)
    expect(limiter.takePublish('a', 0)).toBe(100)
    expect(limiter.takePublish('b', 0)).toBe(0)
    expect(limiter.takePublish('b', 0)).toBe(100)
    expect(limiter.takePublish('a', 100)).toBe(0)
  })

  it('counts connections and subscriptions per tenant, and gives units back on release', () => {
    const { limiter } = make()
    expect(limiter.acquire('a', 'connections')).toBe(true)
    expect(limiter.acquire('a', 'connections')).toBe(true)
    expect(limiter.acquire('a', 'connections')).toBe(false)
    expect(limiter.acquire('b', 'connections')).toBe(true)
    limiter.release('a', 'connections')
    expect(limiter.acquire('a', 'connections')).toBe(true)
    for (let i = 0; i < 3; i++) expect(limiter.acquire('a', 'subscriptions')).toBe(true)
    expect(limiter.acquire('a', 'subscriptions')).toBe(false)
    expect(limiter.usage('a')).toEqual({ connections: 2, subscriptions: 3, topics: 0 })
  })

  it('counts distinct topics: more holders of one topic take no more units', () => {
    const { limiter } = make()
    expect(limiter.acquire('a', 'topics', 'x')).toBe(true)
    expect(limiter.acquire('a', 'topics', 'x')).toBe(true)
    expect(limiter.acquire('a', 'topics', 'y')).toBe(true)
    expect(limiter.acquire('a', 'topics', 'z')).toBe(false)
    limiter.release('a', 'topics', 'x')
    expect(limiter.acquire('a', 'topics', 'z')).toBe(false) // x still has a holder
    limiter.release('a', 'topics', 'x')
    expect(limiter.acquire('a', 'topics', 'z')).toBe(true)
    expect(limiter.usage('a').topics).toBe(2)
  })

  it('ignores releases it never granted (never goes negative)', () => {
    const { limiter } = make()
    limiter.release('nobody', 'connections')
    limiter.release('a', 'topics', 'never')
    limiter.acquire('a', 'connections')
    limiter.release('a', 'connections')
    limiter.release('a', 'connections')
    expect(limiter.usage('a')).toEqual({ connections: 0, subscriptions: 0, topics: 0 })
  })
})
