import type { z } from 'zod'
import { maskIdNumber } from '../../../shared/domain/id-card'
import { classifyQuery } from '../../../shared/domain/search'
import type { CaseFile, CaseFileSection, CaseListRow } from '../../../shared/cases/case-file'
import type { Page } from '../../../shared/ipc/page'
import { AppError } from '../../../shared/ipc/result'
import type { CaseSearchInput } from '../../../shared/intake/schema'
import { appendAudit, listAuditFor } from '../db/audit-repo'
import { writeTx } from '../db/tx'
import type { Role } from '../../../shared/domain/roles'
import { ROLES_SEEING_FULL_ID } from '../../../shared/ipc/permissions'
import { searchCases, type SearchTerms } from './case-repo'
import { findCase, type CaseRow } from './case-record'
import type { ServiceContext } from '../context'
import { findMatter } from '../policy-settings/policy-service'

function toListRow(row: CaseRow, fullId: boolean): CaseListRow {
  return {
    id: row.id,
    caseNumber: row.case_number,
    status: row.status,
    receivedOn: row.received_on,
    applicantName: row.applicant_name,
    idNumberMasked: fullId ? row.applicant_id_number : maskIdNumber(row.applicant_id_number),
    phone: row.applicant_phone,
    caseType: row.case_type,
    matter: row.matter,
    opposingParty: row.opposing_party,
    channel: row.channel,
    urgent: row.urgent === 1,
    acceptFirst: row.accept_first === 1,
  }
}

/** Turns what was typed in the search box into per-kind terms for the repository. */
export function toSearchTerms(q: string | undefined): SearchTerms {
  if (!q) return {}
  const c = classifyQuery(q)
  const terms: SearchTerms = {}
  if (c.fields.includes('name') || c.fields.includes('opposing-party')) terms.text = c.text
  if (c.pinyin) terms.pinyin = c.pinyin
  const digits = c.idFragment ?? c.phoneDigits
  if (digits) terms.digits = digits
  if (c.caseNumber) {
    const { year, seq, exact } = c.caseNumber
    if (exact) terms.caseNumberPrefix = exact
    else if (year !== null && seq === null) terms.caseNumberPrefix = `${year}-`
    else if (seq !== null) terms.caseSeq = seq
  }
  if (c.fields.length === 0 && c.text) terms.text = c.text
  return terms
}

/** Lists show full ID numbers only to the roles that need them (shared/ipc/permissions.ts). */
export function seesFullId(roles: readonly Role[] | undefined): boolean {
  return (roles ?? []).some((r) => ROLES_SEEING_FULL_ID.includes(r))
}

export async function searchCaseList(
  ctx: ServiceContext,
  input: z.output<typeof CaseSearchInput>,
  roles?: readonly Role[],
): Promise<Page<CaseListRow>> {
  const started = performance.now()
  const filters = {
    ...(input.status ? { status: input.status } : {}),
    ...(input.caseType ? { caseType: input.caseType } : {}),
    ...(input.receivedFrom ? { receivedFrom: input.receivedFrom } : {}),
    ...(input.receivedTo ? { receivedTo: input.receivedTo } : {}),
  }
  const { rows, total, totalIsCapped } = await searchCases(ctx.db, toSearchTerms(input.q), filters, input.page, input.pageSize)
  return { rows: rows.map((r) => toListRow(r, seesFullId(roles))), total, totalIsCapped, page: input.page, pageSize: input.pageSize, tookMs: performance.now() - started }
}

/**
 * The sections of a case file, in the order of the workflow. Sections whose features are not
 * built yet are listed too, marked `built: false`, so clerks see the whole shape of the file.
 */
export const CASE_FILE_SECTIONS: readonly CaseFileSection[] = [
  { key: 'intake', title: '受理登记', built: true },
  { key: 'applicant', title: '申请人及代理人', built: true },
  { key: 'review', title: '审查与决定（事项范围、经济困难、负责人审批）', built: true },
  { key: 'assignment', title: '指派律师', built: true },
  { key: 'handling', title: '承办、结案与归档', built: true },
  { key: 'quality', title: '质量评查、回访与投诉', built: true },
  { key: 'subsidy', title: '办案补贴', built: true },
  { key: 'documents', title: '文书', built: true },
  { key: 'history', title: '操作记录', built: true },
]

/**
 * The whole case file, with the full ID number. Opening it is recorded in the audit log when a
 * user opens it (`viewer`), since it shows personal data in full.
 */
export async function getCaseFile(ctx: ServiceContext, id: string, viewer?: string): Promise<CaseFile> {
  const row = await findCase(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND', '找不到该案件，可能编号有误或已被删除')
  if (viewer) {
    await writeTx(ctx.db, (trx) => appendAudit(trx, { atMs: ctx.clock.now(), actor: viewer, action: 'case.view', entity: 'legal_case', entityId: id }))
  }
  const events = await listAuditFor(ctx.db, 'legal_case', id)
  const matter = findMatter(row.region, row.received_on, row.matter)
  return {
    id: row.id,
    caseNumber: row.case_number,
    status: row.status,
    region: row.region,
    receivedOn: row.received_on,
    channel: row.channel,
    notice: row.notice,
    urgent: row.urgent === 1,
    acceptFirst: row.accept_first === 1,
    owedPapers: row.owedPapers,
    caseType: row.case_type,
    matter: row.matter,
    matterName: matter?.name ?? null,
    criminalRole: row.criminal_role,
    criminalStage: row.criminal_stage,
    cause: row.cause,
    handlingOrgan: row.handling_organ,
    opposingParty: row.opposing_party,
    facts: row.facts,
    applicant: {
      name: row.applicant_name,
      gender: row.applicant_gender,
      ethnicity: row.applicant_ethnicity,
      idType: row.applicant_id_type,
      idNumber: row.applicant_id_number,
      birthDate: row.applicant_birth_date,
      phone: row.applicant_phone,
      address: row.applicant_address,
      residence: row.applicant_residence,
      specialGroups: row.applicantGroups,
    },
    agent: row.agent,
    consultationId: row.consultation_id,
    createdBy: row.created_by,
    createdAtMs: row.created_at_ms,
    updatedAtMs: row.updated_at_ms,
    sections: [...CASE_FILE_SECTIONS],
    events: events.filter((e) => e.action !== 'case.view').map((e) => ({ seq: e.seq, atMs: e.at_ms, actor: e.actor, action: e.action })),
  }
}
