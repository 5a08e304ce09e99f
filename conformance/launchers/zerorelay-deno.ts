/**
 * Launcher for the zerorelay server on Deno (launch protocol: see ./launch.ts), with the Deno
 * runtime adapter.
 *
 *   npx zr-conformance server -- node_modules/.bin/deno run -A --unstable-sloppy-imports conformance/launchers/zerorelay-deno.ts
 */
import { denoRuntime } from '../../server/src/runtime/deno.js'
import { runLauncher } from './launch.js'

runLauncher('zerorelay-deno', denoRuntime)
