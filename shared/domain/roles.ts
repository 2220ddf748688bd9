import { z } from 'zod'
import { labelIn } from '../codes'

/** The roles of a legal aid center (see the brief). A user may hold several. */
export const ROLES = [
  { code: 'clerk', label: '受理员' },
  { code: 'reviewer', label: '审查员' },
  { code: 'director', label: '负责人' },
  { code: 'finance', label: '财务' },
  { code: 'admin', label: '管理员' },
] as const

export type Role = (typeof ROLES)[number]['code']
export const ROLE_CODES = ROLES.map((r) => r.code) as [Role, ...Role[]]
export const RoleSchema = z.enum(ROLE_CODES, { error: '角色无效' })

export const roleLabel = (code: string): string => labelIn(ROLES, code)
