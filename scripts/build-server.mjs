#!/usr/bin/env node
// Bundles the relay's Node entry into server/dist/main.js (ESM, one file plus a source map)
// with esbuild: what `npm start` and the benchmark run. Running the TypeScript sources
// through tsx works too (the tests do), but tsx compiles with `keepNames`, which wraps every
// function created at run time in a `name` definition: a property store on each closure, about
// 4 KB of heap per connection and a call per closure on hot paths. npm dependencies stay
// external (resolved from node_modules at run time); the workspace package @zerorelay/protocol
// is TypeScript source and is bundled in.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const deps = (pkg) => Object.keys(JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8')).dependencies ?? {})
const external = [...deps('server'), ...deps('packages/protocol')].filter((d) => !d.startsWith('@zerorelay/'))

await build({
  entryPoints: [join(root, 'server/src/main.ts')],
  outfile: join(root, 'server/dist/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  keepNames: false,
  sourcemap: 'linked',
  logLevel: 'warning',
  // ESM output has no `require`; CommonJS dependencies bundled in (none today) would need it.
  banner: {
    js: "import { createRequire as __zrCreateRequire } from 'node:module'; const require = __zrCreateRequire(import.meta.url);",
  },
})
