/**
 * Statistics against a second, independent count: a seeded store of a few thousand cases (with
 * transitions, deadlines, assignments, consultations and subsidies), the figures of stats:summary
 * compared with plain SQL written here, the special groups recomputed in JavaScript from the raw
 * columns, the case list's own count, the Excel workbook read back with exceljs, and the printed
 * report's text.
 */
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ageOn, type LocalDate } from '../../../shared/domain/dates'
import { CASE_TYPES, INTAKE_CHANNELS } from '../../../shared/domain/enums'
import { isAllowed } from '../../../shared/ipc/permissions'
import { MEASURE_ACTIONS, STAT_GROUPS, STAT_MEASURES, type StatMeasure,   type StatsSummary } from '../../../shared/statistics/schema'
import { STAT_GROUPS_SQL, statGroupsOf } from '../../../electron/main/statistics/statistics-sql'
import { buildStatisticsWorkbook } from '../../../electron/main/statistics/excel'
import { checkReportTotals } from '../../../electron/main/pdf/templates/statistics-report'
import { seedCases } from '../../../scripts/seed'
import { makeTestServices, type TestServices } from '../../kit/services'
import { call as kitCall, value } from '../../kit/call'
import type { Channel } from '../../../shared/ipc/channels'
import type { Input, Output } from '../../../shared/ipc/contract'
import { squashedText } from '../pdf/helpers'

let svc: TestServices
const REQ = { actor: '统计测试', via: 'web' as const }

async function call<K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>> {
  return value(await kitCall(svc, channel, input, REQ))
}

function one(sql: string, ...params: unknown[]): number {
  return (svc.ctx.store.sqlite.prepare(sql).get(...params) as { n: number | null }).n ?? 0
}

/** The independent count of a measure over a period, optionally for one clerk. */
function measureBySql(measure: StatMeasure, from: string, to: string, clerk?: string, extra = '', extraParams: unknown[] = []): number {
  const clerkSql = clerk ? ' AND c.created_by = ?' : ''
  const clerkParams = clerk ? [clerk] : []
  if (measure === 'applications') {
    return one(`SELECT count(*) AS n FROM legal_case c WHERE c.received_on >= ? AND c.received_on <= ?${clerkSql}${extra}`, from, to, ...clerkParams, ...extraParams)
  }
  const actions = MEASURE_ACTIONS[measure]
  return one(
    `SELECT count(*) AS n FROM case_transition t, legal_case c WHERE c.id = t.case_id AND t.action IN (${actions.map(() => '?').join(',')}) AND t.on_date >= ? AND t.on_date <= ?${clerkSql}${extra}`,
    ...actions,
    from,
    to,
    ...clerkParams,
    ...extraParams,
  )
}

/** Group membership recomputed from the raw columns, without the SQL expression under test. */
function groupsOf(row: { groups: string; birth: string | null; received: string; gender: string; facts: string }): Set<string> {
  const codes = JSON.parse(row.groups) as string[]
  const age = row.birth ? ageOn(row.birth as LocalDate, row.received as LocalDate) : null
  const disability = (JSON.parse(row.facts) as { disability?: string[] }).disability ?? []
  const out = new Set<string>()
  if (codes.includes('migrant-worker')) out.add('migrant-worker')
  if (codes.includes('minor') || (age !== null && age < 18)) out.add('minor')
  if (codes.includes('elderly') || (age !== null && age >= 60)) out.add('elderly')
  if (codes.includes('disabled') || codes.includes('disability-certificate') || disability.length > 0) out.add('disabled')
  if (row.gender === 'female') out.add('woman')
  if (codes.includes('military-or-family')) out.add('military-or-family')
  return out
}

beforeAll(async () => {
  svc = await makeTestServices({ configure: false })
  await seedCases(svc, 4000, { seed: 7 })
}, 120_000)

afterAll(async () => {
  await svc?.dispose()
})

const PERIODS: { name: string; from: string; to: string; clerk?: string }[] = [
  { name: '一个月', from: '2025-03-01', to: '2025-03-31' },
  { name: '一年', from: '2024-01-01', to: '2024-12-31' },
  { name: '一年、一位受理员', from: '2024-01-01', to: '2024-12-31', clerk: '张丽' },
  { name: '跨年的任意期间', from: '2023-11-15', to: '2024-02-10' },
]

describe('统计数字与独立的 SQL 计数一致', () => {
  for (const p of PERIODS) {
    describe(p.name, () => {
      let s: StatsSummary
      beforeAll(async () => {
        s = await call('stats:summary', { from: p.from, to: p.to, ...(p.clerk ? { clerk: p.clerk } : {}) })
      })

      it('合计：收案、给予、不予、指派、结案、终止、撤回、咨询', () => {
        for (const m of STAT_MEASURES) expect(s.totals[m.code], m.label).toBe(measureBySql(m.code, p.from, p.to, p.clerk))
        expect(s.totals.applications).toBeGreaterThan(0)
        expect(s.totals.grants).toBeGreaterThan(0)
        const consultations = one(
          `SELECT count(*) AS n FROM consultation WHERE consulted_on >= ? AND consulted_on <= ?${p.clerk ? ' AND created_by = ?' : ''}`,
          p.from,
          p.to,
          ...(p.clerk ? [p.clerk] : []),
        )
        expect(s.totals.consultations).toBe(consultations)
      })

      it('按案件类型、受理渠道、援助事项、月份的各行与 SQL 一致，且相加等于合计', () => {
        for (const t of CASE_TYPES) {
          const row = s.byCaseType.find((r) => r.code === t.code)!
          for (const m of STAT_MEASURES) expect(row.counts[m.code], `${t.label} ${m.label}`).toBe(measureBySql(m.code, p.from, p.to, p.clerk, ' AND c.case_type = ?', [t.code]))
        }
        for (const c of INTAKE_CHANNELS) {
          const row = s.byChannel.find((r) => r.code === c.code)!
          expect(row.counts.applications, c.label).toBe(measureBySql('applications', p.from, p.to, p.clerk, ' AND c.channel = ?', [c.code]))
          expect(row.counts.assignments, c.label).toBe(measureBySql('assignments', p.from, p.to, p.clerk, ' AND c.channel = ?', [c.code]))
        }
        for (const row of s.byMatter) expect(row.counts.closings, row.label).toBe(measureBySql('closings', p.from, p.to, p.clerk, ' AND c.matter = ?', [row.code]))
        for (const m of STAT_MEASURES) {
          const sum = (rows: { counts: Record<string, number> }[]) => rows.reduce((t, r) => t + r.counts[m.code]!, 0)
          expect(sum(s.byCaseType)).toBe(s.totals[m.code])
          expect(sum(s.byChannel)).toBe(s.totals[m.code])
          expect(sum(s.byMatter)).toBe(s.totals[m.code])
          expect(sum(s.byMonth)).toBe(s.totals[m.code])
        }
        for (const month of s.byMonth) {
          const last = month.month === p.to.slice(0, 7) ? p.to : `${month.month}-31`
          const first = month.month === p.from.slice(0, 7) ? p.from : `${month.month}-01`
          expect(month.counts.applications, month.month).toBe(measureBySql('applications', first, last, p.clerk))
        }
      })

      it('特殊群体：按出生日期、性别、群体代码在 JavaScript 中重新计算', () => {
        const rows = svc.ctx.store.sqlite
          .prepare(
            `SELECT applicant_groups_json AS groups, applicant_birth_date AS birth, received_on AS received, applicant_gender AS gender, policy_facts_json AS facts
             FROM legal_case WHERE received_on >= ? AND received_on <= ?${p.clerk ? ' AND created_by = ?' : ''}`,
          )
          .all(p.from, p.to, ...(p.clerk ? [p.clerk] : [])) as { groups: string; birth: string | null; received: string; gender: string; facts: string }[]
        for (const g of STAT_GROUPS) {
          const expected = rows.filter((r) => groupsOf(r).has(g.code)).length
          expect(s.byGroup.find((r) => r.code === g.code)!.counts.applications, g.label).toBe(expected)
        }
        // The seed has minors, elderly, women and migrant workers in any sizeable period.
        for (const code of ['minor', 'elderly', 'woman', 'migrant-worker']) expect(s.byGroup.find((r) => r.code === code)!.counts.applications, code).toBeGreaterThan(0)
      })

      it('办理结果：各状态归入一类，合计等于收案数', () => {
        expect(s.byOutcome.reduce((t, o) => t + o.count, 0)).toBe(s.totals.applications)
        const closed = measureBySql('applications', p.from, p.to, p.clerk, ` AND c.status IN ('closed', 'archived')`)
        expect(s.byOutcome.find((o) => o.code === 'closed')!.count).toBe(closed)
      })

      it('期限执行：按期、逾期完成、逾期未完成、未到期与 SQL 一致', () => {
        const clerkSql = p.clerk ? ' AND responsible = ?' : ''
        const args = [p.from, p.to, ...(p.clerk ? [p.clerk] : [])]
        const q = (cond: string) => one(`SELECT count(*) AS n FROM case_deadline WHERE due_on >= ? AND due_on <= ?${clerkSql} AND ${cond}`, ...args)
        expect(s.deadlineTotals.metOnTime).toBe(q(`status = 'met' AND completed_on <= due_on`))
        expect(s.deadlineTotals.metLate).toBe(q(`status = 'met' AND completed_on > due_on`))
        expect(s.deadlineTotals.overdue).toBe(q(`status IN ('open', 'paused') AND due_on < '${s.today}'`))
        expect(s.deadlineTotals.pending).toBe(q(`status IN ('open', 'paused') AND due_on >= '${s.today}'`))
        expect(s.deadlineTotals.metOnTime + s.deadlineTotals.metLate).toBeGreaterThan(0)
        expect(s.deadlines.reduce((t, d) => t + d.metLate, 0)).toBe(s.deadlineTotals.metLate)
      })

      it('律师工作量：每名律师的期间指派、结案、当前在办与 SQL 一致', () => {
        const clerkJoin = p.clerk ? ' AND a.case_id IN (SELECT id FROM legal_case WHERE created_by = ?)' : ''
        const cp = p.clerk ? [p.clerk] : []
        for (const l of s.lawyers.slice(0, 15)) {
          expect(l.assigned, l.name).toBe(one(`SELECT count(*) AS n FROM case_assignment a WHERE a.lawyer_id = ? AND a.assigned_on >= ? AND a.assigned_on <= ?${clerkJoin}`, l.lawyerId, p.from, p.to, ...cp))
          expect(l.closed, l.name).toBe(one(`SELECT count(*) AS n FROM case_assignment a WHERE a.lawyer_id = ? AND a.end_kind = 'closed' AND a.ended_on >= ? AND a.ended_on <= ?${clerkJoin}`, l.lawyerId, p.from, p.to, ...cp))
          // 当前在办 is the lawyer's whole load, whoever registered the cases.
          expect(l.openNow, l.name).toBe(one(`SELECT count(*) AS n FROM case_assignment a WHERE a.lawyer_id = ? AND a.ended_at_ms IS NULL`, l.lawyerId))
        }
        const assigned = one(`SELECT count(*) AS n FROM case_assignment a WHERE a.assigned_on >= ? AND a.assigned_on <= ?${clerkJoin}`, p.from, p.to, ...cp)
        expect(s.lawyers.reduce((t, l) => t + l.assigned, 0)).toBe(assigned)
      })

      it('办案补贴：核定与发放金额取自补贴台账', () => {
        const clerkJoin = p.clerk ? ' AND c.case_id IN (SELECT id FROM legal_case WHERE created_by = ?)' : ''
        const cp = p.clerk ? [p.clerk] : []
        const committed = one(
          `SELECT sum(e.amount_fen) AS n FROM subsidy_entry e JOIN subsidy_claim c ON c.id = e.claim_id WHERE e.status <> 'cancelled' AND e.approved_on >= ? AND e.approved_on <= ?${clerkJoin}`,
          p.from,
          p.to,
          ...cp,
        )
        const paid = one(`SELECT sum(e.amount_fen) AS n FROM subsidy_entry e JOIN subsidy_claim c ON c.id = e.claim_id WHERE e.status = 'paid' AND e.paid_on >= ? AND e.paid_on <= ?${clerkJoin}`, p.from, p.to, ...cp)
        expect(s.subsidies.committedFen).toBe(committed)
        expect(s.subsidies.paidFen).toBe(paid)
        expect(s.subsidies.byKind.reduce((t, k) => t + k.paidFen, 0)).toBe(paid)
        expect(s.subsidies.byMonth.reduce((t, k) => t + k.committedFen, 0)).toBe(committed)
      })
    })
  }

  it('一个月的收案数与案件列表按受理日期筛选的件数一致', async () => {
    const s = await call('stats:summary', { from: '2025-03-01', to: '2025-03-31' })
    const list = await call('case:search', { receivedFrom: '2025-03-01', receivedTo: '2025-03-31' })
    expect(list.totalIsCapped ?? false).toBe(false)
    expect(list.total).toBe(s.totals.applications)
    const closedList = await call('case:search', { receivedFrom: '2025-03-01', receivedTo: '2025-03-31', status: ['closed', 'archived'] })
    expect(closedList.total).toBe(s.byOutcome.find((o) => o.code === 'closed')!.count)
  })

  it('受理员筛选的选项是登记过案件或咨询的人', async () => {
    const s = await call('stats:summary', { from: '2025-01-01', to: '2025-01-31' })
    const expected = (svc.ctx.store.sqlite.prepare('SELECT created_by AS x FROM legal_case UNION SELECT created_by FROM consultation ORDER BY 1').all() as { x: string }[]).map((r) => r.x)
    expect(s.clerks).toEqual(expected)
  })
})

describe('导出 Excel：中文表头与合计', () => {
  it('重新打开工作簿：按月统计与按案件类型的表头、合计行等于统计数字', async () => {
    const input = { from: '2024-01-01', to: '2024-12-31' }
    const s = await call('stats:summary', input)
    const file = await call('stats:export-excel', input)
    expect(file.fileName).toBe('法律援助统计_2024-01-01至2024-12-31.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按月统计', '按案件类型', '按援助事项', '按受理渠道', '特殊群体', '案件结果', '法律咨询', '期限执行', '律师工作量', '办案补贴'])

    const monthly = wb.getWorksheet('按月统计')!
    expect((monthly.getRow(3).values as unknown[]).slice(1)).toEqual(['月份', '法律咨询', ...STAT_MEASURES.map((m) => m.label)])
    const totalRow = monthly.getRow(3 + 12 + 1)
    expect(totalRow.getCell(1).value).toBe('合计')
    const result = (c: ExcelJS.Cell) => (typeof c.value === 'object' && c.value !== null && 'result' in c.value ? c.value.result : c.value)
    expect(result(totalRow.getCell(2))).toBe(s.totals.consultations)
    STAT_MEASURES.forEach((m, i) => expect(result(totalRow.getCell(3 + i)), m.label).toBe(s.totals[m.code]))
    expect(totalRow.getCell(3).formula).toBe('SUM(C4:C15)')

    const types = wb.getWorksheet('按案件类型')!
    expect(types.getRow(3).getCell(1).value).toBe('案件类型')
    expect(types.getRow(4).getCell(1).value).toBe('刑事')
    expect(result(types.getRow(4 + CASE_TYPES.length).getCell(2))).toBe(s.totals.applications)
  })

  it('同一份数据可直接生成工作簿（不经 IPC）', async () => {
    const s = await call('stats:summary', { from: '2025-06-01', to: '2025-06-30' })
    const bytes = await buildStatisticsWorkbook(s, '测试中心')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(String(wb.getWorksheet('按月统计')!.getCell(2, 1).value)).toContain('编制单位：测试中心')
  })
})

describe('月报表、年报表（PDF）', () => {
  it('月报：标题、报告期、收案合计印在报表上，合计与统计一致', async () => {
    const s = await call('stats:summary', { from: '2025-03-01', to: '2025-03-31' })
    const r = await call('stats:report-pdf', { kind: 'month', month: '2025-03' })
    expect(r.title).toBe('2025年3月法律援助工作统计月报表')
    const pdf = Buffer.from(r.contentBase64, 'base64')
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await squashedText(pdf)
    expect(text).toContain('2025年3月法律援助工作统计月报表')
    expect(text).toContain('报告期：2025年3月1日至2025年3月31日')
    expect(text).toContain(`收案（件）${s.totals.applications.toLocaleString('zh-CN')}`)
    expect(text).toContain('制表人')
  })

  it('年报按月列出，合计行与全年一致', async () => {
    const s = await call('stats:summary', { from: '2024-01-01', to: '2024-12-31' })
    const r = await call('stats:report-pdf', { kind: 'year', year: 2024 })
    const text = await squashedText(Buffer.from(r.contentBase64, 'base64'))
    expect(text).toContain('2024年法律援助工作统计年报表')
    expect(text).toContain('五、按月')
    expect(text).toContain(`合计${s.totals.applications.toLocaleString('zh-CN')}`)
  })

  it('各表之和与合计不一致的报表拒绝打印', () => {
    const vm = {
      measureLabels: ['收案', '给予', '不予', '指派', '结案'],
      measureTotals: [10, 0, 0, 0, 0],
      byCaseType: [{ label: '民事', values: [9, 0, 0, 0, 0] }],
      byChannel: [{ label: '窗口', values: [10, 0, 0, 0, 0] }],
      byMonth: null,
      outcomes: [{ label: '已结案', count: 10 }],
    } as unknown as Parameters<typeof checkReportTotals>[0]
    expect(() => checkReportTotals(vm)).toThrow(/按案件类型.*不一致/)
  })

  it('报告期尚未开始时拒绝生成', async () => {
    const r = await svc.dispatch('stats:report-pdf', { kind: 'year', year: 2027 }, REQ)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('VALIDATION')
  })
})

describe('输入校验、权限与索引', () => {
  it('结束日期早于开始日期：在「结束日期」处提示', async () => {
    const r = await svc.dispatch('stats:summary', { from: '2025-03-31', to: '2025-03-01' }, REQ)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION')
      expect(r.error.details?.issues).toEqual([{ path: ['to'], message: '结束日期不能早于开始日期' }])
    }
  })

  it('统计报表：负责人、审查员、管理员可用；受理员、财务不可', () => {
    for (const ch of ['stats:summary', 'stats:export-excel', 'stats:report-pdf']) {
      expect(isAllowed(ch, ['director'])).toBe(true)
      expect(isAllowed(ch, ['reviewer'])).toBe(true)
      expect(isAllowed(ch, ['admin'])).toBe(true)
      expect(isAllowed(ch, ['clerk'])).toBe(false)
      expect(isAllowed(ch, ['finance'])).toBe(false)
    }
    expect(isAllowed('stats:subsidies', ['finance'])).toBe(true)
    expect(isAllowed('stats:subsidies', ['clerk'])).toBe(false)
  })

  it('财务用的补贴统计与完整统计中的补贴部分相同', async () => {
    const input = { from: '2024-01-01', to: '2024-12-31' }
    const s = await call('stats:summary', input)
    expect(await call('stats:subsidies', input)).toEqual(s.subsidies)
    expect(s.subsidies.paidFen).toBeGreaterThan(0)
  })

  it('迁移 0070 的索引表达式与统计查询所用的表达式相同', () => {
    const migration = readFileSync(join(__dirname, '../../../electron/main/db/migrations/0070_statistics.ts'), 'utf8')
    const norm = (x: string) => x.replace(/\s+/g, ' ').trim()
    expect(norm(migration)).toContain(norm(`(${STAT_GROUPS_SQL})`))
  })

  it('期间统计只读索引（覆盖索引），不回表', () => {
    const plan = (q: string) =>
      (svc.ctx.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${q}`).all({ from: '2025-01-01', to: '2025-01-31' }) as { detail: string }[]).map((r) => r.detail).join('\n')
    expect(plan(`SELECT substr(received_on, 1, 7), case_type, matter, channel, status, (${STAT_GROUPS_SQL}) FROM legal_case INDEXED BY legal_case_stats WHERE received_on BETWEEN @from AND @to`)).toContain(
      'USING COVERING INDEX legal_case_stats',
    )
    const transitions = plan(
      `SELECT t.action, c.case_type, c.matter, c.channel, (${statGroupsOf('c')}) FROM case_transition t INDEXED BY case_transition_by_action_date CROSS JOIN legal_case c INDEXED BY legal_case_stats_by_id ON c.id = t.case_id WHERE t.action IN ('assign', 'close') AND t.on_date BETWEEN @from AND @to`,
    )
    expect(transitions).toContain('SEARCH t USING COVERING INDEX case_transition_by_action_date')
    expect(transitions).toContain('SEARCH c USING COVERING INDEX legal_case_stats_by_id')
    expect(plan(`SELECT a.lawyer_id, count(*) FROM case_assignment a INDEXED BY case_assignment_open_by_lawyer WHERE a.ended_at_ms IS NULL GROUP BY a.lawyer_id`)).toContain('COVERING INDEX case_assignment_open_by_lawyer')
  })
})
