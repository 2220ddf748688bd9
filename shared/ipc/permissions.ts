import { roleLabel, type Role } from '../domain/roles'
import { CHANNELS, isChannel, type Channel } from './channels'
import { contract } from './contract'
import type { Access } from './define'

export type { Access }

/**
 * Who may call what, derived from each channel's declaration (`access` in its contract entry,
 * shared/ipc/define.ts). Checked in the main process for every call that arrives over IPC or the
 * browser bridge, before the input is even parsed; the screens use the same table to offer only
 * what the user may do. Per-action roles of workflow:transition and assignment:assign are checked
 * again against shared/workflow/transitions.ts.
 */
export const CHANNEL_ACCESS = Object.fromEntries(CHANNELS.map((c) => [c, contract[c].access])) as Readonly<Record<Channel, Access>>

/** Roles that see full ID numbers in lists and exports; everyone else sees them masked. */
export const ROLES_SEEING_FULL_ID: readonly Role[] = ['reviewer', 'director', 'admin']

/** What a caller is told when the channel does not admit its roles. */
export function forbiddenMessage(roles: readonly Role[]): string {
  return `您的角色（${roles.map(roleLabel).join('、')}）无权执行此操作，请联系管理员`
}

/** Whether a caller with these roles (null: not signed in) may call the channel. Unknown channels: no. */
export function isAllowed(channel: string, roles: readonly Role[] | null): boolean {
  if (!isChannel(channel)) return false
  const access = CHANNEL_ACCESS[channel]
  if (access === 'public') return true
  if (roles === null || roles.length === 0) return false
  if (access === 'any-user') return true
  return roles.some((r) => access.includes(r))
}
