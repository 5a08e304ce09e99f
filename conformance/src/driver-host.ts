/**
 * The runner's side of the driver protocol (driver.proto): starts an SDK's driver
 * program, says Hello, sends DriverCommands and records DriverEvents. One driver
 * process per scenario, for isolation.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { MessageReader, writeMessage } from './framing.js'
import { cv1, reflectType } from './gen.js'
import { normalizeMessage } from './patterns.js'

type DriverEvent = ReturnType<typeof cv1.DriverEvent.decode>
type DriverCommandInit = Parameters<typeof cv1.DriverCommand.create>[0]

/** One event received from the driver. */
export interface ReceivedEvent {
  /** Runner clock (performance.now()). */
  readonly at: number
  readonly event: DriverEvent
  /** The event for the matcher (proto-JSON, defaults filled in). */
  readonly json: Record<string, unknown>
  /** The connection the event belongs to ('' when unknown). */
  readonly conn: string
  consumed: boolean
}

/** A running driver. */
export interface DriverHost {
  /** Features from HelloResult. */
  readonly features: readonly string[]
  readonly sdkName: string
  /** Every event after HelloResult, in order. */
  readonly events: ReceivedEvent[]
  /** Sends a command; returns its id. `conn` attributes its CommandResult to a connection. */
  send(command: Omit<NonNullable<DriverCommandInit>, 'id'>, conn: string): number
  /** Resolves at the next event, or at `deadline` (performance.now()). */
  waitChange(deadline: number): Promise<void>
  /** The driver's stderr so far (last 64 KiB). */
  stderr(): string
  /** Closes stdin and waits for the driver to exit (SIGTERM, then SIGKILL, if it does not). */
  stop(): Promise<void>
}

function connOf(e: DriverEvent, commandConns: Map<number, string>): string {
  if (e.commandResult) return commandConns.get(Number(e.commandResult.commandId)) ?? ''
  return e.stateChange?.conn || e.delivered?.conn || e.sdkError?.conn || ''
}

/** Starts a driver and completes the Hello handshake. */
export async function startDriver(
  command: readonly string[],
  scenario: string,
  opts: { timeoutMs?: number; log?: (line: string) => void } = {},
): Promise<DriverHost> {
  const [cmd, ...args] = command
  if (!cmd) throw new Error('empty driver command')
  const child: ChildProcess = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-65_536)
    opts.log?.(d.toString('utf8').trimEnd())
  })
  child.stdin?.on('error', () => {})
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const stdin = child.stdin as Writable
  const reader = new MessageReader(child.stdout as Readable)
  const events: ReceivedEvent[] = []
  const commandConns = new Map<number, string>()
  const eventType = reflectType('zerorelay.conformance.v1.DriverEvent')
  let waiters: Array<() => void> = []
  let nextId = 1
  const send = (c: Omit<NonNullable<DriverCommandInit>, 'id'>, conn: string) => {
    const id = nextId++
    commandConns.set(id, conn)
    writeMessage(stdin, cv1.DriverCommand.encode(cv1.DriverCommand.create({ ...c, id })).finish())
    return id
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    stdin.end()
    const wait = (ms: number) =>
      Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())])
    if (await wait(3000)) return
    child.kill('SIGTERM')
    if (await wait(2000)) return
    child.kill('SIGKILL')
    await wait(2000)
  }

  // Hello → HelloResult.
  send({ hello: { scenario, protocolVersion: 1 } }, '')
  const timeoutMs = opts.timeoutMs ?? 15_000
  let timer: NodeJS.Timeout | undefined
  let hello: DriverEvent
  try {
    const bytes = await Promise.race([
      reader.next(),
      exited.then((code) => {
        throw new Error(`driver exited with ${code} before HelloResult\n${stderr}`)
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`driver sent no HelloResult within ${timeoutMs} ms\n${stderr}`)),
          timeoutMs,
        )
      }),
    ])
    if (!bytes) throw new Error(`driver closed stdout before HelloResult\n${stderr}`)
    hello = cv1.DriverEvent.decode(bytes)
    if (!hello.helloResult)
      throw new Error(`driver's first event is not HelloResult: ${JSON.stringify(hello.toJSON())}`)
  } catch (err) {
    await stop()
    throw err
  } finally {
    clearTimeout(timer)
  }

  // Events, until the driver closes stdout.
  void (async () => {
    for (;;) {
      let bytes: Uint8Array | undefined
      try {
        bytes = await reader.next()
      } catch (err) {
        opts.log?.(`driver stream error: ${(err as Error).message}`)
        return
      }
      if (!bytes) return
      const event = cv1.DriverEvent.decode(bytes)
      const json = normalizeMessage(eventType, cv1.DriverEvent.toObject(event, TO_OBJECT) as Record<string, unknown>)
      events.push({ at: performance.now(), event, json, conn: connOf(event, commandConns), consumed: false })
      const w = waiters
      waiters = []
      for (const f of w) f()
    }
  })()

  return {
    features: hello.helloResult.features ?? [],
    sdkName: hello.helloResult.sdkName ?? '',
    events,
    send,
    waitChange: (deadline) => {
      const ms = deadline - performance.now()
      if (ms <= 0) return Promise.resolve()
      return new Promise<void>((resolve) => {
        const t = setTimeout(done, ms)
        function done() {
          clearTimeout(t)
          resolve()
        }
        waiters.push(done)
      })
    },
    stderr: () => stderr,
    stop,
  }
}

const TO_OBJECT = { longs: String, enums: String, bytes: String, defaults: true, json: true } as const
