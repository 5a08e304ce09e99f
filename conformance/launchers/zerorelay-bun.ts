/**
 * Launcher for the zerorelay server on Bun (launch protocol: see ./launch.ts), with the Bun
 * runtime adapter.
 *
 *   npx zr-conformance server -- node_modules/.bin/bun conformance/launchers/zerorelay-bun.ts
 */
import { bunRuntime } from '../../server/src/runtime/bun.js'
import { runLauncher } from './launch.js'

runLauncher('zerorelay-bun', bunRuntime)
