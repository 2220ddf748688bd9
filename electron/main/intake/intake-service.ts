import { today, yearOf } from '../../../shared/domain/dates'
import type { RegionCode } from '../../../shared/codes'
import type { PolicyFacts } from '../cases/case-record'
import { formatCaseNumber } from '../../../shared/domain/case-number'
import { nameSearchKeys } from '../../../shared/domain/search'
import type { ConsultationDto, CreatedApplication } from '../../../shared/intake/dto'
import type { Page } from '../../../shared/ipc/page'
import { AppError } from '../../../shared/ipc/result'
import {
  applicationDateIssues,
  consultationDateIssues,
  type ApplicationInputOut,
  type ConsultationInputOut,
  type IntakeIssue,
} from '../../../shared/intake/schema'
import { appendAudit } from '../db/audit-repo'
import { insertCase, type NewCaseRow } from '../cases/case-repo'
import { nextCaseSeq } from '../db/counter-repo'
import type { ConsultationTable } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { findMatter } from '../policy-settings/policy-service'
import { requireCenterSettings } from '../settings/settings-service'

type ApplicationData = ApplicationInputOut
type ConsultationData = ConsultationInputOut

function refuseIssues(issues: readonly IntakeIssue[]): void {
  const first = issues[0]
  if (first) throw new AppError('VALIDATION', first.message, { issues: issues.map((i) => ({ path: [...i.path], message: i.message })) })
}

export interface CaseRowMeta {
  id: string
  caseNumber: string
  year: number
  seq: number
  region: RegionCode
  origin: string
  actor: string
  atMs: number
}

/** The stored row for a parsed application: the one mapping, used by the service and the seeder. */
export function buildCaseRow(input: ApplicationData, meta: CaseRowMeta): NewCaseRow {
  const { id, caseNumber, year, seq, region, origin, actor: createdBy, atMs } = meta
  const a = input.applicant
  const keys = nameSearchKeys(a.name)
  return {
    id,
    case_number: caseNumber,
    case_year: year,
    case_seq: seq,
    status: 'registered',
    region,
    received_on: input.intake.receivedOn,
    channel: input.intake.channel,
    notice_json: input.intake.notice ? JSON.stringify(input.intake.notice) : null,
    urgent: input.intake.urgent ? 1 : 0,
    accept_first: input.intake.acceptFirst ? 1 : 0,
    owed_papers_json: input.intake.owedPapers?.length ? JSON.stringify(input.intake.owedPapers) : null,
    case_type: input.case.caseType,
    matter: input.case.matter,
    criminal_role: input.case.criminalRole ?? null,
    criminal_stage: input.case.criminalStage ?? null,
    cause: input.case.cause,
    handling_organ: input.case.handlingOrgan || null,
    opposing_party: input.case.opposingParty || null,
    facts: input.case.facts,
    applicant_name: a.name,
    applicant_pinyin: keys.full,
    applicant_initials: keys.initials,
    applicant_gender: a.gender,
    applicant_ethnicity: a.ethnicity,
    applicant_id_type: a.idType,
    applicant_id_number: a.idNumber,
    applicant_birth_date: a.birthDate ?? null,
    applicant_phone: a.phone,
    applicant_address: a.address,
    applicant_residence: a.residence,
    applicant_groups_json: JSON.stringify(a.specialGroups ?? []),
    agent_json: input.agent ? JSON.stringify(input.agent) : null,
    policy_facts_json: JSON.stringify({
      disability: a.disability,
      cannotFullyRecognizeOwnConduct: a.cannotFullyRecognizeOwnConduct,
      possibleSentence: input.case.possibleSentence ?? null,
      inAbsentia: input.case.inAbsentia ?? null,
      hasOwnCounsel: input.case.hasOwnCounsel ?? null,
      circumstances: input.case.circumstances,
    } satisfies PolicyFacts),
    consultation_id: input.consultationId ?? null,
    origin,
    created_by: createdBy,
    created_at_ms: atMs,
    updated_at_ms: atMs,
  }
}

/**
 * Registers an application (受理登记): checks the rules that need the store or the clock,
 * then allocates the year's next case number and inserts the case and its audit entry in one
 * transaction. Any failure leaves nothing behind and gives the number back.
 */
export async function createApplication(ctx: ServiceContext, input: ApplicationData, actor: string): Promise<CreatedApplication> {
  const settings = await requireCenterSettings(ctx)
  const receivedOn = input.intake.receivedOn
  refuseIssues(applicationDateIssues(input, today(ctx.clock)))

  const matter = findMatter(settings.region, receivedOn, input.case.matter)
  if (!matter) {
    throw new AppError('VALIDATION', '所选事项不在本地区法律援助事项范围内，请重新选择', {
      issues: [{ path: ['case', 'matter'], message: '事项不在本地区事项范围内' }],
    })
  }

  const atMs = ctx.clock.now()
  const id = ctx.newId()
  const year = yearOf(receivedOn)

  return writeTx(ctx.db, async (trx) => {
    if (input.consultationId) {
      const c = await trx.selectFrom('consultation').select('id').where('id', '=', input.consultationId).executeTakeFirst()
      if (!c) throw new AppError('NOT_FOUND', '关联的咨询记录不存在', { issues: [{ path: ['consultationId'], message: '咨询记录不存在' }] })
    }
    const seq = await nextCaseSeq(trx, year)
    const caseNumber = formatCaseNumber(year, seq)
    await insertCase(trx, buildCaseRow(input, { id, caseNumber, year, seq, region: settings.region, origin: ctx.origin, actor, atMs }))
    if (input.consultationId) {
      await trx.updateTable('consultation').set({ referred_case_id: id }).where('id', '=', input.consultationId).execute()
    }
    await appendAudit(trx, { atMs, actor, action: 'application.create', entity: 'legal_case', entityId: id, after: { caseNumber, ...input } })
    return { id, caseNumber }
  })
}

function toConsultationDto(row: ConsultationTable): ConsultationDto {
  return {
    id: row.id,
    channel: row.channel,
    consultedOn: row.consulted_on,
    name: row.name,
    phone: row.phone,
    topic: row.topic,
    summary: row.summary,
    adviceGiven: row.advice_given,
    matter: row.matter,
    referToApplication: row.refer_to_application === 1,
    referredCaseId: row.referred_case_id,
    createdBy: row.created_by,
    createdAtMs: row.created_at_ms,
  }
}

/** The stored row of a consultation: the one mapping, used here and by the outreach import. */
export function buildConsultationRow(
  input: ConsultationData,
  meta: { id: string; origin: string; createdBy: string; createdAtMs: number; referredCaseId: string | null },
): ConsultationTable {
  return {
    id: meta.id,
    channel: input.channel,
    consulted_on: input.consultedOn,
    name: input.name || null,
    phone: input.phone || null,
    topic: input.topic,
    summary: input.summary,
    advice_given: input.adviceGiven,
    matter: input.matter || null,
    refer_to_application: input.referToApplication ? 1 : 0,
    referred_case_id: meta.referredCaseId,
    origin: meta.origin,
    created_by: meta.createdBy,
    created_at_ms: meta.createdAtMs,
  }
}

export async function createConsultation(ctx: ServiceContext, input: ConsultationData, actor: string): Promise<ConsultationDto> {
  refuseIssues(consultationDateIssues(input, today(ctx.clock)))
  const row = buildConsultationRow(input, { id: ctx.newId(), origin: ctx.origin, createdBy: actor, createdAtMs: ctx.clock.now(), referredCaseId: null })
  await writeTx(ctx.db, async (trx) => {
    await trx.insertInto('consultation').values(row).execute()
    await appendAudit(trx, { atMs: row.created_at_ms, actor, action: 'consultation.create', entity: 'consultation', entityId: row.id, after: input })
  })
  return toConsultationDto(row)
}

export async function listConsultations(ctx: ServiceContext, page: number, pageSize: number): Promise<Page<ConsultationDto>> {
  const started = performance.now()
  const [rows, count] = await Promise.all([
    ctx.db
      .selectFrom('consultation')
      .selectAll()
      .orderBy('consulted_on', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    ctx.db.selectFrom('consultation').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows: rows.map(toConsultationDto), total: Number(count.n), page, pageSize, tookMs: performance.now() - started }
}
