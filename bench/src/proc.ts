/**
 * Process plumbing for the harness (Linux only): CPU and memory accounting from /proc,
 * pinned child processes, and a registry that kills every child on exit or failure.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'

let clockTicks: number | undefined
let setprivAvailable: boolean | undefined

/** Whether util-linux `setpriv` (for `--pdeathsig`) is on PATH. */
function hasSetpriv(): boolean {
  if (setprivAvailable === undefined) {
    try {
      execFileSync('setpriv', ['--version'], { stdio: 'ignore' })
      setprivAvailable = true
    } catch {
      setprivAvailable = false
    }
  }
  return setprivAvailable
}

/** Kernel clock ticks per second (`getconf CLK_TCK`, 100 on every common Linux). */
export function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      clockTicks = 100
    }
  }
  return clockTicks
}

/** CPU time (user + system, all threads) of process `pid` in milliseconds, from /proc/<pid>/stat. */
export function processCpuMs(pid: number | 'self'): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'latin1')
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const utime = Number(fields[11])
  const stime = Number(fields[12])
  return ((utime + stime) * 1000) / ticksPerSecond()
}

/** Resident set size of process `pid`, in bytes (VmRSS). */
export function processRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'latin1')
  const m = /^VmRSS:\s+(\d+) kB/m.exec(status)
  return m ? Number(m[1]) * 1024 : Number.NaN
}

/** Machine-wide CPU counters in milliseconds: busy (not idle/iowait) and total, summed over CPUs. */
export function systemCpuMs(): { busyMs: number; totalMs: number } {
  const line = readFileSync('/proc/stat', 'latin1').split('\n', 1)[0] ?? ''
  const v = line.trim().split(/\s+/).slice(1).map(Number)
  // user nice system idle iowait irq softirq steal (guest time is already inside user)
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0)
  const idle = (v[3] ?? 0) + (v[4] ?? 0)
  const k = 1000 / ticksPerSecond()
  return { busyMs: (total - idle) * k, totalMs: total * k }
}

/** Options of a pinned child. */
export interface SpawnOptions {
  /** CPU to pin to (`taskset -c`); undefined: not pinned. */
  cpu?: number
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Prefix for forwarded lines (`isVerbose`); output is otherwise kept silent but its tail is retained. */
  label: string
  /** Forward the child's stderr and stdout lines to our stderr (labelled). */
  isVerbose?: boolean
}

/** A child process started by the harness. */
export interface Child {
  readonly proc: ChildProcess
  readonly pid: number
  /** Every stdout line so far. */
  readonly lines: string[]
  /** Registers a listener for each further stdout line; returns a function that removes it. */
  onLine(listener: (line: string) => void): () => void
  /** The last lines of output, stderr and stdout (for error messages). */
  stderrTail(): string
  /** Resolves with the exit code (or signal name) once the process is gone. */
  readonly exited: Promise<number | string>
  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves when it is gone. */
  stop(graceMs?: number): Promise<void>
}

const live = new Set<Child>()

/**
 * Starts `cmd args` in its own process group, pinned with `taskset -c <cpu>` when asked and
 * with a parent-death signal (`setpriv --pdeathsig KILL`) where available. Both exec the
 * command, so `pid` is the command's own pid (the one to account).
 */
export function spawnChild(cmd: string, args: readonly string[], opts: SpawnOptions): Child {
  let [file, argv]: [string, readonly string[]] =
    opts.cpu === undefined ? [cmd, args] : ['taskset', ['-c', String(opts.cpu), cmd, ...args]]
  // If the harness itself is killed (SIGKILL: no exit hook runs), the kernel kills the child.
  if (hasSetpriv()) [file, argv] = ['setpriv', ['--pdeathsig', 'KILL', file, ...argv]]
  const proc = spawn(file, argv, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: stop() reaches helpers it spawned (e.g. esbuild)
  })
  if (proc.pid === undefined) throw new Error(`could not start ${cmd}`)
  const pid = proc.pid
  const tail: string[] = []
  const lines: string[] = []
  const listeners = new Set<(line: string) => void>()
  createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    lines.push(line)
    // --verbose shows stdout too: what `--trace-gc` and other V8 traces print (BENCH_SERVER_*_ARGS).
    if (opts.isVerbose) process.stderr.write(`[${opts.label}] ${line}\n`)
    if (lines.length > 1000) lines.splice(0, lines.length - 100)
    // Servers may log their fatal error to stdout (pino), so the tail keeps both streams.
    tail.push(line.length > 500 ? `${line.slice(0, 500)}…` : line)
    if (tail.length > 30) tail.shift()
    for (const l of listeners) l(line)
  })
  createInterface({ input: proc.stderr as NodeJS.ReadableStream }).on('line', (line) => {
    tail.push(line)
    if (tail.length > 30) tail.shift()
    if (opts.isVerbose) process.stderr.write(`[${opts.label}] ${line}\n`)
  })
  const exited = new Promise<number | string>((resolve) => {
    // 'close' (not 'exit'): stdio is drained by then, so stderrTail() is complete.
    proc.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown'))
    proc.on('error', (err) => {
      tail.push(String(err))
      resolve('spawn-error')
    })
  })
  const child: Child = {
    proc,
    pid,
    lines,
    onLine(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    stderrTail: () => tail.join('\n'),
    exited,
    async stop(graceMs = 3000) {
      signalGroup(pid, 'SIGTERM')
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
      // The leader is gone; make sure nothing it started survives.
      signalGroup(pid, 'SIGKILL')
      live.delete(child)
    },
  }
  live.add(child)
  return child
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

const cleanups = new Set<() => void>()

/**
 * Registers a synchronous cleanup (e.g. removing a temporary config directory) that also runs
 * when the harness exits early. Returns a function that runs it now and unregisters it.
 */
export function registerCleanup(fn: () => void): () => void {
  cleanups.add(fn)
  return () => {
    if (cleanups.delete(fn)) fn()
  }
}

/** Kills every child the harness started that is still registered and runs pending cleanups (synchronous; for exit paths). */
export function killAllChildren(): void {
  for (const c of live) signalGroup(c.pid, 'SIGKILL')
  live.clear()
  for (const fn of cleanups) {
    try {
      fn()
    } catch {
      // best effort on the way out
    }
  }
  cleanups.clear()
}

/** Number of children started and not yet stopped. */
export function liveChildren(): number {
  return live.size
}

let hooksInstalled = false

/**
 * Makes sure children die with the harness: on normal exit, SIGINT/SIGTERM/SIGHUP and
 * uncaught errors. Idempotent.
 */
export function installCleanupHooks(): void {
  if (hooksInstalled) return
  hooksInstalled = true
  process.on('exit', killAllChildren)
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      killAllChildren()
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1))
    })
  }
}

/**
 * Waits for a stdout line matching `pattern` (e.g. /^READY (\d+)$/). Rejects when the
 * process exits first or after `timeoutMs`.
 */
export async function waitForLine(child: Child, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  for (const line of child.lines) {
    const m = pattern.exec(line)
    if (m) return m
  }
  let timer: NodeJS.Timeout | undefined
  let off = () => {}
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}`)), timeoutMs)
  })
  const exit = child.exited.then((code) => {
    throw new Error(`exited (${code}) before printing ${pattern}: ${child.stderrTail()}`)
  })
  exit.catch(() => {}) // only the race's outcome matters
  const found = new Promise<RegExpExecArray>((resolve) => {
    off = child.onLine((line) => {
      const m = pattern.exec(line)
      if (m) resolve(m)
    })
  })
  try {
    return await Promise.race([found, exit, timeout])
  } finally {
    clearTimeout(timer)
    off()
  }
}
