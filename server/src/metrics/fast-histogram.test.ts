import { Histogram, Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { FastHistogram } from './fast-histogram.js'

const BUCKETS = [0.001, 0.01, 0.1, 1]

function pair() {
  const fastRegistry = new Registry()
  const promRegistry = new Registry()
  const config = { name: 'x_seconds', help: 'Some lag.', buckets: BUCKETS }
  const fast = new FastHistogram({ ...config, registers: [fastRegistry] })
  const prom = new Histogram({ ...config, registers: [promRegistry] })
  return { fast, prom, fastRegistry, promRegistry }
}

describe('FastHistogram', () => {
  it('renders exactly like a label-free prom-client Histogram, empty and after observations', async () => {
    const { fast, prom, fastRegistry, promRegistry } = pair()
    expect(await fastRegistry.metrics()).toBe(await promRegistry.metrics())
    // Bucket edges are inclusive; 0 and values past the last bucket included.
    for (const v of [0, 0.001, 0.0011, 0.01, 0.05, 0.1, 0.5, 1, 1.5, 30]) {
      fast.observe(v)
      prom.observe(v)
    }
    const text = await fastRegistry.metrics()
    expect(text).toBe(await promRegistry.metrics())
    expect(text).toContain('x_seconds_bucket{le="0.001"} 2')
    expect(text).toContain('x_seconds_count 10')
    expect(await fastRegistry.getMetricsAsJSON()).toEqual(await promRegistry.getMetricsAsJSON())
  })

  it('resets with the registry', async () => {
    const { fast, prom, fastRegistry, promRegistry } = pair()
    fast.observe(0.5)
    prom.observe(0.5)
    fastRegistry.resetMetrics()
    promRegistry.resetMetrics()
    const promText = (await promRegistry.metrics()).replace(/x_seconds_bucket[^\n]*\n/g, '')
    const fastText = (await fastRegistry.metrics()).replace(/x_seconds_bucket[^\n]*\n/g, '')
    // prom-client drops the label-free series on reset; both must report no observations.
    expect(fastText).toContain('x_seconds_count 0')
    expect(promText).not.toContain('x_seconds_count 1')
  })

  it('refuses buckets that are not ascending', () => {
    expect(() => new FastHistogram({ name: 'y', help: 'h', buckets: [1, 1] })).toThrow(/ascending/)
  })
})
