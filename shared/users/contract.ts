/** The channels of user accounts (administrator only): each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel } from '../ipc/define'
import type { UserDto } from '../auth/dto'
import { ResetPasswordInput, UserSaveInput } from '../auth/schema'
import { Empty } from '../fields'

export const USERS_CONTRACT = {
  'user:list': channel<typeof Empty, UserDto[]>(Empty, ['admin']),
  'user:save': channel<typeof UserSaveInput, UserDto>(UserSaveInput, ['admin']),
  'user:reset-password': channel<typeof ResetPasswordInput, { ok: true }>(ResetPasswordInput, ['admin']),
}
