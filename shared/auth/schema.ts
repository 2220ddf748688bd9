import { z } from 'zod'
import { RoleSchema } from '../domain/roles'

const username = z
  .string({ error: '请输入用户名' })
  .trim()
  .min(2, '用户名至少2个字符')
  .max(32, '用户名最多32个字符')
  .regex(/^[A-Za-z0-9_.\-\u4e00-\u9fff]+$/u, '用户名只能包含字母、数字、汉字和 _ . -')
const displayName = z.string({ error: '请输入姓名' }).trim().min(1, '请输入姓名').max(50, '姓名最多50个字符')
/** New passwords: at least 8 characters with letters and digits. */
export const NewPassword = z
  .string({ error: '请输入密码' })
  .min(8, '密码至少8位')
  .max(128, '密码最多128位')
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/\d/, '密码须包含数字')

export const LoginInput = z
  .object({
    username,
    password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(128, '密码最多128位'),
  })
  .strict()

export const SetupAdminInput = z
  .object({ username, displayName, password: NewPassword })
  .strict()

export const ChangePasswordInput = z
  .object({ currentPassword: z.string().min(1, '请输入当前密码').max(128), newPassword: NewPassword })
  .strict()

export const UserSaveInput = z
  .object({
    /** Absent for a new user. */
    id: z.string().min(1).max(64).optional(),
    username,
    displayName,
    roles: z.array(RoleSchema).min(1, '至少选择一个角色').max(5),
    active: z.boolean({ error: '请选择是否启用' }),
    /** Required for a new user; the user must change it at first login. */
    initialPassword: NewPassword.optional(),
  })
  .strict()

export const ResetPasswordInput = z.object({ id: z.string().min(1).max(64), newPassword: NewPassword }).strict()

export type LoginInputOut = z.output<typeof LoginInput>
export type SetupAdminInputOut = z.output<typeof SetupAdminInput>
export type UserSaveInputOut = z.output<typeof UserSaveInput>
