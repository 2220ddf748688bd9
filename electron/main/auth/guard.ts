import { isChannel } from '../../../shared/ipc/channels'
import { CHANNEL_ACCESS, forbiddenMessage, isAllowed } from '../../../shared/ipc/permissions'
import type { Result } from '../../../shared/ipc/result'
import type { Dispatch } from '../ipc/types'
import type { AuthService } from './auth-service'

/** What a transport knows about a caller: how it came, and the key of its session. */
export interface Transport {
  via: 'electron' | 'web'
  /** The desktop app uses one key for all its windows; browser mode one per browser (its cookie). */
  sessionKey: string
}

export type GuardedDispatch = (channel: unknown, rawInput: unknown, transport: Transport) => Promise<Result<unknown>>

/**
 * The permission check in front of the dispatcher, applied to every call from the renderer
 * (IPC or the browser bridge): public channels pass; everything else needs a live session
 * whose roles the channel admits (shared/ipc/permissions.ts). Refusals are PERMISSION errors
 * that say why, so the renderer can show the login or lock screen.
 */
export function createGuardedDispatch(dispatch: Dispatch, auth: AuthService): GuardedDispatch {
  return async (channel, rawInput, transport) => {
    if (!isChannel(channel)) return dispatch(channel, rawInput, { actor: '未登录', via: transport.via })
    const access = CHANNEL_ACCESS[channel]
    if (access === 'public') {
      return dispatch(channel, rawInput, { actor: '未登录', via: transport.via, sessionKey: transport.sessionKey })
    }
    const resolved = auth.resolve(transport.sessionKey)
    if (!resolved.ok) {
      const message = resolved.reason === 'idle-locked' ? '长时间未操作，已自动锁定，请重新输入密码' : '请先登录'
      return { ok: false, error: { code: 'PERMISSION', message, details: { reason: resolved.reason } } }
    }
    const { session } = resolved
    if (!isAllowed(channel, session.roles)) {
      return { ok: false, error: { code: 'PERMISSION', message: forbiddenMessage(session.roles), details: { reason: 'forbidden', channel } } }
    }
    auth.touch(transport.sessionKey)
    return dispatch(channel, rawInput, {
      actor: session.displayName,
      via: transport.via,
      sessionKey: transport.sessionKey,
      userId: session.userId,
      roles: session.roles,
    })
  }
}
