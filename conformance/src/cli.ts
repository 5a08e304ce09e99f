/**
 * `zr-conformance`: the command line.
 *
 *   zr-conformance server --url ws://127.0.0.1:8080/v1/ws --server-config target.yaml [options]
 *   zr-conformance server [options] -- <launch command> [args...]
 *
 *   zr-conformance client [options] -- <driver command> [args...]
 *   zr-conformance both [options] -- <driver command> [args...] ---- <launch command> [args...]
 *   zr-conformance matrix REPORT.json... [--write FILE]
 *
 * Options: --suites PATH (repeatable; default: the bundled suites), --known-failing FILE,
 * --run PATTERN|@FILE, --skip PATTERN|@FILE (repeatable), --list, --json FILE, --label TEXT,
 * --parallel N, --time-slack MS (default 50), --strict, -v.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Mode } from './gen.js'
import { expand, loadSuites } from './loader.js'
import { buildMatrix, readReport, writeMatrix } from './matrix.js'
import { jsonReport, summarize, textReport } from './report.js'
import { type RunOutcome, runClientMode, runServerMode, type ServerSource } from './runner.js'
import { matchesAny, type NamePattern, readPatterns } from './select.js'
import { readTargetDescription } from './targets.js'

const USAGE = `usage:
  zr-conformance server --url WS_URL --server-config FILE [options]
  zr-conformance server [options] -- LAUNCH_COMMAND [ARGS...]
  zr-conformance client [options] -- DRIVER_COMMAND [ARGS...]
  zr-conformance both --url WS_URL --server-config FILE [options] -- DRIVER_COMMAND [ARGS...]
  zr-conformance both [options] -- DRIVER_COMMAND [ARGS...] ---- LAUNCH_COMMAND [ARGS...]
  zr-conformance matrix REPORT.json... [--write FILE]

options:
  --suites PATH          scenario file or directory (repeatable; default: the bundled suites)
  --known-failing FILE   patterns of permutations expected to fail (must stay exact)
  --run PATTERN|@FILE    only permutations matching (repeatable)
  --skip PATTERN|@FILE   leave out permutations matching (repeatable)
  --list                 print the selected permutation names and exit
  --json FILE            also write a JSON report
  --label TEXT           the report's column heading in the compatibility matrix
  --parallel N           client mode: run N permutations at a time (default 1)
  --time-slack MS        added to every time window (default 50)
  --strict               RECOMMENDED failures fail the run
  -v, --verbose          progress, skipped cases and warning traces`

/** The bundled suites directory. */
export const BUNDLED_SUITES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'suites')

interface Args {
  mode: string
  url?: string
  serverConfig?: string
  suites: string[]
  knownFailing?: string
  run: string[]
  skip: string[]
  list: boolean
  json?: string
  label?: string
  parallel: number
  timeSlackMs: number
  strict: boolean
  verbose: boolean
  command: string[]
}

/** Parses argv (without node and the script). Throws with a message on misuse. */
export function parseArgs(argv: readonly string[]): Args {
  const a: Args = {
    mode: '',
    suites: [],
    run: [],
    skip: [],
    list: false,
    parallel: 1,
    timeSlackMs: 50,
    strict: false,
    verbose: false,
    command: [],
  }
  const dash = argv.indexOf('--')
  const own = dash >= 0 ? argv.slice(0, dash) : [...argv]
  a.command = dash >= 0 ? argv.slice(dash + 1) : []
  const value = (i: number, flag: string) => {
    const v = own[i + 1]
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`)
    return v
  }
  for (let i = 0; i < own.length; i++) {
    const f = own[i] as string
    switch (f) {
      case '--url':
        a.url = value(i++, f)
        break
      case '--server-config':
        a.serverConfig = value(i++, f)
        break
      case '--suites':
        a.suites.push(value(i++, f))
        break
      case '--known-failing':
        a.knownFailing = value(i++, f)
        break
      case '--run':
        a.run.push(value(i++, f))
        break
      case '--skip':
        a.skip.push(value(i++, f))
        break
      case '--json':
        a.json = value(i++, f)
        break
      case '--label':
        a.label = value(i++, f)
        break
      case '--parallel': {
        const n = Number(value(i++, f))
        if (!Number.isInteger(n) || n < 1) throw new Error('--parallel needs a positive integer')
        a.parallel = n
        break
      }
      case '--time-slack': {
        const n = Number(value(i++, f))
        if (!Number.isInteger(n) || n < 0) throw new Error('--time-slack needs a non-negative integer')
        a.timeSlackMs = n
        break
      }
      case '--list':
        a.list = true
        break
      case '--strict':
        a.strict = true
        break
      case '-v':
      case '--verbose':
        a.verbose = true
        break
      case '-h':
      case '--help':
        a.mode = 'help'
        break
      default:
        if (f.startsWith('-')) throw new Error(`unknown option ${f}`)
        if (a.mode) throw new Error(`unexpected argument ${f}`)
        a.mode = f
    }
  }
  return a
}

/** Runs the CLI; resolves with the exit code. */
export async function main(
  argv: readonly string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  if (argv[0] === 'matrix') return matrix(argv.slice(1), out, err)
  let a: Args
  try {
    a = parseArgs(argv)
  } catch (e) {
    err.write(`zr-conformance: ${(e as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (a.mode === 'help') {
    out.write(`${USAGE}\n`)
    return 0
  }
  if (a.mode !== 'server' && a.mode !== 'client' && a.mode !== 'both') {
    err.write(`zr-conformance: ${a.mode ? `mode ${a.mode} is not available yet` : 'missing mode'}\n${USAGE}\n`)
    return 2
  }
  const suites = a.suites.length > 0 ? a.suites : [BUNDLED_SUITES]
  let run: NamePattern[]
  let skip: NamePattern[]
  let knownFailing: NamePattern[]
  try {
    run = readPatterns(a.run)
    skip = readPatterns(a.skip)
    knownFailing = a.knownFailing ? readPatterns([`@${a.knownFailing}`]) : []
    if (a.list) {
      const mode = { server: Mode.MODE_SERVER, client: Mode.MODE_CLIENT, both: Mode.MODE_BOTH }[a.mode]
      for (const p of expand(loadSuites(suites), mode))
        if ((run.length === 0 || matchesAny(run, p.name)) && !matchesAny(skip, p.name)) out.write(`${p.name}\n`)
      return 0
    }
  } catch (e) {
    err.write(`zr-conformance: ${(e as Error).message}\n`)
    return 2
  }
  const log = a.verbose ? (line: string) => err.write(`${line}\n`) : undefined
  if (a.mode === 'client') {
    if (a.command.length === 0 || a.url) {
      err.write(`zr-conformance: client mode needs a driver command after -- (and no --url)\n${USAGE}\n`)
      return 2
    }
    let outcome: Awaited<ReturnType<typeof runClientMode>>
    try {
      outcome = await runClientMode({
        suites,
        driver: a.command,
        run,
        skip,
        knownFailing,
        timeSlackMs: a.timeSlackMs,
        log,
        parallel: a.parallel,
      })
    } catch (e) {
      err.write(`zr-conformance: ${(e as Error).message}\n`)
      return 2
    }
    return finish(outcome, a, out)
  }
  // both: DRIVER ... ---- LAUNCH ...
  let driver: string[] | undefined
  if (a.mode === 'both') {
    const sep = a.command.indexOf('----')
    driver = sep >= 0 ? a.command.slice(0, sep) : a.command
    a.command = sep >= 0 ? a.command.slice(sep + 1) : []
    if (driver.length === 0) {
      err.write(`zr-conformance: both mode needs a driver command after --\n${USAGE}\n`)
      return 2
    }
  }
  let source: ServerSource
  if (a.url) {
    if (a.command.length > 0) {
      err.write('zr-conformance: use either --url or a launch command after --, not both\n')
      return 2
    }
    if (!a.serverConfig) {
      err.write('zr-conformance: --url needs --server-config FILE (the config, key and features of the server)\n')
      return 2
    }
    try {
      source = { kind: 'url', url: a.url, description: readTargetDescription(a.serverConfig) }
    } catch (e) {
      err.write(`zr-conformance: ${(e as Error).message}\n`)
      return 2
    }
  } else if (a.command.length > 0) {
    source = { kind: 'launch', command: a.command }
  } else {
    err.write(`zr-conformance: give --url or a launch command after --\n${USAGE}\n`)
    return 2
  }
  let outcome: Awaited<ReturnType<typeof runServerMode>>
  try {
    outcome = await runServerMode({ suites, source, run, skip, knownFailing, timeSlackMs: a.timeSlackMs, log, driver })
  } catch (e) {
    err.write(`zr-conformance: ${(e as Error).message}\n`)
    return 2
  }
  return finish(outcome, a, out)
}

function finish(outcome: RunOutcome, a: Args, out: NodeJS.WritableStream): number {
  out.write(`${textReport(outcome, { strict: a.strict, verbose: a.verbose })}\n`)
  if (a.json) {
    mkdirSync(dirname(resolve(a.json)), { recursive: true })
    const report = jsonReport(outcome, a.strict, { label: a.label, mode: a.mode })
    writeFileSync(a.json, `${JSON.stringify(report, null, 2)}\n`)
  }
  return summarize(outcome, a.strict).ok ? 0 : 1
}

/**
 * `zr-conformance matrix REPORT.json... [--write FILE]`: the compatibility matrix of the
 * reports, printed, or written into FILE between the matrix markers.
 */
function matrix(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const files: string[] = []
  let write: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const f = argv[i] as string
    if (f === '--write') {
      write = argv[++i]
      if (!write) {
        err.write(`zr-conformance: --write needs a file\n${USAGE}\n`)
        return 2
      }
    } else if (f.startsWith('-')) {
      err.write(`zr-conformance: unknown matrix option ${f}\n${USAGE}\n`)
      return 2
    } else files.push(f)
  }
  if (files.length === 0) {
    err.write(`zr-conformance: matrix needs JSON reports (--json)\n${USAGE}\n`)
    return 2
  }
  try {
    if (write) out.write(`${write}: ${writeMatrix(write, files) ? 'matrix updated' : 'matrix unchanged'}\n`)
    else out.write(`${buildMatrix(files.map(readReport))}\n`)
  } catch (e) {
    err.write(`zr-conformance: ${(e as Error).message}\n`)
    return 2
  }
  return 0
}
