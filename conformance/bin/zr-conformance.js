#!/usr/bin/env node
// zr-conformance: the conformance runner. The runner is TypeScript (as are the
// workspace packages it imports), loaded through tsx.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli.ts')
process.exitCode = await main(process.argv.slice(2))
