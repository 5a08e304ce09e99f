import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../config/load.js'
import { createSlowConsumerPolicy, tenantLimitsOf } from './policy.js'

describe('createSlowConsumerPolicy()', () => {
  it('applies the longest namespace that covers the topic, token-wise', () => {
    const policy = createSlowConsumerPolicy({
      policy: 'disconnect',
      namespaces: [
        { prefix: 'telemetry', policy: 'drop' },
        { prefix: 'telemetry.alerts', policy: 'disconnect' },
      ],
    })
    expect(policy('telemetry')).toBe('drop')
    expect(policy('telemetry.cpu.0')).toBe('drop')
    expect(policy('telemetry.alerts')).toBe('disconnect')
    expect(policy('telemetry.alerts.x')).toBe('disconnect')
    expect(policy('telemetry2')).toBe('disconnect')
    expect(policy('chat.room')).toBe('disconnect')
  })

  it('uses the default policy without namespaces', () => {
    expect(createSlowConsumerPolicy({ policy: 'drop', namespaces: [] })('x')).toBe('drop')
  })
})

describe('tenantLimitsOf()', () => {
  it('merges per-tenant overrides over the node-wide defaults and caps maxFrameBytes by the node limit', () => {
    const config = resolveConfig({
      limits: { maxFrameBytes: 1_000, bytesBurst: 1_000 },
      tenantLimits: { maxConnections: 50 },
      tenants: {
        small: { limits: { maxConnections: 2, maxFrameBytes: 100 } },
        big: { limits: { maxFrameBytes: 5_000 } },
      },
    })
    const of = tenantLimitsOf(config)
    expect(of('small')).toMatchObject({ maxConnections: 2, maxFrameBytes: 100, maxTopics: 100_000 })
    expect(of('other')).toMatchObject({ maxConnections: 50, maxFrameBytes: 1_000 })
    expect(of('big').maxFrameBytes).toBe(1_000)
  })
})
