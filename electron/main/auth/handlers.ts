/** Handlers of the auth channels: first run, sign-in, sessions and one's own password. */
import type { AUTH_CONTRACT } from '../../../shared/auth/contract'
import { AppError } from '../../../shared/ipc/result'
import type { HandlersOf, RequestContext } from '../ipc/types'
import type { AuthService } from './auth-service'

function sessionKeyOf(req: RequestContext): string {
  if (!req.sessionKey) throw new AppError('PERMISSION', '缺少会话，请从应用界面登录')
  return req.sessionKey
}

export function authHandlers(auth: AuthService): HandlersOf<typeof AUTH_CONTRACT> {
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
  }
}
