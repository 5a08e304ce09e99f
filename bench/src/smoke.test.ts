import { describe, expect, it } from 'vitest'
import { failures } from './cli.js'
import { liveChildren } from './proc.js'
import { renderReport } from './report.js'
import { defaultTargets, runBench } from './run.js'
import { targetByName } from './targets/index.js'

describe('bench smoke (npm run bench:smoke)', () => {
  // Starts real servers and generator processes: give it more than the default 20 s on a loaded machine.
  it('delivers every message and produces a well-formed result', { timeout: 120_000 }, async () => {
    const targets = defaultTargets('smoke')
    const lines: string[] = []
    const doc = await runBench({
      mode: 'smoke',
      scenarios: ['A'],
      targets,
      reps: 1,
      onProgress: (l) => lines.push(l),
    })

    expect(doc.schema).toBe('zerorelay-bench/1')
    expect(doc.mode).toBe('smoke')
    expect(doc.params.A?.connections).toBeGreaterThan(0)
    expect(doc.targets.map((t) => t.name)).toEqual(targets)
    expect(doc.runs).toHaveLength(targets.length)
    expect(lines.filter((l) => l.startsWith('['))).toHaveLength(targets.length)

    for (const run of doc.runs) {
      const available = targetByName(run.target)?.unavailable() === undefined
      if (!available) {
        expect(run.status).toBe('skipped')
        continue
      }
      expect(run.status, `${run.target}: ${run.note ?? ''}`).toBe('ok')
      const m = run.metrics
      // Every subscriber got every publish, in order, exactly once.
      expect(m.published).toBeGreaterThan(0)
      expect(m.expectedDeliveries).toBe((m.published ?? 0) * (m.healthySubscribers ?? 0))
      expect(m.subscribers).toBe(doc.params.A?.connections)
      expect(m.missing).toBe(0)
      expect(m.duplicates).toBe(0)
      expect(m.outOfOrder).toBe(0)
      expect(m.closedHealthy).toBe(0)
      // Well-formed measurements (not a speed assertion).
      expect(m.deliveriesPerSec).toBeGreaterThan(0)
      expect(Number.isFinite(m.serverNsPerDelivery)).toBe(true)
      expect(run.window?.wallMs).toBeGreaterThan(0)
      expect(run.window?.serverCpuMs).toBeGreaterThanOrEqual(0)
      expect(run.latencyMs?.['0.5']).toBeGreaterThanOrEqual(0)
      expect(run.latencyMs?.max).toBeGreaterThanOrEqual(run.latencyMs?.['0.5'] ?? 0)
    }
    expect(doc.runs.some((r) => r.status === 'ok')).toBe(true)
    expect(failures(doc)).toEqual([])
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
    expect(renderReport(doc)).toContain('| node-ws |')
    // Every server and generator process was stopped.
    expect(liveChildren()).toBe(0)
  })
})
