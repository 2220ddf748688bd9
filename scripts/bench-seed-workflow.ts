/**
 * Benchmark data for the workflow (used by scripts/bench.ts): a roster of 1,500 people in 150 firms,
 * lawyer–party relations for past cases (as assignments would have left them), and the open
 * deadlines of the recent cases planned by the same function the workflow service uses.
 * Seeded statuses have no transition history, so a plausible one is made up per status.
 * Idempotent: does nothing to deadlines once case_deadline has rows.
 */
import { addDays, type LocalDate } from '../shared/domain/dates'
import { EMPTY_SETTINGS } from '../shared/policy/settings'
import type { CaseStatus } from '../shared/domain/enums'
import { DEFAULT_OWED_PAPERS_DAYS, planDeadlines, type HistoryEntry } from '../shared/deadlines/deadlines'
import { normalizePartyName } from '../shared/assignment/names'
import type { Services } from '../electron/main/app-services'

const OPEN: CaseStatus[] = ['registered', 'awaiting-materials', 'reviewing', 'granted', 'assigned', 'handling']
const SPECIALTIES = ['criminal', 'civil', 'administrative', 'labour-relation-or-pay', 'personal-injury-accident', 'support-payments', 'criminal-defence', 'state-compensation']

function historyFor(status: CaseStatus, received: LocalDate, channel: string): HistoryEntry[] {
  const h = (action: HistoryEntry['action'], days: number, payload: HistoryEntry['payload'] = {}): HistoryEntry => ({ action, on: addDays(received, days), payload })
  if (channel === 'notification') {
    return status === 'assigned' || status === 'handling' ? [h('assign', 2), ...(status === 'handling' ? [h('start-handling', 4)] : [])] : []
  }
  switch (status) {
    case 'registered':
      return []
    case 'reviewing':
      return [h('start-review', 0)]
    case 'awaiting-materials':
      return [h('start-review', 0), h('request-materials', 2, { items: ['收入证明'], dueOn: addDays(received, 12) })]
    case 'granted':
      return [h('start-review', 0), h('decide-grant', 5)]
    case 'assigned':
      return [h('start-review', 0), h('decide-grant', 5), h('assign', 7)]
    default:
      return [h('start-review', 0), h('decide-grant', 5), h('assign', 7), h('start-handling', 9)]
  }
}

export async function seedWorkflowForBench(services: Services, options: { recentDays?: number } = {}) {
  const started = performance.now()
  const sqlite = services.ctx.store.sqlite
  const clerks = Array.from({ length: 20 }, (_, i) => `受理员${String(i + 1).padStart(2, '0')}`)
  const latest = (sqlite.prepare('SELECT max(received_on) AS d FROM legal_case').get() as { d: string }).d as LocalDate
  const from = addDays(latest, -(options.recentDays ?? 90))
  let deadlines = 0
  let cases = 0
  let lawyers = 0
  let relations = 0

  if ((sqlite.prepare('SELECT count(*) AS n FROM lawyer').get() as { n: number }).n === 0) {
    const now = Date.now()
    const insFirm = sqlite.prepare(
      `INSERT INTO firm (id, name, name_norm, kind, active, origin, created_by, created_at_ms, updated_at_ms) VALUES (?, ?, ?, 'law-firm', 1, 'bench', 'bench', ?, ?)`,
    )
    const insLawyer = sqlite.prepare(
      `INSERT INTO lawyer (id, name, kind, firm_id, licence_no, practice_start, specialties_json, languages_json, max_open_cases, open_cases, minors_suited, active, known_parties_json, last_assigned_at_ms, origin, created_by, created_at_ms, updated_at_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, 'bench', 'bench', ?, ?)`,
    )
    sqlite.transaction(() => {
      for (let f = 0; f < 150; f++) insFirm.run(`firm-${f}`, `第${f + 1}律师事务所`, normalizePartyName(`第${f + 1}律师事务所`), now, now)
      for (let i = 0; i < 1500; i++) {
        const year = 1995 + (i % 30)
        const specs = [SPECIALTIES[i % SPECIALTIES.length]!, SPECIALTIES[(i * 7) % SPECIALTIES.length]!]
        insLawyer.run(
          `lawyer-${i}`,
          `律师${i}`,
          i % 10 === 9 ? 'grassroots' : 'lawyer',
          `firm-${i % 150}`,
          `LIC${String(i).padStart(8, '0')}`,
          `${year}-0${1 + (i % 9)}-01`,
          JSON.stringify([...new Set(specs)]),
          JSON.stringify(i % 6 === 0 ? ['zh', 'mn'] : ['zh']),
          10 + (i % 20),
          i % 15,
          i % 4 === 0 ? 1 : 0,
          i % 50 === 0 ? 0 : 1,
          i % 3 === 0 ? null : now - i * 60_000,
          now,
          now,
        )
      }
    })()
    lawyers = 1500
    // Past assignments leave who each lawyer acted for and against.
    const past = sqlite.prepare(`SELECT id, applicant_name, opposing_party FROM legal_case WHERE status IN ('assigned', 'handling', 'closed', 'archived')`).all() as { id: string; applicant_name: string; opposing_party: string | null }[]
    const insRel = sqlite.prepare(`INSERT INTO lawyer_party_relation (lawyer_id, case_id, party_name, party_norm, role, source, created_at_ms) VALUES (?, ?, ?, ?, ?, 'assignment', ?)`)
    sqlite.transaction(() => {
      past.forEach((c, i) => {
        const lawyer = `lawyer-${(i * 31) % 1500}`
        insRel.run(lawyer, c.id, c.applicant_name, normalizePartyName(c.applicant_name), 'client', now)
        relations++
        if (c.opposing_party) {
          insRel.run(lawyer, c.id, c.opposing_party, normalizePartyName(c.opposing_party), 'opposing', now)
          relations++
        }
      })
    })()
  }

  if ((sqlite.prepare('SELECT count(*) AS n FROM case_deadline').get() as { n: number }).n === 0) {
    const recent = sqlite
      .prepare(`SELECT id, status, region, received_on, channel, accept_first, owed_papers_json FROM legal_case WHERE received_on >= ? AND status IN (${OPEN.map(() => '?').join(',')})`)
      .all(from, ...OPEN) as { id: string; status: CaseStatus; region: string; received_on: LocalDate; channel: string; accept_first: number; owed_papers_json: string | null }[]
    const ins = sqlite.prepare(
      `INSERT OR REPLACE INTO case_deadline (case_id, kind, due_on, starts_from, basis, status, paused_days, completed_on, responsible, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const at = Date.now()
    sqlite.transaction(() => {
      recent.forEach((c, i) => {
        const plan = planDeadlines(
          { region: c.region as 'nei-mongol', receivedOn: c.received_on, channel: c.channel, acceptFirst: c.accept_first === 1, owedPapers: c.owed_papers_json ? (JSON.parse(c.owed_papers_json) as string[]) : [], status: c.status },
          historyFor(c.status, c.received_on, c.channel),
          EMPTY_SETTINGS,
          { days: DEFAULT_OWED_PAPERS_DAYS, isDefault: true, source: '系统默认值' },
        )
        if (!plan.ok) return
        cases++
        for (const d of plan.value) {
          ins.run(c.id, d.kind, d.dueOn, d.startsFrom, d.basis, d.status, d.pausedDays, d.completedOn, clerks[i % clerks.length]!, at)
          if (d.status === 'open' || d.status === 'paused') deadlines++
        }
      })
      // Older seeded cases stand for work already handled: nothing left to plan.
      sqlite.prepare('DELETE FROM workflow_pending').run()
    })()
    sqlite.pragma('optimize')
  }
  const assignable = (sqlite.prepare(`SELECT id FROM legal_case WHERE status = 'granted' ORDER BY received_on DESC LIMIT 200`).all() as { id: string }[]).map((r) => r.id)
  return { cases, deadlines, lawyers, relations, clerks, assignable, ms: performance.now() - started }
}
