/** Handlers of the auth:* and user:* channels: sign-in, sessions and user management. */
import type { Channel } from '../../../shared/ipc/channels'
import { AppError } from '../../../shared/ipc/result'
import type { Handlers, RequestContext } from '../ipc/types'
import type { AuthService } from './auth-service'

type AuthChannel = Extract<Channel, `auth:${string}` | `user:${string}`>

function sessionKeyOf(req: RequestContext): string {
  if (!req.sessionKey) throw new AppError('PERMISSION', '缺少会话，请从应用界面登录')
  return req.sessionKey
}

export function authHandlers(auth: AuthService): Pick<Handlers, AuthChannel> {
  return {
    'auth:status': async (_input, req) => auth.status(req.sessionKey),
    'auth:setup-admin': async (input, req) => auth.setupAdmin(sessionKeyOf(req), input),
    'auth:login': async (input, req) => auth.login(sessionKeyOf(req), input),
    'auth:logout': async (_input, req) => {
      auth.logout(sessionKeyOf(req))
      return { ok: true as const }
    },
    'auth:change-password': async (input, req) => {
      await auth.changePassword(sessionKeyOf(req), input.currentPassword, input.newPassword)
      return { ok: true as const }
    },
    'user:list': async () => auth.listUsers(),
    'user:save': async (input, req) => auth.saveUser(input, req.actor),
    'user:reset-password': async (input, req) => {
      await auth.resetPassword(input.id, input.newPassword, req.actor)
      return { ok: true as const }
    },
  }
}
