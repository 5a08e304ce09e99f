/**
 * Conformance driver for the TypeScript SDK (`@zerorelay/client`): reads
 * DriverCommands on stdin, drives the SDK, writes DriverEvents on stdout
 * (driver.proto; size-delimited protobuf). Logs go to stderr.
 *
 *   npx zr-conformance client -- node --import tsx conformance/drivers/zerorelay-ts.ts
 */
import { CLIENT_VERSION, type Client, connect, type Delivery, RelayError, type Subscription } from '@zerorelay/client'
import { fromU64, SUBPROTOCOL_JSON } from '@zerorelay/protocol'
import WebSocket from 'ws'
import { MessageReader, writeMessage } from '../src/framing.js'
import { cv1 } from '../src/gen.js'

type Command = ReturnType<typeof cv1.DriverCommand.decode>
type EventInit = Omit<NonNullable<Parameters<typeof cv1.DriverEvent.create>[0]>, 'atMs'>
type SdkErrorInit = NonNullable<EventInit['sdkError']>

const t0 = performance.now()

function emit(event: EventInit): void {
  const e = cv1.DriverEvent.create({ ...event, atMs: Math.round(performance.now() - t0) })
  writeMessage(process.stdout, cv1.DriverEvent.encode(e).finish())
}

function sdkError(err: unknown, conn: string): SdkErrorInit {
  const e = RelayError.from(err)
  return {
    conn,
    code: e.code,
    message: e.message,
    retryable: e.retryable,
    retryAfterMs: e.retryAfterMs ?? 0,
    closeCode: e.closeCode ?? 0,
  }
}

interface Conn {
  client?: Client
  token: string
  readonly subs: Map<string, Subscription>
  /** Manual-ack deliveries not yet acknowledged, by topic. */
  readonly unacked: Map<string, Delivery[]>
}

const conns = new Map<string, Conn>()

function conn(name: string): Conn {
  const c = conns.get(name)
  if (!c?.client) throw new RelayError(14, `no connection named ${JSON.stringify(name)}`)
  return c
}

const STATES = { connecting: 1, connected: 2, disconnected: 3, closed: 4 } as const

async function watchStatus(name: string, client: Client): Promise<void> {
  for await (const s of client.status()) {
    if (s.type === 'error') emit({ sdkError: sdkError(s.error, name) })
    else
      emit({
        stateChange: {
          conn: name,
          state: STATES[s.type],
          closeCode: s.type === 'disconnected' ? s.code : s.type === 'closed' ? (s.error?.closeCode ?? 0) : 0,
          reason: s.type === 'disconnected' ? s.reason : '',
          attempt: s.type === 'connecting' ? s.attempt : 0,
        },
      })
  }
}

async function consume(name: string, sub: Subscription, manualAck: boolean): Promise<void> {
  const c = conns.get(name)
  try {
    for await (const d of sub) {
      if (manualAck && c) c.unacked.set(d.topic, [...(c.unacked.get(d.topic) ?? []), d])
      emit({
        delivered: {
          conn: name,
          delivery: {
            topic: d.topic,
            payload: d.data,
            headers: { ...d.headers },
            epoch: d.epoch,
            offset: fromU64(d.offset),
            publishedAtMs: fromU64(d.publishedAtMs),
            deliveryCount: d.deliveryCount,
          },
        },
      })
    }
  } catch (err) {
    emit({ sdkError: sdkError(err, name) })
  }
}

async function run(cmd: Command): Promise<EventInit['commandResult']> {
  const ok = { commandId: cmd.id, ok: {} }
  if (cmd.connect) {
    const c = cmd.connect
    const name = c.conn ?? ''
    const state: Conn = { token: c.token ?? '', subs: new Map(), unacked: new Map() }
    conns.set(name, state)
    const r = c.reconnect
    emit({ stateChange: { conn: name, state: STATES.connecting, attempt: 1 } })
    const client = await connect(c.url ?? '', {
      getToken: () => state.token,
      WebSocket: WebSocket as never,
      encoding: c.subprotocol === SUBPROTOCOL_JSON ? 'json' : 'proto',
      reconnect: r ? r.enabled === true : undefined,
      initialDelayMs: r?.initialDelayMs || undefined,
      maxDelayMs: r?.maxDelayMs || undefined,
      multiplier: r?.multiplier || undefined,
      pingIntervalMs: c.pingIntervalMs || undefined,
      pongTimeoutMs: c.pongTimeoutMs || undefined,
      ackDelayMs: c.ackDelayMs || undefined,
    })
    state.client = client
    emit({ stateChange: { conn: name, state: STATES.connected } })
    void watchStatus(name, client)
    return ok
  }
  if (cmd.subscribe) {
    const s = cmd.subscribe
    const c = conn(s.conn ?? '')
    const manualAck = s.manualAck === true
    const sub = (c.client as Client).subscribe(s.topic ?? '', {
      mode: s.mode === 2 ? 'at-least-once' : 'at-most-once',
      maxInFlight: s.maxInFlight || undefined,
      autoAck: !manualAck,
    })
    c.subs.set(s.topic ?? '', sub)
    await sub.ready()
    void consume(s.conn ?? '', sub, manualAck)
    return ok
  }
  if (cmd.unsubscribe) {
    const c = conn(cmd.unsubscribe.conn ?? '')
    const sub = c.subs.get(cmd.unsubscribe.topic ?? '')
    if (!sub) throw new RelayError(5, 'not subscribed')
    c.subs.delete(cmd.unsubscribe.topic ?? '')
    await sub.unsubscribe()
    return ok
  }
  if (cmd.publish) {
    const p = cmd.publish
    const client = conn(p.conn ?? '').client as Client
    const opts = {
      headers: p.headers ?? undefined,
      idempotencyKey: p.idempotencyKey || undefined,
      timeoutMs: p.timeoutMs || undefined,
    }
    if (!p.ack) {
      await client.publish(p.topic ?? '', p.payload ?? new Uint8Array(), { ...opts, ack: false })
      return ok
    }
    const res = await client.publish(p.topic ?? '', p.payload ?? new Uint8Array(), opts)
    return {
      commandId: cmd.id,
      ok: { position: { epoch: res.epoch, offset: fromU64(res.offset) }, duplicate: res.duplicate },
    }
  }
  if (cmd.ack) {
    const c = conn(cmd.ack.conn ?? '')
    const upTo = BigInt(String(cmd.ack.offset ?? 0))
    const list = c.unacked.get(cmd.ack.topic ?? '') ?? []
    for (const d of list) if (d.offset <= upTo) d.ack()
    c.unacked.set(
      cmd.ack.topic ?? '',
      list.filter((d) => d.offset > upTo),
    )
    return ok
  }
  if (cmd.close) {
    await conn(cmd.close.conn ?? '').client?.close()
    return ok
  }
  if (cmd.setToken) {
    const c = conns.get(cmd.setToken.conn ?? '')
    if (!c) throw new RelayError(5, 'no such connection')
    c.token = cmd.setToken.token ?? ''
    return ok
  }
  if (cmd.pauseReading || cmd.resumeReading)
    throw new RelayError(13, 'pause/resume reading is not supported by this driver')
  throw new RelayError(13, 'unknown command')
}

async function main(): Promise<void> {
  const reader = new MessageReader(process.stdin)
  const inflight = new Set<Promise<void>>()
  for (;;) {
    const bytes = await reader.next()
    if (!bytes) break
    const cmd = cv1.DriverCommand.decode(bytes)
    if (cmd.hello) {
      emit({
        helloResult: {
          sdkName: 'zerorelay-ts',
          sdkVersion: CLIENT_VERSION,
          features: ['ack', 'at-least-once', 'resume', 'wildcards', 'refresh', 'reconnect', 'heartbeat', 'json', 'gap'],
        },
      })
      continue
    }
    // Commands complete out of order: never block reading stdin on one.
    const p = run(cmd).then(
      (result) => emit({ commandResult: result }),
      (err) => emit({ commandResult: { commandId: cmd.id, error: sdkError(err, '') } }),
    )
    inflight.add(p)
    void p.finally(() => inflight.delete(p))
  }
  // stdin EOF: close every connection, then exit.
  await Promise.allSettled([...conns.values()].map((c) => c.client?.close()))
  await Promise.race([Promise.allSettled(inflight), new Promise((r) => setTimeout(r, 1500))])
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`zerorelay-ts driver: ${(err as Error)?.stack ?? err}\n`)
    process.exit(1)
  },
)
