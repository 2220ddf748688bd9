/** Typed calls to the real services in integration tests, and the two ways to read their Result. */
import type { Dispatch, RequestContext } from '../../electron/main/ipc/types'
import type { Channel } from '../../shared/ipc/channels'
import type { Input, Output } from '../../shared/ipc/contract'
import type { AppErrorData, Result } from '../../shared/ipc/result'
import { CLERK } from './services'

/**
 * One call through the real dispatcher (zod parse, handler, Result), typed by the contract:
 * the input must be the channel's input type and the answer is the channel's output type.
 * Tests of malformed input call `s.dispatch` directly, which takes anything.
 */
export async function call<K extends Channel>(s: { dispatch: Dispatch }, channel: K, input: Input<K>, req: RequestContext = CLERK): Promise<Result<Output<K>>> {
  return (await s.dispatch(channel, input, req)) as Result<Output<K>>
}

/**
 * The value of a successful Result; a failed one fails the test with its error. Typed from a
 * `call()`; from an untyped `s.dispatch()` the test names the type it expects: `value<T>(r)`.
 */
export function value<T>(r: Result<T> | Result<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value as T
}

/** The error of a failed Result; a successful one fails the test with its value. */
export function failure(r: Result<unknown>): AppErrorData {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value).slice(0, 300)}`)
  return r.error
}
