/** Types shared by the orchestrator, the generator process and the report. */
import type { DialectName, DialectOptions } from './loadgen/dialects.js'

/** The scenarios of issue #10. */
export const SCENARIOS = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type ScenarioName = (typeof SCENARIOS)[number]

/** One-line titles of the scenarios. */
export const SCENARIO_TITLES: Record<ScenarioName, string> = {
  A: 'fanout throughput (1 publisher → 1 topic → N subscribers)',
  B: 'latency under fixed load (N subscribers over 100 topics, fixed deliveries/s)',
  C: 'idle memory per connection',
  D: 'at-least-once throughput with acks (zerorelay only)',
  E: 'fanout with 5 % slow readers: healthy subscribers',
  F: 'connection ramp (accepted connections/s)',
}

/** Scenario parameters (full and `--quick` presets live in `run.ts`). */
export interface ScenarioParams {
  /** Subscriber connections (A, B, D, E) or connections (C, F). */
  connections: number
  /** Topics the subscribers are spread over (B, C). */
  topics: number
  /** Publisher connections (B). */
  publishers: number
  /** Publishes in flight (A, D, E): the publisher keeps at most this many not fully delivered. */
  window: number
  /** Publish rate, publishes/s (B). */
  publishesPerSec: number
  /** Share of subscribers that never read (E). */
  slowFraction: number
  /** Handshakes in flight while connecting (all scenarios). */
  connectConcurrency: number
  /** Load before the measurement window, in ms. */
  warmupMs: number
  /** Measurement window, in ms. */
  durationMs: number
  /** Longest wait for outstanding deliveries after the window, in ms. */
  drainMs: number
  /** C: settle time before the memory samples, in ms. */
  settleMs: number
}

/** What the orchestrator hands the generator process (as JSON in argv). */
export interface GenConfig {
  scenario: ScenarioName
  host: string
  port: number
  /** The server process to account (CPU, RSS). */
  serverPid: number
  dialect: DialectName
  dialectOptions: DialectOptions
  params: ScenarioParams
}

/** CPU accounting of one measurement window. */
export interface WindowStats {
  wallMs: number
  serverCpuMs: number
  genCpuMs: number
  /** CPU used by every other process during the window, in % of one CPU. */
  foreignCpuPct: number
}

/** What the generator prints (one JSON line prefixed `RESULT `). */
export interface GenResult {
  /** 'ok', or 'n/a' with a note when the target lacks the feature (scenario D). */
  status: 'ok' | 'n/a'
  note?: string
  window?: WindowStats
  /** Scenario figures, all numbers (units in the names). */
  metrics: Record<string, number>
  /** Latency quantiles in ms, keyed by quantile (`"0.99"`) plus `"max"`. */
  latencyMs?: Record<string, number>
}

/** One run of one scenario against one target, as stored in `bench/results/*.json`. */
export interface RunRecord {
  target: string
  scenario: ScenarioName
  rep: number
  /** 1 for the first try; higher when a disturbed run was retried. */
  attempt: number
  status: 'ok' | 'n/a' | 'error' | 'skipped'
  note?: string
  /** Other processes used more CPU than the threshold during the window (after all retries). */
  isDisturbed: boolean
  window?: WindowStats
  metrics: Record<string, number>
  latencyMs?: Record<string, number>
  /** Wall time of the whole run (start to stop), in ms. */
  runMs: number
}

/** The whole JSON document of one invocation. */
export interface ResultsDocument {
  schema: 'zerorelay-bench/1'
  startedAt: string
  finishedAt: string
  mode: 'full' | 'quick' | 'smoke'
  options: { scenarios: ScenarioName[]; targets: string[]; reps: number; isPinned: boolean; foreignCpuLimitPct: number }
  params: Record<string, ScenarioParams>
  environment: Record<string, string>
  targets: { name: string; runtime: string; kind: string; version: string; description: string; unavailable?: string }[]
  runs: RunRecord[]
}
