/**
 * Subsidy figures from the ledger (migration 0060: subsidy_claim, subsidy_entry, subsidy_budget). Money moves only through subsidy_entry, so:
 * - committed (核定) = entries approved in the period and not cancelled, corrections included
 *   (a reversal is negative, its replacement positive);
 * - paid (发放) = entries paid in the period, corrections included.
 * With the clerk filter, only case claims of that clerk's cases count (duty claims have no case).
 */
import type Database from 'better-sqlite3'
import { labelIn } from '../../../shared/codes'
import { SUBSIDY_KINDS, type SubsidyFigures, type SubsidyKindRow } from '../../../shared/statistics/schema'
import type { StatsQuery } from './statistics-sql'

export const kindLabel = (code: string): string => labelIn(SUBSIDY_KINDS, code)

export function subsidyFigures(sqlite: Database.Database, q: StatsQuery, options: { perLawyer?: boolean } = {}): SubsidyFigures {
  // Index-only reads (migration 0070): claim rows carry the engine's whole result and are large.
  const clerkJoin = q.clerk ? ' CROSS JOIN legal_case c INDEXED BY legal_case_stats_by_id ON c.id = cl.case_id AND c.created_by = @clerk' : ''
  const claimJoin = ` CROSS JOIN subsidy_claim cl INDEXED BY subsidy_claim_stats ON cl.id = e.claim_id${clerkJoin}`
  const params = { from: q.from, to: q.to, ...(q.clerk ? { clerk: q.clerk } : {}) }

  const byKind = new Map<string, SubsidyKindRow>(SUBSIDY_KINDS.map((k) => [k.code, { code: k.code, label: k.label, committedFen: 0, paidFen: 0, committedCount: 0, paidCount: 0 }]))
  const kindRow = (code: string) => {
    let r = byKind.get(code)
    if (!r) byKind.set(code, (r = { code, label: kindLabel(code), committedFen: 0, paidFen: 0, committedCount: 0, paidCount: 0 }))
    return r
  }
  const months = new Map<string, { month: string; committedFen: number; paidFen: number }>()
  const monthRow = (m: string) => {
    let r = months.get(m)
    if (!r) months.set(m, (r = { month: m, committedFen: 0, paidFen: 0 }))
    return r
  }

  const committed = sqlite
    .prepare(
      `SELECT substr(e.approved_on, 1, 7) AS m, cl.kind, sum(e.amount_fen) AS fen, sum(e.kind = 'original') AS n
       FROM subsidy_entry e INDEXED BY subsidy_entry_stats_approved${claimJoin}
       WHERE e.approved_on BETWEEN @from AND @to AND e.status <> 'cancelled'
       GROUP BY 1, 2`,
    )
    .all(params) as { m: string; kind: string; fen: number; n: number }[]
  const paid = sqlite
    .prepare(
      `SELECT substr(e.paid_on, 1, 7) AS m, cl.kind, sum(e.amount_fen) AS fen, sum(e.kind = 'original') AS n
       FROM subsidy_entry e INDEXED BY subsidy_entry_stats_paid${claimJoin}
       WHERE e.paid_on IS NOT NULL AND e.paid_on BETWEEN @from AND @to AND e.status = 'paid'
       GROUP BY 1, 2`,
    )
    .all(params) as { m: string; kind: string; fen: number; n: number }[]
  let committedFen = 0
  let paidFen = 0
  let committedCount = 0
  let paidCount = 0
  for (const r of committed) {
    const k = kindRow(r.kind)
    k.committedFen += r.fen
    k.committedCount += r.n
    monthRow(r.m).committedFen += r.fen
    committedFen += r.fen
    committedCount += r.n
  }
  for (const r of paid) {
    const k = kindRow(r.kind)
    k.paidFen += r.fen
    k.paidCount += r.n
    monthRow(r.m).paidFen += r.fen
    paidFen += r.fen
    paidCount += r.n
  }
  const pending = sqlite
    .prepare(`SELECT count(*) AS n, coalesce(sum(cl.total_fen), 0) AS fen FROM subsidy_claim cl INDEXED BY subsidy_claim_by_status${clerkJoin} WHERE cl.status = 'computed'`)
    .get(q.clerk ? { clerk: q.clerk } : {}) as { n: number; fen: number }
  const byLawyer = options.perLawyer === false ? [] : sqlite
    .prepare(
      `WITH amounts AS (
         SELECT e.lawyer_id, e.amount_fen AS committed, 0 AS paid, 0 AS paid_n
         FROM subsidy_entry e INDEXED BY subsidy_entry_stats_approved${claimJoin}
         WHERE e.approved_on BETWEEN @from AND @to AND e.status <> 'cancelled'
         UNION ALL
         SELECT e.lawyer_id, 0, e.amount_fen, e.kind = 'original'
         FROM subsidy_entry e INDEXED BY subsidy_entry_stats_paid${claimJoin}
         WHERE e.paid_on IS NOT NULL AND e.paid_on BETWEEN @from AND @to AND e.status = 'paid'),
       top AS (
         SELECT lawyer_id, sum(committed) AS committedFen, sum(paid) AS paidFen, sum(paid_n) AS paidCount
         FROM amounts GROUP BY lawyer_id ORDER BY paidFen DESC, committedFen DESC LIMIT 100)
       SELECT top.lawyer_id AS lawyerId, coalesce(l.name, top.lawyer_id) AS name, f.name AS firm, top.committedFen, top.paidFen, top.paidCount
       FROM top LEFT JOIN lawyer l ON l.id = top.lawyer_id LEFT JOIN firm f ON f.id = l.firm_id
       ORDER BY top.paidFen DESC, top.committedFen DESC, name`,
    )
    .all(params) as SubsidyFigures['byLawyer']
  const fromYear = Number(q.from.slice(0, 4))
  const toYear = Number(q.to.slice(0, 4))
  const budgets = (
    sqlite.prepare(`SELECT year, amount_fen AS amountFen, source FROM subsidy_budget WHERE year BETWEEN ? AND ? ORDER BY year`).all(fromYear, toYear) as { year: number; amountFen: number; source: string }[]
  ).map((b) => ({
    ...b,
    paidInYearFen: (
      sqlite
        .prepare(`SELECT coalesce(sum(amount_fen), 0) AS fen FROM subsidy_entry INDEXED BY subsidy_entry_stats_paid WHERE paid_on IS NOT NULL AND paid_on BETWEEN ? AND ? AND status = 'paid'`)
        .get(`${b.year}-01-01`, `${b.year}-12-31`) as { fen: number }
    ).fen,
  }))

  return {
    committedFen,
    paidFen,
    committedCount,
    paidCount,
    pendingApprovalFen: pending.fen,
    pendingApprovalCount: pending.n,
    byKind: [...byKind.values()],
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    byLawyer,
    budgets,
  }
}
