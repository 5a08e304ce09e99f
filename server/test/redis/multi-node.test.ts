/**
 * Several relay PROCESSES against one real Redis (docs/scaling.md): fanout across nodes, and the
 * at-least-once history checker (lost = 0, unexpected = 0, reorders = 0) while a node is SIGKILLed
 * and while Redis is killed and restarted with AOF `always`; without persistence the epoch changes
 * and a resume reports UNRECOVERABLE_POSITION. Every loop is bounded in count and time.
 */
import { Code, fromU64, type ServerFrame, toU64 } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeliveryHistory, decodeValue, encodeValue, type DeliveryHistory as History } from '../delivery-checker.js'
import { connectClient, mintToken, type TestClient } from '../helpers.js'
import { type RedisServer, startRedisServer } from './redis-server.js'
import { type RelayProcess, startRelayProcess } from './relay-process.js'

const ALO = 2
const servers: RedisServer[] = []
const relays: RelayProcess[] = []
const clients: TestClient[] = []

afterAll(async () => {
  for (const c of clients) c.ws.terminate()
  await Promise.all(relays.map((r) => r.kill()))
  await Promise.all(servers.map((s) => s.dispose()))
})

async function redis(persistence: 'none' | 'aof-always'): Promise<RedisServer> {
  const s = await startRedisServer(persistence)
  servers.push(s)
  return s
}

async function nodes(server: RedisServer, count: number): Promise<RelayProcess[]> {
  const started = await Promise.all(Array.from({ length: count }, () => startRelayProcess(server.url)))
  relays.push(...started)
  return started
}

async function connect(url: string): Promise<TestClient> {
  const c = await connectClient(url, await mintToken())
  clients.push(c)
  return c
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Waits (bounded) until `predicate` holds. */
async function until(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`)
    await sleep(10)
  }
}

/**
 * A publisher of unique values that retries each value (same idempotency key) on a retryable
 * error or a lost connection, reconnecting to the next node; every ack is recorded.
 */
class Publisher {
  acked = 0
  readonly epochs: string[] = []
  #client: TestClient | undefined
  #node = 0

  constructor(
    readonly name: string,
    readonly topic: string,
    readonly history: History,
    readonly urls: () => string[],
  ) {}

  async #connection(): Promise<TestClient> {
    if (this.#client !== undefined && this.#client.ws.readyState === this.#client.ws.OPEN) return this.#client
    for (let attempt = 0; attempt < 100; attempt++) {
      const urls = this.urls()
      const url = urls[this.#node++ % urls.length] as string
      try {
        this.#client = await connect(url)
        return this.#client
      } catch {
        await sleep(50)
      }
    }
    throw new Error(`${this.name}: no node reachable`)
  }

  /** Connects to `url` first. */
  async start(url: string): Promise<void> {
    this.#client = await connect(url)
  }

  async publish(counter: number, deadlineMs = 20_000): Promise<ServerFrame> {
    const value = { publisher: this.name, counter }
    this.history.attempt(this.topic, value)
    const deadline = Date.now() + deadlineMs
    while (Date.now() < deadline) {
      const client = await this.#connection()
      let reply: ServerFrame
      try {
        reply = await client.call({
          publish: {
            topic: this.topic,
            payload: encodeValue(value),
            idempotencyKey: `${this.name}-${counter}`,
            ack: true,
          },
        })
      } catch {
        continue // connection lost: reconnect (maybe to another node) and retry with the same key
      }
      if (reply.kind === 'publishAck') {
        this.history.ack(this.topic, value)
        this.acked++
        this.epochs.push(reply.publishAck?.epoch ?? '')
        return reply
      }
      if (reply.error?.retryable !== true) throw new Error(`publish failed: ${JSON.stringify(reply.toJSON())}`)
      await sleep(25)
    }
    throw new Error(`${this.name}: value ${counter} not acknowledged in time`)
  }

  async run(from: number, count: number): Promise<void> {
    for (let n = from; n < from + count; n++) await this.publish(n)
  }
}

/** An at-least-once subscriber that acks every delivery and resumes from its last ack after a disconnect. */
class Subscriber {
  last: { epoch: string; offset: bigint } | undefined
  readonly epochs = new Set<string>()
  resumes = 0
  #client: TestClient | undefined
  #closedByTest = false

  constructor(
    readonly name: string,
    readonly topic: string,
    readonly history: History,
    readonly urls: () => string[],
  ) {}

  async start(url: string): Promise<ServerFrame> {
    const client = await connect(url)
    this.#client = client
    client.ws.on('message', (data: Buffer, isBinary: boolean) => {
      const frame = client.codec.decodeServer(isBinary ? new Uint8Array(data) : data.toString('utf8'))
      if (frame.kind !== 'delivery' || frame.delivery == null) return
      const d = frame.delivery
      const position = { epoch: d.epoch ?? '', offset: toU64(d.offset) }
      this.history.deliver(this.name, this.topic, decodeValue(d.payload))
      this.epochs.add(position.epoch)
      this.last = position
      if (client.ws.readyState === client.ws.OPEN) {
        client.send({ ack: { topic: this.topic, epoch: position.epoch, offset: fromU64(position.offset) } })
      }
    })
    client.ws.once('close', () => {
      if (!this.#closedByTest) void this.#resume()
    })
    const resumeAfter =
      this.last === undefined ? undefined : { epoch: this.last.epoch, offset: fromU64(this.last.offset) }
    const reply = await client.call({ subscribe: { topic: this.topic, mode: ALO, resumeAfter } })
    if (reply.kind !== 'subscribeAck')
      throw new Error(`${this.name}: subscribe failed: ${JSON.stringify(reply.toJSON())}`)
    return reply
  }

  async #resume(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const urls = this.urls()
      try {
        await this.start(urls[attempt % urls.length] as string)
        this.resumes++
        return
      } catch {
        await sleep(50)
      }
    }
  }

  close(): void {
    this.#closedByTest = true
    this.#client?.close()
  }
}

function expectClean(history: History, topic: string, subscriber: string): void {
  const r = history.check(topic, subscriber)
  expect(r.lost, `${subscriber} lost`).toEqual([])
  expect(r.unexpected, `${subscriber} unexpected`).toEqual([])
  expect(r.reorders, `${subscriber} reorders`).toBe(0)
  console.info(`[multi-node checker] ${topic}/${subscriber}: ${r.delivered} delivered, ${r.duplicates} duplicates`)
}

/** Waits until `subscriber` saw every acknowledged value of `topic`. */
async function delivered(history: History, topic: string, subscriber: string, timeoutMs = 15_000): Promise<void> {
  await until(() => history.check(topic, subscriber).lost.length === 0, timeoutMs, `${subscriber} caught up`).catch(
    () => undefined, // expectClean reports what is missing
  )
}

describe('several relay processes on one Redis (no persistence)', () => {
  let shared: RedisServer
  let a: RelayProcess
  let b: RelayProcess
  let c: RelayProcess

  beforeAll(async () => {
    shared = await redis('none')
    ;[a, b, c] = (await nodes(shared, 3)) as [RelayProcess, RelayProcess, RelayProcess]
  }, 60_000)

  it('fans a publish on one node out to subscribers on every node, in order, with one offset sequence', async () => {
    const pub = await connect(a.url)
    const onB = await connect(b.url)
    const onC = await connect(c.url)
    const onA = await connect(a.url)
    await onB.call({ subscribe: { topic: 'fan.*' } })
    await onC.call({ subscribe: { topic: 'fan.x' } })
    await onA.call({ subscribe: { topic: 'fan.>' } })
    // Another tenant's subscriber on every pattern sees nothing of it.
    const other = await connectClient(c.url, await mintToken({ tenant: 'b' }))
    clients.push(other)
    await other.call({ subscribe: { topic: '>' } })
    const acks: ServerFrame[] = []
    for (let i = 0; i < 30; i++)
      acks.push(await pub.call({ publish: { topic: 'fan.x', payload: new Uint8Array([i]), ack: true } }))
    await pub.call({ publish: { topic: 'fan.x', payload: new Uint8Array([255]), ack: true } }) // end marker
    for (const sub of [onB, onC, onA]) {
      const got: ServerFrame[] = []
      while (got.at(-1)?.delivery?.payload?.[0] !== 255) got.push(await sub.next((f) => f.kind === 'delivery'))
      // Exactly once each, in order, with the offsets of the acks.
      expect(got.map((d) => d.delivery?.payload?.[0])).toEqual([...Array.from({ length: 30 }, (_, i) => i), 255])
      for (let i = 0; i < 30; i++) expect(toU64(got[i]?.delivery?.offset)).toBe(toU64(acks[i]?.publishAck?.offset))
    }
    // A marker in tenant b arrives; nothing of tenant default arrived before it.
    const otherPub = await connectClient(a.url, await mintToken({ tenant: 'b' }))
    clients.push(otherPub)
    await otherPub.call({ publish: { topic: 'fan.x', payload: new Uint8Array([7]), ack: true } })
    const first = await other.next((f) => f.kind === 'delivery')
    expect(first.delivery?.payload?.[0]).toBe(7)
    expect(other.frames.filter((f) => f.kind === 'delivery')).toHaveLength(0)
  })

  it('loses no acknowledged message while a node is SIGKILLed and its clients move to another node', async () => {
    const topic = 'kill.x'
    const history = new DeliveryHistory()
    const live = () => [a, b, c].filter((r) => r.running).map((r) => r.url)
    const s1 = new Subscriber('s1', topic, history, live)
    const s2 = new Subscriber('s2', topic, history, live)
    await s1.start(b.url)
    await s2.start(c.url)
    const p1 = new Publisher('p1', topic, history, live)
    const p2 = new Publisher('p2', topic, history, live)
    // p2 starts on b (the node that dies): its retries go to the other nodes with the same keys.
    await p1.start(a.url)
    await p2.start(b.url)
    const runs = [p1.run(0, 200), p2.run(0, 200)]
    await until(() => p1.acked >= 60, 20_000, 'load')
    await b.kill()
    await Promise.all(runs)
    await p1.publish(200) // a marker after the load
    await delivered(history, topic, 's1')
    await delivered(history, topic, 's2')
    expectClean(history, topic, 's1')
    expectClean(history, topic, 's2')
    expect(s1.resumes).toBeGreaterThanOrEqual(1)
    s1.close()
    s2.close()
  })
})

describe('Redis killed and restarted under load', () => {
  it('with AOF always: no acknowledged message is lost; /readyz false while Redis is down, /healthz true', async () => {
    const server = await redis('aof-always')
    const [c, d] = (await nodes(server, 2)) as [RelayProcess, RelayProcess]
    const topic = 'aof.x'
    const history = new DeliveryHistory()
    const s1 = new Subscriber('s1', topic, history, () => [d.url])
    const s2 = new Subscriber('s2', topic, history, () => [c.url])
    const initial = await s1.start(d.url)
    await s2.start(c.url)
    const p = new Publisher('p', topic, history, () => [c.url, d.url])
    const load = p.run(0, 300)
    await until(() => p.acked >= 80, 20_000, 'load')
    await server.kill()
    await c.waitReady(false)
    expect(await c.status('/healthz')).toBe(200)
    const ackedWhileDown = p.acked
    await sleep(200)
    expect(p.acked).toBe(ackedWhileDown) // never a success ack while Redis is down
    await server.start()
    await c.waitReady(true)
    await d.waitReady(true)
    await load
    await p.publish(300)
    await delivered(history, topic, 's1')
    await delivered(history, topic, 's2')
    expectClean(history, topic, 's1')
    expectClean(history, topic, 's2')
    // The epoch survived (AOF): one epoch for every ack and delivery.
    expect(new Set(p.epochs)).toEqual(new Set([initial.subscribeAck?.position?.epoch]))
    expect(s1.epochs.size).toBe(1)
    s1.close()
    s2.close()
  })

  it('without persistence: the epoch changes and a resume from the old epoch gets UNRECOVERABLE_POSITION', async () => {
    const server = await redis('none')
    const [e, f] = (await nodes(server, 2)) as [RelayProcess, RelayProcess]
    const topic = 'np.x'
    const history = new DeliveryHistory()
    const s = new Subscriber('s', topic, history, () => [f.url])
    await s.start(f.url)
    const p = new Publisher('p', topic, history, () => [e.url])
    await p.run(0, 50)
    await delivered(history, topic, 's')
    const before = s.last
    expect(before?.offset).toBe(50n)
    const load = p.run(50, 100)
    await until(() => p.acked >= 70, 20_000, 'load')
    await server.restart()
    await e.waitReady(true)
    await f.waitReady(true)
    await load
    const after = p.epochs.at(-1)
    expect(after).not.toBe(before?.epoch)
    // The open subscription followed the topic into the new epoch.
    await until(() => s.epochs.has(after ?? ''), 10_000, 'delivery in the new epoch')
    // A client resuming from the old epoch is told, with the current position.
    const late = await connect(e.url)
    const reply = await late.call({
      subscribe: {
        topic,
        mode: ALO,
        resumeAfter: { epoch: before?.epoch ?? '', offset: fromU64(before?.offset ?? 0n) },
      },
    })
    expect(reply.error?.code).toBe(Code.CODE_UNRECOVERABLE_POSITION)
    expect(reply.error?.position?.epoch).toBe(after)
    s.close()
  })
})
