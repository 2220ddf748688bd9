/**
 * Review (经济困难审查): the applicant's hardship evidence, the policy engine's assessment with
 * the case's facts and the center's settings, and the reviewer's opinion. The decision itself
 * is a workflow transition approved by the director (workflow-service).
 */
import type { ReviewAssessment, ReviewDto } from '../../../shared/review/dto'
import { AppError } from '../../../shared/ipc/result'
import { assessEligibility, type EligibilityInput, type EligibilityResult } from '../../../shared/policy/eligibility'
import { explainEligibility, OUTCOME_NAMES } from '../../../shared/policy/explain'
import type { CenterSettings } from '../../../shared/policy/settings'
import type { HardshipEvidenceOut, ReviewSaveInput } from '../../../shared/review/schema'
import { engineDecisionOf } from '../../../shared/cases/transitions'
import { appendAudit } from '../db/audit-repo'
import type { CaseReviewTable } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { loadCenterPolicySettings, settingLabel } from '../policy-settings/policy-settings-service'
import { loadHistory } from '../cases/workflow-service'
import { eligibilityInput, loadCase, type CaseRecord } from '../cases/case-record'
import type { z } from 'zod'

/** Runs the engine; NOT_CONFIGURED and other refusals come back as an AppError naming the setting. */
export function runEngine(input: EligibilityInput, settings: CenterSettings): EligibilityResult {
  const r = assessEligibility(input, settings)
  if (r.ok) return r.value
  const e = r.error
  if (e.code === 'NOT_CONFIGURED') {
    throw new AppError('NOT_CONFIGURED', e.message, { setting: e.setting, settingLabel: e.setting ? settingLabel(e.setting) : undefined })
  }
  throw new AppError('VALIDATION', `政策审查无法进行：${e.message}`, { engineCode: e.code, ...(e.path ? { path: e.path } : {}) })
}

function assessment(result: EligibilityResult): ReviewAssessment {
  const ex = explainEligibility(result)
  return {
    outcome: result.outcome,
    outcomeLabel: OUTCOME_NAMES[result.outcome],
    provisional: result.provisional,
    expectedDecision: engineDecisionOf(result.outcome),
    criteria: result.criteria.map((c) => ({ criterion: c.criterion, result: c.result, text: c.text, basis: c.basis.map((b) => `《${b.doc}》${b.clause}${b.unverified ? '（条号待核实）' : ''}`) })),
    needsMoreInfo: result.needsMoreInfo,
    lawyerMinYears: result.lawyerMinYears,
    lawyerRequirements: result.lawyerRequirements,
    decideBy: result.decideBy,
    explanation: { heading: ex.heading, summary: ex.summary, lines: ex.lines, basis: ex.basis },
    warnings: result.warnings,
  }
}

/** review:assess — a trial run with the evidence on screen; stores nothing. */
export async function assessReview(ctx: ServiceContext, caseId: string, evidence: HardshipEvidenceOut): Promise<ReviewAssessment> {
  const row = await loadCase(ctx.db, caseId)
  const history = await loadHistory(ctx.db, caseId)
  const settings = await loadCenterPolicySettings(ctx.db)
  return assessment(runEngine(eligibilityInput(row, evidence, history), settings))
}

function toDto(row: CaseRecord, r: CaseReviewTable | undefined): ReviewDto {
  const result = r?.engine_result_json ? (JSON.parse(r.engine_result_json) as EligibilityResult) : null
  return {
    caseId: row.id,
    caseNumber: row.case_number,
    status: row.status,
    channel: row.channel,
    applicantName: row.applicant_name,
    evidence: r ? (JSON.parse(r.evidence_json) as ReviewDto['evidence']) : null,
    opinion: (r?.opinion as 'grant' | 'refuse' | undefined) ?? null,
    opinionText: r?.opinion_text ?? null,
    reviewer: r?.reviewer ?? null,
    assessment: result ? assessment(result) : null,
    assessedAtMs: r?.assessed_at_ms ?? null,
    engineError: r?.engine_error_json ? (JSON.parse(r.engine_error_json) as ReviewDto['engineError']) : null,
    decision: (r?.decision as 'grant' | 'refuse' | null | undefined) ?? null,
    decidedOn: r?.decided_on ?? null,
    approvedBy: r?.approved_by ?? null,
    overrideReason: r?.override_reason ?? null,
    refusalReasons: r?.refusal_reasons ?? null,
    updatedBy: r?.updated_by ?? null,
    updatedAtMs: r?.updated_at_ms ?? null,
  }
}

export async function getReview(ctx: ServiceContext, caseId: string): Promise<ReviewDto> {
  const row = await loadCase(ctx.db, caseId)
  const r = await ctx.db.selectFrom('case_review').selectAll().where('case_id', '=', caseId).executeTakeFirst()
  return toDto(row, r)
}

/**
 * review:save — stores the evidence and the reviewer's opinion with the engine's result
 * snapshot (and the settings it used). If a setting is missing the review is still saved,
 * with the engine's NOT_CONFIGURED answer, so the screen can name the setting to enter; the
 * decision then stays blocked until the review is saved again with a result.
 */
export async function saveReview(ctx: ServiceContext, input: z.output<typeof ReviewSaveInput>, actor: string): Promise<ReviewDto> {
  const atMs = ctx.clock.now()
  return writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    if (!['registered', 'awaiting-materials', 'reviewing'].includes(row.status)) {
      throw new AppError('CONFLICT', `案件当前状态为「${row.status === 'granted' || row.status === 'refused' ? '已作出决定' : row.status}」，不能再修改审查意见`)
    }
    if (row.channel === 'notification') throw new AppError('POLICY_VIOLATION', '通知辩护/代理案件不审查经济困难状况，无需填写审查意见')
    const history = await loadHistory(trx, row.id)
    const settings = await loadCenterPolicySettings(trx)
    let result: EligibilityResult | null = null
    let engineError: ReviewDto['engineError'] = null
    try {
      result = runEngine(eligibilityInput(row, input.evidence, history), settings)
    } catch (err) {
      if (!(err instanceof AppError)) throw err
      engineError = { code: err.code, message: err.message, setting: (err.details?.setting) ?? null, settingLabel: (err.details?.settingLabel as string | undefined) ?? null }
    }
    const before = await trx.selectFrom('case_review').selectAll().where('case_id', '=', row.id).executeTakeFirst()
    const values = {
      evidence_json: JSON.stringify(input.evidence),
      opinion: input.opinion,
      opinion_text: input.opinionText,
      // The reviewer is who saved it, from the login (never a typed name).
      reviewer: actor,
      engine_outcome: result?.outcome ?? null,
      engine_provisional: result ? (result.provisional ? 1 : 0) : null,
      engine_result_json: result ? JSON.stringify(result) : null,
      engine_error_json: engineError ? JSON.stringify(engineError) : null,
      settings_used_json: JSON.stringify(settings.entries),
      assessed_at_ms: atMs,
      updated_by: actor,
      updated_at_ms: atMs,
    }
    await trx
      .insertInto('case_review')
      .values({ case_id: row.id, decision: null, decided_on: null, approved_by: null, override_reason: null, refusal_reasons: null, ...values })
      .onConflict((oc) => oc.column('case_id').doUpdateSet(values))
      .execute()
    const stored = await trx.selectFrom('case_review').selectAll().where('case_id', '=', row.id).executeTakeFirstOrThrow()
    const summary = (r: CaseReviewTable | undefined) =>
      r ? { evidence: JSON.parse(r.evidence_json) as unknown, opinion: r.opinion, opinionText: r.opinion_text, reviewer: r.reviewer, engineOutcome: r.engine_outcome, engineProvisional: r.engine_provisional, engineError: r.engine_error_json } : null
    await appendAudit(trx, { atMs, actor, action: before ? 'review.update' : 'review.create', entity: 'case_review', entityId: row.id, before: summary(before), after: summary(stored) })
    return toDto(row, stored)
  })
}
