/**
 * Duty lawyers (值班律师): posts, the shift roster, the services given on each shift, and the
 * monthly statement per lawyer: working days served (holiday calendar, make-up workdays
 * included) × the per-working-day standard (engine kind 'duty-lawyer'). A saved statement is a
 * subsidy claim (source 'duty') that is approved and paid like a case subsidy.
 */
import type { Kysely, Selectable } from 'kysely'
import type { z } from 'zod'
import { compareDates, today, type LocalDate } from '../../../shared/domain/dates'
import { AppError } from '../../../shared/ipc/result'
import type { DutyPostDto, DutyShiftDto, DutyStatementDto } from '../../../shared/duty/dto'
import { CalendarNoDataError, monthRangeOf, summariseDutyMonth, type DutyMonthSummary } from '../../../shared/duty/duty'
import { DUTY_POST_KINDS, DUTY_SERVICE_KINDS, DUTY_SHIFT_STATUSES, labelIn } from '../../../shared/handling/labels'
import { computeSubsidy, type SubsidyResult } from '../../../shared/policy'
import type { QualityGrade, RegionCode } from '../../../shared/policy/types'
import type { DutyPostListInput, DutyPostSaveInput, DutyRosterInput, DutyServiceAddInput, DutyShiftSaveInput, DutyStatementInput, DutyStatementSaveInput } from '../../../shared/duty/schema'
import { CenterSettingsInput } from '../../../shared/intake/schema'
import { appendAudit } from '../db/audit-repo'
import { readSetting } from '../settings/setting-repo'
import type { DB, SubsidyClaimTable } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { loadCenterPolicySettings } from '../policy-settings/policy-settings-service'
import { invalid, notFuture } from '../lib/service-checks'
import { claimDtos } from '../subsidy/subsidy-service'

type In<S extends z.ZodType> = z.output<S>

function postDto(p: Selectable<DB['duty_post']>): DutyPostDto {
  return { id: p.id, name: p.name, kind: p.kind, kindLabel: labelIn(DUTY_POST_KINDS, p.kind), address: p.address, active: p.active === 1 }
}

export async function listPosts(ctx: ServiceContext, input: In<typeof DutyPostListInput>): Promise<DutyPostDto[]> {
  let q = ctx.db.selectFrom('duty_post').selectAll()
  if (!input.includeInactive) q = q.where('active', '=', 1)
  return (await q.orderBy('kind').orderBy('name').execute()).map(postDto)
}

export async function savePost(ctx: ServiceContext, input: In<typeof DutyPostSaveInput>, actor: string): Promise<DutyPostDto> {
  const atMs = ctx.clock.now()
  const id = input.id ?? ctx.newId()
  await writeTx(ctx.db, async (trx) => {
    const same = await trx.selectFrom('duty_post').select('id').where('name', '=', input.name).executeTakeFirst()
    if (same && same.id !== id) throw new AppError('CONFLICT', `已有名为「${input.name}」的值班岗位`, { issues: [{ path: ['name'], message: '岗位名称重复' }] })
    const before = input.id ? await trx.selectFrom('duty_post').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined
    if (input.id && !before) throw new AppError('NOT_FOUND', '找不到该值班岗位')
    const values = { name: input.name, kind: input.kind, address: input.address ?? null, active: input.active ? 1 : 0, updated_at_ms: atMs }
    if (before) await trx.updateTable('duty_post').set(values).where('id', '=', id).execute()
    else await trx.insertInto('duty_post').values({ id, ...values, created_by: actor, created_at_ms: atMs }).execute()
    await appendAudit(trx, { atMs, actor, action: before ? 'duty.post-update' : 'duty.post-create', entity: 'duty_post', entityId: id, before: before ?? null, after: values })
  })
  return postDto(await ctx.db.selectFrom('duty_post').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
}

async function shiftDtos(db: Kysely<DB>, shifts: readonly (Selectable<DB['duty_shift']> & { post_name: string })[]): Promise<DutyShiftDto[]> {
  const ids = shifts.map((s) => s.id)
  const services = ids.length ? await db.selectFrom('duty_service').selectAll().where('shift_id', 'in', ids).orderBy('recorded_at_ms').execute() : []
  return shifts.map((s) => ({
    id: s.id,
    postId: s.post_id,
    postName: s.post_name,
    lawyerId: s.lawyer_id,
    lawyerName: s.lawyer_name,
    shiftDate: s.shift_date,
    status: s.status,
    statusLabel: labelIn(DUTY_SHIFT_STATUSES, s.status),
    note: s.note,
    services: services
      .filter((v) => v.shift_id === s.id)
      .map((v) => ({ id: v.id, kind: v.kind, kindLabel: labelIn(DUTY_SERVICE_KINDS, v.kind), count: v.count, note: v.note, recordedBy: v.recorded_by })),
  }))
}

export async function roster(ctx: ServiceContext, input: In<typeof DutyRosterInput>): Promise<DutyShiftDto[]> {
  let q = ctx.db.selectFrom('duty_shift as s').innerJoin('duty_post as p', 'p.id', 's.post_id').selectAll('s').select('p.name as post_name').where('s.shift_date', '>=', input.from).where('s.shift_date', '<=', input.to)
  if (input.postId) q = q.where('s.post_id', '=', input.postId)
  if (input.lawyerId) q = q.where('s.lawyer_id', '=', input.lawyerId)
  return shiftDtos(ctx.db, await q.orderBy('s.shift_date').orderBy('p.name').limit(5000).execute())
}

async function shiftById(db: Kysely<DB>, id: string): Promise<DutyShiftDto> {
  const rows = await db.selectFrom('duty_shift as s').innerJoin('duty_post as p', 'p.id', 's.post_id').selectAll('s').select('p.name as post_name').where('s.id', '=', id).execute()
  if (rows.length === 0) throw new AppError('NOT_FOUND', '找不到该排班')
  return (await shiftDtos(db, rows))[0]!
}

/** duty:shift-save — schedule a lawyer at a post for a day, or record whether the shift was served. */
export async function saveShift(ctx: ServiceContext, input: In<typeof DutyShiftSaveInput>, actor: string): Promise<DutyShiftDto> {
  const atMs = ctx.clock.now()
  const id = input.id ?? ctx.newId()
  await writeTx(ctx.db, async (trx) => {
    const post = await trx.selectFrom('duty_post').selectAll().where('id', '=', input.postId).executeTakeFirst()
    if (!post) throw new AppError('NOT_FOUND', '找不到该值班岗位', { issues: [{ path: ['postId'], message: '岗位不存在' }] })
    const lawyer = await trx.selectFrom('lawyer').select(['id', 'name', 'active']).where('id', '=', input.lawyerId).executeTakeFirst()
    if (!lawyer) throw new AppError('NOT_FOUND', '找不到该律师', { issues: [{ path: ['lawyerId'], message: '律师不存在' }] })
    if (input.status === 'served' || input.status === 'absent') notFuture(ctx, input.shiftDate, 'shiftDate', '已值班或缺勤的日期')
    const before = input.id ? await trx.selectFrom('duty_shift').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined
    if (input.id && !before) throw new AppError('NOT_FOUND', '找不到该排班')
    if (!before && (post.active !== 1 || lawyer.active !== 1)) throw new AppError('CONFLICT', post.active !== 1 ? '该值班岗位已停用，不能排班' : '该律师已停用，不能排班')
    const clash = input.status === 'cancelled' ? undefined : await trx
      .selectFrom('duty_shift as s')
      .innerJoin('duty_post as p', 'p.id', 's.post_id')
      .select(['s.id', 'p.name'])
      .where('s.lawyer_id', '=', input.lawyerId)
      .where('s.shift_date', '=', input.shiftDate)
      .where('s.status', '<>', 'cancelled')
      .where('s.id', '<>', id)
      .executeTakeFirst()
    if (clash) throw new AppError('CONFLICT', `${lawyer.name} ${input.shiftDate} 已排在「${clash.name}」值班，同一天只能在一个岗位值班`, { issues: [{ path: ['shiftDate'], message: '当天已有排班' }] })
    const values = { post_id: input.postId, lawyer_id: input.lawyerId, lawyer_name: lawyer.name, shift_date: input.shiftDate, status: input.status, note: input.note ?? null, updated_by: actor, updated_at_ms: atMs }
    if (before) await trx.updateTable('duty_shift').set(values).where('id', '=', id).execute()
    else await trx.insertInto('duty_shift').values({ id, ...values, created_by: actor, created_at_ms: atMs }).execute()
    await appendAudit(trx, { atMs, actor, action: before ? 'duty.shift-update' : 'duty.shift-create', entity: 'duty_shift', entityId: id, before: before ?? null, after: values })
  })
  return shiftById(ctx.db, id)
}

/** duty:service-add — what the lawyer did on a served shift (咨询、程序选择建议、认罪认罚见证 …). */
export async function addService(ctx: ServiceContext, input: In<typeof DutyServiceAddInput>, actor: string): Promise<DutyShiftDto> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const shift = await trx.selectFrom('duty_shift').selectAll().where('id', '=', input.shiftId).executeTakeFirst()
    if (!shift) throw new AppError('NOT_FOUND', '找不到该排班')
    if (shift.status !== 'served') throw new AppError('CONFLICT', '只能为「已值班」的班次登记服务情况：请先将该班次登记为已值班')
    const values = { id: ctx.newId(), shift_id: shift.id, kind: input.kind, count: input.count, note: input.note ?? null, recorded_by: actor, recorded_at_ms: atMs }
    await trx.insertInto('duty_service').values(values).execute()
    await appendAudit(trx, { atMs, actor, action: 'duty.service', entity: 'duty_shift', entityId: shift.id, after: values })
  })
  return shiftById(ctx.db, input.shiftId)
}

// ---------------------------------------------------------------------------------------
// Monthly statement

async function centerRegion(db: Kysely<DB>): Promise<RegionCode> {
  const stored = await readSetting(db, 'center')
  const parsed = stored ? CenterSettingsInput.safeParse(stored.value) : null
  if (!parsed?.success) throw new AppError('NOT_CONFIGURED', '尚未设置本中心信息（适用地区）。请先在「设置」中填写', { setting: 'center' })
  return parsed.data.region
}

interface Computed {
  lawyer: { id: string; name: string; firmId: string | null; firmName: string | null }
  summary: DutyMonthSummary
  services: { kind: string; kindLabel: string; count: number }[]
  standardOn: LocalDate
  result: SubsidyResult | null
  error: { code: string; message: string; setting?: string } | null
}

async function computeStatement(db: Kysely<DB>, period: string, lawyerId: string, grade: QualityGrade): Promise<Computed> {
  const lawyer = await db.selectFrom('lawyer as l').leftJoin('firm as f', 'f.id', 'l.firm_id').select(['l.id', 'l.name', 'l.firm_id', 'f.name as firm_name']).where('l.id', '=', lawyerId).executeTakeFirst()
  if (!lawyer) throw new AppError('NOT_FOUND', '找不到该律师', { issues: [{ path: ['lawyerId'], message: '律师不存在' }] })
  const { from, to } = monthRangeOf(period)
  const served = await db.selectFrom('duty_shift').select(['id', 'shift_date']).where('lawyer_id', '=', lawyerId).where('status', '=', 'served').where('shift_date', '>=', from).where('shift_date', '<=', to).execute()
  let summary: DutyMonthSummary
  try {
    summary = summariseDutyMonth(
      period,
      served.map((s) => s.shift_date),
    )
  } catch (e) {
    if (e instanceof CalendarNoDataError) throw new AppError('VALIDATION', `${e.message}；请升级节假日日历后再统计该月`, { issues: [{ path: ['period'], message: '日历缺少该年数据' }] })
    throw e
  }
  const ids = served.map((s) => s.id)
  const svc = ids.length
    ? await db.selectFrom('duty_service').select(['kind', (eb) => eb.fn.sum<number>('count').as('n')]).where('shift_id', 'in', ids).groupBy('kind').execute()
    : []
  const services = svc.map((s) => ({ kind: s.kind, kindLabel: labelIn(DUTY_SERVICE_KINDS, s.kind), count: Number(s.n) }))
  const standardOn = from
  let result: SubsidyResult | null = null
  let error: Computed['error'] = null
  if (summary.countedDays === 0) {
    error = { code: 'VALIDATION', message: `${period} 没有在工作日值班的记录（已值班 ${summary.servedDays.length} 天，其中休息日 ${summary.restDaysServed} 天不计）` }
  } else {
    const settings = await loadCenterPolicySettings(db)
    const r = computeSubsidy({ region: await centerRegion(db), kind: 'duty-lawyer', decidedOn: standardOn, qualityGrade: grade, dutyDays: summary.countedDays }, settings)
    if (r.ok) result = r.value
    else error = { code: r.error.code === 'NO_PROFILE' ? 'NOT_CONFIGURED' : r.error.code, message: r.error.message, ...(r.error.setting ? { setting: r.error.setting } : {}) }
  }
  return { lawyer: { id: lawyer.id, name: lawyer.name, firmId: lawyer.firm_id, firmName: lawyer.firm_name }, summary, services, standardOn, result, error }
}

function statementDto(c: Computed, claim: Pick<SubsidyClaimTable, 'id' | 'status'> | undefined): DutyStatementDto {
  return {
    period: c.summary.period,
    lawyerId: c.lawyer.id,
    lawyerName: c.lawyer.name,
    firmName: c.lawyer.firmName,
    calendarWorkingDays: c.summary.calendarWorkingDays,
    calendarHolidays: c.summary.calendarHolidays,
    makeupWorkdays: c.summary.makeupWorkdays,
    servedDays: c.summary.servedDays,
    countedDays: c.summary.countedDays,
    restDaysServed: c.summary.restDaysServed,
    services: c.services,
    amount: c.result ? { unitFen: c.result.unitFen, totalFen: c.result.totalFen, steps: c.result.steps, warnings: c.result.warnings } : null,
    amountError: c.error,
    claimId: claim?.id ?? null,
    claimStatus: claim?.status ?? null,
  }
}

/** duty:statement — the month's statement for one lawyer, or for every lawyer who served that month. */
export async function statements(ctx: ServiceContext, input: In<typeof DutyStatementInput>): Promise<DutyStatementDto[]> {
  const { from, to } = monthRangeOf(input.period)
  const lawyerIds = input.lawyerId
    ? [input.lawyerId]
    : (await ctx.db.selectFrom('duty_shift').select('lawyer_id').distinct().where('status', '=', 'served').where('shift_date', '>=', from).where('shift_date', '<=', to).execute()).map((r) => r.lawyer_id)
  const out: DutyStatementDto[] = []
  for (const id of lawyerIds) {
    const c = await computeStatement(ctx.db, input.period, id, input.grade)
    const claim = await ctx.db.selectFrom('subsidy_claim').select(['id', 'status']).where('source', '=', 'duty').where('lawyer_id', '=', id).where('duty_period', '=', input.period).executeTakeFirst()
    out.push(statementDto(c, claim))
  }
  return out.sort((a, b) => a.lawyerName.localeCompare(b.lawyerName, 'zh-CN'))
}

function claimValues(c: Computed, grade: QualityGrade): Omit<SubsidyClaimTable, 'id' | 'source' | 'case_id' | 'duty_period' | 'status' | 'computed_by' | 'computed_at_ms' | 'approved_by' | 'approved_at_ms'> {
  const r = c.result!
  return {
    lawyer_id: c.lawyer.id,
    lawyer_name: c.lawyer.name,
    firm_id: c.lawyer.firmId,
    firm_name: c.lawyer.firmName,
    region: r.region,
    kind: 'duty-lawyer',
    standard_on: c.standardOn,
    quality_grade: grade,
    quality_review_id: null,
    stages_covered: null,
    stages_total: null,
    duty_days: c.summary.countedDays,
    detail_json: JSON.stringify({ summary: c.summary, services: c.services }),
    engine_result_json: JSON.stringify(r),
    base_fen: r.baseFen,
    extras_fen: r.extrasFen,
    total_fen: r.totalFen,
    pending_extras: 0,
  }
}

function requireAmount(c: Computed): void {
  if (c.result) return
  const e = c.error!
  if (e.code === 'NOT_CONFIGURED') throw new AppError('NOT_CONFIGURED', e.message, e.setting ? { setting: e.setting } : undefined)
  throw new AppError(e.code === 'VALIDATION' ? 'VALIDATION' : 'POLICY_VIOLATION', e.message, { issues: [{ path: ['period'], message: e.message }] })
}

/** Recomputes a saved duty claim (for corrections after payment). */
export async function recomputeDutyClaim(trx: Kysely<DB>, claim: Selectable<DB['subsidy_claim']>): Promise<{ totalFen: number; values: Partial<SubsidyClaimTable>; engineJson: string }> {
  const grade = (claim.quality_grade ?? 'pass') as QualityGrade
  const c = await computeStatement(trx, claim.duty_period!, claim.lawyer_id, grade)
  requireAmount(c)
  return { totalFen: c.result!.totalFen, values: claimValues(c, grade), engineJson: JSON.stringify(c.result) }
}

/**
 * duty:statement-save — stores the month's statement as a subsidy claim ('computed'), to be
 * approved by the director and paid in a batch. The month must be over.
 */
export async function saveStatement(ctx: ServiceContext, input: In<typeof DutyStatementSaveInput>, actor: string): Promise<DutyStatementDto> {
  const atMs = ctx.clock.now()
  const { to } = monthRangeOf(input.period)
  if (compareDates(to, today(ctx.clock)) >= 0) invalid(['period'], `${input.period} 尚未结束，月度统计须在月末之后保存（可先查看）`)
  await writeTx(ctx.db, async (trx) => {
    const c = await computeStatement(trx, input.period, input.lawyerId, input.grade)
    requireAmount(c)
    const existing = await trx.selectFrom('subsidy_claim').selectAll().where('source', '=', 'duty').where('lawyer_id', '=', input.lawyerId).where('duty_period', '=', input.period).executeTakeFirst()
    const values = claimValues(c, input.grade)
    if (existing) {
      if (existing.status === 'paid') throw new AppError('CONFLICT', '该月值班补贴已发放，不能直接修改；如需调整，请办理「更正」')
      const live = await trx.selectFrom('subsidy_entry').selectAll().where('claim_id', '=', existing.id).where('status', '=', 'approved').execute()
      for (const e of live) {
        if (e.batch_id) throw new AppError('CONFLICT', '该月值班补贴已列入发放批次，不能重新统计；请在发放后办理更正')
        await trx.updateTable('subsidy_entry').set({ status: 'cancelled', cancelled_by: actor, cancelled_at_ms: atMs, cancel_reason: '重新统计，原审批金额撤销' }).where('id', '=', e.id).execute()
      }
      await trx.updateTable('subsidy_claim').set({ ...values, status: 'computed', computed_by: actor, computed_at_ms: atMs, approved_by: null, approved_at_ms: null }).where('id', '=', existing.id).execute()
      await appendAudit(trx, { atMs, actor, action: 'duty.statement', entity: 'subsidy_claim', entityId: existing.id, before: { total_fen: existing.total_fen, status: existing.status }, after: { total_fen: values.total_fen, duty_days: values.duty_days } })
      return
    }
    const id = ctx.newId()
    await trx.insertInto('subsidy_claim').values({ id, source: 'duty', case_id: null, duty_period: input.period, ...values, status: 'computed', computed_by: actor, computed_at_ms: atMs, approved_by: null, approved_at_ms: null }).execute()
    await appendAudit(trx, { atMs, actor, action: 'duty.statement', entity: 'subsidy_claim', entityId: id, after: { period: input.period, lawyer_id: input.lawyerId, total_fen: values.total_fen, duty_days: values.duty_days } })
  })
  return (await statements(ctx, { period: input.period, lawyerId: input.lawyerId, grade: input.grade }))[0]!
}

export { claimDtos }
