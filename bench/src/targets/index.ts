/** Every target the harness knows, in report order. Adding a target: one file + one line here. */
import { bunNative, denoNative, nodeWs } from './baselines.js'
import { nats, socketIo } from './peers.js'
import type { Target } from './target.js'
import { zerorelayBun, zerorelayDeno, zerorelayNode } from './zerorelay.js'

export const TARGETS: readonly Target[] = [
  zerorelayNode,
  zerorelayBun,
  zerorelayDeno,
  nodeWs,
  bunNative,
  denoNative,
  socketIo,
  nats,
]

/** The target named `name`, or undefined. */
export function targetByName(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name)
}
