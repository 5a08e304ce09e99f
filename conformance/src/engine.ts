/**
 * The step engine. Server mode (`runScenario`): one permutation against a server
 * with the runner's raw clients, then the liveness invariant (a fresh connection can
 * still connect and ping). Client mode (`runClientScenario`): SDK actors through a
 * driver, against a fresh reference server. Time windows are measured on the
 * runner's clock, widened by the global slack.
 */
import {
  CloseCode,
  type FrameCodec,
  jsonCodec,
  protoCodec,
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_PROTO,
} from '@zerorelay/protocol'
import { DEFAULT_SERVER_CONFIG as DEFAULT_CONFIG_FOR_CLIENT, type EffectiveConfig } from './config.js'
import { type Connection, openConnection, type Received, randomToken, type TraceEvent } from './connections.js'
import { type DriverHost, type ReceivedEvent, startDriver } from './driver-host.js'
import { type Actor, type Blob, Codec, cv1, gpb, Handshake, Level, type Step, Transport, Verdict } from './gen.js'
import { type Permutation, stepKind } from './loader.js'
import {
  buildFrame,
  buildServerFrame,
  matchFrame,
  normalizeClientFrame,
  type PatternScope,
  patternKind,
} from './patterns.js'
import { jsToValueObject, structToJs, valueToJs } from './proto-json.js'
import { type ObservedFrame, type ReferenceServer, startReferenceServer } from './reference-server.js'
import { type AuthEnv, mintToken } from './tokens.js'

/** The server a scenario runs against. */
export interface Target {
  /** WebSocket endpoint. */
  readonly wsUrl: string
  /** Features the server announces. */
  readonly features: ReadonlySet<string>
  /** The configuration it runs with. */
  readonly config: EffectiveConfig
  /** The keys it trusts. */
  readonly auth: AuthEnv
}

/** Engine options. */
export interface EngineOptions {
  /** Added to every time window, in ms. */
  readonly timeSlackMs: number
}

/** Why a scenario failed. */
export interface Failure {
  /** Which step ("step 4 expect(sub)"), or "liveness", "timeout", "unmatched". */
  readonly step: string
  readonly message: string
  readonly expected?: string
  /** Frames received and not consumed, or the frame that mismatched. */
  readonly received?: readonly string[]
  /** The driver's stderr (client mode). */
  readonly log?: string
}

/** The outcome of one permutation. */
export interface ScenarioResult {
  readonly name: string
  readonly level: Level
  readonly status: 'passed' | 'failed' | 'skipped'
  /** The any_of verdict (OK when no branch said otherwise). */
  readonly verdict: 'OK' | 'NON_STRICT' | 'INFORMATIONAL'
  /** Notes of the any_of branches taken, or the skip reason. */
  readonly notes: readonly string[]
  readonly failure?: Failure
  readonly trace: readonly TraceEvent[]
  readonly durationMs: number
}

/** A failed step. */
export class StepFailure extends Error {
  override name = 'StepFailure'
  constructor(
    message: string,
    readonly expected?: string,
    readonly received?: readonly string[],
  ) {
    super(message)
  }
}

class Cancelled extends Error {}

const VERDICT_NAMES = {
  [Verdict.VERDICT_NON_STRICT]: 'NON_STRICT',
  [Verdict.VERDICT_INFORMATIONAL]: 'INFORMATIONAL',
} as const

function blobBytes(b: Blob | null | undefined): Uint8Array {
  if (!b) return new Uint8Array(0)
  if (b.base64 != null) return Buffer.from(b.base64, 'base64')
  if (b.hex != null) return Buffer.from(b.hex.replace(/\s+/g, ''), 'hex')
  if (b.text != null) return Buffer.from(b.text, 'utf8')
  if (b.fill != null) return new Uint8Array(b.fill.len ?? 0).fill(b.fill.byte ?? 0)
  return new Uint8Array(0)
}

function resolveCaptures(v: unknown, vars: ReadonlyMap<string, unknown>): unknown {
  if (typeof v === 'string') return /^\$[A-Za-z_]\w*$/.test(v) && vars.has(v) ? vars.get(v) : v
  if (Array.isArray(v)) return v.map((x) => resolveCaptures(x, vars))
  if (v && typeof v === 'object' && !ArrayBuffer.isView(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveCaptures(x, vars)]))
  return v
}

function interpolateDeep(v: unknown, ns: string): unknown {
  if (typeof v === 'string') return v.replaceAll('${ns}', ns)
  if (Array.isArray(v)) return v.map((e) => interpolateDeep(e, ns))
  if (ArrayBuffer.isView(v)) return v
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, interpolateDeep(e, ns)]))
  return v
}

function codecOf(subprotocol: string, fallback: FrameCodec): FrameCodec {
  if (subprotocol === SUBPROTOCOL_PROTO) return protoCodec
  if (subprotocol === SUBPROTOCOL_JSON) return jsonCodec
  return fallback
}

/** A received frame for reports: compact proto-JSON, clipped (payloads can be large). */
function describeReceived(r: Received): string {
  const s = r.frame ? JSON.stringify(r.frame.toJSON()) : `UNDECODABLE: ${r.error}`
  return s.length > 400 ? `${s.slice(0, 397)}...` : s
}

function showPattern(p: unknown): string {
  return JSON.stringify(p)
}

interface ActorState {
  readonly actor: Actor
  conn?: Connection
  codec: FrameCodec
}

/** One run of one permutation. */
class Run {
  readonly t0 = performance.now()
  readonly trace: TraceEvent[] = []
  readonly actors = new Map<string, ActorState>()
  readonly scope: PatternScope
  readonly notes: string[] = []
  verdict: Verdict = Verdict.VERDICT_OK
  cancelled = false
  readonly codec: FrameCodec
  /** Client mode: the SDK's driver and the reference server. */
  client?: { readonly driver: DriverHost; readonly ref?: ReferenceServer }

  constructor(
    readonly perm: Permutation,
    readonly target: Target,
    readonly opts: EngineOptions,
    actors: readonly Actor[],
    ns: string,
  ) {
    this.codec = perm.codec === Codec.CODEC_JSON ? jsonCodec : protoCodec
    for (const a of actors) this.actors.set(a.id ?? '', { actor: a, codec: this.codec })
    this.scope = { vars: new Map(), ns, config: target.config }
  }

  readonly tracer = (actor: string, dir: TraceEvent['dir'], what: string) => {
    this.trace.push({ at: performance.now() - this.t0, actor, dir, what })
  }

  private state(id: string | null | undefined): ActorState {
    const s = this.actors.get(id ?? '')
    if (!s) throw new StepFailure(`unknown actor ${id}`)
    return s
  }

  private conn(id: string | null | undefined): { s: ActorState; conn: Connection } {
    const s = this.state(id)
    if (!s.conn) throw new StepFailure(`actor ${id} is not connected`)
    return { s, conn: s.conn }
  }

  private checkCancelled(): void {
    if (this.cancelled) throw new Cancelled('cancelled')
  }

  private readonly cancelWaiters = new Set<() => void>()

  /** Marks the run cancelled (scenario timeout): pending sleeps end, later steps throw. */
  cancel(): void {
    this.cancelled = true
    for (const w of this.cancelWaiters) w()
  }

  private async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.cancelWaiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.cancelWaiters.add(done)
    })
    this.checkCancelled()
  }

  async steps(steps: readonly Step[], base: number | undefined, label: string): Promise<void> {
    for (const [i, step] of steps.entries()) {
      this.checkCancelled()
      const kind = stepKind(step)
      const body = kind ? (step[kind] as { actor?: string | null }) : undefined
      const name = `${label}${i + 1} ${kind}${body?.actor ? `(${body.actor})` : ''}`
      try {
        await this.step(step, base, name)
      } catch (err) {
        if (err instanceof StepFailure && !err.message.startsWith('step ')) {
          throw new StepFailure(`step ${name}: ${err.message}`, err.expected, err.received)
        }
        throw err
      }
    }
  }

  private async step(step: Step, base: number | undefined, name: string): Promise<void> {
    if (step.connect) return this.connect(step.connect)
    if (step.send) {
      const { s, conn } = this.conn(step.send.actor)
      const pattern = valueToJs(step.send.frame)
      const n = step.send.repeat || 1
      for (let i = 1; i <= n; i++) {
        const { data } = buildFrame(pattern, { ...this.scope, i }, s.codec)
        conn.sendMessage(data)
      }
      return
    }
    if (step.sendRaw) {
      const sr = step.sendRaw
      const { conn } = this.conn(sr.actor)
      const n = sr.repeat || 1
      for (let i = 0; i < n; i++) {
        if (sr.binary) conn.sendMessage(blobBytes(sr.binary))
        else if (sr.text) conn.sendMessage(blobBytes(sr.text), { text: true })
        else if (sr.wsFrame) {
          const f = sr.wsFrame
          conn.sendFrame({
            fin: f.fin ?? true,
            rsv: f.rsv ?? 0,
            opcode: f.opcode ?? 0,
            masked: !f.unmasked,
            payload: blobBytes(f.payload),
          })
        }
      }
      return
    }
    if (step.expect) {
      const e = step.expect
      const pattern = valueToJs(e.frame)
      return this.expect(e.actor, pattern, {
        base,
        withinMs: e.withinMs || 1000,
        afterMs: e.afterMs ?? 0,
        repeat: e.repeat || 1,
        unordered: e.unordered === true,
      })
    }
    if (step.expectNone)
      return this.expectNone(step.expectNone.actor, valueToJs(step.expectNone.match), step.expectNone.forMs ?? 0)
    if (step.expectClose) {
      const c = step.expectClose
      return this.expectClose(
        c.actor,
        c.codes ?? [],
        base,
        c.withinMs || 1000,
        c.afterMs ?? 0,
        c.disconnectFrame === true,
      )
    }
    if (step.control) {
      const c = step.control
      if (c.sleepMs != null) {
        await this.sleep(c.sleepMs)
        return
      }
      const { conn } = this.conn(c.actor)
      if (c.pauseReading) conn.pauseReading()
      else if (c.resumeReading) conn.resumeReading()
      else if (c.dropTcp) conn.dropTcp()
      else if (c.close) conn.sendClose(c.close.empty ? undefined : (c.close.code ?? 1000), c.close.reason ?? '')
      return
    }
    if (step.api) return this.api(step.api)
    if (step.expectEvent) {
      const e = step.expectEvent
      return this.expectEvent(e.actor ?? '', valueToJs(e.event), {
        base,
        withinMs: e.withinMs || 2000,
        afterMs: e.afterMs ?? 0,
        repeat: e.repeat || 1,
        unordered: e.unordered === true,
      })
    }
    if (step.server) return this.serverScript(step.server)
    if (step.expectObserved) return this.expectObserved(step.expectObserved, base)
    if (step.anyOf) return this.anyOf(step.anyOf.branches ?? [], name)
    if (step.loop) {
      for (let round = 1; round <= (step.loop.count ?? 0); round++)
        await this.steps(step.loop.steps ?? [], base, `${name}.round${round}.`)
      return
    }
    throw new StepFailure('empty step')
  }

  private async connect(c: NonNullable<Step['connect']>): Promise<void> {
    const s = this.state(c.actor)
    const actor = s.actor
    const token = await this.mint(actor, actor.token ?? 0)
    const offered = c.noSubprotocol ? [] : c.subprotocols?.length ? c.subprotocols : [this.codec.subprotocol]
    const withinMs = c.withinMs || 2000
    const r = await openConnection(actor.transport === Transport.TRANSPORT_RAW ? 'raw' : 'ws', {
      url: this.client?.ref ? this.client.ref.urlFor(actor.id ?? '') : this.target.wsUrl,
      protocols: offered,
      headers: c.tokenInHeader && token ? { Authorization: `Bearer ${token}` } : undefined,
      actor: actor.id ?? '',
      trace: this.tracer,
      ignorePings: actor.ignorePings === true,
      timeoutMs: withinMs + this.opts.timeSlackMs,
    })
    const statuses = c.expectHttpStatus ?? []
    if (statuses.length > 0) {
      if (r.ok) {
        s.conn = r.conn
        throw new StepFailure(`upgrade accepted, expected HTTP ${statuses.join(' or ')}`)
      }
      if (!statuses.includes(r.status)) throw new StepFailure(`expected HTTP ${statuses.join(' or ')}: ${r.error}`)
      return
    }
    if (!r.ok) throw new StepFailure(r.error)
    s.conn = r.conn
    s.codec = codecOf(r.conn.subprotocol, this.codec)
    if (offered.length === 1 && r.conn.subprotocol !== offered[0])
      throw new StepFailure(`offered only ${offered[0]}, server selected ${JSON.stringify(r.conn.subprotocol)}`)
    if (c.handshake === Handshake.HANDSHAKE_UPGRADE_ONLY) return
    const id = c.id || 1
    const frame = {
      id,
      connect: { token: c.tokenInHeader ? '' : token, clientName: 'zr-conformance', clientVersion: '0.1.0' },
    }
    r.conn.sendMessage(s.codec.encodeClient(frame))
    if (c.handshake === Handshake.HANDSHAKE_SEND_CONNECT) return
    await this.expect(actor.id, { id, connected: {} }, { withinMs, afterMs: 0, repeat: 1, unordered: false })
  }

  private async expect(
    actorId: string | null | undefined,
    pattern: unknown,
    o: { base?: number; withinMs: number; afterMs: number; repeat: number; unordered: boolean },
  ): Promise<void> {
    const { conn } = this.conn(actorId)
    const start = o.base ?? performance.now()
    const deadline = start + o.withinMs + this.opts.timeSlackMs
    const earliest = start + o.afterMs - this.opts.timeSlackMs
    const pending = Array.from({ length: o.repeat }, (_, k) => k + 1)
    let lastMismatch: string | undefined
    for (;;) {
      this.checkCancelled()
      // In order: the next pending index must match the first fitting frame. Unordered:
      // any pending index may match any frame.
      let progressed = true
      while (progressed && pending.length > 0) {
        progressed = false
        const candidates = o.unordered ? [...pending] : [pending[0] as number]
        for (const i of candidates) {
          const scope = { ...this.scope, i }
          const hit = this.findMatch(conn, pattern, scope)
          if (hit.frame) {
            if (o.afterMs > 0 && hit.frame.at < earliest)
              throw new StepFailure(
                `frame arrived after ${Math.round(hit.frame.at - start)} ms, expected not before ${o.afterMs} ms`,
                showPattern(pattern),
                [describeReceived(hit.frame)],
              )
            hit.frame.consumed = true
            for (const [k, v] of hit.bound) this.scope.vars.set(k, v)
            pending.splice(pending.indexOf(i), 1)
            progressed = true
            break
          }
          lastMismatch = hit.mismatch ?? lastMismatch
        }
      }
      if (pending.length === 0) return
      const unconsumed = conn.received.filter((r) => !r.consumed).map(describeReceived)
      const repeatNote = o.repeat > 1 ? ` (${o.repeat - pending.length} of ${o.repeat} matched)` : ''
      if (conn.closed && performance.now() >= conn.closed.at)
        throw new StepFailure(
          `connection closed (${conn.closed.code} ${conn.closed.reason}) before a matching frame${repeatNote}${lastMismatch ? `; closest: ${lastMismatch}` : ''}`,
          showPattern(pattern),
          unconsumed,
        )
      if (performance.now() >= deadline)
        throw new StepFailure(
          `no matching frame within ${o.withinMs} ms${repeatNote}${lastMismatch ? `; closest: ${lastMismatch}` : ''}`,
          showPattern(pattern),
          unconsumed,
        )
      await conn.waitChange(deadline)
    }
  }

  private findMatch(
    conn: Connection,
    pattern: unknown,
    scope: PatternScope,
  ): { frame?: Received; bound: Map<string, unknown>; mismatch?: string } {
    const kind = patternKind(pattern)
    let mismatch: string | undefined
    for (const r of conn.received) {
      if (r.consumed || !r.json) continue
      const m = matchFrame(pattern, r.json, scope)
      if (m.ok) return { frame: r, bound: m.bound }
      // Report the mismatch of a frame of the same kind: that is the interesting one.
      if (kind && r.json[kind] !== undefined) mismatch ??= `${m.mismatch.path}: ${m.mismatch.reason}`
    }
    return { bound: new Map(), mismatch }
  }

  private async expectNone(actorId: string | null | undefined, pattern: unknown, forMs: number): Promise<void> {
    const { conn } = this.conn(actorId)
    const end = performance.now() + forMs
    for (;;) {
      this.checkCancelled()
      for (const r of conn.received) {
        if (r.consumed) continue
        if (pattern === undefined || (r.json && matchFrame(pattern, r.json, this.scope).ok)) {
          r.consumed = true
          throw new StepFailure(
            `unexpected frame within ${forMs} ms`,
            pattern === undefined ? 'no frame' : `no ${showPattern(pattern)}`,
            [describeReceived(r)],
          )
        }
      }
      if (conn.closed)
        throw new StepFailure(`connection closed (${conn.closed.code} ${conn.closed.reason}), expected it to stay open`)
      if (performance.now() >= end) return
      await conn.waitChange(end)
    }
  }

  private async expectClose(
    actorId: string | null | undefined,
    codes: readonly number[],
    base: number | undefined,
    withinMs: number,
    afterMs: number,
    disconnectFrame: boolean,
  ): Promise<void> {
    const { conn } = this.conn(actorId)
    const start = base ?? performance.now()
    const deadline = start + withinMs + this.opts.timeSlackMs
    const want = codes.map((c) => `${c}${CloseCode[c] ? ` ${CloseCode[c]}` : ''}`).join(' or ')
    while (!conn.closed && performance.now() < deadline) {
      this.checkCancelled()
      await conn.waitChange(deadline)
    }
    const closed = conn.closed
    if (!closed) throw new StepFailure(`still open after ${withinMs} ms`, `close ${want || '(any code)'}`)
    if (codes.length > 0 && !codes.includes(closed.code))
      throw new StepFailure(`closed with ${closed.code} ${JSON.stringify(closed.reason)}`, `close ${want}`)
    if (afterMs > 0 && closed.at < start + afterMs - this.opts.timeSlackMs)
      throw new StepFailure(`closed after ${Math.round(closed.at - start)} ms, expected not before ${afterMs} ms`)
    if (disconnectFrame) {
      const d = conn.received.find((r) => !r.consumed && r.json?.disconnect !== undefined)
      if (!d) throw new StepFailure('no Disconnect frame before the close', `disconnect{code: ${closed.code}}`)
      const code = (d.json?.disconnect as { code?: unknown }).code
      const num = typeof code === 'string' ? (CloseCode as unknown as Record<string, number>)[code] : code
      if (num !== closed.code)
        throw new StepFailure(`Disconnect frame code ${code} differs from the close code ${closed.code}`)
      d.consumed = true
    }
  }

  private clientParts(): NonNullable<Run['client']> {
    if (!this.client) throw new StepFailure('SDK steps need client or both mode (a driver)')
    return this.client
  }

  private refServer(): ReferenceServer {
    const ref = this.client?.ref
    if (!ref) throw new StepFailure('server scripts and observations need client mode (the reference server)')
    return ref
  }

  private async mint(actor: Actor, kind: number): Promise<string> {
    const template = actor.claims
      ? structToJs(actor.claims)
      : { sub: actor.id, zr: { pub: ['${ns}.>'], sub: ['${ns}.>'] } }
    const claims = interpolateDeep(template, this.scope.ns) as Record<string, unknown>
    return mintToken(this.target.auth, claims, kind)
  }

  private async api(a: NonNullable<Step['api']>): Promise<void> {
    const { driver, ref } = this.clientParts()
    const s = this.state(a.actor)
    const url = (conn: string) => (ref ? ref.urlFor(conn) : this.target.wsUrl)
    const conn = s.actor.id ?? ''
    // `${ns}` in strings, and strings that are exactly a bound capture ("$e") become its value.
    const ns = (v: unknown) => resolveCaptures(interpolateDeep(v, this.scope.ns), this.scope.vars)
    let id: number
    if (a.connect) {
      const sdk = s.actor.sdk
      id = driver.send(
        {
          connect: {
            conn,
            url: url(conn),
            token: await this.mint(s.actor, s.actor.token ?? 0),
            reconnect: sdk?.reconnect ?? undefined,
            pingIntervalMs: sdk?.pingIntervalMs ?? 0,
            pongTimeoutMs: sdk?.pongTimeoutMs ?? 0,
            ackDelayMs: sdk?.ackDelayMs ?? 0,
            subprotocol: this.codec.subprotocol,
          },
        },
        conn,
      )
    } else if (a.subscribe) {
      id = driver.send(
        {
          subscribe: {
            ...(ns(cv1.SubscribeCommand.toObject(cv1.SubscribeCommand.fromObject(a.subscribe))) as object),
            conn,
          },
        },
        conn,
      )
    } else if (a.unsubscribe) {
      id = driver.send({ unsubscribe: { topic: ns(a.unsubscribe.topic) as string, conn } }, conn)
    } else if (a.publish) {
      const p = cv1.PublishCommand.fromObject(
        ns(cv1.PublishCommand.toObject(cv1.PublishCommand.fromObject(a.publish))) as object,
      )
      p.conn = conn
      id = driver.send({ publish: p }, conn)
    } else if (a.ack) {
      const k = cv1.AckCommand.fromObject(
        ns(cv1.AckCommand.toObject(cv1.AckCommand.fromObject(a.ack), { longs: String })) as object,
      )
      k.conn = conn
      id = driver.send({ ack: k }, conn)
    } else if (a.close) id = driver.send({ close: { conn } }, conn)
    else if (a.setToken != null)
      id = driver.send({ setToken: { conn, token: await this.mint(s.actor, a.setToken) } }, conn)
    else if (a.pauseReading) id = driver.send({ pauseReading: { conn } }, conn)
    else if (a.resumeReading) id = driver.send({ resumeReading: { conn } }, conn)
    else throw new StepFailure('empty api call')
    this.tracer(
      conn,
      '>',
      `driver command ${id}: ${Object.keys(cv1.ApiCall.toObject(cv1.ApiCall.fromObject(a)))
        .filter((k) => k !== 'actor' && k !== 'idAs')
        .join(',')}`,
    )
    if (a.idAs) this.scope.vars.set(a.idAs, String(id))
  }

  private async expectEvent(
    actorId: string,
    pattern: unknown,
    o: { base?: number; withinMs: number; afterMs: number; repeat: number; unordered: boolean },
  ): Promise<void> {
    const { driver } = this.clientParts()
    const start = o.base ?? performance.now()
    const deadline = start + o.withinMs + this.opts.timeSlackMs
    const earliest = start + o.afterMs - this.opts.timeSlackMs
    const pending = Array.from({ length: o.repeat }, (_, k) => k + 1)
    let closest: string | undefined
    const mine = () => driver.events.filter((e) => !e.consumed && (e.conn === actorId || e.conn === ''))
    for (;;) {
      this.checkCancelled()
      let progressed = true
      while (progressed && pending.length > 0) {
        progressed = false
        for (const i of o.unordered ? [...pending] : [pending[0] as number]) {
          const scope = { ...this.scope, i }
          let hit: { e: ReceivedEvent; bound: Map<string, unknown> } | undefined
          for (const e of mine()) {
            const m = matchFrame(pattern, e.json, scope, 'zerorelay.conformance.v1.DriverEvent')
            if (m.ok) {
              hit = { e, bound: m.bound }
              break
            }
            // Report the mismatch of an event of the same kind: that is the interesting one.
            const sameKind = Object.keys(pattern as object).every((k) => e.json[k] != null)
            if (sameKind) closest ??= `${m.mismatch.path}: ${m.mismatch.reason}`
          }
          if (!hit) continue
          if (o.afterMs > 0 && hit.e.at < earliest)
            throw new StepFailure(`event after ${Math.round(hit.e.at - start)} ms, expected not before ${o.afterMs} ms`)
          hit.e.consumed = true
          for (const [k, v] of hit.bound) this.scope.vars.set(k, v)
          pending.splice(pending.indexOf(i), 1)
          progressed = true
          break
        }
      }
      if (pending.length === 0) return
      if (performance.now() >= deadline)
        throw new StepFailure(
          `no matching driver event within ${o.withinMs} ms${o.repeat > 1 ? ` (${o.repeat - pending.length} of ${o.repeat} matched)` : ''}${closest ? `; closest: ${closest}` : ''}`,
          showPattern(pattern),
          mine().map((e) => JSON.stringify(e.event.toJSON())),
        )
      await driver.waitChange(deadline)
    }
  }

  private serverScript(sc: NonNullable<Step['server']>): void {
    const ref = this.refServer()
    const actor = sc.actor ?? ''
    this.tracer(
      actor,
      '*',
      `reference server: ${Object.keys(cv1.ServerScript.toObject(cv1.ServerScript.fromObject(sc)))
        .filter((k) => k !== 'actor')
        .join(',')}`,
    )
    if (sc.refuseUpgrades) {
      const r = sc.refuseUpgrades
      ref.refuseUpgrades(actor, r.count ?? 0, r.httpStatus || 503, r.retryAfterS ?? 0)
    } else if (sc.close) ref.close(actor, sc.close.code ?? 1000, sc.close.reason ?? '')
    else if (sc.send) {
      const pattern = valueToJs(sc.send)
      ref.send(actor, buildServerFrame(pattern, this.scope))
    } else if (sc.stopAnswering) ref.stopAnswering(actor)
    else if (sc.dropTcp) ref.dropTcp(actor)
  }

  /**
   * `expectObserved` with `first`: the actor's first unconsumed frame of the pattern's kind (its
   * top-level keys other than `id`), if one arrived; a step failure when it does not match.
   */
  private firstOfKind(actor: string, pattern: unknown, scope: PatternScope): ObservedFrame | undefined {
    const isRecord = typeof pattern === 'object' && pattern !== null && !Array.isArray(pattern)
    const kinds = Object.keys(isRecord ? pattern : {}).filter((k) => k !== 'id')
    if (kinds.length === 0) throw new StepFailure('expectObserved.first needs a frame pattern with a kind (e.g. ack)')
    const frame = this.refServer().observed.find(
      (f) => !f.consumed && f.actor === actor && kinds.includes((f.frame as { kind?: string }).kind ?? ''),
    )
    if (frame === undefined) return undefined
    const m = matchFrame(pattern, normalizeClientFrame(frame.frame), scope, 'zerorelay.v1.ClientFrame')
    if (!m.ok)
      throw new StepFailure(
        `the first ${kinds.join('/')} frame the reference server received from ${actor} does not match (${m.mismatch.path}: ${m.mismatch.reason})`,
        showPattern(pattern),
        [JSON.stringify(frame.frame.toJSON()).slice(0, 400)],
      )
    return frame
  }

  private async expectObserved(o: NonNullable<Step['expectObserved']>, base: number | undefined): Promise<void> {
    const ref = this.refServer()
    const actor = o.actor ?? ''
    const start = base ?? performance.now()
    const withinMs = o.withinMs || 2000
    const deadline = start + withinMs + this.opts.timeSlackMs
    if (o.upgrades) {
      const want = o.upgrades.count ?? 0
      const exact = o.upgrades.exact === true
      const mine = () => ref.upgrades.filter((u) => u.actor === actor).slice(o.upgrades?.skip ?? 0)
      while ((exact || mine().length < want) && performance.now() < deadline) await ref.waitChange(deadline)
      const got = mine()
      if (got.length < want || (exact && got.length !== want))
        throw new StepFailure(
          `saw ${got.length} upgrade attempts within ${withinMs} ms, expected ${exact ? 'exactly' : 'at least'} ${want}`,
        )
      const slack = this.opts.timeSlackMs
      for (const [k, w] of (o.upgrades.gapsMs ?? []).entries()) {
        const a = got[k]
        const b = got[k + 1]
        if (!a || !b) throw new StepFailure(`gap ${k + 1}: only ${got.length} attempts`)
        const gap = b.at - a.at
        if (gap < (w.min ?? 0) - slack || gap > (w.max ?? 0) + slack)
          throw new StepFailure(
            `gap ${k + 1} between upgrade attempts was ${Math.round(gap)} ms, expected ${w.min}-${w.max} ms`,
          )
      }
      return
    }
    const pattern = valueToJs(o.frame)
    const pending = Array.from({ length: o.repeat || 1 }, (_, k) => k + 1)
    while (pending.length > 0) {
      this.checkCancelled()
      const i = pending[0] as number
      const scope = { ...this.scope, i }
      const hit = o.first
        ? this.firstOfKind(actor, pattern, scope)
        : ref.observed.find(
            (f) =>
              !f.consumed &&
              f.actor === actor &&
              matchFrame(pattern, normalizeClientFrame(f.frame), scope, 'zerorelay.v1.ClientFrame').ok,
          )
      if (hit) {
        const m = matchFrame(pattern, normalizeClientFrame(hit.frame), scope, 'zerorelay.v1.ClientFrame')
        if (m.ok) for (const [k, v] of m.bound) this.scope.vars.set(k, v)
        hit.consumed = true
        pending.shift()
        continue
      }
      if (performance.now() >= deadline)
        throw new StepFailure(
          `the reference server received no matching frame from ${actor} within ${withinMs} ms`,
          showPattern(pattern),
          ref.observed
            .filter((f) => f.actor === actor && !f.consumed)
            .map((f) => JSON.stringify(f.frame.toJSON()).slice(0, 400)),
        )
      await ref.waitChange(deadline)
    }
  }

  private async anyOf(branches: NonNullable<Step['anyOf']>['branches'] & object, name: string): Promise<void> {
    const start = performance.now()
    const snapshot = new Map<Connection, Set<Received>>()
    for (const s of this.actors.values())
      if (s.conn) snapshot.set(s.conn, new Set(s.conn.received.filter((r) => r.consumed)))
    // Client mode: what the reference server observed and the driver's events are handed back too.
    const observed = this.client?.ref?.observed ?? []
    const observedBefore = new Set(observed.filter((f) => f.consumed))
    const events = this.client?.driver.events ?? []
    const eventsBefore = new Set(events.filter((e) => e.consumed))
    const vars = new Map(this.scope.vars)
    const errors: string[] = []
    for (const [i, b] of branches.entries()) {
      try {
        await this.steps(b.steps ?? [], start, `${name}.branch${i + 1}.`)
        const v = b.verdict ?? Verdict.VERDICT_OK
        if (v === Verdict.VERDICT_NON_STRICT || v === Verdict.VERDICT_INFORMATIONAL) {
          if (this.verdict !== Verdict.VERDICT_NON_STRICT) this.verdict = v
          this.notes.push(`${name}: branch ${i + 1}${b.note ? `: ${b.note}` : ''}`)
        }
        return
      } catch (err) {
        if (!(err instanceof StepFailure)) throw err
        errors.push(`branch ${i + 1}: ${err.message}`)
        for (const s of this.actors.values()) {
          if (!s.conn) continue
          const before = snapshot.get(s.conn)
          for (const r of s.conn.received) r.consumed = before?.has(r) ?? false
        }
        for (const f of observed) f.consumed = observedBefore.has(f)
        for (const e of events) e.consumed = eventsBefore.has(e)
        this.scope.vars.clear()
        for (const [k, v] of vars) this.scope.vars.set(k, v)
      }
    }
    throw new StepFailure(`no branch matched:\n      ${errors.join('\n      ')}`)
  }

  /** Delivery and Error frames (and undecodable ones), delivered and sdkError events nothing consumed. */
  unmatched(): string[] {
    const out: string[] = []
    for (const e of this.client?.driver.events ?? [])
      if (!e.consumed && (e.event.delivered || e.event.sdkError))
        out.push(`${e.conn || 'driver'}: ${JSON.stringify(e.event.toJSON())}`)
    for (const [id, s] of this.actors) {
      for (const r of s.conn?.received ?? []) {
        if (r.consumed) continue
        if (!r.json || r.json.delivery !== undefined || r.json.error !== undefined)
          out.push(`${id}: ${describeReceived(r)}`)
      }
    }
    return out
  }

  close(): void {
    for (const s of this.actors.values()) s.conn?.terminate()
  }
}

function value(v: unknown) {
  return gpb.Value.fromObject(jsToValueObject(v, 'liveness'))
}

const LIVENESS_STEPS: Step[] = [
  cv1.Step.fromObject({ connect: { actor: 'liveness', withinMs: 3000 } }),
  { send: cv1.SendFrame.create({ actor: 'liveness', frame: value({ id: 2, ping: { clientTimeMs: '1' } }) }) },
  {
    expect: cv1.ExpectFrame.create({
      actor: 'liveness',
      frame: value({ id: 2, pong: { clientTimeMs: '1' } }),
      withinMs: 3000,
    }),
  },
]

async function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout()
      reject(new StepFailure(`scenario timed out after ${ms} ms`))
    }, ms)
  })
  try {
    return await Promise.race([p, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Creates a unique topic namespace for one scenario run (a valid topic token). */
export function newNamespace(): string {
  return `zr${randomToken(4)}`
}

/**
 * Runs one permutation against `target`: its steps, the unmatched-frame check
 * (unless allowExtra) and, for server mode, the liveness invariant.
 */
export async function runScenario(
  perm: Permutation,
  target: Target,
  opts: EngineOptions & {
    /** Both mode: the SDK driver command; SDK actors connect to the server under test. */
    readonly driver?: readonly string[]
    readonly log?: (line: string) => void
  },
): Promise<ScenarioResult> {
  const sc = perm.scenario
  const ns = newNamespace()
  const run = new Run(perm, target, opts, sc.actors ?? [], ns)
  let failure: Failure | undefined
  const timeoutMs = sc.timeoutMs || 10_000
  let driver: DriverHost | undefined
  if (opts.driver) {
    try {
      driver = await startDriver(opts.driver, perm.name, { log: opts.log })
    } catch (err) {
      return {
        ...skipped(perm, ''),
        status: 'failed',
        notes: [],
        failure: { step: 'setup', message: (err as Error).message },
      }
    }
    const have = new Set([...target.features, ...driver.features])
    const missing = (sc.requires ?? []).filter((f) => !have.has(f))
    if (missing.length > 0) {
      await driver.stop()
      return skipped(perm, `requires ${missing.join(', ')} (announced neither by the server nor by the driver)`)
    }
    run.client = { driver }
  }
  try {
    await withTimeout(run.steps(sc.steps ?? [], undefined, ''), timeoutMs, () => run.cancel())
    if (!sc.allowExtra) {
      const extra = run.unmatched()
      if (extra.length > 0)
        failure = { step: 'end', message: 'unexpected frames or events nothing matched', received: extra }
    }
  } catch (err) {
    failure = toFailure(err, 'steps')
  } finally {
    run.close()
  }
  if (driver) {
    for (const e of driver.events)
      run.trace.push({
        at: e.at - run.t0,
        actor: e.conn || 'driver',
        dir: '<',
        what: `event ${clip(JSON.stringify(e.event.toJSON()))}`,
      })
    run.trace.sort((a, b) => a.at - b.at)
    await driver.stop()
    if (failure) failure = { ...failure, log: driver.stderr().slice(-4000) || undefined }
  }
  // Liveness invariant: the server still accepts a fresh connection and answers a ping.
  const live = new Run(perm, target, opts, [cv1.Actor.create({ id: 'liveness' })], ns)
  try {
    await withTimeout(live.steps(LIVENESS_STEPS, undefined, 'liveness '), 8000, () => live.cancel())
  } catch (err) {
    const f = toFailure(err, 'liveness')
    failure ??= { ...f, message: `liveness check failed after the scenario: ${f.message}` }
  } finally {
    live.close()
  }
  for (const e of live.trace) run.trace.push({ ...e, at: e.at + (live.t0 - run.t0) })
  return {
    name: perm.name,
    level: sc.level ?? Level.LEVEL_UNSPECIFIED,
    status: failure ? 'failed' : 'passed',
    verdict: failure ? 'OK' : run.verdict === Verdict.VERDICT_OK ? 'OK' : (VERDICT_NAMES[run.verdict as 2 | 3] ?? 'OK'),
    notes: run.notes,
    failure,
    trace: run.trace,
    durationMs: performance.now() - run.t0,
  }
}

function toFailure(err: unknown, step: string): Failure {
  if (err instanceof StepFailure) {
    const m = /^step (\S+ \S+?): ([\s\S]*)$/.exec(err.message)
    return {
      step: m ? (m[1] as string) : step,
      message: m ? (m[2] as string) : err.message,
      expected: err.expected,
      received: err.received,
    }
  }
  return { step, message: `runner error: ${(err as Error)?.stack ?? String(err)}` }
}

/** A skipped permutation's result. */
export function skipped(perm: Permutation, reason: string): ScenarioResult {
  return {
    name: perm.name,
    level: perm.scenario.level ?? Level.LEVEL_UNSPECIFIED,
    status: 'skipped',
    verdict: 'OK',
    notes: [reason],
    trace: [],
    durationMs: 0,
  }
}

/** Client mode: what a permutation runs against. */
export interface ClientTarget {
  /** The driver command. */
  readonly driver: readonly string[]
  /** Keys the reference server trusts and the runner signs with. */
  readonly auth: AuthEnv
  /** Driver stderr lines (-v). */
  readonly log?: (line: string) => void
}

/**
 * Runs one client-mode permutation: a fresh reference server and a fresh driver
 * process (isolation), the steps, and the unmatched check (Delivery/Error frames
 * of raw actors, delivered/sdkError events of SDK actors).
 */
export async function runClientScenario(
  perm: Permutation,
  target: ClientTarget,
  opts: EngineOptions,
): Promise<ScenarioResult & { readonly driverFeatures?: readonly string[] }> {
  const sc = perm.scenario
  const t0 = performance.now()
  let ref: ReferenceServer | undefined
  let driver: DriverHost | undefined
  try {
    ref = await startReferenceServer(target.auth, { maxFrameBytes: sc.serverConfig?.maxFrameBytes ?? 0 })
    driver = await startDriver(target.driver, perm.name, { log: target.log })
  } catch (err) {
    await driver?.stop()
    await ref?.stop()
    return {
      name: perm.name,
      level: sc.level ?? Level.LEVEL_UNSPECIFIED,
      status: 'failed',
      verdict: 'OK',
      notes: [],
      failure: { step: 'setup', message: (err as Error).message },
      trace: [],
      durationMs: performance.now() - t0,
    }
  }
  const missing = (sc.requires ?? []).filter((f) => !driver?.features.includes(f))
  if (missing.length > 0) {
    await driver.stop()
    await ref.stop()
    return {
      ...skipped(perm, `requires ${missing.join(', ')} (not announced by the driver)`),
      driverFeatures: driver.features,
    }
  }
  const run = new Run(
    perm,
    { wsUrl: ref.urlFor(''), features: new Set(driver.features), config: DEFAULT_CONFIG_FOR_CLIENT, auth: target.auth },
    opts,
    sc.actors ?? [],
    newNamespace(),
  )
  run.client = { driver, ref }
  let failure: Failure | undefined
  try {
    await withTimeout(run.steps(sc.steps ?? [], undefined, ''), sc.timeoutMs || 10_000, () => run.cancel())
    await checkCleanCloses(ref, closedByApi(sc.steps ?? []), opts.timeSlackMs)
    if (!sc.allowExtra) {
      const extra = run.unmatched()
      if (extra.length > 0)
        failure = { step: 'end', message: 'unexpected frames or events nothing matched', received: extra }
    }
  } catch (err) {
    failure = toFailure(err, 'steps')
  } finally {
    run.close()
  }
  for (const e of driver.events)
    run.trace.push({
      at: e.at - run.t0,
      actor: e.conn || 'driver',
      dir: '<',
      what: `event ${clip(JSON.stringify(e.event.toJSON()))}`,
    })
  run.trace.sort((a, b) => a.at - b.at)
  await driver.stop()
  await ref.stop()
  if (failure) failure = { ...failure, log: driver.stderr().slice(-4000) || undefined }
  return {
    name: perm.name,
    level: sc.level ?? Level.LEVEL_UNSPECIFIED,
    status: failure ? 'failed' : 'passed',
    verdict: failure ? 'OK' : run.verdict === Verdict.VERDICT_OK ? 'OK' : (VERDICT_NAMES[run.verdict as 2 | 3] ?? 'OK'),
    notes: run.notes,
    failure,
    trace: run.trace,
    durationMs: performance.now() - t0,
    driverFeatures: driver.features,
  }
}

/** The actors of `api: {close: true}` steps (also inside loops and branches). */
function closedByApi(steps: readonly Step[]): Set<string> {
  const out = new Set<string>()
  for (const st of steps) {
    if (st.api?.close) out.add(st.api.actor ?? '')
    for (const sub of [st.loop?.steps ?? [], ...(st.anyOf?.branches ?? []).map((b) => b.steps ?? [])])
      for (const a of closedByApi(sub)) out.add(a)
  }
  return out
}

/**
 * docs/sdk-spec.md#12-clean-close: a connection the application closed ends with a close
 * frame carrying 1000. Waits up to a second for the reference server to see it.
 */
async function checkCleanCloses(ref: ReferenceServer, actors: ReadonlySet<string>, slackMs: number): Promise<void> {
  const deadline = performance.now() + 1000 + slackMs
  for (const actor of actors) {
    const last = () => ref.clientCloses.filter((c) => c.actor === actor).at(-1)
    while (!last() && performance.now() < deadline) await ref.waitChange(deadline)
    const got = last()
    if (!got) throw new StepFailure(`clean close: the reference server saw no close from ${actor} (expected code 1000)`)
    if (got.code !== 1000)
      throw new StepFailure(
        `clean close: ${actor} closed with code ${got.code}, expected 1000 (docs/sdk-spec.md#12-clean-close)`,
      )
  }
}

function clip(s: string, n = 300): string {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s
}
