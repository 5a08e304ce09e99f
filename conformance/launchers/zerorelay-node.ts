/**
 * Launcher for the zerorelay server on Node (launch protocol: see ./launch.ts).
 *
 *   npx zr-conformance server -- node --import tsx conformance/launchers/zerorelay-node.ts
 */
import { runLauncher } from './launch.js'

runLauncher('zerorelay-node')
