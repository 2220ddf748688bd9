/** Handlers of the users channels (administrator only): the accounts live in the auth service. */
import type { USERS_CONTRACT } from '../../../shared/users/contract'
import type { AuthService } from '../auth/auth-service'
import type { HandlersOf } from '../ipc/types'

export function usersHandlers(auth: AuthService): HandlersOf<typeof USERS_CONTRACT> {
  return {
    'user:list': async () => auth.listUsers(),
    'user:save': async (input, req) => auth.saveUser(input, req.actor),
    'user:reset-password': async (input, req) => {
      await auth.resetPassword(input.id, input.newPassword, req.actor)
      return { ok: true as const }
    },
  }
}
