/**
 * Benchmark data for subsidies and payment (used by scripts/bench.ts): `n` approved case subsidies on
 * existing cases and lawyers, planted straight into subsidy_claim / subsidy_entry in one
 * transaction (running each case through the workflow would dominate the timing), then a
 * monthly batch created, approved and paid through the services, ready for vouchers.
 */
import { computeSubsidy } from '../shared/policy'
import type { LocalDate } from '../shared/domain/dates'
import type { Services } from '../electron/main/app-services'
import { writeTx } from '../electron/main/db/tx'
import { approveBatch, createBatch, payBatch } from '../electron/main/subsidy/batch-service'

export async function seedPaidBatchForBench(services: Services, n: number, period: string, paidOn: LocalDate): Promise<{ batchId: string; entries: number; ms: number }> {
  const started = performance.now()
  const { ctx } = services
  const cases = await ctx.db.selectFrom('legal_case').select(['id', 'region', 'case_type']).where('case_type', 'in', ['criminal', 'civil'])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('subsidy_claim').select('id').whereRef('subsidy_claim.case_id', '=', 'legal_case.id'))))
    .limit(n)
    .execute()
  const lawyers = await ctx.db.selectFrom('lawyer').select(['id', 'name', 'firm_id']).limit(200).execute()
  if (cases.length < n || lawyers.length === 0) throw new Error(`bench seed needs ${n} cases and some lawyers`)
  const grades = ['excellent', 'good', 'pass'] as const
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    for (const [i, c] of cases.entries()) {
      const lawyer = lawyers[i % lawyers.length]!
      const kind = c.case_type === 'criminal' ? 'criminal' : 'civil'
      const grade = grades[i % grades.length]!
      const r = computeSubsidy({ region: 'nei-mongol', kind, decidedOn: '2026-03-01' as LocalDate, qualityGrade: grade })
      if (!r.ok) throw new Error(r.error.message)
      const claimId = ctx.newId()
      await trx
        .insertInto('subsidy_claim')
        .values({
          id: claimId,
          source: 'case',
          case_id: c.id,
          duty_period: null,
          lawyer_id: lawyer.id,
          lawyer_name: lawyer.name,
          firm_id: lawyer.firm_id,
          firm_name: null,
          region: 'nei-mongol',
          kind,
          standard_on: '2026-03-01' as LocalDate,
          quality_grade: grade,
          quality_review_id: null,
          stages_covered: null,
          stages_total: null,
          duty_days: null,
          detail_json: '{}',
          engine_result_json: JSON.stringify(r.value),
          base_fen: r.value.baseFen,
          extras_fen: r.value.extrasFen,
          total_fen: r.value.totalFen,
          pending_extras: 0,
          status: 'approved',
          computed_by: 'bench',
          computed_at_ms: atMs,
          approved_by: 'bench',
          approved_at_ms: atMs,
        })
        .execute()
      await trx
        .insertInto('subsidy_entry')
        .values({ id: ctx.newId(), claim_id: claimId, lawyer_id: lawyer.id, kind: 'original', amount_fen: r.value.totalFen, refers_to: null, reason: null, engine_result_json: null, status: 'approved', approved_by: 'bench', approved_on: paidOn, approved_at_ms: atMs, batch_id: null, paid_on: null, paid_by: null, paid_at_ms: null, voucher_doc_id: null, cancelled_by: null, cancelled_at_ms: null, cancel_reason: null })
        .execute()
    }
  })
  const batch = await createBatch(ctx, period, 'bench')
  await approveBatch(ctx, batch.id, 'bench')
  await payBatch(ctx, batch.id, paidOn, 'bench')
  return { batchId: batch.id, entries: batch.entryCount, ms: performance.now() - started }
}
