import { z } from 'zod'
import type { Role } from '../../../shared/domain/roles'
import { isChannel, type Channel } from '../../../shared/ipc/channels'
import { contract, type Output, type ParsedInput } from '../../../shared/ipc/contract'
import { AppError, type FieldIssue, type Result } from '../../../shared/ipc/result'

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

export type Dispatch = (channel: unknown, rawInput: unknown, req: RequestContext) => Promise<Result<unknown>>

export interface Logger {
  error(message: string, err?: unknown): void
}

/** What the caller sees when a handler fails for a reason that is not an AppError (logged). */
export const INTERNAL_MESSAGE = '内部错误，操作未完成，数据未被修改。请重试；如仍失败，请联系管理员并提供日志。'

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }))
}

/**
 * The one entry point for every request, from Electron's IPC or the loopback bridge:
 * known channel → zod parse → handler → Result. Handlers never throw across the boundary.
 */
export function createDispatcher(handlers: Handlers, logger: Logger = console): Dispatch {
  return async (channel, rawInput, req) => {
    if (!isChannel(channel) || !Object.hasOwn(handlers, channel)) {
      return { ok: false, error: { code: 'VALIDATION', message: `未知的操作：${String(channel).slice(0, 80)}` } }
    }
    const schema = contract[channel].input as z.ZodType
    const parsed = schema.safeParse(rawInput ?? {})
    if (!parsed.success) {
      const issues = zodIssues(parsed.error)
      const first = issues[0]
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: first ? first.message : '输入无效',
          details: { issues },
        },
      }
    }
    try {
      const handler = handlers[channel] as (input: unknown, req: RequestContext) => Promise<unknown>
      const value = await handler(parsed.data, req)
      return { ok: true, value }
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toData() }
      logger.error(`[ipc] ${channel} failed`, err)
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } }
    }
  }
}
