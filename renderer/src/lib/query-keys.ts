/**
 * Every query key of the renderer, one factory per feature. They live here, outside the
 * features, so that a write in one feature can name what it changes in another without
 * importing that feature.
 *
 * Everything that belongs to one case lives under `['case', id, …]`: one
 * `invalidateQueries({ queryKey: caseKeys.one(id) })` covers any write to that case, and
 * `invalidateCase` is the one way a case write says so.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { Input } from '../../../shared/ipc/contract'

const caseRoot = 'case'
const partOfCase =
  <P extends string>(part: P) =>
  (id: string) =>
    [caseRoot, id, part] as const

/** One case, and the lists of cases (which are not under any one case). */
export const caseKeys = {
  /** Every query of every case (not the lists). */
  all: [caseRoot] as const,
  /** Every query of one case. */
  one: (id: string) => [caseRoot, id] as const,
  /** The case file (case:get). */
  detail: partOfCase('detail'),
  /** The workflow history and the actions open now (workflow:history). */
  history: partOfCase('history'),
  review: partOfCase('review'),
  handling: partOfCase('handling'),
  quality: partOfCase('quality'),
  subsidy: partOfCase('subsidy'),
  documents: partOfCase('documents'),
  /** The lawyers suggested for the case, for the applicant's choice (if any). */
  suggestions: (id: string, applicantChoice: string | undefined) => [caseRoot, id, 'suggestions', applicantChoice ?? ''] as const,
  /** Every search of the case list. */
  lists: ['cases'] as const,
  search: (input: Input<'case:search'>) => ['cases', 'search', input] as const,
}

/** The part of a case key after the id, e.g. 'review'. */
export type CasePart = 'detail' | 'history' | 'review' | 'handling' | 'quality' | 'subsidy' | 'documents' | 'suggestions'

export const deadlineKeys = {
  all: ['deadlines'] as const,
  board: (responsible: string | undefined) => ['deadlines', 'board', responsible ?? ''] as const,
}

/**
 * After any write to one case: everything about that case, and the deadlines board, which
 * lists the deadlines of every case. Resolves when the active queries have been read again.
 */
export async function invalidateCase(client: QueryClient, id: string): Promise<void> {
  await Promise.all([client.invalidateQueries({ queryKey: caseKeys.one(id) }), client.invalidateQueries({ queryKey: deadlineKeys.all })])
}

/** One part of every case (e.g. every review, after the review policy has changed). */
export function invalidateEveryCase(client: QueryClient, part: CasePart): Promise<void> {
  return client.invalidateQueries({ queryKey: caseKeys.all, predicate: (q) => q.queryKey[2] === part })
}

/** App-wide answers: the app info and the center settings. */
export const centerKeys = {
  appInfo: ['center', 'app-info'] as const,
  settings: ['center', 'settings'] as const,
}

/** The scope lists of matters (policy:matters). */
export const matterKeys = {
  all: ['matters'] as const,
  /** The region's list in force on a date. */
  inForce: (region: string | undefined, on: string | undefined) => ['matters', 'in-force', region ?? '', on ?? ''] as const,
  /** The center's current list, read for code → name. */
  centerNames: ['matters', 'center-names'] as const,
}

export const policySettingKeys = {
  list: ['policy-settings', 'list'] as const,
}

export const consultationKeys = {
  all: ['consultations'] as const,
  page: (page: number, pageSize: number) => ['consultations', 'list', page, pageSize] as const,
}

export const userKeys = {
  all: ['users'] as const,
  list: ['users', 'list'] as const,
}

/** The lawyer roster: lawyers and firms. */
export const lawyerKeys = {
  /** Every list of lawyers. */
  all: ['lawyers'] as const,
  page: (q: string, page: number) => ['lawyers', 'list', q, page] as const,
  /** Active lawyers as choices (the duty roster). */
  activeOptions: ['lawyers', 'active-options'] as const,
  firms: ['firms'] as const,
}

export const dutyKeys = {
  all: ['duty'] as const,
  posts: ['duty', 'posts'] as const,
  roster: (from: string, to: string) => ['duty', 'roster', from, to] as const,
  statements: (period: string) => ['duty', 'statements', period] as const,
}

/** Subsidy claims and payment batches across cases (one case's subsidy is `caseKeys.subsidy`). */
export const subsidyKeys = {
  all: ['subsidy'] as const,
  allClaims: ['subsidy', 'claims'] as const,
  claims: (status: string | undefined) => ['subsidy', 'claims', status ?? 'all'] as const,
  batches: (year: number) => ['subsidy', 'batches', year] as const,
  batch: (batchId: string | null) => ['subsidy', 'batch', batchId] as const,
}

export const financeKeys = {
  allOverviews: ['finance', 'overview'] as const,
  overview: (year: number) => ['finance', 'overview', year] as const,
  disclosure: (period: string) => ['finance', 'disclosure', period] as const,
}

export const statsKeys = {
  summary: (from: string, to: string, clerk: string | undefined) => ['stats', 'summary', from, to, clerk ?? ''] as const,
  subsidies: (from: string, to: string) => ['stats', 'subsidies', from, to] as const,
}

export const backupKeys = {
  settings: ['backup', 'settings'] as const,
  list: ['backup', 'list'] as const,
}
