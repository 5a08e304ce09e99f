/**
 * `@zerorelay/conformance`: the zerorelay conformance runner as a library (server
 * and client modes). The CLI
 * (`zr-conformance`, cli.ts) is the usual entry point; these exports let tests and
 * other tools run scenarios programmatically.
 */
export { main, parseArgs } from './cli.js'
export { DEFAULT_SERVER_CONFIG, type EffectiveConfig } from './config.js'
export { type DriverHost, startDriver } from './driver-host.js'
export { runClientScenario, runScenario, type ScenarioResult, type Target } from './engine.js'
export { frameMessage, MessageReader, writeMessage } from './framing.js'
export { cv1 } from './gen.js'
export { expand, loadSuites, type Permutation, parseScenarioFile } from './loader.js'
export { buildFrame, checkPattern, matchFrame } from './patterns.js'
export { type ReferenceServer, startReferenceServer } from './reference-server.js'
export { jsonReport, summarize, textReport } from './report.js'
export {
  type ClientRunOptions,
  runClientMode,
  runServerMode,
  type ServerRunOptions,
  type ServerSource,
} from './runner.js'
export { checkKnownFailing, compilePattern, parsePatternText } from './select.js'
export { type AuthEnv, createAuthEnv, mintToken } from './tokens.js'
