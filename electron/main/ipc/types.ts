/**
 * The types every feature's handlers are written against: who is calling (RequestContext), a
 * handler per channel, the dispatcher's signature and the logger. The router (router.ts) and the
 * composition root (../handlers.ts) use them; features import them from here, never the router.
 */
import type { Role } from '../../../shared/domain/roles'
import type { Channel } from '../../../shared/ipc/channels'
import type { Output, ParsedInput } from '../../../shared/ipc/contract'
import type { Result } from '../../../shared/ipc/result'

export interface RequestContext {
  /** Who is acting: the logged-in user's display name (recorded in the audit log). */
  actor: string
  via: 'electron' | 'web'
  /** Set by the transport (never by the renderer): the desktop app's or the browser's session. */
  sessionKey?: string
  /** Set by the permission guard for logged-in callers. */
  userId?: string
  roles?: Role[]
}

export type Handler<K extends Channel> = (input: ParsedInput<K>, req: RequestContext) => Promise<Output<K>>
export type Handlers = { [K in Channel]: Handler<K> }
/** One feature's handlers: exactly the channels its contract declares (`typeof X_CONTRACT`). */
export type HandlersOf<C> = Pick<Handlers, keyof C & Channel>

export type Dispatch = (channel: unknown, rawInput: unknown, req: RequestContext) => Promise<Result<unknown>>

export interface Logger {
  error(message: string, err?: unknown): void
}

