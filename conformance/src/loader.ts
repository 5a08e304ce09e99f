/**
 * Loads scenario files (YAML, the proto-JSON form of ScenarioFile), validates them
 * strictly and expands them into permutations over the codec axis.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { type Actor, Codec, cv1, Mode, type Scenario, type ScenarioFile, type Step, Transport } from './gen.js'
import { checkPattern } from './patterns.js'
import { readMessage, SchemaError, valueToJs } from './proto-json.js'

/** A scenario bound to one point of the permutation matrix. */
export interface Permutation {
  /** `Suite/Codec:binary/scenario-name`. */
  readonly name: string
  readonly suite: string
  readonly scenario: Scenario
  readonly codec: Codec
  /** The file it came from. */
  readonly file: string
}

/** Codec axis values as they appear in permutation names. */
export const CODEC_NAMES: Readonly<Record<number, string>> = {
  [Codec.CODEC_BINARY]: 'binary',
  [Codec.CODEC_JSON]: 'json',
}

const NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/

/** Parses and validates one scenario file's text. Throws SchemaError with the file and path. */
export function parseScenarioFile(text: string, file: string): ScenarioFile {
  let raw: unknown
  try {
    raw = parseYaml(text, { uniqueKeys: true, prettyErrors: true })
  } catch (err) {
    throw new SchemaError(`${file}: invalid YAML: ${(err as Error).message}`)
  }
  let sf: ScenarioFile
  try {
    sf = readMessage('zerorelay.conformance.v1.ScenarioFile', cv1.ScenarioFile, raw, file)
  } catch (err) {
    if (err instanceof SchemaError) throw err
    throw new SchemaError(`${file}: ${(err as Error).message}`)
  }
  validateFile(sf, file)
  return sf
}

function validateFile(sf: ScenarioFile, file: string): void {
  if (!/^[A-Z][A-Za-z0-9-]*$/.test(sf.suite ?? ''))
    throw new SchemaError(`${file}.suite: expected a capitalised name, got ${JSON.stringify(sf.suite)}`)
  const names = new Set<string>()
  for (const [i, sc] of (sf.scenarios ?? []).entries()) {
    const p = `${file}.scenarios[${i}]`
    const name = sc.name ?? ''
    if (!NAME.test(name))
      throw new SchemaError(`${p}.name: expected kebab-case, '/'-separated, got ${JSON.stringify(sc.name)}`)
    if (names.has(name)) throw new SchemaError(`${p}.name: duplicate scenario ${name}`)
    names.add(name)
    validateScenario(sc, `${file}:${name}`)
  }
}

/** Semantic checks beyond the schema: references, patterns, transports. */
export function validateScenario(sc: Scenario, path: string): void {
  const modes = sc.modes ?? []
  if (modes.length === 0) throw new SchemaError(`${path}.modes: at least one mode`)
  if (modes.some((m) => m === Mode.MODE_UNSPECIFIED)) throw new SchemaError(`${path}.modes: MODE_UNSPECIFIED`)
  if ((sc.codecs ?? []).some((c) => c === Codec.CODEC_UNSPECIFIED))
    throw new SchemaError(`${path}.codecs: CODEC_UNSPECIFIED`)
  const actors = new Map<string, Actor>()
  for (const [i, a] of (sc.actors ?? []).entries()) {
    const id = a.id ?? ''
    if (!/^[a-z][a-z0-9_-]*$/.test(id)) throw new SchemaError(`${path}.actors[${i}].id: expected a lower-case name`)
    if (actors.has(id)) throw new SchemaError(`${path}.actors[${i}].id: duplicate actor ${id}`)
    if (a.ignorePings && a.transport !== Transport.TRANSPORT_RAW)
      throw new SchemaError(`${path}.actors[${i}].ignorePings: needs transport TRANSPORT_RAW`)
    actors.set(id, a)
  }
  if ((sc.steps ?? []).length === 0) throw new SchemaError(`${path}.steps: at least one step`)
  validateSteps(sc.steps ?? [], actors, `${path}.steps`, modes.includes(Mode.MODE_BOTH))
}

function validateSteps(steps: Step[], actors: Map<string, Actor>, path: string, both: boolean): void {
  for (const [i, step] of steps.entries()) {
    const p = `${path}[${i}]`
    const kind = stepKind(step)
    if (!kind) throw new SchemaError(`${p}: empty step`)
    const body = step[kind] as { actor?: string | null } | null | undefined
    const needsActor = !(kind === 'anyOf' || kind === 'loop' || (kind === 'control' && step.control?.sleepMs != null))
    if (needsActor) {
      const actor = body?.actor ?? ''
      if (!actors.has(actor)) throw new SchemaError(`${p}.${kind}.actor: unknown actor ${JSON.stringify(actor)}`)
    }
    switch (kind) {
      case 'send': {
        const frame = valueToJs(step.send?.frame)
        if (frame === undefined) throw new SchemaError(`${p}.send.frame: required`)
        checkPattern(frame, 'client', `${p}.send.frame`)
        break
      }
      case 'expect': {
        const frame = valueToJs(step.expect?.frame)
        if (frame === undefined) throw new SchemaError(`${p}.expect.frame: required`)
        checkPattern(frame, 'server', `${p}.expect.frame`)
        if (step.expect?.unordered && (step.expect.repeat ?? 0) < 2)
          throw new SchemaError(`${p}.expect.unordered: needs repeat >= 2`)
        break
      }
      case 'expectNone': {
        const match = valueToJs(step.expectNone?.match)
        if (match !== undefined) checkPattern(match, 'server', `${p}.expectNone.match`)
        if (!step.expectNone?.forMs) throw new SchemaError(`${p}.expectNone.forMs: required`)
        break
      }
      case 'sendRaw': {
        const sr = step.sendRaw
        if (!sr || (sr.binary == null && sr.text == null && sr.wsFrame == null))
          throw new SchemaError(`${p}.sendRaw: one of binary, text, wsFrame`)
        const actor = actors.get(sr.actor ?? '') as Actor
        if (sr.wsFrame != null && actor.transport !== Transport.TRANSPORT_RAW)
          throw new SchemaError(`${p}.sendRaw.wsFrame: actor ${sr.actor} needs transport TRANSPORT_RAW`)
        if (sr.wsFrame && (sr.wsFrame.opcode ?? 0) > 15) throw new SchemaError(`${p}.sendRaw.wsFrame.opcode: 0-15`)
        break
      }
      case 'control': {
        const c = step.control
        const set = c ? [c.pauseReading, c.resumeReading, c.dropTcp, c.sleepMs, c.close].filter((v) => v != null) : []
        if (set.length !== 1) throw new SchemaError(`${p}.control: exactly one action`)
        break
      }
      case 'anyOf': {
        const branches = step.anyOf?.branches ?? []
        if (branches.length < 2) throw new SchemaError(`${p}.anyOf.branches: at least two`)
        for (const [j, b] of branches.entries())
          validateSteps(b.steps ?? [], actors, `${p}.anyOf.branches[${j}].steps`, both)
        break
      }
      case 'api': {
        const actor = actors.get(step.api?.actor ?? '') as Actor
        if (!actor.sdk) throw new SchemaError(`${p}.api.actor: ${actor.id} is not an SDK actor (set sdk: {})`)
        if (step.api?.idAs && !/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(step.api.idAs))
          throw new SchemaError(`${p}.api.idAs: expected "$name"`)
        break
      }
      case 'expectEvent': {
        const ev = valueToJs(step.expectEvent?.event)
        if (ev === undefined) throw new SchemaError(`${p}.expectEvent.event: required`)
        checkPattern(ev, 'event', `${p}.expectEvent.event`)
        break
      }
      case 'server': {
        if (both) throw new SchemaError(`${p}.server: reference-server scripts cannot run in MODE_BOTH`)
        const send = valueToJs(step.server?.send)
        if (send !== undefined) checkPattern(send, 'server', `${p}.server.send`)
        break
      }
      case 'expectObserved': {
        if (both) throw new SchemaError(`${p}.expectObserved: reference-server observations cannot run in MODE_BOTH`)
        const frame = valueToJs(step.expectObserved?.frame)
        if (frame !== undefined) checkPattern(frame, 'client', `${p}.expectObserved.frame`)
        else if (!step.expectObserved?.upgrades) throw new SchemaError(`${p}.expectObserved: frame or upgrades`)
        break
      }
      case 'loop': {
        if (!step.loop?.count) throw new SchemaError(`${p}.loop.count: at least 1`)
        if ((step.loop.steps ?? []).length === 0) throw new SchemaError(`${p}.loop.steps: at least one step`)
        validateSteps(step.loop.steps ?? [], actors, `${p}.loop.steps`, both)
        break
      }
      default:
        break
    }
  }
}

/** The members of Step's oneof. */
export const STEP_KINDS = [
  'connect',
  'send',
  'sendRaw',
  'expect',
  'expectNone',
  'expectClose',
  'control',
  'anyOf',
  'loop',
  'api',
  'expectEvent',
  'server',
  'expectObserved',
] as const
export type StepKind = (typeof STEP_KINDS)[number]

/** The member set in a step's oneof. */
export function stepKind(step: Step): StepKind | undefined {
  for (const k of STEP_KINDS) if (step[k] != null) return k
  return undefined
}

/** Lists the .yaml/.yml files of a directory (sorted) or returns the file itself. */
export function scenarioFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(path, f))
}

/** Loads every file, failing fast on the first invalid one or a duplicate suite. */
export function loadSuites(paths: readonly string[]): Array<{ file: string; suite: ScenarioFile }> {
  const out: Array<{ file: string; suite: ScenarioFile }> = []
  const suites = new Set<string>()
  for (const p of paths)
    for (const file of scenarioFiles(p)) {
      const suite = parseScenarioFile(readFileSync(file, 'utf8'), file)
      if (suites.has(suite.suite ?? '')) throw new SchemaError(`${file}: suite ${suite.suite} defined twice`)
      suites.add(suite.suite ?? '')
      out.push({ file, suite })
    }
  return out
}

/** Expands the scenarios of `mode` into permutations, in file order. */
export function expand(files: Array<{ file: string; suite: ScenarioFile }>, mode: Mode): Permutation[] {
  const out: Permutation[] = []
  for (const { file, suite } of files)
    for (const scenario of suite.scenarios ?? []) {
      if (!(scenario.modes ?? []).includes(mode)) continue
      const listed = scenario.codecs ?? []
      const codecs = listed.length > 0 ? listed : [Codec.CODEC_BINARY, Codec.CODEC_JSON]
      for (const codec of codecs)
        out.push({
          name: `${suite.suite}/Codec:${CODEC_NAMES[codec]}/${scenario.name}`,
          suite: suite.suite ?? '',
          scenario,
          codec,
          file,
        })
    }
  return out
}
