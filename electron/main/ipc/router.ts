import { z } from 'zod'
import { isChannel } from '../../../shared/ipc/channels'
import { contract } from '../../../shared/ipc/contract'
import { forbiddenMessage, isAllowed } from '../../../shared/ipc/permissions'
import type { Dispatch, Handlers, Logger, RequestContext } from './types'
import { AppError, type FieldIssue } from '../../../shared/ipc/result'

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
    // The channel's declared access, for every caller whose roles are known: the permission guard
    // has already checked calls from the screens; this also covers the job process and trusted
    // callers that act for a user. Services do not check roles again.
    if (req.roles && !isAllowed(channel, req.roles)) {
      return { ok: false, error: { code: 'PERMISSION', message: forbiddenMessage(req.roles), details: { reason: 'forbidden', channel } } }
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
