import { describe, expect, it } from 'vitest'
import { parseArgs } from './cli.js'
import { Histogram, summarize } from './stats.js'

describe('Histogram', () => {
  it('answers quantiles within 1 % across magnitudes', () => {
    const h = new Histogram()
    for (let i = 1; i <= 10_000; i++) h.recordMs(i / 10) // 0.1 .. 1000 ms
    expect(h.count).toBe(10_000)
    expect(h.quantileMs(0.5)).toBeCloseTo(500, -1)
    expect(Math.abs(h.quantileMs(0.99) - 990) / 990).toBeLessThan(0.01)
    expect(Math.abs(h.quantileMs(0.001) - 1) / 1).toBeLessThan(0.01) // the 10th sample
    expect(h.quantileMs(0.0001)).toBe(0.1) // below 256 µs buckets are exact
    expect(h.maxUs).toBe(1_000_000)
    h.reset()
    expect(Number.isNaN(h.quantileMs(0.5))).toBe(true)
  })
})

describe('summarize()', () => {
  it('gives median, min and max of finite values', () => {
    expect(summarize([3, 1, Number.NaN, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 })
    expect(summarize([4, 1])).toEqual({ median: 2.5, min: 1, max: 4, n: 2 })
    expect(summarize([Number.NaN])).toBeUndefined()
  })
})

describe('parseArgs()', () => {
  it('reads the issue #10 options', () => {
    const a = parseArgs(['--scenario', 'a,C', '--targets=bun,nats', '--reps', '2', '--quick'])
    expect(a.scenarios).toEqual(['A', 'C'])
    expect(a.targets).toEqual(['bun', 'nats'])
    expect(a.reps).toBe(2)
    expect(a.mode).toBe('quick')
  })

  it('defaults smoke mode to scenario A, node-ws and zerorelay-node', () => {
    const a = parseArgs(['--smoke'])
    expect(a.scenarios).toEqual(['A'])
    expect(a.targets).toEqual(['node-ws', 'zerorelay-node'])
    expect(a.reps).toBe(1)
  })

  it('rejects unknown options and scenarios', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/)
    expect(() => parseArgs(['--scenario', 'Z'])).toThrow(/unknown scenario/)
    expect(() => parseArgs(['--reps', '0'])).toThrow(/positive/)
  })
})
