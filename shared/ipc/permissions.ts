import type { Role } from '../domain/roles'

/**
 * Who may call what. Checked in the main process for every call that arrives over IPC or the
 * browser bridge, before the input is even parsed. `public` channels need no login (the login
 * screen itself). A channel missing from this table is refused for everyone: new channels must
 * be classified here (a test checks that every channel is).
 */
export type Access = 'public' | 'any-user' | readonly Role[]

const ALL_STAFF: readonly Role[] = ['clerk', 'reviewer', 'director', 'finance', 'admin']
const CASE_WORK: readonly Role[] = ['clerk', 'reviewer', 'director', 'admin']

export const CHANNEL_ACCESS: Readonly<Record<string, Access>> = {
  'auth:status': 'public',
  'auth:setup-admin': 'public',
  'auth:login': 'public',
  'auth:logout': 'any-user',
  'auth:change-password': 'any-user',
  'user:list': ['admin'],
  'user:save': ['admin'],
  'user:reset-password': ['admin'],
  'app:info': 'any-user',
  'settings:get': 'any-user',
  'settings:save': ['admin'],
  'policy:matters': 'any-user',
  'consultation:create': ['clerk', 'reviewer', 'director', 'admin'],
  'consultation:list': CASE_WORK,
  'application:create': ['clerk', 'reviewer', 'director', 'admin'],
  'case:search': ALL_STAFF,
  'case:get': ALL_STAFF,
  'case:open-window': ALL_STAFF,
  'backup:run': ['admin'],
  'backup:list': ['admin'],
  'backup:verify': ['admin'],
  'backup:restore': ['admin'],
  'backup:settings-get': ['admin'],
  'backup:settings-save': ['admin'],
  'audit:verify': ['director', 'admin'],
  'outreach:export': ['clerk', 'admin'],
  'outreach:preview-import': ['clerk', 'director', 'admin'],
  'outreach:import': ['clerk', 'director', 'admin'],
  'documents:issue': ALL_STAFF,
  'documents:list': ALL_STAFF,
  'documents:get': ALL_STAFF,
  'documents:read': ALL_STAFF,
  'documents:open': ALL_STAFF,
  'documents:reprint': ALL_STAFF,
  'documents:void': ['director', 'admin'],
  'documents:batch-start': ALL_STAFF,
  'documents:batch-status': ALL_STAFF,
  'documents:check-glyphs': ALL_STAFF,
  // issue 4: workflow, review, policy settings, roster, assignment, deadlines. Per-action roles of
  // workflow:transition and assignment:assign are checked again against shared/workflow/transitions.ts.
  'workflow:transition': CASE_WORK,
  'workflow:history': ALL_STAFF,
  'review:get': CASE_WORK,
  'review:save': ['reviewer', 'director', 'admin'],
  'review:assess': CASE_WORK,
  'policy-settings:list': 'any-user',
  'policy-settings:add': ['admin'],
  'lawyer:list': ALL_STAFF,
  'lawyer:save': ['admin'],
  'firm:list': ALL_STAFF,
  'firm:save': ['admin'],
  'lawyer:import-excel': ['admin'],
  'lawyer:export-excel': ['director', 'admin'],
  'assignment:suggest': CASE_WORK,
  'assignment:assign': ['clerk', 'director', 'admin'],
  'deadlines:board': CASE_WORK,
  // issue 6: handling, quality, subsidy, finance, duty lawyers. Director-only steps (核准, 审批, 更正) and
  // finance-only payment are checked again in the services against the caller's roles.
  'handling:get': ALL_STAFF,
  'handling:add-event': ['clerk', 'director', 'admin'],
  'handling:conclude': ['clerk', 'director', 'admin'],
  'handling:save-checklist': ['clerk', 'director', 'admin'],
  'handling:close': ['clerk', 'director', 'admin'],
  'handling:archive': ['clerk', 'director', 'admin'],
  'quality:get': ALL_STAFF,
  'quality:rubric-get': 'any-user',
  'quality:rubric-save': ['director', 'admin'],
  'quality:review-save': ['reviewer', 'director', 'admin'],
  'followup:add': ['clerk', 'reviewer', 'director', 'admin'],
  'complaint:add': ['clerk', 'reviewer', 'director', 'admin'],
  'complaint:update': ['reviewer', 'director', 'admin'],
  'complaint:list': CASE_WORK,
  'subsidy:get': ALL_STAFF,
  'subsidy:extra-request': ['clerk', 'director', 'finance', 'admin'],
  'subsidy:extra-decide': ['director'],
  'subsidy:compute': ['clerk', 'director', 'finance', 'admin'],
  'subsidy:approve': ['director'],
  'subsidy:correct': ['director'],
  'subsidy:claims': ['director', 'finance', 'admin'],
  'subsidy-batch:create': ['finance', 'director', 'admin'],
  'subsidy-batch:list': ['director', 'finance', 'admin'],
  'subsidy-batch:get': ['director', 'finance', 'admin'],
  'subsidy-batch:approve': ['director'],
  'subsidy-batch:pay': ['finance'],
  'subsidy-batch:vouchers-start': ['finance', 'director'],
  'subsidy-batch:vouchers-status': ['finance', 'director'],
  'subsidy-batch:payment-list': ['finance', 'director'],
  'subsidy-batch:export-excel': ['finance', 'director', 'admin'],
  'finance:budget-save': ['finance', 'director'],
  'finance:overview': ['finance', 'director', 'admin'],
  'finance:disclosure': ['finance', 'director', 'admin'],
  'duty:posts': ALL_STAFF,
  'duty:post-save': ['clerk', 'director', 'admin'],
  'duty:roster': ALL_STAFF,
  'duty:shift-save': ['clerk', 'director', 'admin'],
  'duty:service-add': ['clerk', 'director', 'admin'],
  'duty:statement': ['clerk', 'director', 'finance', 'admin'],
  'duty:statement-save': ['clerk', 'director', 'finance', 'admin'],
  // issue 8: statistics and reports; finance sees the subsidy figures only
  'stats:summary': ['reviewer', 'director', 'admin'],
  'stats:export-excel': ['reviewer', 'director', 'admin'],
  'stats:report-pdf': ['reviewer', 'director', 'admin'],
  'stats:subsidies': ['reviewer', 'director', 'finance', 'admin'],
}

/** Roles that see full ID numbers in lists and exports; everyone else sees them masked. */
export const ROLES_SEEING_FULL_ID: readonly Role[] = ['reviewer', 'director', 'admin']

export function isAllowed(channel: string, roles: readonly Role[] | null): boolean {
  const access = CHANNEL_ACCESS[channel]
  if (access === undefined) return false
  if (access === 'public') return true
  if (roles === null || roles.length === 0) return false
  if (access === 'any-user') return true
  return roles.some((r) => access.includes(r))
}
