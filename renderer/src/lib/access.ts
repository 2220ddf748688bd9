/**
 * Which pages a user may open, from the same table the main process enforces
 * (shared/ipc/permissions.ts): a page is offered when the user may make its main call.
 * Hiding is only for clarity; the main process refuses the calls either way.
 */
import { roleLabel, type Role } from '../../../shared/domain/roles'
import type { Channel } from '../../../shared/ipc/channels'
import { CHANNEL_ACCESS, isAllowed } from '../../../shared/ipc/permissions'
import { transitionFor, type WorkflowAction } from '../../../shared/cases/transitions'
import { useSessionUser } from './session'
import type { Route } from './router'

export const PAGE_CHANNEL: Record<Exclude<Route['name'], 'not-found'>, Channel> = {
  cases: 'case:search',
  intake: 'application:create',
  consultations: 'consultation:list',
  settings: 'settings:save',
  users: 'user:list',
  lawyers: 'lawyer:list',
  subsidy: 'subsidy-batch:list',
  duty: 'duty:posts',
  finance: 'finance:overview',
  'policy-settings': 'policy-settings:add',
  'documents-batch': 'documents:batch-start',
  statistics: 'stats:subsidies',
  backup: 'backup:list',
  outreach: 'outreach:preview-import',
  'case-file': 'case:get',
}

export function canOpen(route: Route['name'], roles: readonly Role[] | null): boolean {
  if (route === 'not-found') return true
  return isAllowed(PAGE_CHANNEL[route], roles)
}

/** For controls: whether the signed-in user may make a call (screens offer only what they may use). */
export function useMayCall(): (channel: Channel) => boolean {
  const roles = useSessionUser()?.roles ?? null
  return (channel) => isAllowed(channel, roles)
}

/** 「审查员、负责人、管理员」: the roles the permission table lets make this call, for a tooltip. */
export function whoMayCall(channel: Channel): string {
  const access = CHANNEL_ACCESS[channel]
  return Array.isArray(access) ? access.map(roleLabel).join('、') : '有权限的人员'
}

/**
 * Whether these roles may take a workflow step through `channel`: the main process checks the
 * channel first and then the step's own roles (shared/workflow/transitions.ts).
 */
export function mayTakeStep(channel: Channel, step: WorkflowAction, roles: readonly Role[] | null): boolean {
  return isAllowed(channel, roles) && transitionFor(step).roles.some((r) => roles?.includes(r) ?? false)
}

/** 「受理员或管理员」: who may take the workflow step. */
export function whoTakesStep(step: WorkflowAction): string {
  return transitionFor(step).roles.map(roleLabel).join('或')
}
