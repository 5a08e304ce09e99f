import type { AddressInfo } from 'node:net'
import { type ClientFrame, protoCodec, type ServerFrameInit, SUBPROTOCOLS } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocketServer } from 'ws'
import { DEFAULT_SERVER_CONFIG } from './config.js'
import { runScenario, type Target } from './engine.js'
import { Mode } from './gen.js'
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
