import { describe, expect, it } from 'vitest'
import { slowConsumersOf } from './zerorelay.js'

describe('slowConsumersOf()', () => {
  it("reads the relay's slow-consumer counter from its Prometheus text", () => {
    const text = [
      '# HELP zerorelay_slow_consumers_total Connections closed as slow consumers.',
      '# TYPE zerorelay_slow_consumers_total counter',
      'zerorelay_slow_consumers_total 50',
      'zerorelay_slow_consumer_actions_total{policy="disconnect",reason="unread"} 50',
    ].join('\n')
    expect(slowConsumersOf(text)).toBe(50)
    expect(slowConsumersOf('zerorelay_slow_consumers_total{node="a"} 7\n')).toBe(7)
    expect(slowConsumersOf('zerorelay_connections 3\n')).toBeNaN()
  })
})
