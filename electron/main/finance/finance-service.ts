/**
 * Finance view: the year's budget, committed (approved, not cancelled) and paid amounts by month
 * and by lawyer, and the public-disclosure list (公示) of the month's payments, which carries no
 * personal data of the assisted persons (no names, ID numbers, phones, addresses): only the
 * case number, the kind of subsidy, the lawyer, the firm, the date and the amount.
 */
import type { LocalDate } from '../../../shared/domain/dates'
import { writeFile } from 'node:fs/promises'
import { newWorkbook } from '../lib/excel'
import { sql } from 'kysely'
import type { z } from 'zod'
import type { DisclosureList, FinanceOverview } from '../../../shared/finance/dto'
import { ENTRY_KINDS, SUBSIDY_KIND_LABELS, labelIn } from '../../../shared/handling/labels'
import { monthRangeOf } from '../../../shared/duty/duty'
import type { BudgetSaveInput } from '../../../shared/subsidy/schema'
import { appendAudit } from '../db/audit-repo'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { requireCenterSettings } from '../settings/settings-service'
import { addMoneySheet } from '../subsidy/batch-service'

type In<S extends z.ZodType> = z.output<S>

/** finance:budget-save — the year's subsidy budget (replaces the previous figure; audited). */
export async function saveBudget(ctx: ServiceContext, input: In<typeof BudgetSaveInput>, actor: string): Promise<FinanceOverview> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const before = await trx.selectFrom('subsidy_budget').selectAll().where('year', '=', input.year).executeTakeFirst()
    const values = { amount_fen: input.amountFen, source: input.source, note: input.note ?? null, entered_by: actor, entered_at_ms: atMs }
    await trx
      .insertInto('subsidy_budget')
      .values({ year: input.year, ...values })
      .onConflict((oc) => oc.column('year').doUpdateSet(values))
      .execute()
    await appendAudit(trx, { atMs, actor, action: 'finance.budget', entity: 'subsidy_budget', entityId: String(input.year), before: before ?? null, after: { year: input.year, ...values } })
  })
  return financeOverview(ctx, input.year)
}

/**
 * finance:overview — committed = Σ approved entries not cancelled, by approval month; paid =
 * Σ paid entries (corrections included: a reversal is negative), by payment month.
 */
export async function financeOverview(ctx: ServiceContext, year: number): Promise<FinanceOverview> {
  const db = ctx.db
  const from = `${year}-01-01` as LocalDate
  const to = `${year}-12-31` as LocalDate
  const budget = await db.selectFrom('subsidy_budget').selectAll().where('year', '=', year).executeTakeFirst()
  const committed = await db
    .selectFrom('subsidy_entry')
    .select([sql<string>`substr(approved_on, 1, 7)`.as('m'), (eb) => eb.fn.sum<number>('amount_fen').as('fen')])
    .where('status', '<>', 'cancelled')
    .where('approved_on', '>=', from)
    .where('approved_on', '<=', to)
    .groupBy(sql`substr(approved_on, 1, 7)`)
    .execute()
  const paid = await db
    .selectFrom('subsidy_entry')
    .select([sql<string>`substr(paid_on, 1, 7)`.as('m'), (eb) => eb.fn.sum<number>('amount_fen').as('fen')])
    .where('status', '=', 'paid')
    .where('paid_on', '>=', from)
    .where('paid_on', '<=', to)
    .groupBy(sql`substr(paid_on, 1, 7)`)
    .execute()
  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`
    return {
      month,
      committedFen: Number(committed.find((r) => r.m === month)?.fen ?? 0),
      paidFen: Number(paid.find((r) => r.m === month)?.fen ?? 0),
    }
  })
  const lawyers = await db
    .selectFrom('subsidy_entry as e')
    .innerJoin('subsidy_claim as c', 'c.id', 'e.claim_id')
    .select([
      'e.lawyer_id',
      'c.lawyer_name',
      'c.firm_name',
      (eb) => eb.fn.sum<number>(eb.case().when(eb.between('e.approved_on', from, to)).then(sql<number>`e.amount_fen`).else(0).end()).as('committed'),
      (eb) => eb.fn.sum<number>(eb.case().when('e.status', '=', 'paid').then(sql<number>`e.amount_fen`).else(0).end()).as('paid'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('e.status', '<>', 'cancelled')
    .where((eb) => eb.or([eb.and([eb('e.approved_on', '>=', from), eb('e.approved_on', '<=', to)]), eb.and([eb('e.paid_on', '>=', from), eb('e.paid_on', '<=', to)])]))
    .groupBy(['e.lawyer_id', 'c.lawyer_name', 'c.firm_name'])
    .orderBy('c.lawyer_name')
    .execute()
  const committedFen = byMonth.reduce((s, m) => s + m.committedFen, 0)
  const paidFen = byMonth.reduce((s, m) => s + m.paidFen, 0)
  return {
    year,
    budget: budget ? { amountFen: budget.amount_fen, source: budget.source, note: budget.note } : null,
    committedFen,
    paidFen,
    remainingFen: budget ? budget.amount_fen - committedFen : null,
    byMonth,
    byLawyer: lawyers.map((l) => ({ lawyerId: l.lawyer_id, lawyerName: l.lawyer_name, firmName: l.firm_name, committedFen: Number(l.committed ?? 0), paidFen: Number(l.paid ?? 0), entries: Number(l.n) })),
  }
}

export const DISCLOSURE_HEADERS = ['序号', '案件编号', '补贴类别', '承办律师', '律师事务所', '发放日期', '金额（元）', '备注'] as const

/**
 * finance:disclosure — the month's payments for public disclosure. The query selects no column
 * of the assisted person (legal_case is joined for the case number only).
 */
export async function disclosureList(ctx: ServiceContext, period: string, filePath?: string): Promise<DisclosureList> {
  const { from, to } = monthRangeOf(period)
  const rows = await ctx.db
    .selectFrom('subsidy_entry as e')
    .innerJoin('subsidy_claim as c', 'c.id', 'e.claim_id')
    .leftJoin('legal_case as k', 'k.id', 'c.case_id')
    .select(['e.kind', 'e.amount_fen', 'e.paid_on', 'c.kind as subsidy_kind', 'c.lawyer_name', 'c.firm_name', 'c.duty_period', 'c.duty_days', 'k.case_number'])
    .where('e.status', '=', 'paid')
    .where('e.paid_on', '>=', from)
    .where('e.paid_on', '<=', to)
    .orderBy('e.paid_on')
    .orderBy('c.lawyer_name')
    .orderBy('e.seq')
    .execute()
  const list = rows.map((r, i) => ({
    seq: i + 1,
    caseNumber: r.case_number,
    subsidyKindLabel: labelIn(SUBSIDY_KIND_LABELS, r.subsidy_kind),
    lawyerName: r.lawyer_name,
    firmName: r.firm_name,
    paidOn: r.paid_on!,
    amountFen: r.amount_fen,
    note: [r.kind !== 'original' ? labelIn(ENTRY_KINDS, r.kind) : '', r.duty_period ? `${r.duty_period} 值班 ${r.duty_days ?? 0} 个工作日` : ''].filter(Boolean).join('；'),
  }))
  const totalFen = list.reduce((s, r) => s + r.amountFen, 0)
  const center = await requireCenterSettings(ctx)
  const wb = await newWorkbook()
  wb.creator = center.centerName
  addMoneySheet(
    wb,
    '补贴发放公示',
    `${center.centerName} ${period} 法律援助补贴发放公示`,
    DISCLOSURE_HEADERS,
    list.map((r) => [r.seq, r.caseNumber ?? '值班律师', r.subsidyKindLabel, r.lawyerName, r.firmName ?? '', r.paidOn, r.amountFen / 100, r.note]),
    6,
    totalFen,
  )
  const buffer = Buffer.from(await wb.xlsx.writeBuffer())
  if (filePath) await writeFile(filePath, buffer)
  return {
    period,
    rows: list,
    totalFen,
    excel: { fileName: `${period}法律援助补贴发放公示.xlsx`, filePath: filePath ?? null, rows: list.length, totalFen, contentBase64: buffer.toString('base64') },
  }
}
