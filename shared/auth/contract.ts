/** The channels of sign-in, first run and password: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel } from '../ipc/define'
import type { AuthStatus, UserDto } from './dto'
import { ChangePasswordInput, LoginInput, SetupAdminInput } from './schema'
import { Empty } from '../fields'

export const AUTH_CONTRACT = {
  'auth:status': channel<typeof Empty, AuthStatus>(Empty, 'public'),
  'auth:setup-admin': channel<typeof SetupAdminInput, UserDto>(SetupAdminInput, 'public'),
  'auth:login': channel<typeof LoginInput, UserDto>(LoginInput, 'public'),
  'auth:logout': channel<typeof Empty, { ok: true }>(Empty, 'any-user'),
  'auth:change-password': channel<typeof ChangePasswordInput, { ok: true }>(ChangePasswordInput, 'any-user'),
}
