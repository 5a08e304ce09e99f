import { describe, expect, it } from 'vitest'
import { BUNDLED_SUITES } from './cli.js'
import { Codec, Mode } from './gen.js'
import { expand, loadSuites, parseScenarioFile } from './loader.js'

const base = `
suite: Demo
scenarios:
  - name: demo/one
    modes: [MODE_SERVER]
    level: LEVEL_REQUIRED
    actors: [{ id: c1 }]
    steps:
      - connect: { actor: c1 }
      - send: { actor: c1, frame: { id: 2, ping: {} } }
      - expect: { actor: c1, frame: { id: 2, pong: {} } }
`

describe('parseScenarioFile()', () => {
  it('reads a valid file into Scenario messages', () => {
    const sf = parseScenarioFile(base, 'demo.yaml')
    expect(sf.suite).toBe('Demo')
    expect(sf.scenarios?.[0]?.modes).toEqual([Mode.MODE_SERVER])
    expect(sf.scenarios?.[0]?.steps).toHaveLength(3)
  })

  it('rejects an unknown key (a typo) with its path', () => {
    expect(() => parseScenarioFile(base.replace('level:', 'levle:'), 'demo.yaml')).toThrow(
      /demo\.yaml\.scenarios\[0\]\.levle: unknown field of Scenario/,
    )
    expect(() => parseScenarioFile(base.replace('connect: { actor', 'connect: { actr'), 'demo.yaml')).toThrow(
      /unknown field of ConnectStep/,
    )
  })

  it('rejects enum numbers and unknown enum names', () => {
    expect(() => parseScenarioFile(base.replace('LEVEL_REQUIRED', '1'), 'd')).toThrow(/expected an enum name of Level/)
    expect(() => parseScenarioFile(base.replace('LEVEL_REQUIRED', 'LEVEL_MUST'), 'd')).toThrow(/unknown Level value/)
  })

  it('rejects two members of a oneof in one step', () => {
    const twoKinds = base.replace(
      '- connect: { actor: c1 }',
      '- { connect: { actor: c1 }, send: { actor: c1, frame: {} } }',
    )
    expect(() => parseScenarioFile(twoKinds, 'd')).toThrow(/only one of/)
  })

  it('validates frame patterns against ClientFrame/ServerFrame', () => {
    expect(() => parseScenarioFile(base.replace('ping: {} } }', 'pnig: {} } }'), 'd')).toThrow(
      /steps\[1\]\.send\.frame\.pnig: unknown field of ClientFrame/,
    )
    expect(() => parseScenarioFile(base.replace('pong: {}', 'pong: { clientTime: 1 }'), 'd')).toThrow(
      /unknown field of Pong/,
    )
  })

  it('rejects references to undeclared actors, duplicate names and raw frames on ws actors', () => {
    expect(() => parseScenarioFile(base.replace('send: { actor: c1', 'send: { actor: c2'), 'd')).toThrow(
      /unknown actor "c2"/,
    )
    const dup = `${base}${base.split('scenarios:')[1]}`
    expect(() => parseScenarioFile(dup, 'd')).toThrow(/duplicate scenario demo\/one/)
    const raw = base.replace(
      '- send: { actor: c1, frame: { id: 2, ping: {} } }',
      '- sendRaw: { actor: c1, wsFrame: { opcode: 9 } }',
    )
    expect(() => parseScenarioFile(raw, 'd')).toThrow(/needs transport TRANSPORT_RAW/)
  })

  it('checks client-mode steps: SDK actors, DriverEvent patterns, ClientFrame observations', () => {
    const client = base.replace('MODE_SERVER', 'MODE_CLIENT').replace('{ id: c1 }', '{ id: c1, sdk: {} }')
    const api = client.replace('- connect: { actor: c1 }', '- api: { actor: c1, connect: true, idAs: "$c" }')
    expect(() => parseScenarioFile(api, 'd')).not.toThrow()
    expect(() => parseScenarioFile(api.replace('{ id: c1, sdk: {} }', '{ id: c1 }'), 'd')).toThrow(/not an SDK actor/)
    const ev = api.replace(
      '- send: { actor: c1, frame: { id: 2, ping: {} } }',
      '- expectEvent: { actor: c1, event: { stateChange: { state: CONN_STATE_UP } } }',
    )
    expect(() => parseScenarioFile(ev, 'd')).toThrow(/unknown ConnState value/)
    const obs = api.replace(
      '- send: { actor: c1, frame: { id: 2, ping: {} } }',
      '- expectObserved: { actor: c1, frame: { subscribe: { topc: a } } }',
    )
    expect(() => parseScenarioFile(obs, 'd')).toThrow(/unknown field of Subscribe/)
  })

  it('rejects reference-server steps in MODE_BOTH scenarios', () => {
    const both = base.replace('MODE_SERVER', 'MODE_BOTH').replace('{ id: c1 }', '{ id: c1, sdk: {} }')
    const script = both.replace('- connect: { actor: c1 }', '- server: { actor: c1, dropTcp: true }')
    expect(() => parseScenarioFile(script, 'd')).toThrow(/cannot run in MODE_BOTH/)
  })

  it('rejects duplicate YAML keys', () => {
    expect(() =>
      parseScenarioFile(base.replace('level: LEVEL_REQUIRED', 'level: LEVEL_REQUIRED\n    level: LEVEL_REQUIRED'), 'd'),
    ).toThrow(/invalid YAML/)
  })
})

describe('expand()', () => {
  it('expands over the codec axis unless the scenario pins codecs', () => {
    const sf = parseScenarioFile(base, 'demo.yaml')
    expect(expand([{ file: 'demo.yaml', suite: sf }], Mode.MODE_SERVER).map((p) => p.name)).toEqual([
      'Demo/Codec:binary/demo/one',
      'Demo/Codec:json/demo/one',
    ])
    const pinned = parseScenarioFile(
      base.replace('level: LEVEL_REQUIRED', 'level: LEVEL_REQUIRED\n    codecs: [CODEC_JSON]'),
      'd',
    )
    const perms = expand([{ file: 'd', suite: pinned }], Mode.MODE_SERVER)
    expect(perms.map((p) => p.codec)).toEqual([Codec.CODEC_JSON])
    expect(expand([{ file: 'd', suite: pinned }], Mode.MODE_CLIENT)).toEqual([])
  })
})

describe('bundled suites', () => {
  it('all load and validate', () => {
    const files = loadSuites([BUNDLED_SUITES])
    expect(files.length).toBeGreaterThanOrEqual(7)
    const perms = expand(files, Mode.MODE_SERVER)
    expect(new Set(perms.map((p) => p.name)).size).toBe(perms.length)
    expect(perms.length).toBeGreaterThan(50)
  })
})
