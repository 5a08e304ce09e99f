import { describe, expect, it } from 'vitest'
import { checkGoals, renderGoals, renderTables } from './report.js'
import type { ResultsDocument, RunRecord, ScenarioName } from './types.js'

function run(
  target: string,
  scenario: ScenarioName,
  metrics: Record<string, number>,
  extra: Partial<RunRecord> = {},
): RunRecord {
  return { target, scenario, rep: 1, attempt: 1, status: 'ok', isDisturbed: false, metrics, runMs: 1, ...extra }
}

function doc(runs: RunRecord[]): ResultsDocument {
  const t = (name: string, runtime: string, kind: string) => ({ name, runtime, kind, version: 'v', description: 'd' })
  return {
    schema: 'zerorelay-bench/1',
    startedAt: 's',
    finishedAt: 'f',
    mode: 'quick',
    options: { scenarios: ['A', 'D', 'E'], targets: [], reps: 1, isPinned: true, foreignCpuLimitPct: 10 },
    params: {},
    environment: {},
    targets: [
      t('zerorelay-node', 'node', 'zerorelay'),
      t('node-ws', 'node', 'baseline'),
      t('nats', 'go', 'peer'),
      t('socketio', 'node', 'peer'),
    ],
    runs,
  }
}

describe('checkGoals()', () => {
  const d = doc([
    run('zerorelay-node', 'A', { deliveriesPerSec: 3_000_000, serverNsPerDelivery: 330, healthySubscribers: 1000 }),
    run('node-ws', 'A', { deliveriesPerSec: 3_100_000, serverNsPerDelivery: 300, healthySubscribers: 1000 }),
    run('nats', 'A', { deliveriesPerSec: 2_500_000 }),
    run('socketio', 'A', { deliveriesPerSec: 60_000 }),
    run('zerorelay-node', 'D', {}, { status: 'n/a', note: 'n/a (not implemented): no feature' }),
    run(
      'zerorelay-node',
      'E',
      {
        deliveriesPerSec: 2_000_000,
        perSubscriberPerSec: 2_800,
        healthySubscribers: 950,
        slowSubscribers: 50,
        slowClosed: 0,
        slowClosedByRelay: 50,
      },
      { isDisturbed: true },
    ),
  ])
  const byGoal = (prefix: string) => checkGoals(d).find((g) => g.goal.startsWith(prefix))

  it('compares with the same runtime baseline and the peers', () => {
    expect(byGoal('fanout CPU')?.value).toBeCloseTo(1.1)
    expect(byGoal('fanout CPU')?.isMet).toBe(true)
    expect(byGoal('deliveries/s ÷ NATS')?.value).toBeCloseTo(1.2)
    expect(byGoal('deliveries/s ÷ NATS')?.isMet).toBe(false)
    expect(byGoal('deliveries/s ÷ Socket.IO')?.isMet).toBe(true)
    expect(byGoal('slow-reader')?.value).toBeCloseTo(2800 / 3000)
    expect(byGoal('slow-reader')?.isMet).toBe(true)
  })

  it('reports unmeasured goals as such, n/a features as not implemented, disturbed runs as disturbed', () => {
    expect(byGoal('latency')?.isMet).toBeUndefined()
    const md = renderGoals(d)
    expect(md).toMatch(/at-least-once[^\n]*n\/a \(not implemented\)/)
    expect(md).toMatch(/latency p99[^\n]*not measured/)
    expect(md).toMatch(/slow-reader[^\n]*\(disturbed runs\)/)
  })

  it('renders a table row per target with its ratio to the runtime baseline', () => {
    const md = renderTables(d)
    expect(md).toMatch(/\| zerorelay-node \| 3\.00M \| 0\.968 \| 330 \|/)
    expect(md).toContain('- D zerorelay-node: n/a — n/a (not implemented): no feature')
    // E: what the slow readers saw of their close, and what the relay counted.
    expect(md).toMatch(/\| zerorelay-node \| 2\.00M \| 0\.933 \|[^\n]*\| 0 of 50 \| 50 \|/)
  })
})
