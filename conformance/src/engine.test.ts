import type { AddressInfo } from 'node:net'
import { type ClientFrame, protoCodec, type ServerFrameInit, SUBPROTOCOLS } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocketServer } from 'ws'
import { DEFAULT_SERVER_CONFIG } from './config.js'
import { runClientScenario, runScenario, type Target } from './engine.js'
import { frameMessage } from './framing.js'
import { cv1, Mode } from './gen.js'
import { expand, parseScenarioFile } from './loader.js'
import { createAuthEnv } from './tokens.js'

// A scripted stand-in for a server, just enough protocol to exercise the engine:
// connect → connected, ping → pong, subscribe → subscribeAck, publish → publishAck (if
// ack) and a Delivery to the publisher itself; topic "x.stray" also sends a stray Error;
// topic "x.close" closes with 4500; topic "x.wedge" makes the server refuse new
// connections (so the liveness check fails).
let wss: WebSocketServer
let target: Target
let wedged = false

beforeAll(async () => {
  wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    handleProtocols: (p) => SUBPROTOCOLS.find((s) => p.has(s)) ?? false,
    verifyClient: () => !wedged,
  })
  wss.on('connection', (ws) => {
    ws.on('error', () => {})
    ws.on('message', (data: Buffer) => {
      const f: ClientFrame = protoCodec.decodeClient(new Uint8Array(data))
      const send = (frame: ServerFrameInit) => ws.send(protoCodec.encodeServer(frame))
      if (f.connect) send({ id: f.id, connected: { sessionId: 's1', subject: 'c1' } })
      else if (f.ping) send({ id: f.id, pong: { clientTimeMs: f.ping.clientTimeMs, serverTimeMs: Date.now() } })
      else if (f.subscribe) send({ id: f.id, subscribeAck: { topic: f.subscribe.topic } })
      else if (f.publish) {
        const topic = f.publish.topic
        if (topic === 'x.close') return ws.close(4500, 'bye')
        if (topic === 'x.wedge') wedged = true
        if (f.publish.ack) send({ id: f.id, publishAck: { topic, offset: 1 } })
        if (topic === 'x.stray') send({ id: 0, error: { code: 1 } })
        setTimeout(
          () => send({ delivery: { topic, payload: f.publish?.payload, offset: 1 } }),
          topic === 'x.slow' ? 300 : 0,
        )
      }
    })
  })
  await new Promise<void>((r) => wss.once('listening', () => r()))
  const auth = await createAuthEnv()
  target = {
    wsUrl: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`,
    features: new Set(),
    config: DEFAULT_SERVER_CONFIG,
    auth,
  }
})

afterAll(async () => {
  for (const c of wss.clients) c.terminate()
  await new Promise<void>((r) => wss.close(() => r()))
})

async function run(steps: string, extra = '') {
  const yaml = `suite: T\nscenarios:\n  - name: t\n    modes: [MODE_SERVER]\n    codecs: [CODEC_BINARY]\n${extra}    actors: [{ id: c1 }]\n    steps:\n${steps}`
  const [perm] = expand([{ file: 't.yaml', suite: parseScenarioFile(yaml, 't.yaml') }], Mode.MODE_SERVER)
  if (!perm) throw new Error('no permutation')
  return runScenario(perm, target, { timeSlackMs: 20 })
}

const CONNECT = '      - connect: { actor: c1 }\n'
const publish = (topic: string, ack = true) =>
  `      - send: { actor: c1, frame: { id: 5, publish: { topic: ${topic}, payload: YQ==, ack: ${ack} } } }\n`

describe('runScenario()', () => {
  it('passes when every expectation matches and captures carry across steps', async () => {
    const r = await run(
      `${CONNECT}${publish('x.a')}      - expect: { actor: c1, frame: { id: 5, publishAck: { offset: "$o" } } }\n` +
        '      - expect: { actor: c1, frame: { delivery: { topic: x.a, offset: "$o" } } }\n',
    )
    expect(r.failure).toBeUndefined()
    expect(r.status).toBe('passed')
    expect(r.trace.some((e) => e.actor === 'liveness')).toBe(true)
  })

  it('fails on a Delivery or Error frame nothing matched, unless allowExtra', async () => {
    const steps = `${CONNECT}${publish('x.stray')}      - expect: { actor: c1, frame: { id: 5, publishAck: {} } }\n      - control: { sleepMs: 100 }\n`
    const r = await run(steps)
    expect(r.status).toBe('failed')
    expect(r.failure?.message).toMatch(/unexpected frames or events nothing matched/)
    expect(r.failure?.received).toHaveLength(2)
    expect((await run(steps, '    allowExtra: true\n')).status).toBe('passed')
  })

  it('fails an expectation that times out, naming the step and the closest mismatch', async () => {
    const r = await run(
      `${CONNECT}${publish('x.a')}      - expect: { actor: c1, frame: { id: 5, publishAck: { offset: "2" } }, withinMs: 200 }\n`,
      '    allowExtra: true\n',
    )
    expect(r.failure?.step).toBe('3 expect(c1)')
    expect(r.failure?.message).toMatch(
      /no matching frame within 200 ms; closest: frame.publishAck.offset: expected "2", got "1"/,
    )
  })

  it('checks afterMs: a frame arriving too early fails', async () => {
    const late = `${CONNECT}${publish('x.slow', false)}      - expect: { actor: c1, frame: { delivery: {} }, afterMs: 200, withinMs: 1000 }\n`
    expect((await run(late)).status).toBe('passed')
    const early = `${CONNECT}${publish('x.a', false)}      - expect: { actor: c1, frame: { delivery: {} }, afterMs: 200, withinMs: 1000 }\n`
    expect((await run(early)).failure?.message).toMatch(/expected not before 200 ms/)
  })

  it('fails expectNone on a matching frame', async () => {
    const r = await run(
      `${CONNECT}${publish('x.a', false)}      - expectNone: { actor: c1, match: { delivery: {} }, forMs: 300 }\n`,
    )
    expect(r.failure?.message).toMatch(/unexpected frame within 300 ms/)
  })

  it('takes the first anyOf branch that matches and records its verdict', async () => {
    const anyOf =
      '      - anyOf:\n          branches:\n' +
      '            - { verdict: VERDICT_OK, steps: [ { expect: { actor: c1, frame: { id: 5, error: {} }, withinMs: 200 } } ] }\n' +
      '            - { verdict: VERDICT_NON_STRICT, note: acks instead, steps: [ { expect: { actor: c1, frame: { id: 5, publishAck: {} } } } ] }\n'
    const r = await run(`${CONNECT}${publish('x.a')}${anyOf}      - expect: { actor: c1, frame: { delivery: {} } }\n`)
    expect(r.failure).toBeUndefined()
    expect(r.verdict).toBe('NON_STRICT')
    expect(r.notes.join()).toMatch(/acks instead/)
  })

  it('gives frames a failed branch consumed back to the next branch', async () => {
    const anyOf =
      '      - anyOf:\n          branches:\n' +
      '            - steps: [ { expect: { actor: c1, frame: { id: 5, publishAck: {} } } }, { expect: { actor: c1, frame: { id: 99, pong: {} }, withinMs: 100 } } ]\n' +
      '            - { verdict: VERDICT_INFORMATIONAL, steps: [ { expect: { actor: c1, frame: { id: 5, publishAck: {} } } } ] }\n'
    const r = await run(`${CONNECT}${publish('x.a')}${anyOf}`, '    allowExtra: true\n')
    expect(r.failure).toBeUndefined()
    expect(r.verdict).toBe('INFORMATIONAL')
  })

  it('checks close codes', async () => {
    const steps = `${CONNECT}${publish('x.close')}`
    expect((await run(`${steps}      - expectClose: { actor: c1, codes: [CLOSE_CODE_BAD_REQUEST] }\n`)).status).toBe(
      'passed',
    )
    const wrong = await run(`${steps}      - expectClose: { actor: c1, codes: [CLOSE_CODE_PROTOCOL_ERROR] }\n`)
    expect(wrong.failure?.message).toMatch(/closed with 4500/)
  })

  it('fails a scenario that leaves the server unable to accept connections (liveness)', async () => {
    const r = await run(
      `${CONNECT}${publish('x.wedge')}      - expect: { actor: c1, frame: { id: 5, publishAck: {} } }\n`,
      '    allowExtra: true\n',
    )
    wedged = false
    expect(r.status).toBe('failed')
    expect(r.failure?.message).toMatch(/liveness check failed/)
  })

  it('enforces the scenario timeout', async () => {
    const r = await run(`${CONNECT}      - control: { sleepMs: 2000 }\n`, '    timeoutMs: 300\n')
    expect(r.failure?.message).toMatch(/timed out after 300 ms/)
  })
})

// Client mode needs a driver, but expectObserved only looks at what the reference server
// received. This stand-in answers Hello and then idles until the runner closes its stdin;
// the scenarios use raw actors, which in client mode connect to the reference server, so the
// frames they send are the "observed" frames. A ping/pong round trip (SYNC) makes sure every
// frame sent before it has been recorded before the next step looks.
const HELLO = frameMessage(
  cv1.DriverEvent.encode(cv1.DriverEvent.create({ helloResult: { sdkName: 'stub', sdkVersion: '0' } })).finish(),
)
const STUB_DRIVER = [
  process.execPath,
  '-e',
  `process.stdout.write(Buffer.from('${HELLO.toString('base64')}', 'base64'))
process.stdin.on('data', () => {})
process.stdin.on('end', () => process.exit(0))`,
]

async function runClient(steps: string, codec = 'CODEC_BINARY') {
  const yaml = `suite: T\nscenarios:\n  - name: t\n    modes: [MODE_CLIENT]\n    codecs: [${codec}]\n    actors: [{ id: c1 }]\n    steps:\n${steps}`
  const [perm] = expand([{ file: 't.yaml', suite: parseScenarioFile(yaml, 't.yaml') }], Mode.MODE_CLIENT)
  if (!perm) throw new Error('no permutation')
  return runClientScenario(perm, { driver: STUB_DRIVER, auth: target.auth }, { timeSlackMs: 20 })
}

const ack = (offset: number) =>
  `      - send: { actor: c1, frame: { ack: { topic: x.a, epoch: e1, offset: "${offset}" } } }\n`
const SYNC =
  '      - send: { actor: c1, frame: { id: 9, ping: {} } }\n      - expect: { actor: c1, frame: { id: 9, pong: {} } }\n'
const observeAck = (offset: number, opts = ', first: true') =>
  `      - expectObserved: { actor: c1, frame: { ack: { topic: x.a, offset: "${offset}" } }${opts} }\n`

describe('runClientScenario() expectObserved.first', () => {
  it('passes when the first unconsumed frame of the kind matches', async () => {
    const r = await runClient(`${CONNECT}${ack(1)}${ack(2)}${SYNC}${observeAck(1)}`)
    expect(r.failure).toBeUndefined()
    expect(r.status).toBe('passed')
  })

  it.each(['CODEC_BINARY', 'CODEC_JSON'])(
    'fails at once when the first frame of the kind does not match, even though a later one does (%s)',
    async (codec) => {
      // Steps: 1 connect, 2-3 acks, 4-5 sync, 6 the expectation.
      const steps = `${CONNECT}${ack(1)}${ack(2)}${SYNC}`
      const r = await runClient(`${steps}${observeAck(2, ', first: true, withinMs: 5000')}`, codec)
      expect(r.status).toBe('failed')
      expect(r.failure?.step).toBe('6 expectObserved(c1)')
      expect(r.failure?.message).toBe(
        'the first ack frame the reference server received from c1 does not match (frame.ack.offset: expected "2", got "1")',
      )
      expect(r.failure?.expected).toBe('{"ack":{"topic":"x.a","offset":"2"}}')
      expect(r.failure?.received).toHaveLength(1)
      expect(r.failure?.received?.[0]).toMatch(/"offset":"1"/)
      // A mismatch is final: the step does not wait out withinMs for another frame.
      expect(r.durationMs).toBeLessThan(4000)
      // Without `first`, the later frame satisfies the same step.
      const plain = await runClient(`${steps}${observeAck(2, '')}`, codec)
      expect(plain.failure).toBeUndefined()
      expect(plain.status).toBe('passed')
    },
  )

  it('ignores frames of other kinds before the first frame of the kind', async () => {
    const others =
      '      - send: { actor: c1, frame: { id: 2, subscribe: { topic: x.a } } }\n' +
      '      - send: { actor: c1, frame: { id: 3, publish: { topic: x.b, payload: YQ== } } }\n'
    const r = await runClient(`${CONNECT}${others}${ack(1)}${SYNC}${observeAck(1)}`)
    expect(r.failure).toBeUndefined()
    expect(r.status).toBe('passed')
  })

  it('looks at the next unconsumed frame of the kind after earlier steps consumed some', async () => {
    const acks = `${CONNECT}${ack(1)}${ack(2)}${ack(3)}${ack(4)}${SYNC}`
    // A plain expectObserved consuming ack 2 out of order also takes it out of the running.
    const ok = await runClient(`${acks}${observeAck(1)}${observeAck(2, '')}${observeAck(3)}${observeAck(4)}`)
    expect(ok.failure).toBeUndefined()
    expect(ok.status).toBe('passed')
    // Steps: 1 connect, 2-5 acks, 6-7 sync, 8 first ack 1, 9 first ack 3 (but ack 2 is next).
    const skipped = await runClient(`${acks}${observeAck(1)}${observeAck(3)}`)
    expect(skipped.failure?.step).toBe('9 expectObserved(c1)')
    expect(skipped.failure?.message).toBe(
      'the first ack frame the reference server received from c1 does not match (frame.ack.offset: expected "3", got "2")',
    )
  })

  it('fails after withinMs when no frame of the kind arrives', async () => {
    const r = await runClient(`${CONNECT}${SYNC}${observeAck(1, ', first: true, withinMs: 300')}`)
    expect(r.failure?.step).toBe('4 expectObserved(c1)')
    expect(r.failure?.message).toBe('the reference server received no matching frame from c1 within 300 ms')
    expect(r.failure?.received?.some((f) => f.includes('"ping"'))).toBe(true)
  })

  it('gives observed frames a failed anyOf branch consumed back to the next branch', async () => {
    const first = (offset: number) =>
      `{ expectObserved: { actor: c1, frame: { ack: { topic: x.a, offset: "${offset}" } }, first: true, withinMs: 100 } }`
    const anyOf =
      '      - anyOf:\n          branches:\n' +
      `            - steps: [ ${first(1)}, ${first(9)} ]\n` +
      `            - { verdict: VERDICT_INFORMATIONAL, steps: [ ${first(1)} ] }\n`
    const r = await runClient(`${CONNECT}${ack(1)}${ack(2)}${SYNC}${anyOf}`)
    expect(r.failure).toBeUndefined()
    expect(r.verdict).toBe('INFORMATIONAL')
  })

  it.each(['{ id: 5 }', '{}'])('fails a pattern without a kind (%s)', async (frame) => {
    const r = await runClient(
      `${CONNECT}${ack(1)}${SYNC}      - expectObserved: { actor: c1, frame: ${frame}, first: true }\n`,
    )
    expect(r.status).toBe('failed')
    expect(r.failure?.step).toBe('5 expectObserved(c1)')
    expect(r.failure?.message).toBe('expectObserved.first needs a frame pattern with a kind (e.g. ack)')
  })
})
