/**
 * Event-loop lag sampler: schedules a timer every `intervalMs` and records how late it fired
 * (`zerorelay_event_loop_lag_seconds`). Runtime-free: uses the injected timers and
 * `performance.now()`.
 */
import type { Gauge } from 'prom-client'
import type { Timers } from '../session/session.js'

/** Starts sampling; returns the stop function. */
export function startEventLoopLagSampler(gauge: Gauge, timers: Timers, intervalMs = 1_000): () => void {
  let handle: unknown
  let stopped = false
  const tick = (expectedAt: number) => {
    handle = timers.setTimeout(() => {
      if (stopped) return
      const now = performance.now()
      gauge.set(Math.max(0, now - expectedAt) / 1000)
      tick(now + intervalMs)
    }, intervalMs)
    ;(handle as { unref?: () => void } | undefined)?.unref?.()
  }
  tick(performance.now() + intervalMs)
  return () => {
    stopped = true
    timers.clearTimeout(handle)
  }
}
