import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { DeadlineBoard, DeadlineBoardItem } from '../../../../shared/deadlines/dto'
import { AppError } from '../../../../shared/ipc/result'
import { DeadlinesBoard, type DeadlinesBoardProps } from '../../../../renderer/src/features/deadlines/components/deadlines-board'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp } from '../../../kit/render'

// Monday 2026-03-09 (Beijing); the week ends on Sunday 2026-03-15.
const TODAY = '2026-03-09'
const WEEK_END = '2026-03-15'

const DECISION_BASIS = '《法律援助法》第四十三条：收到申请之日起七日内作出是否给予法律援助的决定；等待补充材料期间 3 日不计入'
const ASSIGN_BASIS = '《法律援助法》第四十四条：决定给予法律援助之日起三日内指派'
const CLOSING_BASIS = '《办理法律援助案件程序规定》：办结后三十日内提交结案材料'

const item = (over: Partial<DeadlineBoardItem> & Pick<DeadlineBoardItem, 'caseId' | 'caseNumber' | 'applicantName' | 'dueOn' | 'daysLeft'>): DeadlineBoardItem => ({
  caseStatus: 'reviewing',
  caseStatusLabel: '审查中',
  channel: 'application',
  kind: 'decision',
  label: '作出给予/不予法律援助决定',
  basis: DECISION_BASIS,
  responsible: '张丽',
  startsFrom: '2026-02-25',
  pausedDays: 0,
  ...over,
})

const OVERDUE_ZHANG = item({ caseId: 'c-3', caseNumber: '2026-0003', applicantName: '王五', dueOn: '2026-03-05', daysLeft: -4, pausedDays: 3 })
const OVERDUE_LI = item({
  caseId: 'c-8',
  caseNumber: '2026-0008',
  applicantName: '赵六',
  dueOn: '2026-03-08',
  daysLeft: -1,
  kind: 'assignment',
  label: '指派法律援助人员',
  basis: ASSIGN_BASIS,
  caseStatus: 'granted',
  caseStatusLabel: '已决定给予',
  responsible: '李强',
})
const TODAY_ZHANG = item({ caseId: 'c-11', caseNumber: '2026-0011', applicantName: '孙八', dueOn: TODAY, daysLeft: 0 })
const WEEK_LI = item({
  caseId: 'c-12',
  caseNumber: '2026-0012',
  applicantName: '周九',
  dueOn: '2026-03-13',
  daysLeft: 4,
  kind: 'closing-materials',
  label: '提交结案材料',
  basis: CLOSING_BASIS,
  caseStatus: 'concluded',
  caseStatusLabel: '已办结',
  responsible: '李强',
})

const CENTER: DeadlineBoard = {
  today: TODAY,
  weekEnd: WEEK_END,
  responsible: null,
  counts: { overdue: 2, today: 1, thisWeek: 1, paused: 2 },
  byResponsible: [
    { responsible: '张丽', overdue: 1, today: 1, thisWeek: 0 },
    { responsible: '李强', overdue: 1, today: 0, thisWeek: 1 },
  ],
  overdue: [OVERDUE_ZHANG, OVERDUE_LI],
  dueToday: [TODAY_ZHANG],
  dueThisWeek: [WEEK_LI],
  pendingBacklog: 0,
  tookMs: 12,
}

const MINE: DeadlineBoard = {
  ...CENTER,
  responsible: '张丽',
  counts: { overdue: 1, today: 1, thisWeek: 0, paused: 1 },
  byResponsible: [{ responsible: '张丽', overdue: 1, today: 1, thisWeek: 0 }],
  overdue: [OVERDUE_ZHANG],
  dueToday: [TODAY_ZHANG],
  dueThisWeek: [],
}

/** The board answered per clerk, as the main process would: the whole center when no clerk is named. */
const byScope = (input: { responsible?: string | undefined }): DeadlineBoard => (input.responsible === '张丽' ? MINE : CENTER)

function setup(handlers: FakeHandlers = {}, props: DeadlinesBoardProps = {}) {
  const { api, user } = renderWithApp(<DeadlinesBoard {...props} />, { api: { 'deadlines:board': byScope, ...handlers } })
  return { api, user }
}

/** The section (heading + its table or empty note) under a heading of the board. */
function section(title: '已逾期' | '今日到期' | '本周内到期'): HTMLElement {
  const heading = screen.getAllByRole('heading', { level: 5 }).find((h) => h.textContent === title)
  const body = heading?.nextElementSibling
  if (!(body instanceof HTMLElement)) throw new Error(`no section ${title}`)
  return body
}

function rowOf(container: HTMLElement, caseNumber: string): HTMLElement {
  const row = within(container).getByText(caseNumber).closest('tr')
  if (!row) throw new Error(`no row for ${caseNumber}`)
  return row as HTMLElement
}

function statistic(title: string): string {
  const el = screen.getByText(title, { selector: '.ant-statistic-title' }).closest('.ant-statistic')
  return el?.querySelector('.ant-statistic-content-value')?.textContent ?? ''
}

describe('期限看板', { timeout: 15_000 }, () => {
  it('shows the week, the counts, and every overdue / today / this-week item with days overdue or left', async () => {
    const { api } = setup()
    expect(await screen.findByText(`期限看板（${TODAY}，本周至 ${WEEK_END}）`)).toBeTruthy()
    expect(api.callsTo('deadlines:board')).toEqual([{ listLimit: 100 }])

    expect(statistic('已逾期')).toBe('2')
    expect(statistic('今日到期')).toBe('1')
    expect(statistic('本周内到期')).toBe('1')
    expect(statistic('期限暂停')).toBe('2')

    const overdue = section('已逾期')
    const wang = rowOf(overdue, '2026-0003')
    expect(within(wang).getByText('2026-03-05（逾期4日）')).toBeTruthy()
    expect(within(wang).getByText('王五')).toBeTruthy()
    expect(within(wang).getByText('已逾期 4 日')).toBeTruthy()
    expect(within(wang).getByText('已扣除补充材料 3 日')).toBeTruthy()
    expect(within(wang).getByText('审查中')).toBeTruthy()
    expect(within(wang).getByText('张丽')).toBeTruthy()
    // Overdue rows are tinted red so they stand out.
    expect(wang.style.background).not.toBe('')
    const zhao = rowOf(overdue, '2026-0008')
    expect(within(zhao).getByText('2026-03-08（逾期1日）')).toBeTruthy()
    expect(within(zhao).getByText('已逾期 1 日')).toBeTruthy()
    expect(within(zhao).getByText(/指派法律援助人员/)).toBeTruthy()
    expect(within(zhao).queryByText(/已扣除补充材料/)).toBeNull()
    expect(within(zhao).getByText('李强')).toBeTruthy()

    const today = section('今日到期')
    const sun = rowOf(today, '2026-0011')
    expect(within(sun).getByText(TODAY)).toBeTruthy()
    expect(within(sun).getByText('今日到期')).toBeTruthy()
    expect(sun.style.background).toBe('')
    expect(within(today).queryByText('2026-0003')).toBeNull()

    const week = section('本周内到期')
    const zhou = rowOf(week, '2026-0012')
    expect(within(zhou).getByText('还有 4 日')).toBeTruthy()
    expect(within(zhou).getByText('已办结')).toBeTruthy()
    expect(within(zhou).getByText(/提交结案材料/)).toBeTruthy()
  })

  it('shows the legal basis of a deadline when the clerk points at it', async () => {
    const { user } = setup()
    await screen.findByText('2026-0003')
    const wang = rowOf(section('已逾期'), '2026-0003')
    expect(screen.queryByText(/^依据：/)).toBeNull()
    await user.hover(within(wang).getByText('已逾期 4 日'))
    expect(await screen.findByText(`依据：${DECISION_BASIS}`)).toBeTruthy()

    const zhou = rowOf(section('本周内到期'), '2026-0012')
    await user.hover(within(zhou).getByText('还有 4 日'))
    expect(await screen.findByText(`依据：${CLOSING_BASIS}`)).toBeTruthy()
  })

  it('counts per clerk, with each clerk’s overdue count in red when above zero', async () => {
    setup()
    const heading = await screen.findByRole('heading', { name: '各受理员', level: 5 })
    const table = heading.nextElementSibling as HTMLElement
    const zhang = within(table).getByText('张丽').closest('tr') as HTMLElement
    const li = within(table).getByText('李强').closest('tr') as HTMLElement
    expect([...zhang.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['张丽', '1', '1', '0'])
    expect([...li.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['李强', '1', '0', '1'])
    expect((within(zhang).getAllByText('1')[0] as HTMLElement).style.color).not.toBe('')
  })

  it('a clerk’s board starts on 我的 and switches to the whole center and back', async () => {
    const { api, user } = setup({}, { responsible: '张丽' })
    await screen.findByText('2026-0003')
    expect(api.callsTo('deadlines:board')).toEqual([{ responsible: '张丽', listLimit: 100 }])
    expect(screen.queryByText('2026-0008')).toBeNull()
    expect(within(section('本周内到期')).getByText('没有事项')).toBeTruthy()
    expect(statistic('已逾期')).toBe('1')

    await user.click(screen.getByText('全中心'))
    expect(await screen.findByText('2026-0008')).toBeTruthy()
    expect(api.callsTo('deadlines:board')).toEqual([{ responsible: '张丽', listLimit: 100 }, { listLimit: 100 }])
    expect(statistic('已逾期')).toBe('2')
    expect(rowOf(section('本周内到期'), '2026-0012')).toBeTruthy()

    await user.click(screen.getByText('我的'))
    await waitFor(() => expect(screen.queryByText('2026-0008')).toBeNull())
    expect(statistic('已逾期')).toBe('1')
  })

  it('a director’s board opens on the whole center and can switch to their own', async () => {
    const { api, user } = setup({}, { responsible: '王主任', initialScope: 'center' })
    expect(await screen.findByText('2026-0008')).toBeTruthy()
    expect(api.callsTo('deadlines:board')).toEqual([{ listLimit: 100 }])
    await user.click(screen.getByText('我的'))
    await waitFor(() => expect(api.callsTo('deadlines:board')).toEqual([{ listLimit: 100 }, { responsible: '王主任', listLimit: 100 }]))
  })

  it('without a clerk’s name there is no 我的/全中心 switch', async () => {
    setup()
    await screen.findByText('2026-0003')
    expect(screen.queryByText('我的')).toBeNull()
    expect(screen.queryByText('全中心')).toBeNull()
  })

  it('tells the clerk when some cases’ deadlines are still being calculated', async () => {
    setup({ 'deadlines:board': () => ({ ...CENTER, pendingBacklog: 37 }) })
    expect(await screen.findByText('还有 37 件案件的期限正在计算，稍后刷新即可看到')).toBeTruthy()
  })

  it('no backlog notice when every deadline is planned', async () => {
    setup()
    await screen.findByText('2026-0003')
    expect(screen.queryByText(/期限正在计算/)).toBeNull()
    expect(document.querySelector('.ant-alert')).toBeNull()
  })

  it('clicking a row opens that case', async () => {
    const onOpenCase = vi.fn()
    const { user } = setup({}, { onOpenCase })
    await screen.findByText('2026-0011')
    await user.click(within(rowOf(section('今日到期'), '2026-0011')).getByText('孙八'))
    expect(onOpenCase).toHaveBeenCalledWith('c-11')
    await user.click(within(rowOf(section('已逾期'), '2026-0008')).getByText('赵六'))
    expect(onOpenCase.mock.calls).toEqual([['c-11'], ['c-8']])
  })

  it('an empty board says 没有事项 in each section and shows no per-clerk table', async () => {
    setup({
      'deadlines:board': () => ({ ...CENTER, counts: { overdue: 0, today: 0, thisWeek: 0, paused: 0 }, byResponsible: [], overdue: [], dueToday: [], dueThisWeek: [] }),
    })
    await screen.findByText(/期限看板/)
    expect(within(section('已逾期')).getByText('没有事项')).toBeTruthy()
    expect(within(section('今日到期')).getByText('没有事项')).toBeTruthy()
    expect(within(section('本周内到期')).getByText('没有事项')).toBeTruthy()
    expect(statistic('已逾期')).toBe('0')
    expect(screen.queryByText('各受理员')).toBeNull()
  })

  it('a refused load shows the Chinese reason, and 重试 asks again', async () => {
    let fail = true
    const { api, user } = setup({
      'deadlines:board': (input) => {
        if (fail) throw new AppError('INTERNAL', '内部错误，操作未完成，数据未被修改。请重试；如仍失败，请联系管理员并提供日志。')
        return byScope(input)
      },
    })
    expect(await screen.findByText('期限看板加载失败')).toBeTruthy()
    expect(screen.getByText(/内部错误，操作未完成/)).toBeTruthy()
    expect(screen.queryByText('2026-0003')).toBeNull()

    fail = false
    await user.click(screen.getByRole('button', { name: /重\s*试/ }))
    expect(await screen.findByText('2026-0003')).toBeTruthy()
    expect(api.callsTo('deadlines:board')).toHaveLength(2)
  })
})
