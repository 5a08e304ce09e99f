/**
 * The real entry point as a child process: zero-config start (dev token + wscat line),
 * graceful drain on SIGTERM (clients get 4000, exit code 0), and no dev token when real keys
 * are configured.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { SUBPROTOCOL_JSON } from '@zerorelay/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import { openClient } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const children: ChildProcess[] = []

/** Whether `taskset` (util-linux) can run here. */
function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0
}

/**
 * The runtime flags of a relay started through a launcher, which `exec`s the runtime (the child's
 * pid is the relay's): the arguments between the runtime's path and the entry `script`.
 */
function runtimeFlagsOf(pid: number | undefined, script = 'server/src/main.ts'): string[] {
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
  const at = argv.indexOf(script)
  expect(at).toBeGreaterThan(0)
  return argv.slice(1, at)
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL')
})

/** How `startEntry` starts the relay: tsx (as the tests run the sources), or a launcher exactly as npm runs it. */
const LAUNCHERS = {
  tsx: [process.execPath, '--import', 'tsx', 'server/src/main.ts'],
  'npm-start': ['bash', 'scripts/start.sh'],
  'start:deno': ['bash', 'scripts/start-deno.sh'],
  'start:deno-native': ['bash', 'scripts/start-deno.sh', '--native'],
} as const

/**
 * Starts the entry (see LAUNCHERS; the launchers `exec` the runtime, so signals reach the relay
 * itself). `wrapper` runs it under a command that `exec`s it in turn (e.g. `taskset -c 0`).
 */
function startEntry(
  args: string[],
  env: Record<string, string> = {},
  how: keyof typeof LAUNCHERS = 'tsx',
  wrapper: string[] = [],
) {
  const [command, ...launcherArgs] = LAUNCHERS[how]
  const argv = [...launcherArgs, ...args]
  const [wrapped, wrappedArgv] =
    wrapper.length === 0 ? [command, argv] : [wrapper[0] as string, [...wrapper.slice(1), command, ...argv]]
  const child = spawn(wrapped, wrappedArgv, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let out = ''
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString('utf8')
  })
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString('utf8')
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const waitFor = (re: RegExp, timeoutMs = 15_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout waiting for ${re}; output:\n${out}`)), timeoutMs)
      const check = () => {
        const m = re.exec(out)
        if (m) {
          clearTimeout(timer)
          resolve(m)
          return true
        }
        return false
      }
      if (check()) return
      child.stdout?.on('data', () => check())
      child.on('exit', () => {
        if (!check()) {
          clearTimeout(timer)
          reject(new Error(`exited; output:\n${out}`))
        }
      })
    })
  return { child, exited, waitFor, output: () => out }
}

/**
 * Starts a relay through a launcher (`how`), waits until it serves, reads the flags the launcher
 * gave the runtime it `exec`ed (those before the entry `script`), then stops it (exit code 0).
 */
async function launchedFlags(
  how: keyof typeof LAUNCHERS,
  options: { env?: Record<string, string>; wrapper?: string[]; script?: string } = {},
): Promise<{ flags: string[]; output: string }> {
  const entry = startEntry(['--port', '0', '--admin-port', '0'], options.env, how, options.wrapper)
  await entry.waitFor(/zerorelay is running: ws:\/\//, 60_000)
  const flags = runtimeFlagsOf(entry.child.pid, options.script)
  entry.child.kill('SIGINT')
  expect(await entry.exited, entry.output()).toBe(0)
  return { flags, output: entry.output() }
}

describe('npm start (server/src/main.ts)', () => {
  it('starts with zero config, prints a working dev token and wscat line, and drains on SIGTERM', async () => {
    const entry = startEntry(['--port', '0', '--admin-port', '0'], {}, 'npm-start')
    const [, token] = (await entry.waitFor(/ZERORELAY_DEV_TOKEN=(\S+)/)) as unknown as [string, string]
    const [, url] = (await entry.waitFor(/npx wscat -s zerorelay\.v1\.json -c (ws:\/\/\S+)/)) as unknown as [
      string,
      string,
    ]
    await entry.waitFor(/"connect":\{"token":"/)
    expect(entry.output()).toContain('"subscribe":{"topic":"chat.room.1"}')
    expect(entry.output()).toMatch(/survives client disconnects, not a server restart/)

    const client = await openClient(url, { protocols: [SUBPROTOCOL_JSON] })
    expect(client.ws.protocol).toBe(SUBPROTOCOL_JSON)
    const connected = await client.call({ connect: { token } })
    expect(connected.connected?.subject).toBe('dev')
    expect((await client.call({ subscribe: { topic: 'chat.room.1' } })).kind).toBe('subscribeAck')
    const payload = new TextEncoder().encode('hello')
    expect((await client.call({ publish: { topic: 'chat.room.1', payload, ack: true } })).kind).toBe('publishAck')
    const d = await client.next((f) => f.kind === 'delivery')
    expect(new TextDecoder().decode(d.delivery?.payload ?? undefined)).toBe('hello')

    entry.child.kill('SIGTERM')
    const closed = await client.closed
    expect(closed.code).toBe(4000)
    expect(client.frames.find((f) => f.kind === 'disconnect')?.disconnect?.code).toBe(4000)
    expect(await entry.exited, entry.output()).toBe(0)
    // The printed token is the banner's; no log line carries it.
    const logLines = entry
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
    expect(logLines.length).toBeGreaterThan(0)
    for (const line of logLines) expect(line).not.toContain(token)
  })

  it('generates no dev secret or token when real keys are configured', async () => {
    const tenants = JSON.stringify({
      default: { keys: [{ alg: 'HS256', secret: 'a-real-secret-of-at-least-32-bytes!!' }] },
    })
    const entry = startEntry(['--port', '0', '--admin-port', '0'], { ZERORELAY_AUTH__TENANTS: tenants })
    await entry.waitFor(/zerorelay is running: ws:\/\//)
    expect(entry.output()).not.toContain('ZERORELAY_DEV_TOKEN')
    expect(entry.output()).not.toContain('DEV MODE')
    expect(entry.output()).not.toContain('a-real-secret-of-at-least-32-bytes')
    entry.child.kill('SIGINT')
    expect(await entry.exited, entry.output()).toBe(0)
  })

  it.runIf(existsSync('/proc/self/cmdline'))(
    'runs Node with the shipped V8 flags plus ZERORELAY_NODE_FLAGS, which the relay does not see',
    async () => {
      const { flags, output } = await launchedFlags('npm-start', {
        script: 'server/dist/main.mjs',
        env: { ZERORELAY_NODE_FLAGS: '--max-old-space-size=3000 --stack-size=900' },
      })
      expect(flags).toEqual([
        '--max-semi-space-size=8',
        // On one CPU (this test pinned, say) the launcher adds --single-threaded-gc: see the next test.
        ...(availableParallelism() === 1 ? ['--single-threaded-gc'] : []),
        '--max-old-space-size=3000',
        '--stack-size=900',
      ])
      expect(output).not.toContain('ZERORELAY_NODE_FLAGS')
    },
  )

  it.runIf(existsSync('/proc/self/cmdline') && hasTaskset())(
    'runs V8 GC on the main thread when the relay may use one CPU only',
    async () => {
      // taskset pins the launcher to one CPU; node inherits the affinity, as under a cpuset.
      const { flags } = await launchedFlags('npm-start', {
        wrapper: ['taskset', '-c', '0'],
        script: 'server/dist/main.mjs',
      })
      expect(flags).toEqual(['--max-semi-space-size=8', '--single-threaded-gc'])
    },
  )

  it.runIf(existsSync('/proc/self/cmdline'))(
    'runs Deno (npm run start:deno) with the shipped V8 flags plus ZERORELAY_DENO_FLAGS, which the relay does not see',
    async () => {
      const { flags, output } = await launchedFlags('start:deno', {
        env: { ZERORELAY_DENO_FLAGS: '--quiet --v8-flags=--max-old-space-size=3000' },
        script: 'server/src/main.deno.ts',
      })
      expect(flags).toEqual([
        'run',
        '-A',
        '--unstable-sloppy-imports',
        // On one CPU (this test pinned, say) the launcher adds --single-threaded-gc: see the next test.
        `--v8-flags=--max-semi-space-size=8${availableParallelism() === 1 ? ',--single-threaded-gc' : ''}`,
        '--quiet',
        '--v8-flags=--max-old-space-size=3000',
      ])
      expect(output).not.toContain('ZERORELAY_DENO_FLAGS')
    },
    90_000,
  )

  it.runIf(existsSync('/proc/self/cmdline') && hasTaskset())(
    'runs the native Deno adapter (npm run start:deno-native) with V8 GC on the main thread on one CPU',
    async () => {
      const { flags } = await launchedFlags('start:deno-native', {
        wrapper: ['taskset', '-c', '0'],
        script: 'server/src/main.deno-native.ts',
      })
      expect(flags).toEqual([
        'run',
        '-A',
        '--unstable-sloppy-imports',
        '--v8-flags=--max-semi-space-size=8,--single-threaded-gc',
      ])
    },
    90_000,
  )

  it('stops with a clear message naming the bad key', async () => {
    const entry = startEntry(['--max-frame-bytes', '0'])
    expect(await entry.exited).toBe(2)
    expect(entry.output()).toContain('config error: limits.maxFrameBytes: expected a positive integer')
  })
})
