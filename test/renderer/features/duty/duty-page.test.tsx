import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LocalDate } from '../../../../shared/domain/dates'
import type { UserDto } from '../../../../shared/auth/dto'
import type { DutyPostDto, DutyShiftDto, DutyStatementDto } from '../../../../shared/duty/dto'
import type { LawyerDto } from '../../../../shared/lawyers/dto'
import { AppError } from '../../../../shared/ipc/result'
import { DutyPage } from '../../../../renderer/src/features/duty/components/duty-page'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp, type User } from '../../../kit/render'
import { CLERK, FINANCE, byId, cells, freezeToday, pick, rowOf, toast } from '../subsidy/subsidy-fixtures'

const POSTS: DutyPostDto[] = [
  { id: 'p-1', name: '新城区人民法院值班室', kind: 'court', kindLabel: '人民法院', address: '新城区北垣东街1号', active: true },
  { id: 'p-2', name: '呼和浩特市第一看守所值班室', kind: 'detention-center', kindLabel: '看守所', address: null, active: false },
  { id: 'p-3', name: '赛罕区公共法律服务中心', kind: 'legal-service-hall', kindLabel: '公共法律服务中心（厅）', address: '赛罕区大学东街', active: true },
]

const lawyer = (id: string, name: string, firmName: string): LawyerDto => ({
  id,
  name,
  kind: 'practicing',
  kindLabel: '执业律师',
  firmId: `f-${id}`,
  firmName,
  licenceNo: null,
  practiceStart: null,
  specialties: [],
  languages: [],
  maxOpenCases: 10,
  openCases: 2,
  minorsSuited: false,
  active: true,
  phone: null,
  knownParties: [],
  note: null,
  lastAssignedAtMs: null,
})
const LAWYERS = [lawyer('l-2', '赵强', '内蒙古法泰律师事务所'), lawyer('l-4', '钱芳', '内蒙古正和律师事务所')]

const SERVED: DutyShiftDto = {
  id: 's-1',
  postId: 'p-1',
  postName: '新城区人民法院值班室',
  lawyerId: 'l-2',
  lawyerName: '赵强',
  shiftDate: '2026-03-09',
  status: 'served',
  statusLabel: '已值班',
  note: '上午班，下午由钱芳接替',
  services: [
    { id: 'v-1', kind: 'consultation', kindLabel: '法律咨询', count: 5, note: '劳动争议咨询', recordedBy: '张丽' },
    { id: 'v-2', kind: 'plea-witness', kindLabel: '认罪认罚具结书签署见证', count: 2, note: null, recordedBy: '张丽' },
  ],
}
const SCHEDULED: DutyShiftDto = {
  id: 's-2',
  postId: 'p-3',
  postName: '赛罕区公共法律服务中心',
  lawyerId: 'l-4',
  lawyerName: '钱芳',
  shiftDate: '2026-03-10',
  status: 'scheduled',
  statusLabel: '已排班',
  note: null,
  services: [],
}

// February 2026 on the holiday calendar: 16 working days, 春节 holidays 15—23 Feb (9 days), make-up Saturdays 14 and 28 Feb.
const day = (date: string, kind: 'workday' | 'holiday' | 'makeup-workday', counted: boolean) => ({
  date: date as LocalDate,
  kind,
  holidayName: kind === 'workday' ? null : '春节',
  counted,
})
const statement = (over: Partial<DutyStatementDto> & Pick<DutyStatementDto, 'lawyerId' | 'lawyerName'>): DutyStatementDto => ({
  period: '2026-02',
  firmName: '内蒙古法泰律师事务所',
  calendarWorkingDays: 16,
  calendarHolidays: 9,
  makeupWorkdays: 2,
  servedDays: [day('2026-02-02', 'workday', true), day('2026-02-09', 'workday', true), day('2026-02-14', 'makeup-workday', true), day('2026-02-16', 'holiday', false), day('2026-02-24', 'workday', true)],
  countedDays: 4,
  restDaysServed: 1,
  services: [
    { kind: 'consultation', kindLabel: '法律咨询', count: 12 },
    { kind: 'procedure-advice', kindLabel: '程序选择建议', count: 3 },
  ],
  amount: { unitFen: 20000, totalFen: 80000, steps: ['20000 分/工作日 × 4 个工作日 = 80000 分'], warnings: [] },
  amountError: null,
  claimId: null,
  claimStatus: null,
  ...over,
})
const ZHAO = statement({ lawyerId: 'l-2', lawyerName: '赵强' })
const QIAN = statement({
  lawyerId: 'l-4',
  lawyerName: '钱芳',
  firmName: '内蒙古正和律师事务所',
  servedDays: [day('2026-02-16', 'holiday', false)],
  countedDays: 0,
  restDaysServed: 1,
  services: [],
  amount: null,
  amountError: { code: 'VALIDATION', message: '2026-02 没有在工作日值班的记录（已值班 1 天，其中休息日 1 天不计）' },
})
const SUN = statement({ lawyerId: 'l-5', lawyerName: '孙红', firmName: '内蒙古明德律师事务所', amount: { unitFen: 20000, totalFen: 123456, steps: [], warnings: [] }, claimId: 'claim-s', claimStatus: 'paid' })
const LI = statement({ lawyerId: 'l-1', lawyerName: '李明', firmName: '内蒙古正和律师事务所', claimId: 'claim-l', claimStatus: 'computed' })

function setup(who: UserDto, handlers: FakeHandlers = {}) {
  const db = { posts: POSTS, shifts: [SERVED, SCHEDULED], statements: [LI, SUN, ZHAO, QIAN] }
  const { api, user } = renderWithApp(<DutyPage />, {
    api: {
      'duty:posts': () => db.posts,
      'duty:roster': (input) => db.shifts.filter((s) => s.shiftDate >= input.from && s.shiftDate <= input.to),
      'lawyer:list': () => ({ rows: LAWYERS, total: LAWYERS.length, page: 1, pageSize: 500, tookMs: 3 }),
      'duty:statement': (input) => (input.period === '2026-02' ? db.statements : []),
      ...handlers,
    },
    signedIn: who,
  })
  return { api, user, db }
}

const expand = async (user: User, row: HTMLElement) => {
  await user.click(row.querySelector('.ant-table-row-expand-icon') as HTMLElement)
  return row.nextElementSibling as HTMLElement
}
const statusSelect = (row: HTMLElement) => row.querySelector('.ant-select') as HTMLElement
const tab = async (user: User, name: string) => user.click(screen.getByRole('tab', { name }))
/** The tab shown (antd keeps tabs once opened, hidden). */
const pane = () =>
  waitFor(() => {
    const p = document.querySelector<HTMLElement>('[role="tabpanel"][aria-hidden="false"]')
    if (!p) throw new Error('no tab shown')
    return p
  })
const row = async (text: string) => rowOf(text, await pane())
// antd spaces out a two-character Chinese button label (停 用).
const label2 = (text: string) => new RegExp(`^${text[0]}\\s?${text[1]}$`)

beforeEach(freezeToday)
afterEach(() => {
  vi.useRealTimers()
})

describe('值班律师：排班与服务', { timeout: 30_000 }, () => {
  it('shows this week’s shifts with post, lawyer, status in Chinese and the number of services; 上一周/下一周 move by 7 days', async () => {
    const { api, user } = setup(CLERK)
    const served = await row('2026-03-09')
    expect(cells(served).slice(1)).toEqual(['2026-03-09', '新城区人民法院值班室', '赵强', '已值班', '7'])
    expect(cells(await row('2026-03-10')).slice(1)).toEqual(['2026-03-10', '赛罕区公共法律服务中心', '钱芳', '已排班', '0'])
    expect(api.callsTo('duty:roster')).toEqual([{ from: '2026-03-09', to: '2026-03-15' }])

    await user.click(screen.getByRole('button', { name: '下一周' }))
    await waitFor(() => expect(api.callsTo('duty:roster').at(-1)).toEqual({ from: '2026-03-16', to: '2026-03-22' }))
    await waitFor(() => expect(screen.queryByText('赵强')).toBeNull())
    await user.click(screen.getByRole('button', { name: '上一周' }))
    await user.click(screen.getByRole('button', { name: '上一周' }))
    await waitFor(() => expect(api.callsTo('duty:roster').at(-1)).toEqual({ from: '2026-03-02', to: '2026-03-08' }))
  })

  it('a served shift lists its services and takes a new one: kind, count and note are sent', async () => {
    const { api, user, db } = setup(CLERK, {
      'duty:service-add': (input) => {
        const s = { ...SERVED, services: [...SERVED.services, { id: 'v-3', kind: input.kind, kindLabel: '程序选择建议', count: input.count, note: input.note ?? null, recordedBy: '张丽' }] }
        db.shifts = [s, SCHEDULED]
        return s
      },
    })
    const detail = await expand(user, await row('2026-03-09'))
    expect(within(detail).getByText('法律咨询 5 次：劳动争议咨询')).toBeTruthy()
    expect(within(detail).getByText('认罪认罚具结书签署见证 2 次')).toBeTruthy()

    await pick(user, await byId('kind'), '程序选择建议')
    const count = within(detail).getByRole('spinbutton') as HTMLInputElement
    expect(count.value).toBe('1')
    await user.clear(count)
    await user.type(count, '3')
    await user.type(within(detail).getByPlaceholderText('服务情况'), '建议适用速裁程序')
    await user.click(within(detail).getByRole('button', { name: '登记服务' }))
    await waitFor(() => expect(api.callsTo('duty:service-add')).toEqual([{ shiftId: 's-1', kind: 'procedure-advice', count: 3, note: '建议适用速裁程序' }]))
    expect(await screen.findByText('程序选择建议 3 次：建议适用速裁程序')).toBeTruthy()
    await waitFor(() => expect(cells(screen.getByText('新城区人民法院值班室').closest('tr') as HTMLElement)[5]).toBe('10'))
  })

  it('a shift not yet served takes no services', async () => {
    const { user } = setup(CLERK)
    const detail = await expand(user, await row('2026-03-10'))
    expect(within(detail).queryByRole('button', { name: '登记服务' })).toBeNull()
  })

  it('changing a shift’s status sends the whole shift with the new status and keeps its note', async () => {
    const { api, user } = setup(CLERK, { 'duty:shift-save': () => ({ ...SERVED, status: 'absent', statusLabel: '缺勤' }) })
    const served = await row('2026-03-09')
    await pick(user, statusSelect(served), '缺勤')
    await waitFor(() =>
      expect(api.callsTo('duty:shift-save')).toEqual([{ id: 's-1', postId: 'p-1', lawyerId: 'l-2', shiftDate: '2026-03-09', status: 'absent', note: '上午班，下午由钱芳接替' }]),
    )
  })

  it('a shift without a note is sent without one; a refused change says why', async () => {
    const { api, user } = setup(CLERK, {
      'duty:shift-save': () => {
        throw new AppError('VALIDATION', '已值班或缺勤的日期不能晚于今天（2026-03-09）', { issues: [{ path: ['shiftDate'], message: '已值班或缺勤的日期不能晚于今天（2026-03-09）' }] })
      },
    })
    await pick(user, statusSelect(await row('2026-03-10')), '已值班')
    expect(await toast('已值班或缺勤的日期不能晚于今天（2026-03-09）')).toBeTruthy()
    expect(api.callsTo('duty:shift-save')).toEqual([{ id: 's-2', postId: 'p-3', lawyerId: 'l-4', shiftDate: '2026-03-10', status: 'served' }])
  })

  it('排班 needs a post and a lawyer; only active posts are offered; the chosen date is sent', async () => {
    const { api, user, db } = setup(CLERK, {
      'duty:shift-save': (input) => {
        const s: DutyShiftDto = { ...SCHEDULED, id: 's-3', postId: input.postId, postName: '新城区人民法院值班室', lawyerId: input.lawyerId, lawyerName: '赵强', shiftDate: input.shiftDate }
        db.shifts = [...db.shifts, s]
        return s
      },
    })
    await row('2026-03-09')
    await user.click(screen.getByRole('button', { name: label2('排班') }))
    expect(await screen.findByText('请选择岗位')).toBeTruthy()
    expect(screen.getByText('请选择律师')).toBeTruthy()
    expect(api.callsTo('duty:shift-save')).toEqual([])

    await pick(user, await byId('postId'), '新城区人民法院值班室')
    const offered = [...document.querySelectorAll('#postId_list [role="option"]')].map((o) => o.getAttribute('aria-label'))
    expect(offered).toEqual(['新城区人民法院值班室', '赛罕区公共法律服务中心'])
    await pick(user, await byId('lawyerId'), '赵强')
    const date = (await byId<HTMLInputElement>('shiftDate'))
    expect(date.value).toBe('2026-03-09')
    fireEvent.change(date, { target: { value: '2026-03-12' } })
    await user.click(screen.getByRole('button', { name: label2('排班') }))
    await waitFor(() => expect(api.callsTo('duty:shift-save')).toEqual([{ postId: 'p-1', lawyerId: 'l-2', shiftDate: '2026-03-12', status: 'scheduled' }]))
    expect(cells(await row('2026-03-12')).slice(1, 4)).toEqual(['2026-03-12', '新城区人民法院值班室', '赵强'])
    expect(api.callsTo('lawyer:list')).toEqual([{ page: 1, pageSize: 500, activeOnly: true }])
  })

  it('a lawyer already on duty that day is refused with the post named', async () => {
    const { user } = setup(CLERK, {
      'duty:shift-save': () => {
        throw new AppError('CONFLICT', '赵强 2026-03-09 已排在「新城区人民法院值班室」值班，同一天只能在一个岗位值班', { issues: [{ path: ['shiftDate'], message: '当天已有排班' }] })
      },
    })
    await row('2026-03-09')
    await pick(user, await byId('postId'), '赛罕区公共法律服务中心')
    await pick(user, await byId('lawyerId'), '赵强')
    await user.click(screen.getByRole('button', { name: label2('排班') }))
    expect(await toast('赵强 2026-03-09 已排在「新城区人民法院值班室」值班，同一天只能在一个岗位值班')).toBeTruthy()
  })
})

describe('值班律师：按角色显示的操作', { timeout: 30_000 }, () => {
  it('finance sees each shift’s status in a disabled select, its services, and no 排班 or 登记服务', async () => {
    const { user } = setup(FINANCE)
    const served = await row('2026-03-09')
    expect(cells(served).slice(1)).toEqual(['2026-03-09', '新城区人民法院值班室', '赵强', '已值班', '7'])
    expect(statusSelect(served).className).toContain('ant-select-disabled')
    expect(screen.queryByRole('button', { name: label2('排班') })).toBeNull()
    const detail = await expand(user, served)
    expect(within(detail).getByText('法律咨询 5 次：劳动争议咨询')).toBeTruthy()
    expect(within(detail).queryByRole('button', { name: '登记服务' })).toBeNull()
  })

  it('a clerk gets the status select enabled and 排班', async () => {
    setup(CLERK)
    const served = await row('2026-03-09')
    expect(statusSelect(served).className).not.toContain('ant-select-disabled')
    expect(screen.getByRole('button', { name: label2('排班') })).toBeTruthy()
  })
})

describe('值班律师：月度统计', { timeout: 30_000 }, () => {
  it('last month by default: the calendar’s working days, each lawyer’s counted days, services, amount in yuan and status in Chinese', async () => {
    const { api, user } = setup(CLERK)
    await tab(user, '月度统计')
    expect(await screen.findByText('2026-02 共 16 个工作日（法定节假日 9 天，调休上班 2 天）。休息日值班单独列出，不计入按工作日计发的补贴。')).toBeTruthy()
    expect(api.callsTo('duty:statement')).toEqual([{ period: '2026-02' }])

    expect(cells(await row('赵强')).slice(1, 8)).toEqual(['赵强', '内蒙古法泰律师事务所', '5', '4', '法律咨询12，程序选择建议3', '¥800.00', '未保存'])
    expect(cells(await row('孙红')).slice(6, 8)).toEqual(['¥1,234.56', '已发放'])
    expect(cells(await row('李明'))[7]).toBe('已核算，待负责人审批')
    const qian = await row('钱芳')
    expect(cells(qian).slice(3, 8)).toEqual(['1', '0', '', '2026-02 没有在工作日值班的记录（已值班 1 天，其中休息日 1 天不计）', '未保存'])
    expect(within(qian).queryByRole('button', { name: '保存统计' })).toBeNull()
    expect(within(await row('孙红')).queryByRole('button', { name: '保存统计' })).toBeNull()
    expect(within(await row('李明')).getByRole('button', { name: '保存统计' })).toBeTruthy()
  })

  it('expanding a lawyer lists the days served, marking holidays and rest days that do not count', async () => {
    const { user } = setup(CLERK)
    await tab(user, '月度统计')
    const detail = await expand(user, await row('赵强'))
    expect(detail.textContent).toBe('2026-02-02、2026-02-09、2026-02-14（春节）、2026-02-16（春节）（休息日，不计）、2026-02-24')
  })

  it('保存统计 stores the statement for the director’s approval', async () => {
    const { api, user, db } = setup(FINANCE, {
      'duty:statement-save': (input) => {
        const saved = { ...ZHAO, claimId: 'claim-z', claimStatus: 'computed' }
        db.statements = db.statements.map((s) => (s.lawyerId === input.lawyerId ? saved : s))
        return saved
      },
    })
    await tab(user, '月度统计')
    await user.click(within(await row('赵强')).getByRole('button', { name: '保存统计' }))
    expect(await toast('已保存，待负责人审批')).toBeTruthy()
    expect(api.callsTo('duty:statement-save')).toEqual([{ period: '2026-02', lawyerId: 'l-2' }])
    await waitFor(async () => expect(cells(await row('赵强'))[7]).toBe('已核算，待负责人审批'))
  })

  it('a statement already in a batch cannot be saved again: the reason is shown', async () => {
    const { user } = setup(CLERK, {
      'duty:statement-save': () => {
        throw new AppError('CONFLICT', '该月值班补贴已列入发放批次，不能重新统计；请在发放后办理更正')
      },
    })
    await tab(user, '月度统计')
    await user.click(within(await row('李明')).getByRole('button', { name: '保存统计' }))
    expect(await toast('该月值班补贴已列入发放批次，不能重新统计；请在发放后办理更正')).toBeTruthy()
  })

  it('another month asks for that month; a month the calendar does not cover says so', async () => {
    const { api, user } = setup(CLERK, {
      'duty:statement': (input) => {
        if (input.period === '2027-01') throw new AppError('VALIDATION', '节假日日历没有 2027 年的数据；请升级节假日日历后再统计该月')
        return input.period === '2026-02' ? [ZHAO] : []
      },
    })
    await tab(user, '月度统计')
    await row('赵强')
    const month = document.querySelector('input[type="month"]') as HTMLInputElement
    expect(month.value).toBe('2026-02')
    fireEvent.change(month, { target: { value: '2026-01' } })
    await waitFor(() => expect(api.callsTo('duty:statement').at(-1)).toEqual({ period: '2026-01' }))
    await waitFor(async () => expect(within(await pane()).queryByText('赵强')).toBeNull())
    fireEvent.change(month, { target: { value: '2027-01' } })
    expect(await screen.findByText('节假日日历没有 2027 年的数据；请升级节假日日历后再统计该月')).toBeTruthy()
  })
})

describe('值班律师：值班岗位', { timeout: 30_000 }, () => {
  it('lists posts with kind, address and whether in use; 停用/启用 sends the post with active flipped', async () => {
    const { api, user } = setup(CLERK, { 'duty:post-save': (input) => ({ ...POSTS[0]!, ...input, id: input.id ?? 'p-9', kindLabel: '人民法院', address: input.address ?? null }) })
    await tab(user, '值班岗位')
    const court = await row('新城区人民法院值班室')
    expect(cells(court).slice(0, 4)).toEqual(['新城区人民法院值班室', '人民法院', '新城区北垣东街1号', '启用'])
    const jail = await row('呼和浩特市第一看守所值班室')
    expect(cells(jail).slice(0, 4)).toEqual(['呼和浩特市第一看守所值班室', '看守所', '', '停用'])

    await user.click(within(court).getByRole('button', { name: label2('停用') }))
    await user.click(within(jail).getByRole('button', { name: label2('启用') }))
    await waitFor(() =>
      expect(api.callsTo('duty:post-save')).toEqual([
        { id: 'p-1', name: '新城区人民法院值班室', kind: 'court', address: '新城区北垣东街1号', active: false },
        { id: 'p-2', name: '呼和浩特市第一看守所值班室', kind: 'detention-center', active: true },
      ]),
    )
  })

  it('finance sees the posts and whether in use, but gets neither 停用/启用 nor 新增岗位', async () => {
    const { api, user } = setup(FINANCE)
    await tab(user, '值班岗位')
    const court = await row('新城区人民法院值班室')
    expect(cells(court).slice(0, 4)).toEqual(['新城区人民法院值班室', '人民法院', '新城区北垣东街1号', '启用'])
    expect(within(court).queryByRole('button', { name: label2('停用') })).toBeNull()
    expect(screen.queryByRole('button', { name: '新增岗位' })).toBeNull()
    expect(screen.queryByPlaceholderText('岗位名称（如 某区人民法院值班室）')).toBeNull()
    expect(api.callsTo('duty:post-save')).toEqual([])
  })

  it('新增岗位 needs a name, sends kind and address, and clears the form', async () => {
    const { api, user, db } = setup(CLERK, {
      'duty:post-save': (input) => {
        const p: DutyPostDto = { id: 'p-9', name: input.name, kind: input.kind, kindLabel: '人民检察院', address: input.address ?? null, active: true }
        db.posts = [...db.posts, p]
        return p
      },
    })
    await tab(user, '值班岗位')
    await row('新城区人民法院值班室')
    await user.click(screen.getByRole('button', { name: '新增岗位' }))
    expect(await screen.findByText('请填写值班岗位名称')).toBeTruthy()
    expect(api.callsTo('duty:post-save')).toEqual([])

    await user.type(screen.getByPlaceholderText('岗位名称（如 某区人民法院值班室）'), '新城区人民检察院值班室')
    await pick(user, await byId('kind'), '人民检察院')
    await user.type(screen.getByPlaceholderText('地址'), '新城区中山东路')
    await user.click(screen.getByRole('button', { name: '新增岗位' }))
    await waitFor(() => expect(api.callsTo('duty:post-save')).toEqual([{ name: '新城区人民检察院值班室', kind: 'procuratorate', address: '新城区中山东路', active: true }]))
    const added = await row('新城区人民检察院值班室')
    expect(cells(added).slice(0, 4)).toEqual(['新城区人民检察院值班室', '人民检察院', '新城区中山东路', '启用'])
    expect(within(added).getByRole('button', { name: label2('停用') })).toBeTruthy()
    await waitFor(() => expect((screen.getByPlaceholderText('岗位名称（如 某区人民法院值班室）') as HTMLInputElement).value).toBe(''))
  })

  it('a duplicate post name is refused with the name', async () => {
    const { user } = setup(CLERK, {
      'duty:post-save': (input) => {
        throw new AppError('CONFLICT', `已有名为「${input.name}」的值班岗位`, { issues: [{ path: ['name'], message: '岗位名称重复' }] })
      },
    })
    await tab(user, '值班岗位')
    await row('新城区人民法院值班室')
    await user.type(screen.getByPlaceholderText('岗位名称（如 某区人民法院值班室）'), '新城区人民法院值班室')
    await user.click(screen.getByRole('button', { name: '新增岗位' }))
    expect(await toast('已有名为「新城区人民法院值班室」的值班岗位')).toBeTruthy()
  })
})
