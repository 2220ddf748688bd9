/**
 * Which pages a user may open, from the same table the main process enforces
 * (shared/ipc/permissions.ts): a page is offered when the user may make its main call.
 * Hiding is only for clarity; the main process refuses the calls either way.
 */
import type { Role } from '../../../shared/domain/roles'
import type { Channel } from '../../../shared/ipc/channels'
import { isAllowed } from '../../../shared/ipc/permissions'
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
