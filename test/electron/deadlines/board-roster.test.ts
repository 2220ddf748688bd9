import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LawyerDto, LawyerImportResult } from '../../../shared/lawyers/dto'
import type { Page } from '../../../shared/ipc/page'
import { SHEET_COLUMNS, SHEET_NAME, parseSheetRow } from '../../../shared/lawyers/schema'
import { makeTestServices, type TestServices } from '../../kit/services'
import { CLERK_A, CLERK_B, addFirm, addLawyer, call, civilApplication, error, notificationCase, register, rows, transition, value } from '../cases/helpers'

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices()
})
afterEach(async () => {
  await s.dispose()
})

describe('deadlines board (fixed clock: Monday 2026-11-23)', () => {
  it('shows overdue, due today and later this week, per clerk and for the center', async () => {
    const overdue = await register(s, civilApplication({ receivedOn: '2026-11-10', name: '逾期甲' }), CLERK_A) // decision due 11-17
    const today = await register(s, civilApplication({ receivedOn: '2026-11-16', name: '今日乙' }), CLERK_A) // decision due 11-23
    const week = await register(s, civilApplication({ receivedOn: '2026-11-20', name: '本周丙' }), CLERK_B) // decision due 11-27
    const notice = await register(s, notificationCase({ receivedOn: '2026-11-20' }), CLERK_B) // assignment due 11-23
    const paused = await register(s, civilApplication({ receivedOn: '2026-11-19', name: '暂停丁' }), CLERK_B)
    value(await transition(s, { caseId: paused.id, action: 'request-materials', on: '2026-11-20', items: ['收入证明'], dueOn: '2026-12-04' }, CLERK_B))
    const gone = await register(s, civilApplication({ receivedOn: '2026-11-02', name: '撤回戊' }), CLERK_A)
    value(await transition(s, { caseId: gone.id, action: 'withdraw', reason: '申请人撤回' }, CLERK_A))

    const board = value(await call(s, 'deadlines:board', {}))
    expect(board.today).toBe('2026-11-23')
    expect(board.weekEnd).toBe('2026-11-29')
    expect(board.counts).toEqual({ overdue: 1, today: 2, thisWeek: 1, paused: 1 })
    expect(board.overdue.map((i) => [i.caseId, i.kind, i.dueOn, i.daysLeft])).toEqual([[overdue.id, 'decision', '2026-11-17', -6]])
    expect(board.overdue[0]!.basis).toContain('法律援助法')
    expect(board.dueToday.map((i) => i.caseId).sort()).toEqual([today.id, notice.id].sort())
    expect(board.dueToday.find((i) => i.caseId === notice.id)!.label).toBe('指派法律援助人员')
    expect(board.dueThisWeek.map((i) => [i.caseId, i.dueOn, i.daysLeft])).toEqual([[week.id, '2026-11-27', 4]])
    expect(board.byResponsible).toEqual([
      { responsible: '受理员乙', overdue: 0, today: 1, thisWeek: 1 },
      { responsible: '受理员甲', overdue: 1, today: 1, thisWeek: 0 },
    ].sort((a, b) => a.responsible.localeCompare(b.responsible)))
    expect(board.pendingBacklog).toBe(0)

    const mine = value(await call(s, 'deadlines:board', { responsible: '受理员甲' }))
    expect(mine.counts).toEqual({ overdue: 1, today: 1, thisWeek: 0, paused: 0 })
    expect(mine.byResponsible).toEqual([])

    // Deciding the overdue case takes it off the board.
    const evidence = { basis: 'certificates' as const, certificates: ['low-income-allowance'] }
    value(await transition(s, { caseId: overdue.id, action: 'start-review' }))
    value(await call(s, 'review:save', { caseId: overdue.id, evidence, opinion: 'grant', opinionText: '持低保证，免予核查' }))
    value(await transition(s, { caseId: overdue.id, action: 'decide-grant' }, { ...CLERK_A, roles: ['director'] }))
    const after = value(await call(s, 'deadlines:board', {}))
    expect(after.overdue.map((i) => i.caseId)).not.toContain(overdue.id)
    // …and puts its assignment on it: 3 days from today.
    expect(after.dueThisWeek.find((i) => i.caseId === overdue.id)!.dueOn).toBe('2026-11-26')
  })
})

describe('lawyer roster and Excel', () => {
  async function roster(): Promise<LawyerDto[]> {
    return value(await call(s, 'lawyer:list', { pageSize: 500 })).rows
  }
  const comparable = (l: LawyerDto) => ({ ...l, id: undefined, firmId: undefined, lastAssignedAtMs: undefined })

  it('refuses incomplete or duplicate entries with Chinese messages', async () => {
    const bad = error(await call(s, 'lawyer:save', { name: '无证', kind: 'lawyer', maxOpenCases: 5 }))
    expect(bad.code).toBe('VALIDATION')
    expect((bad.details!.issues as { message: string }[]).map((i) => i.message)).toEqual(expect.arrayContaining(['律师须填写执业证号', '律师须选择执业机构']))
    const firm = await addFirm(s)
    await addLawyer(s, { name: '甲', kind: 'lawyer', firmId: firm, licenceNo: 'L1', practiceStart: '2020-01-01' })
    const dup = error(await call(s, 'lawyer:save', { name: '乙', kind: 'lawyer', firmId: firm, licenceNo: 'L1', practiceStart: '2020-01-01', maxOpenCases: 3 }))
    expect(dup.code).toBe('CONFLICT')
    expect(dup.message).toContain('已登记')
    expect(error(await call(s, 'firm:save', { name: '内蒙古某律师事务所 ', kind: 'law-firm' })).code).toBe('CONFLICT')
    const audits = rows(s, "SELECT action FROM audit_log WHERE entity IN ('lawyer', 'firm') ORDER BY seq").map((r) => r.action)
    expect(audits).toEqual(['firm.create', 'lawyer.create'])
  })

  it('exports with Chinese headers and imports the same file back (round trip)', async () => {
    const firm = await addFirm(s)
    await addLawyer(s, { name: '乌兰', kind: 'lawyer', firmId: firm, licenceNo: '11501201210001', practiceStart: '2012-07-01', specialties: ['criminal', 'labour-relation-or-pay'], languages: ['zh', 'mn'], minorsSuited: true, phone: '13800001111', note: '擅长刑事辩护' })
    await addLawyer(s, { name: '志愿者丁', kind: 'volunteer', specialties: ['civil'], maxOpenCases: 2, active: false })
    const before = await roster()
    const file = join(s.dir, '名册.xlsx')
    const out = value(await call(s, 'lawyer:export-excel', { filePath: file }))
    expect(out.rows).toBe(2)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const ws = wb.getWorksheet(SHEET_NAME)!
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...SHEET_COLUMNS])

    // Same store: every row matches an existing person and is updated in place.
    const again = value(await call(s, 'lawyer:import-excel', { filePath: file }))
    expect(again).toEqual({ rows: 2, created: 0, updated: 2, firmsCreated: 0 })
    expect((await roster()).map(comparable)).toEqual(before.map(comparable))

    // A fresh store: firms and people are created, with the same values.
    const other = await makeTestServices()
    try {
      const imported = value((await other.dispatch('lawyer:import-excel', { contentBase64: out.contentBase64 }, CLERK_A)) as never) as LawyerImportResult
      expect(imported).toEqual({ rows: 2, created: 2, updated: 0, firmsCreated: 1 })
      const there = value((await other.dispatch('lawyer:list', { pageSize: 500 }, CLERK_A)) as never) as Page<LawyerDto>
      expect(there.rows.map(comparable)).toEqual(before.map(comparable))
    } finally {
      await other.dispose()
    }
  })

  it('reports a bad row in Chinese and imports nothing', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet(SHEET_NAME)
    ws.addRow([...SHEET_COLUMNS])
    ws.addRow(['好人', '律师', '某所', '律师事务所', 'OK001', '2015-01-01', 'criminal', '汉语', 8, '否', '在册', '', ''])
    ws.addRow(['坏人', '律师助理', '某所', '律师事务所', 'BAD01', '2015-13-01', 'criminal', '火星语', '十', '也许', '在册', '', ''])
    const file = join(s.dir, 'bad.xlsx')
    await wb.xlsx.writeFile(file)
    const before = rows(s, 'SELECT count(*) AS n FROM lawyer')[0].n
    const r = error(await call(s, 'lawyer:import-excel', { filePath: file }))
    expect(r.code).toBe('VALIDATION')
    expect(r.message).toContain('未导入任何数据')
    const issues = r.details!.rowErrors as { row: number; column: string; message: string }[]
    expect(issues.every((i) => i.row === 3)).toBe(true)
    expect(issues.map((i) => i.column).sort()).toEqual(['人员类别', '执业起始日期', '最大在办案件数', '适合办理未成年人案件', '语言'].sort())
    expect(issues.find((i) => i.column === '人员类别')!.message).toBe('第3行「人员类别」：「律师助理」不是有效的人员类别，应为：律师、基层法律服务工作者、法律援助机构律师、法律援助志愿者')
    expect(rows(s, 'SELECT count(*) AS n FROM lawyer')[0].n).toBe(before)
    expect(rows(s, 'SELECT count(*) AS n FROM firm')[0].n).toBe(0)
  })

  it('parses a sheet row: labels to codes, lists split on 、', () => {
    const r = parseSheetRow(2, { 姓名: '其其格', 人员类别: '律师', 执业机构: '某所', 执业证号: 'X1', 执业起始日期: '2019-05-01', 专长: 'criminal、civil', 语言: '汉语、蒙古', 最大在办案件数: '6', 适合办理未成年人案件: '是', 状态: '在册' })
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.lawyer).toMatchObject({ kind: 'lawyer', specialties: ['criminal', 'civil'], languages: ['zh', 'mn'], maxOpenCases: 6, minorsSuited: true, active: true })
  })
})
