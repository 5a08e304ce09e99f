/**
 * A flush scheduler shared by every outbound queue of a process: all flushes requested
 * during an event-loop turn run together once the turn ends, in request order; flushes
 * requested while they run go to the next turn. Runtime-neutral (`setImmediate` where the
 * runtime has it, else a zero timeout); the Node adapter keeps its own variant because it
 * also resets its per-turn frame cache.
 */
import { callEach, runTask } from '../util/call-each.js'

/** Creates a scheduler: `schedule(flush)` queues `flush` for the end of the current turn. */
export function createTurnScheduler(): (flush: () => void) => void {
  const defer: (fn: () => void) => void =
    typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0)
  let pending: (() => void)[] = []
  let isScheduled = false

  const runAll = (): void => {
    isScheduled = false
    const tasks = pending
    pending = []
    // One failing flush must not keep the other connections' frames queued.
    const failure = callEach(tasks, runTask)
    if (failure !== undefined) throw failure.err
  }

  return (flush) => {
    pending.push(flush)
    if (!isScheduled) {
      isScheduled = true
      defer(runAll)
    }
  }
}
