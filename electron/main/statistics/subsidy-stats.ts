/**
 * Subsidy figures from the issue-6 ledger (migration 0060: subsidy_claim, subsidy_entry,
 * subsidy_budget). Money moves only through subsidy_entry, so:
 * - committed (核定) = entries approved in the period and not cancelled, corrections included
 *   (a reversal is negative, its replacement positive);
 * - paid (发放) = entries paid in the period, corrections included.
 * With the clerk filter, only case claims of that clerk's cases count (duty claims have no case).
 * When the store has no ledger the figures say so instead of showing zeros.
 */
import type Database from 'better-sqlite3'
import { SUBSIDY_KINDS, type SubsidyFigures, type SubsidyKindRow } from '../../../shared/schemas/statistics'
import type { StatsQuery } from './statistics-service'

const EMPTY: Omit<SubsidyFigures, 'available' | 'message'> = {
  committedFen: 0,
  paidFen: 0,
  committedCount: 0,
  paidCount: 0,
  pendingApprovalFen: 0,
  pendingApprovalCount: 0,
  byKind: [],
  byMonth: [],
  byLawyer: [],
  budgets: [],
}

function hasLedger(sqlite: Database.Database): boolean {
  const n = sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('subsidy_claim', 'subsidy_entry', 'subsidy_budget')`).get() as { n: number }
  return n.n === 3
}

export const kindLabel = (code: string): string => SUBSIDY_KINDS.find((k) => k.code === code)?.label ?? code

export function subsidyFigures(sqlite: Database.Database, q: StatsQuery): SubsidyFigures {
  if (!hasLedger(sqlite)) {
    return { available: false, message: '本数据库尚无办案补贴台账（补贴核算与发放模块未启用），无法统计补贴。', ...EMPTY }
  }
  const clerkJoin = q.clerk ? ' JOIN legal_case c ON c.id = cl.case_id AND c.created_by = @clerk' : ''
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
       FROM subsidy_entry e JOIN subsidy_claim cl ON cl.id = e.claim_id${clerkJoin}
       WHERE e.status <> 'cancelled' AND e.approved_on BETWEEN @from AND @to
       GROUP BY 1, 2`,
    )
    .all(params) as { m: string; kind: string; fen: number; n: number }[]
  const paid = sqlite
    .prepare(
      `SELECT substr(e.paid_on, 1, 7) AS m, cl.kind, sum(e.amount_fen) AS fen, sum(e.kind = 'original') AS n
       FROM subsidy_entry e JOIN subsidy_claim cl ON cl.id = e.claim_id${clerkJoin}
       WHERE e.status = 'paid' AND e.paid_on BETWEEN @from AND @to
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
    .prepare(`SELECT count(*) AS n, coalesce(sum(cl.total_fen), 0) AS fen FROM subsidy_claim cl${clerkJoin} WHERE cl.status = 'computed'`)
    .get(q.clerk ? { clerk: q.clerk } : {}) as { n: number; fen: number }
  const byLawyer = (
    sqlite
      .prepare(
        `SELECT e.lawyer_id AS lawyerId, max(cl.lawyer_name) AS name, max(cl.firm_name) AS firm,
           sum(CASE WHEN e.status <> 'cancelled' AND e.approved_on BETWEEN @from AND @to THEN e.amount_fen ELSE 0 END) AS committedFen,
           sum(CASE WHEN e.status = 'paid' AND e.paid_on BETWEEN @from AND @to THEN e.amount_fen ELSE 0 END) AS paidFen,
           sum(e.status = 'paid' AND e.paid_on BETWEEN @from AND @to AND e.kind = 'original') AS paidCount
         FROM subsidy_entry e JOIN subsidy_claim cl ON cl.id = e.claim_id${clerkJoin}
         WHERE (e.status <> 'cancelled' AND e.approved_on BETWEEN @from AND @to) OR (e.status = 'paid' AND e.paid_on BETWEEN @from AND @to)
         GROUP BY e.lawyer_id
         ORDER BY paidFen DESC, committedFen DESC, name
         LIMIT 100`,
      )
      .all(params) as SubsidyFigures['byLawyer']
  ).map((r) => ({ ...r, firm: r.firm ?? null }))
  const fromYear = Number(q.from.slice(0, 4))
  const toYear = Number(q.to.slice(0, 4))
  const budgets = (
    sqlite.prepare(`SELECT year, amount_fen AS amountFen, source FROM subsidy_budget WHERE year BETWEEN ? AND ? ORDER BY year`).all(fromYear, toYear) as { year: number; amountFen: number; source: string }[]
  ).map((b) => ({
    ...b,
    paidInYearFen: (
      sqlite.prepare(`SELECT coalesce(sum(amount_fen), 0) AS fen FROM subsidy_entry WHERE status = 'paid' AND paid_on BETWEEN ? AND ?`).get(`${b.year}-01-01`, `${b.year}-12-31`) as { fen: number }
    ).fen,
  }))

  return {
    available: true,
    message: '',
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
