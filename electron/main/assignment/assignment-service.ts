/**
 * Assignment (指派) and change of lawyer (更换): a ranked suggestion from the roster with the
 * reasons for each place, the hard rules (practice years, minors, criminal defence by lawyers,
 * conflicts of interest) enforced, and every assignment recorded with its rank and any override.
 */
import type { Kysely } from 'kysely'
import { ageOn, today, type LocalDate } from '../../../shared/domain/dates'
import type { AssignmentDto, AssignmentResult, AssignmentSuggestions } from '../../../shared/assignment/dto'
import { AppError } from '../../../shared/ipc/result'
import type { EligibilityResult } from '../../../shared/policy/eligibility'
import { assessEligibility } from '../../../shared/policy/eligibility'
import { asFen } from '../../../shared/domain/money'
import type { HardshipEvidenceOut } from '../../../shared/review/schema'
import { rankLawyers, type AssignmentNeeds, type LawyerCandidate, type Ranking } from '../../../shared/assignment/ranking'
import { normalizePartyName } from '../../../shared/assignment/names'
import { LANGUAGES, labelIn, languageHintFor, type LawyerKind } from '../../../shared/lawyers/roster'
import type { Role } from '../../../shared/domain/roles'
import { appendAudit } from '../db/audit-repo'
import type { CaseAssignmentTable, DB } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { loadCenterPolicySettings } from '../policy-settings/policy-settings-service'
import { applyTransition, endActiveAssignment, loadHistory } from '../cases/workflow-service'
import { eligibilityInput, loadCase, type CaseRecord } from '../cases/case-record'

/** Opposing parties as typed at intake may list several, separated by 、，; etc. */
export function partyNames(text: string | null): string[] {
  if (!text) return []
  return text
    .split(/[、,，;；/]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

interface LawyerRules {
  lawyerMinYears: number | null
  minorSpecialist: boolean
  criminalDefence: boolean
  basis: string[]
}

/** The engine's lawyer rules for the case: from the review's snapshot, or a fresh run. */
async function lawyerRulesFor(db: Kysely<DB>, row: CaseRecord, on: LocalDate): Promise<LawyerRules> {
  const review = await db.selectFrom('case_review').select(['engine_result_json', 'evidence_json']).where('case_id', '=', row.id).executeTakeFirst()
  let result: EligibilityResult | null = review?.engine_result_json ? (JSON.parse(review.engine_result_json) as EligibilityResult) : null
  if (!result) {
    const history = await loadHistory(db, row.id)
    const evidence = review ? (JSON.parse(review.evidence_json) as HardshipEvidenceOut) : null
    const input = eligibilityInput(row, evidence, history)
    // The lawyer rules do not depend on the hardship threshold; a placeholder threshold keeps a
    // missing hardship setting from hiding them. The outcome of this run is not used.
    const r = assessEligibility({ ...input, settings: { hardshipMonthlyPerCapitaFen: asFen(0) } }, await loadCenterPolicySettings(db))
    result = r.ok ? r.value : null
  }
  const criminalDefence = row.case_type === 'criminal' && (row.criminal_role === 'suspect' || row.criminal_role === 'defendant')
  const minorByAge = row.applicant_birth_date ? ageOn(row.applicant_birth_date, row.received_on) < 18 : false
  const minorSpecialist = Boolean(result?.lawyerRequirements.some((r) => r.code === 'minor-specialist')) || minorByAge
  const basis = result?.lawyerRequirements.map((r) => r.label) ?? []
  if (minorByAge && !basis.some((b) => b.includes('未成年'))) basis.push('受援人为未成年人：指派熟悉未成年人身心特点的人员')
  void on
  return { lawyerMinYears: result?.lawyerMinYears ?? null, minorSpecialist, criminalDefence, basis }
}

/** Lawyers who acted for the opposing party, or in a related case. */
async function findConflicts(db: Kysely<DB>, row: CaseRecord, relatedCaseIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  const add = (lawyerId: string, reason: string) => {
    const list = out.get(lawyerId) ?? []
    if (!list.includes(reason)) list.push(reason)
    out.set(lawyerId, list)
  }
  const opposing = partyNames(row.opposing_party)
  const norms = [...new Set(opposing.map(normalizePartyName).filter((n) => n !== ''))]
  if (norms.length > 0) {
    const rels = await db
      .selectFrom('lawyer_party_relation as r')
      .leftJoin('legal_case as c', 'c.id', 'r.case_id')
      .select(['r.lawyer_id', 'r.party_name', 'r.source', 'c.case_number'])
      .where('r.party_norm', 'in', norms)
      .where('r.role', '=', 'client')
      .where((eb) => eb.or([eb('r.case_id', 'is', null), eb('r.case_id', '!=', row.id)]))
      .execute()
    for (const r of rels) {
      add(r.lawyer_id, r.source === 'declared' ? `名册登记其代理过本案对方当事人「${r.party_name}」` : `曾在案件 ${r.case_number ?? ''} 中代理本案对方当事人「${r.party_name}」`)
    }
  }
  // Related cases: named ones, plus the same dispute seen from the other side.
  const related = new Map<string, string>()
  if (relatedCaseIds.length > 0) {
    for (const c of await db.selectFrom('legal_case').select(['id', 'case_number']).where('id', 'in', [...relatedCaseIds]).execute()) related.set(c.id, c.case_number)
  }
  if (opposing.length > 0) {
    const sameOpp = await db.selectFrom('legal_case').select(['id', 'case_number', 'opposing_party']).where('applicant_name', 'in', opposing).where('id', '!=', row.id).limit(200).execute()
    for (const c of sameOpp) if (partyNames(c.opposing_party).some((p) => normalizePartyName(p) === normalizePartyName(row.applicant_name))) related.set(c.id, c.case_number)
  }
  const reverse = await db.selectFrom('legal_case').select(['id', 'case_number', 'applicant_name']).where('opposing_party', '=', row.applicant_name).where('id', '!=', row.id).limit(200).execute()
  for (const c of reverse) related.set(c.id, c.case_number)
  if (related.size > 0) {
    const rels = await db.selectFrom('lawyer_party_relation').select(['lawyer_id', 'case_id']).where('case_id', 'in', [...related.keys()]).where('source', '=', 'assignment').execute()
    for (const r of rels) add(r.lawyer_id, `曾承办关联案件 ${related.get(r.case_id!) ?? ''}`)
  }
  return out
}

async function candidates(db: Kysely<DB>): Promise<LawyerCandidate[]> {
  const rows = await db
    .selectFrom('lawyer as l')
    .leftJoin('firm as f', 'f.id', 'l.firm_id')
    .select(['l.id', 'l.name', 'l.kind', 'l.firm_id', 'f.name as firm_name', 'l.practice_start', 'l.specialties_json', 'l.languages_json', 'l.max_open_cases', 'l.open_cases', 'l.minors_suited', 'l.active', 'l.last_assigned_at_ms'])
    .execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as LawyerKind,
    firmId: r.firm_id,
    firmName: r.firm_name,
    practiceStart: r.practice_start as LocalDate | null,
    specialties: JSON.parse(r.specialties_json) as string[],
    languages: JSON.parse(r.languages_json) as string[],
    maxOpenCases: r.max_open_cases,
    openCases: r.open_cases,
    minorsSuited: r.minors_suited === 1,
    active: r.active === 1,
    lastAssignedAtMs: r.last_assigned_at_ms,
  }))
}

interface SuggestRequest {
  caseId: string
  applicantChoiceLawyerId?: string | undefined
  language?: string | undefined
  relatedCaseIds: readonly string[]
}

async function rank(db: Kysely<DB>, row: CaseRecord, req: SuggestRequest, on: LocalDate): Promise<{ ranking: Ranking; rules: LawyerRules; language: string | null; active: CaseAssignmentTable | undefined }> {
  const rules = await lawyerRulesFor(db, row, on)
  const active = await db.selectFrom('case_assignment').selectAll().where('case_id', '=', row.id).where('ended_at_ms', 'is', null).executeTakeFirst()
  const language = req.language ?? languageHintFor(row.applicant_ethnicity, row.policyFacts.disability)
  const needs: AssignmentNeeds = {
    on,
    caseType: row.case_type,
    matter: row.matter,
    criminalDefence: rules.criminalDefence,
    lawyerMinYears: rules.lawyerMinYears,
    minorSpecialist: rules.minorSpecialist,
    language,
    applicantChoiceLawyerId: req.applicantChoiceLawyerId ?? null,
    conflicts: await findConflicts(db, row, req.relatedCaseIds),
    exclude: new Map(active ? [[active.lawyer_id, '现任承办人员（更换时不能再选）']] : []),
  }
  return { ranking: rankLawyers(await candidates(db), needs), rules, language, active }
}

function assignmentDto(r: CaseAssignmentTable): AssignmentDto {
  return {
    id: r.id,
    lawyerId: r.lawyer_id,
    lawyerName: r.lawyer_name,
    firmName: r.firm_name,
    assignedOn: r.assigned_on,
    assignedBy: r.assigned_by,
    assignedAtMs: r.assigned_at_ms,
    suggestionRank: r.suggestion_rank,
    overrideReason: r.override_reason,
    applicantChoice: r.applicant_choice === 1,
    endedOn: r.ended_on,
    endKind: r.end_kind,
    endReason: r.end_reason,
  }
}

export async function suggestAssignment(ctx: ServiceContext, input: SuggestRequest & { limit: number }): Promise<AssignmentSuggestions> {
  const started = performance.now()
  const row = await loadCase(ctx.db, input.caseId)
  const on = today(ctx.clock)
  const { ranking, rules, language, active } = await rank(ctx.db, row, input, on)
  const history = await ctx.db.selectFrom('case_assignment').selectAll().where('case_id', '=', row.id).orderBy('assigned_at_ms').execute()
  return {
    caseId: row.id,
    caseNumber: row.case_number,
    status: row.status,
    needs: {
      lawyerMinYears: rules.lawyerMinYears,
      minorSpecialist: rules.minorSpecialist,
      criminalDefence: rules.criminalDefence,
      language,
      languageLabel: language ? labelIn(LANGUAGES, language) : null,
      basis: rules.basis,
    },
    suggestions: ranking.suggestions.slice(0, input.limit),
    eligibleTotal: ranking.suggestions.length,
    blocked: ranking.blocked.slice(0, 50),
    blockedTotal: ranking.blocked.length,
    current: active ? assignmentDto(active) : null,
    history: history.map(assignmentDto),
    tookMs: performance.now() - started,
  }
}

export async function assignLawyer(
  ctx: ServiceContext,
  input: SuggestRequest & { lawyerId: string; on?: string | undefined; overrideReason?: string | undefined; changeReason?: string | undefined },
  actor: string,
  roles?: readonly Role[],
): Promise<AssignmentResult> {
  const atMs = ctx.clock.now()
  const on = (input.on ?? today(ctx.clock)) as LocalDate
  return writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    const { ranking, active } = await rank(trx, row, input, on)
    const change = Boolean(active)
    if (change && !input.changeReason) {
      throw new AppError('VALIDATION', '本案已有承办人员：更换法律援助人员须填写更换理由', { issues: [{ path: ['changeReason'], message: '请填写更换理由' }] })
    }
    const blocked = ranking.blocked.find((b) => b.lawyerId === input.lawyerId)
    if (blocked) {
      throw new AppError('POLICY_VIOLATION', `不能指派「${blocked.name}」：${blocked.reasons.join('；')}`, { lawyerId: blocked.lawyerId, reasons: blocked.reasons })
    }
    const chosen = ranking.suggestions.find((s) => s.lawyerId === input.lawyerId)
    if (!chosen) throw new AppError('NOT_FOUND', '名册中找不到该人员，或其已停用', { issues: [{ path: ['lawyerId'], message: '人员不存在或已停用' }] })
    const top = ranking.suggestions[0]!
    if (chosen.rank !== 1 && !input.overrideReason) {
      throw new AppError('POLICY_VIOLATION', `所选人员在推荐中排第 ${chosen.rank} 位（第 1 位为「${top.name}」），请填写不采用首位推荐的理由`, {
        issues: [{ path: ['overrideReason'], message: '请填写理由' }],
      })
    }
    const tc = { ctx, actor, atMs, roles }
    const lawyer = await trx.selectFrom('lawyer as l').leftJoin('firm as f', 'f.id', 'l.firm_id').select(['l.id', 'l.name', 'l.firm_id', 'f.name as firm_name']).where('l.id', '=', input.lawyerId).executeTakeFirstOrThrow()
    const applicantChoice = input.applicantChoiceLawyerId === input.lawyerId
    const transition = await applyTransition(trx, tc, row, {
      via: 'assignment:assign',
      action: change ? 'change-lawyer' : 'assign',
      on,
      payload: {
        lawyerId: lawyer.id,
        lawyerName: lawyer.name,
        firmName: lawyer.firm_name,
        suggestionRank: chosen.rank,
        score: chosen.score,
        reasons: chosen.reasons.map((r) => r.text),
        overrideReason: input.overrideReason ?? null,
        changeReason: input.changeReason ?? null,
        applicantChoice,
        ...(active ? { replacedLawyerId: active.lawyer_id, replacedLawyerName: active.lawyer_name } : {}),
      },
      reason: change ? (input.changeReason ?? null) : (input.overrideReason ?? null),
    })
    const id = ctx.newId()
    if (active) await endActiveAssignment(trx, tc, row.id, 'changed', on, input.changeReason ?? null, id)
    const record: CaseAssignmentTable = {
      id,
      case_id: row.id,
      lawyer_id: lawyer.id,
      lawyer_name: lawyer.name,
      firm_id: lawyer.firm_id,
      firm_name: lawyer.firm_name,
      assigned_on: on,
      assigned_by: actor,
      assigned_at_ms: atMs,
      suggestion_rank: chosen.rank,
      override_reason: input.overrideReason ?? null,
      applicant_choice: applicantChoice ? 1 : 0,
      ended_at_ms: null,
      ended_on: null,
      end_kind: null,
      end_reason: null,
      replaced_by: null,
    }
    await trx.insertInto('case_assignment').values(record).execute()
    const before = await trx.selectFrom('lawyer').select(['open_cases', 'last_assigned_at_ms']).where('id', '=', lawyer.id).executeTakeFirstOrThrow()
    await trx.updateTable('lawyer').set({ open_cases: before.open_cases + 1, last_assigned_at_ms: atMs }).where('id', '=', lawyer.id).execute()
    // Whom the lawyer now acts for and against, for later conflict checks.
    const relations = [
      { party: row.applicant_name, role: 'client' },
      ...partyNames(row.opposing_party).map((p) => ({ party: p, role: 'opposing' })),
    ]
    for (const r of relations) {
      await trx.insertInto('lawyer_party_relation').values({ lawyer_id: lawyer.id, case_id: row.id, party_name: r.party, party_norm: normalizePartyName(r.party), role: r.role, source: 'assignment', created_at_ms: atMs }).execute()
    }
    await appendAudit(trx, {
      atMs,
      actor,
      action: change ? 'assignment.change' : 'assignment.create',
      entity: 'case_assignment',
      entityId: id,
      before: active ?? null,
      after: { ...record, lawyerLoadBefore: before.open_cases, lawyerLoadAfter: before.open_cases + 1 },
    })
    return { transition, assignment: assignmentDto(record) }
  })
}
