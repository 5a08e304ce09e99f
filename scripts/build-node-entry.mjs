/**
 * Compiles a TypeScript entry point into one ES module that plain `node` runs, with no loader.
 *
 *   node scripts/build-node-entry.mjs <entry.ts> <out.mjs>
 *
 * Why not `node --import tsx`: since Node 20, module-customization hooks run on their own thread,
 * and that thread (with its own V8 heap) lives as long as the process. Its idle heap gets
 * memory-reducer mark-compacts 15-20 s after start, 10-30 ms each, which on a relay pinned to one
 * CPU are pauses of the event loop (docs/runtimes.md, "Node runs compiled JavaScript").
 *
 * The workspace's own packages (`@zerorelay/*`, which export their TypeScript sources) are bundled
 * in; every other package stays an import, resolved from node_modules at run time as before. The
 * output is written next to a source map (`--enable-source-maps` maps stack traces back to the
 * .ts lines) and moved into place atomically, so launchers building at the same time never run a
 * half-written file. Building the relay takes about 0.2 s.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** `@zerorelay/<name>` → the TypeScript source its package exports, for every npm workspace. */
function workspaceAliases() {
  const { workspaces = [] } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  const aliases = {}
  for (const dir of workspaces) {
    const pkg = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'))
    const exported = typeof pkg.exports === 'object' ? pkg.exports['.'] : (pkg.exports ?? pkg.main)
    if (typeof exported === 'string') aliases[pkg.name] = join(ROOT, dir, exported)
  }
  return aliases
}

/** Builds `entry` into `outfile` (paths relative to the working directory or absolute). */
export function buildNodeEntry(entry, outfile) {
  const out = resolve(outfile)
  const result = buildSync({
    entryPoints: [resolve(entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: workspaceAliases(),
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
  })
  mkdirSync(dirname(out), { recursive: true })
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`
    writeFileSync(tmp, file.contents)
    renameSync(tmp, file.path)
  }
  return out
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entry, outfile] = process.argv.slice(2)
  if (!entry || !outfile) {
    process.stderr.write(`usage: node scripts/${basename(process.argv[1])} <entry.ts> <out.mjs>\n`)
    process.exit(2)
  }
  try {
    buildNodeEntry(entry, outfile)
  } catch (err) {
    // esbuild has already printed the errors with their locations.
    process.stderr.write(`build-node-entry: ${entry} did not compile: ${err.message.split('\n')[0]}\n`)
    process.exit(1)
  }
}
