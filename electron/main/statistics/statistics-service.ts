/**
 * Statistics: the figures of a period, optionally for one clerk's cases, computed
 * from the records themselves — cases by receipt date, decisions, assignments, closings… from
 * the transitions (case_transition: who, when, from, to), deadlines from case_deadline,
 * workload from case_assignment, subsidies from the subsidy ledger. Definitions: docs/statistics.md.
 *
 * Each source is read ONCE per request as a small "cube" (counts grouped by every dimension
 * the reports show) through the indexes of migration 0070, and every breakdown is summed from
 * that cube in JavaScript, so the rows of a breakdown add up to its total by construction.
 * All reads run synchronously inside one read transaction: one consistent snapshot.
 */
import type Database from 'better-sqlite3'
import { CASE_TYPE_CODES, REGION_CODES, caseTypeLabel, labelIn } from '../../../shared/codes'
import { CONSULTATION_CHANNELS, INTAKE_CHANNELS } from '../../../shared/domain/enums'
import { addDays, today, type LocalDate } from '../../../shared/domain/dates'
import { listProfiles } from '../../../shared/policy/registry'
import {
  MEASURE_ACTIONS,
  STAT_GROUPS,
  STAT_MEASURE_CODES,
  STAT_OUTCOMES,
  type BreakdownRow,
  type CountRow,
  type DeadlineRow,
  type LawyerWorkloadRow,
  type MeasureCounts,
  type MonthRow,
  type StatMeasure,
  type StatsSummary,
} from '../../../shared/statistics/schema'
import { DEADLINE_KINDS, deadlineKindLabel } from '../../../shared/deadlines/deadlines'
import type { ServiceContext } from '../context'
import { STAT_GROUPS_SQL, statGroupsOf, type StatsQuery } from './statistics-sql'
import { subsidyFigures } from './subsidy-stats'

export type { StatsQuery } from './statistics-sql'

const ACTION_MEASURE = new Map<string, StatMeasure>(
  Object.entries(MEASURE_ACTIONS).flatMap(([measure, actions]) => actions.map((a) => [a, measure as StatMeasure] as const)),
)
const COUNTED_ACTIONS = [...ACTION_MEASURE.keys()]

export function zeroCounts(): MeasureCounts {
  return Object.fromEntries(STAT_MEASURE_CODES.map((m) => [m, 0])) as MeasureCounts
}

/** Every month from `from` to `to`, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  const endY = Number(to.slice(0, 4))
  const endM = Number(to.slice(5, 7))
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
}

let matterNames: Map<string, string> | null = null
/** Matter code → name, over every region's profiles (codes are the same across regions). */
export function matterLabel(code: string): string {
  if (!matterNames) {
    matterNames = new Map()
    for (const region of REGION_CODES) {
      for (const p of listProfiles(region)) for (const m of p.matters) if (!matterNames.has(m.code)) matterNames.set(m.code, m.name)
    }
  }
  return matterNames.get(code) ?? code
}

export const channelLabel = (code: string): string => labelIn(INTAKE_CHANNELS, code)
export const consultationChannelLabel = (code: string): string => labelIn(CONSULTATION_CHANNELS, code)

// ---------------------------------------------------------------------------------------
// Statements (prepared once per open store; a restore replaces the store and the cache with it)

interface Statements {
  caseCube: Database.Statement
  caseCubeClerk: Database.Statement
  transitionCube: Database.Statement
  transitionCubeClerk: Database.Statement
  consultations: Database.Statement
  consultationsClerk: Database.Statement
  deadlines: Database.Statement
  deadlinesClerk: Database.Statement
  lawyers: Database.Statement
  lawyersClerk: Database.Statement
  clerks: Database.Statement
}

const cache = new WeakMap<Database.Database, Statements>()

function statements(sqlite: Database.Database): Statements {
  const hit = cache.get(sqlite)
  if (hit) return hit
  // Rows, not groups: aggregating over the indexed groups expression would make SQLite read the
  // table; selecting it reads the index alone (see migration 0070). Counted in JavaScript.
  const caseCube = (clerk: boolean) => `
    SELECT substr(received_on, 1, 7), case_type, matter, channel, status, (${STAT_GROUPS_SQL})
    FROM legal_case INDEXED BY legal_case_stats
    WHERE received_on BETWEEN @from AND @to${clerk ? ' AND created_by = @clerk' : ''}`
  const actions = COUNTED_ACTIONS.map((a) => `'${a}'`).join(', ')
  const transitionCube = (clerk: boolean) => `
    SELECT substr(t.on_date, 1, 7), t.action, c.case_type, c.matter, c.channel, (${statGroupsOf('c')})
    FROM case_transition t INDEXED BY case_transition_by_action_date
    CROSS JOIN legal_case c INDEXED BY legal_case_stats_by_id ON c.id = t.case_id
    WHERE t.action IN (${actions}) AND t.on_date BETWEEN @from AND @to${clerk ? ' AND c.created_by = @clerk' : ''}`
  const consultations = (clerk: boolean) => `
    SELECT substr(consulted_on, 1, 7) AS m, channel, count(*) AS n FROM consultation INDEXED BY consultation_stats
    WHERE consulted_on BETWEEN @from AND @to${clerk ? ' AND created_by = @clerk' : ''}
    GROUP BY 1, 2`
  const deadlines = (clerk: boolean) => `
    SELECT kind, status, (completed_on IS NOT NULL AND completed_on <= due_on) AS on_time, (due_on < @today) AS past, count(*) AS n
    FROM case_deadline INDEXED BY case_deadline_by_due
    WHERE due_on BETWEEN @from AND @to AND status <> 'cancelled'${clerk ? ' AND responsible = @clerk' : ''}
    GROUP BY 1, 2, 3, 4`
  // A lawyer's workload: three index ranges (made in the period, ended in the period, open now).
  // 当前在办 is the lawyer's whole load, also under the clerk filter: it is the lawyer's capacity
  // that matters, not whose cases they are.
  // CROSS JOIN keeps the assignments outermost: the case index is only looked up by id.
  const byCase = (clerk: boolean) => (clerk ? ' CROSS JOIN legal_case c INDEXED BY legal_case_stats_by_id ON c.id = a.case_id AND c.created_by = @clerk' : '')
  const lawyers = (clerk: boolean) => `
    SELECT a.lawyer_id, 'assigned' AS what, count(*) AS n FROM case_assignment a INDEXED BY case_assignment_by_assigned_on${byCase(clerk)}
      WHERE a.assigned_on BETWEEN @from AND @to GROUP BY a.lawyer_id
    UNION ALL
    SELECT a.lawyer_id, a.end_kind, count(*) FROM case_assignment a INDEXED BY case_assignment_by_ended_on${byCase(clerk)}
      WHERE a.ended_on IS NOT NULL AND a.ended_on BETWEEN @from AND @to GROUP BY a.lawyer_id, a.end_kind
    UNION ALL
    SELECT a.lawyer_id, 'open', count(*) FROM case_assignment a INDEXED BY case_assignment_open_by_lawyer
      WHERE a.ended_at_ms IS NULL GROUP BY a.lawyer_id`
  const s: Statements = {
    caseCube: sqlite.prepare(caseCube(false)).raw(),
    caseCubeClerk: sqlite.prepare(caseCube(true)).raw(),
    transitionCube: sqlite.prepare(transitionCube(false)).raw(),
    transitionCubeClerk: sqlite.prepare(transitionCube(true)).raw(),
    consultations: sqlite.prepare(consultations(false)),
    consultationsClerk: sqlite.prepare(consultations(true)),
    deadlines: sqlite.prepare(deadlines(false)),
    deadlinesClerk: sqlite.prepare(deadlines(true)),
    lawyers: sqlite.prepare(lawyers(false)),
    lawyersClerk: sqlite.prepare(lawyers(true)),
    // Distinct values by skipping along the indexes (a handful of clerks among 500,000 rows).
    clerks: sqlite.prepare(`
      WITH RECURSIVE
        a(x) AS (SELECT min(created_by) FROM legal_case UNION ALL SELECT (SELECT min(created_by) FROM legal_case WHERE created_by > x) FROM a WHERE x IS NOT NULL),
        b(x) AS (SELECT min(created_by) FROM consultation UNION ALL SELECT (SELECT min(created_by) FROM consultation WHERE created_by > x) FROM b WHERE x IS NOT NULL)
      SELECT x FROM a WHERE x IS NOT NULL UNION SELECT x FROM b WHERE x IS NOT NULL ORDER BY 1`),
  }
  cache.set(sqlite, s)
  return s
}

/** Runs `fn` in one read transaction (a savepoint when the connection is already in one). */
export function readSnapshot<T>(sqlite: Database.Database, fn: () => T): T {
  return sqlite.transaction(fn).deferred()
}

class Breakdown {
  private readonly rows = new Map<string, MeasureCounts>()
  constructor(
    private readonly label: (code: string) => string,
    fixed: readonly string[] = [],
  ) {
    for (const code of fixed) this.rows.set(code, zeroCounts())
  }
  add(code: string, measure: StatMeasure, n: number): void {
    let r = this.rows.get(code)
    if (!r) this.rows.set(code, (r = zeroCounts()))
    r[measure] += n
  }
  list(sort: boolean): BreakdownRow[] {
    const out = [...this.rows].map(([code, counts]) => ({ code, label: this.label(code), counts }))
    if (sort) out.sort((a, b) => b.counts.applications - a.counts.applications || b.counts.assignments - a.counts.assignments || a.code.localeCompare(b.code))
    return out
  }
}

/**
 * stats:summary — every figure of the period. The printed report has no per-lawyer tables:
 * it passes `perLawyer: false` and gets `lawyers: []` and no subsidy ranking.
 */
export function statisticsSummary(ctx: ServiceContext, q: StatsQuery, options: { perLawyer?: boolean } = {}): StatsSummary {
  const perLawyer = options.perLawyer ?? true
  const started = performance.now()
  const sqlite = ctx.store.sqlite
  const st = statements(sqlite)
  const day = today(ctx.clock)
  const params = { from: q.from, to: q.to, today: day, ...(q.clerk ? { clerk: q.clerk } : {}) }
  const clerk = Boolean(q.clerk)

  return readSnapshot(sqlite, () => {
    const months = monthsBetween(q.from, q.to)
    const byMonth = new Map<string, MonthRow>(months.map((m) => [m, { month: m, consultations: 0, counts: zeroCounts() }]))
    const totals = { ...zeroCounts(), consultations: 0 }
    const byType = new Breakdown(caseTypeLabel, CASE_TYPE_CODES)
    const byMatter = new Breakdown(matterLabel)
    const byChannel = new Breakdown(channelLabel, INTAKE_CHANNELS.map((c) => c.code))
    const byGroup = new Breakdown((code) => STAT_GROUPS.find((g) => g.code === code)?.label ?? code, STAT_GROUPS.map((g) => g.code))
    const statusCounts = new Map<string, number>()

    /** One case received, or one counted transition, with its case's dimensions. */
    const count = (m: string, caseType: string, matter: string, channel: string, g: number, measure: StatMeasure) => {
      totals[measure]++
      byMonth.get(m)!.counts[measure]++
      byType.add(caseType, measure, 1)
      byMatter.add(matter, measure, 1)
      byChannel.add(channel, measure, 1)
      if (g !== 0) for (const grp of STAT_GROUPS) if (g & grp.bit) byGroup.add(grp.code, measure, 1)
    }

    // Case rows: [month, type, matter, channel, status, groups]; transition rows: [month, action, type, matter, channel, groups].
    // Streamed (iterate), so a year's 400,000 rows never sit in memory at once.
    for (const r of (clerk ? st.caseCubeClerk : st.caseCube).iterate(params) as IterableIterator<[string, string, string, string, string, number]>) {
      count(r[0], r[1], r[2], r[3], r[5], 'applications')
      statusCounts.set(r[4], (statusCounts.get(r[4]) ?? 0) + 1)
    }
    for (const r of (clerk ? st.transitionCubeClerk : st.transitionCube).iterate(params) as IterableIterator<[string, string, string, string, string, number]>) {
      count(r[0], r[2], r[3], r[4], r[5], ACTION_MEASURE.get(r[1])!)
    }

    const consByChannel = new Map<string, number>(CONSULTATION_CHANNELS.map((c) => [c.code, 0]))
    for (const r of (clerk ? st.consultationsClerk : st.consultations).all(params) as { m: string; channel: string; n: number }[]) {
      totals.consultations += r.n
      byMonth.get(r.m)!.consultations += r.n
      consByChannel.set(r.channel, (consByChannel.get(r.channel) ?? 0) + r.n)
    }

    const deadlineRows = new Map<string, DeadlineRow>(DEADLINE_KINDS.map((k) => [k.code, emptyDeadlineRow(k.code)]))
    for (const r of (clerk ? st.deadlinesClerk : st.deadlines).all(params) as { kind: string; status: string; on_time: number; past: number; n: number }[]) {
      let row = deadlineRows.get(r.kind)
      if (!row) deadlineRows.set(r.kind, (row = emptyDeadlineRow(r.kind)))
      if (r.status === 'met') row[r.on_time ? 'metOnTime' : 'metLate'] += r.n
      else row[r.past ? 'overdue' : 'pending'] += r.n
    }
    const deadlines = [...deadlineRows.values()].map(withRate)
    const deadlineTotals = withRate(
      deadlines.reduce(
        (t, r) => ({ ...t, metOnTime: t.metOnTime + r.metOnTime, metLate: t.metLate + r.metLate, overdue: t.overdue + r.overdue, pending: t.pending + r.pending }),
        { metOnTime: 0, metLate: 0, overdue: 0, pending: 0, onTimeRate: null as number | null },
      ),
    )

    const lawyers = !perLawyer ? [] : lawyerRows(sqlite, lawyerAggs((clerk ? st.lawyersClerk : st.lawyers).all(params) as { lawyer_id: string; what: string; n: number }[]))

    return {
      from: q.from,
      to: q.to,
      clerk: q.clerk ?? null,
      today: day,
      totals,
      byMonth: [...byMonth.values()],
      byCaseType: byType.list(false),
      byMatter: byMatter.list(true),
      byChannel: byChannel.list(false),
      byGroup: byGroup.list(false),
      byOutcome: STAT_OUTCOMES.map((o) => ({ code: o.code, label: o.label, count: o.statuses.reduce((s, st2) => s + (statusCounts.get(st2) ?? 0), 0) })),
      consultationsByChannel: [...consByChannel].map(([code, n]): CountRow => ({ code, label: consultationChannelLabel(code), count: n })),
      deadlines,
      deadlineTotals,
      lawyers,
      subsidies: subsidyFigures(sqlite, q, { perLawyer }),
      clerks: (st.clerks.all() as { x: string }[]).map((r) => r.x),
      tookMs: performance.now() - started,
    }
  })
}

function emptyDeadlineRow(kind: string): DeadlineRow {
  return { kind, label: deadlineKindLabel(kind), metOnTime: 0, metLate: 0, overdue: 0, pending: 0, onTimeRate: null }
}

function withRate<T extends Omit<DeadlineRow, 'kind' | 'label'>>(r: T): T {
  const due = r.metOnTime + r.metLate + r.overdue
  return { ...r, onTimeRate: due === 0 ? null : r.metOnTime / due }
}

interface LawyerAgg {
  lawyer_id: string
  assigned: number
  closed: number
  terminated: number
  changed_away: number
  open_now: number
}

function lawyerAggs(rows: { lawyer_id: string; what: string; n: number }[]): LawyerAgg[] {
  const by = new Map<string, LawyerAgg>()
  for (const r of rows) {
    let a = by.get(r.lawyer_id)
    if (!a) by.set(r.lawyer_id, (a = { lawyer_id: r.lawyer_id, assigned: 0, closed: 0, terminated: 0, changed_away: 0, open_now: 0 }))
    if (r.what === 'assigned') a.assigned += r.n
    else if (r.what === 'closed') a.closed += r.n
    else if (r.what === 'terminated') a.terminated += r.n
    else if (r.what === 'changed') a.changed_away += r.n
    else if (r.what === 'open') a.open_now += r.n
  }
  return [...by.values()]
}

function lawyerRows(sqlite: Database.Database, aggs: LawyerAgg[]): LawyerWorkloadRow[] {
  if (aggs.length === 0) return []
  const info = new Map<string, { name: string; firm: string | null; capacity: number }>()
  const stmt = sqlite.prepare(
    `SELECT l.id, l.name, f.name AS firm, l.max_open_cases AS capacity FROM lawyer l LEFT JOIN firm f ON f.id = l.firm_id WHERE l.id IN (SELECT value FROM json_each(?))`,
  )
  for (const r of stmt.all(JSON.stringify(aggs.map((a) => a.lawyer_id))) as { id: string; name: string; firm: string | null; capacity: number }[]) {
    info.set(r.id, { name: r.name, firm: r.firm, capacity: r.capacity })
  }
  return aggs
    .map((a) => {
      const l = info.get(a.lawyer_id)
      return {
        lawyerId: a.lawyer_id,
        name: l?.name ?? a.lawyer_id,
        firm: l?.firm ?? null,
        assigned: a.assigned,
        closed: a.closed,
        terminated: a.terminated,
        changedAway: a.changed_away,
        openNow: a.open_now,
        capacity: l?.capacity ?? 0,
      }
    })
    .sort((x, y) => y.assigned - x.assigned || y.closed - x.closed || y.openNow - x.openNow || x.name.localeCompare(y.name, 'zh-CN'))
}

/** The first and last day of a month (YYYY-MM) or a year. */
export function monthRange(month: string): { from: LocalDate; to: LocalDate } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const from = `${month}-01` as LocalDate
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
  return { from, to: addDays(next as LocalDate, -1) }
}

export function yearRange(year: number): { from: LocalDate; to: LocalDate } {
  return { from: `${year}-01-01` as LocalDate, to: `${year}-12-31` as LocalDate }
}
