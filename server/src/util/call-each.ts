/** An error a callback threw, boxed (any value can be thrown, `undefined` included). */
export interface Failure {
  readonly err: unknown
}

/**
 * Calls `call(item)` for every item, in order, even when some of them throw: one failing
 * callback (a connection's flush, a session's deadline) must not cost the others their turn.
 * Returns the first error, boxed, for the caller to rethrow once its own bookkeeping is done;
 * undefined when none threw.
 */
export function callEach<T>(items: readonly T[], call: (item: T) => void): Failure | undefined {
  let failure: Failure | undefined
  for (let i = 0; i < items.length; i++) {
    try {
      call(items[i] as T)
    } catch (err) {
      failure ??= { err }
    }
  }
  return failure
}

/** `callEach`'s callback for a list of functions: calls one. */
export const runTask = (task: () => void): void => task()
