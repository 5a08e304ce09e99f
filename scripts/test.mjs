#!/usr/bin/env node
// The one test command (`npm test`): installs what is missing (scripts/setup.sh),
// then runs every check and every test suite of every language, and ends with one
// summary line "N passed, N failed" over all of them. Each step runs even when an
// earlier one failed, so a single run shows everything that is broken.
//
//   npm test                 everything
//   npm test -- --only go    only the steps whose name contains "go"
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = new URL('..', import.meta.url).pathname
const OUT = join(ROOT, 'out')
mkdirSync(OUT, { recursive: true })
process.chdir(ROOT)

const args = process.argv.slice(2)
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { stdio: opts.capture ? 'pipe' : 'inherit', encoding: 'utf8', ...opts })
  if (r.error) return { status: 127, stdout: '', stderr: String(r.error) }
  return r
}

function step(name, fn) {
  if (only && !name.includes(only)) return
  const started = Date.now()
  console.log(`\n=== ${name}`)
  let result
  try {
    result = fn()
  } catch (err) {
    result = { passed: 0, failed: 1, skipped: 0, note: String(err?.stack ?? err) }
  }
  totals.passed += result.passed
  totals.failed += result.failed
  totals.skipped += result.skipped ?? 0
  if (result.failed) failures.push(name)
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `--- ${result.failed ? 'FAIL' : 'ok'}: ${name}: ${result.passed} passed, ${result.failed} failed` +
      `${result.skipped ? `, ${result.skipped} skipped` : ''} (${secs}s)${result.note ? `\n${result.note}` : ''}`,
  )
}

/** A check is one test case: it passes when the command exits 0. */
function check(name, cmd, argv, opts) {
  step(name, () => (run(cmd, argv, opts).status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }))
}

function hashTree(paths) {
  const h = createHash('sha256')
  const walk = (p) => {
    if (!existsSync(p)) return
    if (statSync(p).isDirectory()) {
      for (const e of readdirSync(p).sort()) if (e !== '__pycache__') walk(join(p, e))
    } else {
      h.update(p).update('\0').update(readFileSync(p)).update('\0')
    }
  }
  for (const p of paths) walk(p)
  return h.digest('hex')
}

// ---------------------------------------------------------------- setup
step('setup (scripts/setup.sh)', () => {
  const r = run('bash', ['scripts/setup.sh'])
  if (r.status !== 0) {
    console.log('setup failed; the remaining steps cannot run')
    console.log(`\n0 passed, 1 failed`)
    process.exit(1)
  }
  return { passed: 0, failed: 0 }
})

const bin = (name) => join(ROOT, 'node_modules', '.bin', name)
const venv = (name) => join(ROOT, '.venv', 'bin', name)

// ---------------------------------------------------------------- protocol and generated code
check('proto: buf lint', bin('buf'), ['lint'])
check('proto: buf format', bin('buf'), ['format', '--diff', '--exit-code'])
check('proto: buf breaking', 'bash', ['scripts/buf-breaking.sh'])
step('proto: generated code is current (npm run gen)', () => {
  const GENERATED = [
    'packages/protocol/src/gen',
    'sdks/go/internal/gen',
    'sdks/python/src/zerorelay/v1',
    'conformance/src/gen',
    'sdks/go/internal/gen/zerorelay/conformance',
    'sdks/python/src/zerorelay/conformance',
    'conformance/vectors/frames.json',
  ]
  const before = hashTree(GENERATED)
  const r = run('bash', ['scripts/gen.sh'])
  const after = hashTree(GENERATED)
  if (r.status === 0 && before === after) return { passed: 1, failed: 0 }
  run('git', ['status', '--short', '--', ...GENERATED])
  return {
    passed: 0,
    failed: 1,
    note: 'generated files differ from `npm run gen` output: run it and commit the result',
  }
})

// ---------------------------------------------------------------- TypeScript
check('ts: biome (format + lint)', bin('biome'), ['check', '--error-on-warnings', '.'])
const hasTs = (dir) =>
  existsSync(dir) &&
  readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.ts') && !String(f).includes('node_modules'))
for (const project of ['packages/protocol', 'server', 'sdks/ts', 'conformance', 'bench'].filter(
  (p) => existsSync(join(p, 'tsconfig.json')) && hasTs(join(p, 'src')),
)) {
  check(`ts: tsc ${project}`, bin('tsc'), ['-p', project])
}
step('ts: vitest', () => {
  const report = join(OUT, 'vitest.json')
  run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`])
  if (!existsSync(report)) return { passed: 0, failed: 1, note: 'vitest wrote no report' }
  const j = JSON.parse(readFileSync(report, 'utf8'))
  const suiteErrors = j.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length
  return {
    passed: j.numPassedTests,
    failed: j.numFailedTests + suiteErrors,
    skipped: j.numPendingTests + j.numTodoTests,
  }
})

// ---------------------------------------------------------------- Go
const GO_MODULES = ['sdks/go']
for (const mod of GO_MODULES) {
  step(`go: gofmt + go vet (${mod})`, () => {
    const fmt = run('gofmt', ['-s', '-l', '.'], { cwd: mod, capture: true })
    const unformatted = fmt.stdout.trim()
    if (unformatted) console.log(`gofmt -s would change:\n${unformatted}`)
    const vet = run('go', ['vet', './...'], { cwd: mod })
    const ok = fmt.status === 0 && !unformatted && vet.status === 0
    return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  })
  step(`go: go test -race (${mod})`, () => {
    const r = run('go', ['test', '-race', '-json', '-count=1', './...'], {
      cwd: mod,
      capture: true,
      maxBuffer: 1 << 28,
    })
    const counts = { passed: 0, failed: 0, skipped: 0 }
    const output = new Map()
    for (const line of r.stdout.split('\n')) {
      if (!line.startsWith('{')) continue
      const ev = JSON.parse(line)
      const key = `${ev.Package} ${ev.Test ?? ''}`
      if (ev.Action === 'output') output.set(key, (output.get(key) ?? '') + ev.Output)
      if (!ev.Test) {
        if (ev.Action === 'fail') {
          counts.failed++ // build failure or failure outside a test
          process.stdout.write(output.get(key) ?? '')
        }
        if (ev.Action === 'pass' || ev.Action === 'skip') console.log(`${ev.Action}\t${ev.Package}`)
        continue
      }
      if (ev.Action === 'pass') counts.passed++
      if (ev.Action === 'skip') counts.skipped++
      if (ev.Action === 'fail') {
        counts.failed++
        process.stdout.write(output.get(key) ?? '')
      }
    }
    if (r.stderr) process.stdout.write(r.stderr)
    if (r.status !== 0 && counts.failed === 0) counts.failed = 1
    return counts
  })
}

// ---------------------------------------------------------------- Python
const PY = 'sdks/python'
check('python: ruff check', venv('ruff'), ['check', '.'], { cwd: PY })
check('python: ruff format', venv('ruff'), ['format', '--check', '.'], { cwd: PY })
check('python: mypy --strict', venv('mypy'), [], { cwd: PY })
step('python: pytest', () => {
  const report = join(OUT, 'pytest.xml')
  const r = run(venv('pytest'), ['-q', `--junitxml=${report}`], { cwd: PY })
  if (!existsSync(report)) return { passed: 0, failed: 1 }
  const xml = readFileSync(report, 'utf8')
  const attr = (name) => Number(new RegExp(`<testsuite [^>]*\\b${name}="(\\d+)"`).exec(xml)?.[1] ?? 0)
  const total = attr('tests')
  const failed = attr('failures') + attr('errors')
  const skipped = attr('skipped')
  // pytest exits 5 when it collected nothing: a silent empty suite is a failure here.
  if (total === 0 || (r.status !== 0 && failed === 0)) return { passed: 0, failed: 1, note: 'pytest ran no test' }
  return { passed: total - failed - skipped, failed, skipped }
})

// ---------------------------------------------------------------- conformance
// zr-conformance (docs/conformance.md), invoked exactly as documented there: server mode
// against the Node server, client mode for each SDK's driver against the reference server,
// both mode for each SDK against the Node server. Each run writes out/conformance-*.json;
// the last step checks that the matrix in docs/conformance.md matches those reports.
const ZR = ['conformance/bin/zr-conformance.js']
const NODE_LAUNCHER = ['node', '--import', 'tsx', 'conformance/launchers/zerorelay-node.ts']
const GO_DRIVER = join(OUT, 'zr-driver')
const DRIVERS = {
  ts: { label: 'TS', command: ['node', '--import', 'tsx', 'conformance/drivers/zerorelay-ts.ts'] },
  go: { label: 'Go', command: [GO_DRIVER] },
  python: { label: 'Python', command: [venv('python'), '-m', 'zerorelay._conformance'] },
}
const conformanceReports = [] // in matrix column order
let goDriverBuilt
/** Builds the Go driver into out/ once per run. */
function buildGoDriver() {
  goDriverBuilt ??= run('go', ['build', '-o', GO_DRIVER, './cmd/zr-driver'], { cwd: 'sdks/go' }).status === 0
  return goDriverBuilt
}
const freshReports = new Set()

/**
 * Runs the CLI; its closing line `N passed, N failed, N skipped` gives the counts.
 * `check(jsonReport)` may return a further problem (one more failure).
 */
function conformance(name, report, argv, check, { inMatrix = true } = {}) {
  const json = join(OUT, `conformance-${report}.json`)
  if (inMatrix) conformanceReports.push(json)
  step(name, () => {
    rmSync(json, { force: true })
    if (argv.includes(GO_DRIVER) && !buildGoDriver())
      return { passed: 0, failed: 1, note: 'go build ./cmd/zr-driver failed' }
    const r = run(
      'node',
      [...ZR, ...argv.slice(0, argv.indexOf('--')), '--json', json, ...argv.slice(argv.indexOf('--'))],
      {
        capture: true,
        maxBuffer: 1 << 28,
      },
    )
    process.stdout.write(r.stdout ?? '')
    process.stdout.write(r.stderr ?? '')
    const m = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec((r.stdout ?? '').trimEnd().split('\n').at(-1) ?? '')
    if (!m)
      return { passed: 0, failed: 1, note: 'zr-conformance printed no closing "N passed, N failed, N skipped" line' }
    const counts = { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3]) }
    if (existsSync(json)) freshReports.add(json)
    if (check && existsSync(json)) {
      const problem = check(JSON.parse(readFileSync(json, 'utf8')))
      if (problem) return { ...counts, failed: counts.failed + 1, note: problem }
    }
    // A non-zero exit without failed cases: a stale known-failing entry, nothing selected, bad usage.
    if (r.status !== 0 && counts.failed === 0)
      return { ...counts, failed: 1, note: `zr-conformance exited ${r.status}` }
    return counts
  })
}

const COMMON = ['--time-slack', '200']
/**
 * Every skip must be for a feature the server does not announce (at-least-once, resume,
 * rate-limit), never for a configuration the launcher could not apply.
 */
function onlyFeatureSkips(report) {
  const bad = report.results.filter((r) => r.status === 'skipped' && !/^requires /.test(r.notes.join()))
  return bad.length ? `skipped for another reason than a missing feature: ${bad.map((r) => r.name).join(', ')}` : ''
}
conformance(
  'conformance: server (node)',
  'server-node',
  [
    'server',
    ...COMMON,
    '--label',
    'server: Node',
    '--known-failing',
    'conformance/known-failing/zerorelay-node.txt',
    '--',
    ...NODE_LAUNCHER,
  ],
  onlyFeatureSkips,
)
// The same server-mode suite with the relay on Bun and on Deno (docs/runtimes.md); their exact
// known-failing lists say what each runtime's WebSocket stack cannot do. Not (yet) matrix columns.
/** Runs a TypeScript file with Deno (the sources import `./x.js` for `x.ts`: sloppy imports). */
const denoCommand = (file) => [bin('deno'), 'run', '-A', '--quiet', '--unstable-sloppy-imports', file]
const RUNTIME_LAUNCHERS = {
  bun: { label: 'Bun', command: [bin('bun'), 'conformance/launchers/zerorelay-bun.ts'] },
  deno: { label: 'Deno', command: denoCommand('conformance/launchers/zerorelay-deno.ts') },
  // The native Deno adapter (Deno.serve + Deno.upgradeWebSocket), with its two known failures.
  'deno-native': {
    label: 'Deno (native adapter)',
    command: denoCommand('conformance/launchers/zerorelay-deno-native.ts'),
  },
}
for (const [runtime, l] of Object.entries(RUNTIME_LAUNCHERS)) {
  conformance(
    `conformance: server (${runtime})`,
    `server-${runtime}`,
    [
      'server',
      ...COMMON,
      '--label',
      `server: ${l.label}`,
      '--known-failing',
      `conformance/known-failing/zerorelay-${runtime}.txt`,
      '--',
      ...l.command,
    ],
    onlyFeatureSkips,
    { inMatrix: false },
  )
}
for (const [sdk, d] of Object.entries(DRIVERS)) {
  conformance(`conformance: client (${sdk})`, `client-${sdk}`, [
    'client',
    ...COMMON,
    '--parallel',
    '4',
    '--label',
    `client: ${d.label}`,
    '--known-failing',
    `conformance/known-failing/zerorelay-${sdk}.txt`,
    '--',
    ...d.command,
  ])
}
for (const [sdk, d] of Object.entries(DRIVERS)) {
  conformance(`conformance: both (${sdk} × node)`, `both-${sdk}-node`, [
    'both',
    ...COMMON,
    '--label',
    `both: ${d.label} × Node`,
    '--',
    ...d.command,
    '----',
    ...NODE_LAUNCHER,
  ])
}
step('conformance: matrix is current', () => {
  const missing = conformanceReports.filter((f) => !freshReports.has(f))
  if (missing.length > 0)
    return {
      passed: 0,
      failed: 1,
      note: `no fresh report from this run: ${missing.join(', ')} (run every conformance step)`,
    }
  const tmp = join(mkdtempSync(join(tmpdir(), 'zr-matrix-')), 'conformance.md')
  copyFileSync('docs/conformance.md', tmp)
  const r = run('node', [...ZR, 'matrix', ...conformanceReports, '--write', tmp])
  if (r.status !== 0) return { passed: 0, failed: 1 }
  if (readFileSync(tmp, 'utf8') === readFileSync('docs/conformance.md', 'utf8')) return { passed: 1, failed: 0 }
  run('diff', ['-u', 'docs/conformance.md', tmp])
  return {
    passed: 0,
    failed: 1,
    note: `docs/conformance.md is out of date: node conformance/bin/zr-conformance.js matrix ${conformanceReports.map((f) => f.replace(`${ROOT}`, '')).join(' ')} --write docs/conformance.md`,
  }
})

// ---------------------------------------------------------------- summary
console.log(`\n${failures.length ? `Failed steps: ${failures.join('; ')}` : 'All steps passed.'}`)
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(totals.failed ? 1 : 0)
