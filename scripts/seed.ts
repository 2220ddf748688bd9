/**
 * Builds a realistic store for demos and benchmarks.
 *
 *   npm run seed -- --cases 500000 [--data-dir=./bench-data] [--seed=1]
 *
 * Rows go through the same row mapping as the intake service (buildCaseRow) and the same
 * case-number format, in batches of 5,000 cases per transaction, with the search index
 * maintained by the schema's own triggers. The center settings are set to an Inner Mongolia
 * demo center. Besides the cases the store gets what the workflow would have left behind:
 *
 * - a roster (firms, lawyers) and 20 clerks who registered the cases;
 * - each case's transition history (case_transition), consistent with its status and dated no
 *   later than the last receipt day, with the review decision (case_review), the assignments
 *   (case_assignment, with 更换 and their ends on 结案/终止), the lawyer–party relations the
 *   conflict check reads, and the case's deadlines planned by the same function the workflow
 *   service uses (case_deadline);
 * - the documents those steps issue (issued_document + doc_counter: decisions, assignment
 *   notices, termination decisions), as records only — the PDF files are not written;
 * - consultations (about 0.6 per case);
 * - when the subsidy ledger (migration 0060) is present: for closed cases, the subsidy the policy
 *   engine computes (computeSubsidy: the region's range and a quality grade; none where the
 *   profile of the decision date has no amounts), approved some weeks after closing and paid in
 *   the next month's batch. Only claims whose batch is already paid are written, so the ledger
 *   holds no approved-but-unpaid entries for a later batch to pick up.
 *
 * Not written: audit-log entries (the seed is not anyone's work).
 */
import type BetterSqlite3 from 'better-sqlite3'
import { addDays, yearOf, type LocalDate } from '../shared/domain/dates'
import { formatCaseNumber } from '../shared/domain/case-number'
import type { CaseStatus } from '../shared/domain/enums'
import { ApplicationInput, ConsultationInput } from '../shared/intake/schema'
import { formatDocNumber, type DocType } from '../shared/documents/schema'
import { computeSubsidy, type SubsidyResult } from '../shared/policy/subsidy'
import { EMPTY_SETTINGS } from '../shared/policy/settings'
import type { RegionCode } from '../shared/policy/types'
import { DEFAULT_OWED_PAPERS_DAYS, planDeadlines, type HistoryEntry } from '../shared/deadlines/deadlines'
import { normalizePartyName } from '../shared/assignment/names'
import { startServices, type Services } from '../electron/main/app-services'
import { safeFileName } from '../electron/main/documents/storage'
import { resolveDataPaths } from '../electron/main/paths'
import { buildCaseRow } from '../electron/main/intake/intake-service'
import { partyNames } from '../electron/main/assignment/assignment-service'
import { Synth, syntheticApplication, syntheticConsultation, syntheticHistory, type SyntheticStep } from './synthetic'

export interface SeedResult {
  cases: number
  ms: number
  transitions: number
  deadlines: number
  assignments: number
  documents: number
  consultations: number
  lawyers: number
  subsidies: number
}

export const FIRST_DAY = '2022-01-01' as LocalDate
const DAYS = 1785 // to 2026-11-20
/** The seeded store's "today": nothing happened after the last receipt day. */
export const SEED_LAST_DAY = addDays(FIRST_DAY, DAYS - 1)
const PREFIX = '呼法援'

const CLERK_NAMES = ['张丽', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵敏', '黄磊', '周婷', '吴昊', '徐倩', '孙悦', '马骏', '朱琳', '胡斌', '郭蕾', '何欣', '高峰', '林雪', '罗军']
const DIRECTORS = ['苏和', '包红梅']
const REVIEWERS = ['乌兰', '白雪', '孟凡', '韩冰']
const FIRM_A = ['正义', '天骄', '北疆', '草原', '青城', '金桥', '德衡', '鑫诚', '昭君', '敕勒川', '大青山', '黄河', '阴山', '蒙元', '塞上']
const FIRM_B = ['律师事务所', '律师事务所（分所）', '法律服务所', '联合律师事务所', '合伙律师事务所', '律师事务所第一分所', '律师事务所第二分所', '律师事务所第三分所', '律师事务所第四分所', '律师事务所第五分所']
const SPECIALTIES = ['criminal', 'civil', 'administrative', 'labour-relation-or-pay', 'personal-injury-accident', 'support-payments', 'criminal-defence', 'state-compensation']
const DOC_TITLES: Partial<Record<DocType, string>> = {
  'grant-decision': '给予法律援助决定书',
  'refusal-decision': '不予法律援助决定书',
  'assignment-notice': '指派通知书',
  'termination-decision': '终止法律援助决定书',
}
const QUALITY_GRADES = ['excellent', 'good', 'good', 'pass'] as const

interface Lawyer {
  id: string
  name: string
  kind: string
  firmId: string
  firmName: string
}

function utcMs(day: LocalDate, hour = 2): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour)
}

function hasTable(sqlite: BetterSqlite3.Database, name: string): boolean {
  return sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined
}

function seedRoster(sqlite: BetterSqlite3.Database, s: Synth, count: number, newId: () => string): Lawyer[] {
  const existing = sqlite.prepare(`SELECT l.id, l.name, l.kind, l.firm_id AS firmId, f.name AS firmName FROM lawyer l JOIN firm f ON f.id = l.firm_id WHERE l.active = 1`).all() as Lawyer[]
  if (existing.length > 0) return existing
  const now = utcMs(SEED_LAST_DAY)
  const firms = Array.from({ length: Math.max(5, Math.min(150, Math.ceil(count / 10))) }, (_, i) => ({
    id: newId(),
    name: `内蒙古${FIRM_A[i % FIRM_A.length]}${FIRM_B[Math.floor(i / FIRM_A.length) % FIRM_B.length]}`,
  }))
  const insFirm = sqlite.prepare(`INSERT INTO firm (id, name, name_norm, kind, active, origin, created_by, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, 1, 'seed', '数据生成', ?, ?)`)
  const insLawyer = sqlite.prepare(
    `INSERT INTO lawyer (id, name, kind, firm_id, licence_no, practice_start, specialties_json, languages_json, max_open_cases, open_cases, minors_suited, active, phone, known_parties_json, origin, created_by, created_at_ms, updated_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, '[]', 'seed', '数据生成', ?, ?)`,
  )
  const out: Lawyer[] = []
  sqlite.transaction(() => {
    for (const f of firms) insFirm.run(f.id, f.name, normalizePartyName(f.name), f.name.includes('法律服务所') ? 'legal-service-office' : 'law-firm', now, now)
    for (let i = 0; i < count; i++) {
      const firm = firms[i % firms.length]!
      const kind = firm.name.includes('法律服务所') ? 'grassroots' : 'lawyer'
      const id = newId()
      const name = s.name()
      const active = i % 50 === 49 ? 0 : 1
      insLawyer.run(
        id,
        name,
        kind,
        firm.id,
        `1150${String(2000 + (i % 25))}1${String(100000 + i).slice(-6)}`,
        `${1995 + (i % 28)}-0${1 + (i % 9)}-01`,
        JSON.stringify([...new Set([SPECIALTIES[i % SPECIALTIES.length]!, SPECIALTIES[(i * 7) % SPECIALTIES.length]!])]),
        JSON.stringify(i % 6 === 0 ? ['zh', 'mn'] : ['zh']),
        12 + (i % 20),
        i % 4 === 0 ? 1 : 0,
        active,
        s.phone(),
        now,
        now,
      )
      if (active) out.push({ id, name, kind, firmId: firm.id, firmName: firm.name })
    }
  })()
  return out
}

export async function seedCases(services: Services, n: number, options: { seed?: number; onProgress?: (done: number) => void } = {}): Promise<SeedResult> {
  const started = performance.now()
  const { ctx } = services
  const sqlite = ctx.store.sqlite
  await services.dispatch(
    'settings:save',
    { centerName: '呼和浩特市法律援助中心（演示数据）', region: 'nei-mongol', docPrefix: PREFIX, address: '呼和浩特市新城区示例路1号', phone: '0471-6900000' },
    { actor: '数据生成', via: 'web' },
  )
  const s = new Synth(options.seed ?? 20261123)
  // Random-keyed indexes (names, ID numbers, parties) stay in memory while seeding.
  const cacheBefore = sqlite.pragma('cache_size', { simple: true }) as number
  sqlite.pragma('cache_size = -524288')
  const lawyers = seedRoster(sqlite, s, Math.min(1500, Math.max(40, Math.ceil(n / 330))), ctx.newId)
  const criminalLawyers = lawyers.filter((l) => l.kind === 'lawyer')
  const ledger = hasTable(sqlite, 'subsidy_claim') && hasTable(sqlite, 'subsidy_entry') && hasTable(sqlite, 'subsidy_batch')

  // Receipt dates first, sorted, so that numbers run in receipt order within each year.
  const dates = Array.from({ length: n }, () => addDays(FIRST_DAY, s.int(DAYS))).sort()
  const counters = new Map<number, number>()
  for (const row of sqlite.prepare('SELECT year, last_seq FROM case_counter').all() as { year: number; last_seq: number }[]) {
    counters.set(row.year, row.last_seq)
  }
  const docCounters = new Map<string, number>()
  for (const row of sqlite.prepare('SELECT doc_type, year, last_seq FROM doc_counter').all() as { doc_type: string; year: number; last_seq: number }[]) {
    docCounters.set(`${row.doc_type}|${row.year}`, row.last_seq)
  }

  const ins = {
    transition: sqlite.prepare(
      `INSERT INTO case_transition (id, case_id, action, from_status, to_status, on_date, reason, payload_json, actor, at_ms, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    review: sqlite.prepare(
      `INSERT INTO case_review (case_id, evidence_json, opinion, opinion_text, reviewer, decision, decided_on, approved_by, refusal_reasons, updated_by, updated_at_ms)
       VALUES (?, '{"synthetic":true}', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    assignment: sqlite.prepare(
      `INSERT INTO case_assignment (id, case_id, lawyer_id, lawyer_name, firm_id, firm_name, assigned_on, assigned_by, assigned_at_ms, suggestion_rank, override_reason, applicant_choice, ended_at_ms, ended_on, end_kind, end_reason, replaced_by)
       VALUES (@id, @case_id, @lawyer_id, @lawyer_name, @firm_id, @firm_name, @assigned_on, @assigned_by, @assigned_at_ms, @suggestion_rank, @override_reason, 0, @ended_at_ms, @ended_on, @end_kind, @end_reason, @replaced_by)`,
    ),
    relation: sqlite.prepare(`INSERT INTO lawyer_party_relation (lawyer_id, case_id, party_name, party_norm, role, source, created_at_ms) VALUES (?, ?, ?, ?, ?, 'assignment', ?)`),
    deadline: sqlite.prepare(
      `INSERT OR REPLACE INTO case_deadline (case_id, kind, due_on, starts_from, basis, status, paused_days, completed_on, responsible, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    unpend: sqlite.prepare(`DELETE FROM workflow_pending WHERE case_id = ?`),
    changeEnd: sqlite.prepare(`UPDATE case_assignment SET ended_at_ms = ?, ended_on = ?, end_kind = 'changed', end_reason = ?, replaced_by = ? WHERE id = ?`),
    end: sqlite.prepare(`UPDATE case_assignment SET ended_at_ms = ?, ended_on = ?, end_kind = ?, end_reason = ? WHERE id = ?`),
    document: sqlite.prepare(
      `INSERT INTO issued_document (id, case_id, doc_type, year, seq, doc_number, title, issued_on, view_model_json, file_path, sha256, bytes, pages, pitch_scale, missing_glyphs_json, issued_by, issued_at_ms, origin)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, '[]', ?, ?, ?)`,
    ),
    consultation: sqlite.prepare(
      `INSERT INTO consultation (id, channel, consulted_on, name, phone, topic, summary, advice_given, matter, refer_to_application, referred_case_id, origin, created_by, created_at_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
    ),
  }
  const subsidy = ledger
    ? {
        claim: sqlite.prepare(
          `INSERT INTO subsidy_claim (id, source, case_id, lawyer_id, lawyer_name, firm_id, firm_name, region, kind, standard_on, quality_grade, detail_json, engine_result_json, base_fen, extras_fen, total_fen, pending_extras, status, computed_by, computed_at_ms, approved_by, approved_at_ms)
           VALUES (?, 'case', ?, ?, ?, ?, ?, 'nei-mongol', ?, ?, ?, '{}', ?, ?, ?, ?, 0, 'paid', ?, ?, ?, ?)`,
        ),
        entry: sqlite.prepare(
          `INSERT INTO subsidy_entry (id, claim_id, lawyer_id, kind, amount_fen, status, approved_by, approved_on, approved_at_ms, batch_id, paid_on, paid_by, paid_at_ms)
           VALUES (?, ?, ?, 'original', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ),
        batch: sqlite.prepare(
          `INSERT INTO subsidy_batch (id, period, seq, batch_no, status, entry_count, total_fen, created_by, created_at_ms, approved_by, approved_at_ms) VALUES (?, ?, 1, ?, 'approved', 0, 0, '数据生成', ?, ?, ?)`,
        ),
        pay: sqlite.prepare(`UPDATE subsidy_batch SET status = 'paid', entry_count = ?, total_fen = ?, paid_on = ?, paid_by = '财务', paid_at_ms = ? WHERE id = ?`),
      }
    : null
  const batches = new Map<string, { id: string; paidOn: LocalDate; count: number; totalFen: number }>()
  const subsidyMemo = new Map<string, SubsidyResult | null>()
  const stats = { transitions: 0, deadlines: 0, assignments: 0, documents: 0, consultations: 0, subsidies: 0 }

  const issue = (caseId: string, type: DocType, on: LocalDate, by: string) => {
    const year = yearOf(on)
    const key = `${type}|${year}`
    const seq = (docCounters.get(key) ?? 0) + 1
    docCounters.set(key, seq)
    const number = formatDocNumber(PREFIX, type, year, seq)
    ins.document.run(
      ctx.newId(),
      caseId,
      type,
      year,
      seq,
      number,
      DOC_TITLES[type] ?? type,
      on,
      JSON.stringify({ synthetic: true, kind: type }),
      `documents/${year}/${type}/${safeFileName(number)}.pdf`,
      '0'.repeat(64),
      by,
      utcMs(on, 3),
      ctx.origin,
    )
    stats.documents++
  }

  let insertCase: BetterSqlite3.Statement | null = null
  const people = { director: DIRECTORS[0]!, reviewer: REVIEWERS[0]! }
  interface Pending {
    row: Record<string, unknown>
    steps: SyntheticStep[]
    status: CaseStatus
    clerk: string
  }

  const writeCase = (p: Pending) => {
    insertCase!.run(p.row)
    const caseId = p.row.id as string
    const received = p.row.received_on as LocalDate
    const caseType = p.row.case_type as string
    const applicant = p.row.applicant_name as string
    const opposing = p.row.opposing_party as string | null
    let active: { id: string; lawyer: Lawyer } | null = null
    let decided = false
    for (const st of p.steps) {
      const atMs = utcMs(st.on, 3)
      const payload = { ...st.payload }
      if (st.action === 'assign' || st.action === 'change-lawyer') {
        const pool = caseType === 'criminal' && criminalLawyers.length ? criminalLawyers : lawyers
        let lawyer = s.pick(pool)
        if (active && lawyer.id === active.lawyer.id) lawyer = pool[(pool.indexOf(lawyer) + 1) % pool.length]!
        const rank = s.int(10) < 8 ? 1 : 2 + s.int(3)
        Object.assign(payload, { lawyerId: lawyer.id, lawyerName: lawyer.name, firmName: lawyer.firmName, suggestionRank: rank, applicantChoice: false, overrideReason: rank === 1 ? null : '首位推荐人员近期案件较多' })
        const id = ctx.newId()
        if (active) {
          ins.changeEnd.run(atMs, st.on, st.reason, id, active.id)
          Object.assign(payload, { replacedLawyerId: active.lawyer.id, replacedLawyerName: active.lawyer.name, changeReason: st.reason })
        }
        ins.assignment.run({
          id,
          case_id: caseId,
          lawyer_id: lawyer.id,
          lawyer_name: lawyer.name,
          firm_id: lawyer.firmId,
          firm_name: lawyer.firmName,
          assigned_on: st.on,
          assigned_by: p.clerk,
          assigned_at_ms: atMs,
          suggestion_rank: rank,
          override_reason: rank === 1 ? null : '首位推荐人员近期案件较多',
          ended_at_ms: null,
          ended_on: null,
          end_kind: null,
          end_reason: null,
          replaced_by: null,
        })
        stats.assignments++
        ins.relation.run(lawyer.id, caseId, applicant, normalizePartyName(applicant), 'client', atMs)
        for (const party of partyNames(opposing)) ins.relation.run(lawyer.id, caseId, party, normalizePartyName(party), 'opposing', atMs)
        active = { id, lawyer }
        issue(caseId, 'assignment-notice', st.on, p.clerk)
      }
      if ((st.action === 'close' || st.action === 'terminate') && active) {
        ins.end.run(atMs, st.on, st.action === 'close' ? 'closed' : 'terminated', st.reason, active.id)
      }
      if ((st.action === 'decide-grant' || st.action === 'decide-refuse') && !decided) {
        decided = true
        const grant = st.action === 'decide-grant'
        ins.review.run(caseId, grant ? 'grant' : 'refuse', grant ? '经审查，符合法律援助条件' : String(st.payload.reasons), s.pick(REVIEWERS), grant ? 'grant' : 'refuse', st.on, people.director, grant ? null : String(st.payload.reasons), p.clerk, atMs)
        issue(caseId, grant ? 'grant-decision' : 'refusal-decision', st.on, p.clerk)
      }
      if (st.action === 'objection-upheld') issue(caseId, 'grant-decision', st.on, p.clerk)
      if (st.action === 'terminate') issue(caseId, 'termination-decision', st.on, p.clerk)
      const actor = st.action.startsWith('decide') || st.action === 'terminate' ? people.director : p.clerk
      ins.transition.run(ctx.newId(), caseId, st.action, st.from, st.to, st.on, st.reason, JSON.stringify(payload), actor, atMs, ctx.origin)
      stats.transitions++
    }

    // Deadlines, planned from this history exactly as the workflow service would.
    const history: HistoryEntry[] = p.steps.map((st) => ({ action: st.action, on: st.on, payload: st.payload as HistoryEntry['payload'] }))
    const plan = planDeadlines(
      { region: 'nei-mongol' as RegionCode, receivedOn: received, channel: p.row.channel as string, acceptFirst: false, owedPapers: [], status: p.status },
      history,
      EMPTY_SETTINGS,
      { days: DEFAULT_OWED_PAPERS_DAYS, isDefault: true, source: '系统默认值' },
    )
    if (plan.ok) {
      for (const d of plan.value) {
        ins.deadline.run(caseId, d.kind, d.dueOn, d.startsFrom, d.basis, d.status, d.pausedDays, d.completedOn, p.clerk, utcMs(SEED_LAST_DAY))
        stats.deadlines++
      }
    }
    ins.unpend.run(caseId)

    // Subsidy: approved some weeks after closing, paid in the next month's batch (only once that batch is paid).
    const closed = p.steps.find((st) => st.action === 'close')
    const kind = caseType === 'criminal' || caseType === 'civil' || caseType === 'administrative' ? caseType : null
    if (subsidy && closed && active && kind) {
      const approvedOn = addDays(closed.on, 15 + s.int(30))
      const y = Number(approvedOn.slice(0, 4))
      const m = Number(approvedOn.slice(5, 7))
      const period = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
      const paidOn = `${period}-20` as LocalDate
      const decidedOn = p.steps.find((st) => st.action === 'decide-grant' || st.action === 'objection-upheld' || st.action === 'assign')?.on ?? received
      const grade = QUALITY_GRADES[s.int(QUALITY_GRADES.length)]!
      const key = `${kind}|${grade}|${decidedOn}`
      let r = subsidyMemo.get(key)
      if (r === undefined) {
        const computed = computeSubsidy({ region: 'nei-mongol', kind, decidedOn, qualityGrade: grade })
        r = computed.ok ? computed.value : null
        subsidyMemo.set(key, r)
      }
      if (r && paidOn <= SEED_LAST_DAY) {
        let batch = batches.get(period)
        if (!batch) {
          batch = { id: ctx.newId(), paidOn, count: 0, totalFen: 0 }
          batches.set(period, batch)
          subsidy.batch.run(batch.id, period, `${PREFIX}补贴发放〔${period}〕第1批`, utcMs(`${period}-15` as LocalDate), people.director, utcMs(`${period}-15` as LocalDate))
        }
        const claimId = ctx.newId()
        const approvedAt = utcMs(approvedOn, 4)
        const l = active.lawyer
        const fen = r.totalFen
        subsidy.claim.run(claimId, caseId, l.id, l.name, l.firmId, l.firmName, kind, decidedOn, grade, JSON.stringify(r), r.baseFen, r.extrasFen, fen, p.clerk, approvedAt, people.director, approvedAt)
        subsidy.entry.run(ctx.newId(), claimId, l.id, fen, 'paid', people.director, approvedOn, approvedAt, batch.id, paidOn, '财务', utcMs(paidOn, 6))
        batch.count++
        batch.totalFen += fen
        stats.subsidies++
      }
    }
  }

  const batch = sqlite.transaction((rows: Pending[]) => {
    for (const r of rows) writeCase(r)
  })
  const BATCH = 5000
  let pending: Pending[] = []
  for (let i = 0; i < n; i++) {
    const receivedOn = dates[i]!
    const { input } = syntheticApplication(s, receivedOn)
    if (i % 5000 === 0) ApplicationInput.parse(input) // the generator must produce what intake accepts
    const year = yearOf(receivedOn)
    const seq = (counters.get(year) ?? 0) + 1
    counters.set(year, seq)
    const clerk = CLERK_NAMES[s.int(CLERK_NAMES.length)]!
    const row = buildCaseRow(input, {
      id: ctx.newId(),
      caseNumber: formatCaseNumber(year, seq),
      year,
      seq,
      region: 'nei-mongol',
      origin: ctx.origin,
      actor: clerk,
      atMs: utcMs(receivedOn),
    })
    people.director = DIRECTORS[s.int(DIRECTORS.length)]!
    const history = syntheticHistory(s, { receivedOn, channel: input.intake.channel }, SEED_LAST_DAY, people)
    row.status = history.status
    const last = history.steps[history.steps.length - 1]
    if (last) row.updated_at_ms = utcMs(last.on, 3)
    if (!insertCase) {
      const columns = Object.keys(row)
      insertCase = sqlite.prepare(`INSERT INTO legal_case (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
    }
    pending.push({ row: row as unknown as Record<string, unknown>, steps: history.steps, status: history.status, clerk })
    if (pending.length === BATCH) {
      batch(pending)
      pending = []
      options.onProgress?.(i + 1)
    }
  }
  if (pending.length) batch(pending)

  // Consultations, spread over the same days.
  const consultations = Math.round(n * 0.6)
  const consBatch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const on = addDays(FIRST_DAY, s.int(DAYS))
      const c = syntheticConsultation(s, on)
      if (i % 5000 === 0) ConsultationInput.parse({ channel: c.channel, consultedOn: on, ...(c.name ? { name: c.name } : {}), ...(c.phone ? { phone: c.phone } : {}), topic: c.topic, summary: c.summary, adviceGiven: c.advice, referToApplication: c.refer })
      ins.consultation.run(ctx.newId(), c.channel, on, c.name, c.phone, c.topic, c.summary, c.advice, null, c.refer ? 1 : 0, ctx.origin, CLERK_NAMES[s.int(CLERK_NAMES.length)]!, utcMs(on, 1))
      stats.consultations++
    }
  })
  for (let i = 0; i < consultations; i += 20_000) consBatch(i, Math.min(consultations, i + 20_000))

  const saveCounters = sqlite.prepare(
    'INSERT INTO case_counter (year, last_seq) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_seq = excluded.last_seq',
  )
  const saveDocCounter = sqlite.prepare(
    'INSERT INTO doc_counter (doc_type, year, last_seq) VALUES (?, ?, ?) ON CONFLICT (doc_type, year) DO UPDATE SET last_seq = excluded.last_seq',
  )
  sqlite.transaction(() => {
    for (const [year, seq] of counters) saveCounters.run(year, seq)
    for (const [key, seq] of docCounters) {
      const [type, year] = key.split('|')
      saveDocCounter.run(type, Number(year), seq)
    }
    // Each lawyer's load and last assignment, from the assignments just written.
    sqlite.prepare(`UPDATE lawyer SET open_cases = (SELECT count(*) FROM case_assignment a WHERE a.lawyer_id = lawyer.id AND a.ended_at_ms IS NULL),
      last_assigned_at_ms = (SELECT max(assigned_at_ms) FROM case_assignment a WHERE a.lawyer_id = lawyer.id)`).run()
    if (subsidy) for (const b of batches.values()) subsidy.pay.run(b.count, b.totalFen, b.paidOn, utcMs(b.paidOn, 6), b.id)
  })()
  sqlite.pragma(`cache_size = ${cacheBefore}`)
  sqlite.pragma('optimize')
  options.onProgress?.(n)
  return { cases: n, ms: performance.now() - started, lawyers: lawyers.length, ...stats }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const i = argv.indexOf('--cases')
  const n = Number(i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--cases='))?.split('=')[1] ?? 1000)
  if (!Number.isSafeInteger(n) || n < 1) throw new Error('--cases 需要正整数')
  const paths = resolveDataPaths({ argv: argv.some((a) => a.startsWith('--data-dir=') || a.startsWith('--db=')) ? argv : [...argv, '--data-dir=bench-data'] })
  const services = await startServices({ paths, mode: 'web', appVersion: 'seed' })
  const result = await seedCases(services, n, {
    onProgress: (done) => process.stderr.write(`\r已生成 ${done.toLocaleString('zh-CN')} / ${n.toLocaleString('zh-CN')} 件`),
  })
  process.stderr.write('\n')
  await services.close()
  console.log(
    `已生成 ${result.cases} 件合成案件（${result.transitions} 条流转记录、${result.assignments} 次指派、${result.deadlines} 个期限、${result.documents} 份文书、${result.consultations} 条咨询、${result.lawyers} 名法律援助人员、${result.subsidies} 笔补贴），用时 ${(result.ms / 1000).toFixed(1)} 秒：${paths.dbPath}`,
  )
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  })
}
