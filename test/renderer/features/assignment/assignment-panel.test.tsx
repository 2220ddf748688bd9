import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Role } from '../../../../shared/domain/roles'
import type { Input } from '../../../../shared/ipc/contract'
import type { AssignmentDto, AssignmentResult, AssignmentSuggestions, SuggestionDto } from '../../../../shared/assignment/dto'
import { AppError } from '../../../../shared/ipc/result'
import { AssignmentPanel } from '../../../../renderer/src/features/assignment/components/assignment-panel'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp } from '../../../kit/render'

const CASE_ID = 'case-0021'

const suggestion = (s: Omit<SuggestionDto, 'kind'> & { kind?: string }): SuggestionDto => ({ kind: 'lawyer', ...s })

// A juvenile criminal defence in 蒙古语: the ranking the roster gives, and who the hard rules keep out.
const BATU = suggestion({
  rank: 1,
  lawyerId: 'lawyer-1',
  name: '巴特尔',
  firmName: '内蒙古草原律师事务所',
  score: 85,
  yearsOfPractice: 12,
  openCases: 3,
  maxOpenCases: 8,
  reasons: [
    { text: '擅长刑事辩护', points: 30 },
    { text: '通晓蒙古语', points: 25 },
    { text: '熟悉未成年人身心特点', points: 20 },
    { text: '在办案件较少', points: 10 },
  ],
})
const LIMING = suggestion({
  rank: 2,
  lawyerId: 'lawyer-2',
  name: '李明',
  firmName: '呼和浩特明德律师事务所',
  score: 62,
  yearsOfPractice: 6,
  openCases: 6,
  maxOpenCases: 8,
  reasons: [
    { text: '擅长刑事辩护', points: 30 },
    { text: '在办案件较多', points: -8 },
    { text: '近30日已指派2件', points: 0 },
  ],
})
const ZHANGHUA = suggestion({
  rank: 3,
  lawyerId: 'lawyer-3',
  name: '张华',
  kind: 'legal-aid-staff',
  firmName: null,
  score: 40,
  yearsOfPractice: null,
  openCases: 1,
  maxOpenCases: 5,
  reasons: [{ text: '熟悉未成年人身心特点', points: 20 }],
})

const SUGGESTIONS: AssignmentSuggestions = {
  caseId: CASE_ID,
  caseNumber: '2026-0021',
  status: 'granted',
  needs: {
    lawyerMinYears: 3,
    minorSpecialist: true,
    criminalDefence: true,
    language: 'mn',
    languageLabel: '蒙古语',
    basis: ['《中华人民共和国法律援助法》第二十六条'],
  },
  suggestions: [BATU, LIMING, ZHANGHUA],
  eligibleTotal: 3,
  blocked: [
    {
      lawyerId: 'lawyer-9',
      name: '王强',
      firmName: '鑫源律师事务所',
      reasons: ['执业不满3年，本案须具有3年以上刑事辩护执业经历', '曾代理对方当事人「鑫源建材有限公司」，存在利益冲突'],
    },
    { lawyerId: 'lawyer-8', name: '赵兰', firmName: null, reasons: ['在办案件已达上限（8/8）'] },
  ],
  blockedTotal: 2,
  current: null,
  history: [],
  tookMs: 12,
}

/** With the applicant's choice (点援) the roster puts that lawyer first. */
const CHOSEN_LIMING: AssignmentSuggestions = {
  ...SUGGESTIONS,
  suggestions: [
    { ...LIMING, rank: 1, score: 112, reasons: [{ text: '受援人点援', points: 50 }, ...LIMING.reasons] },
    { ...BATU, rank: 2 },
    ZHANGHUA,
  ],
}

const assignment = (over: Partial<AssignmentDto> & Pick<AssignmentDto, 'id' | 'lawyerId' | 'lawyerName'>): AssignmentDto => ({
  firmName: null,
  assignedOn: '2026-03-02',
  assignedBy: '张丽',
  assignedAtMs: Date.UTC(2026, 2, 2, 2, 0),
  suggestionRank: 1,
  overrideReason: null,
  applicantChoice: false,
  endedOn: null,
  endKind: null,
  endReason: null,
  ...over,
})

const CURRENT = assignment({ id: 'as-2', lawyerId: 'lawyer-1', lawyerName: '巴特尔', firmName: '内蒙古草原律师事务所' })
const EARLIER = assignment({
  id: 'as-1',
  lawyerId: 'lawyer-7',
  lawyerName: '孙悦',
  assignedOn: '2026-02-20',
  suggestionRank: 3,
  overrideReason: '受援人点援',
  applicantChoice: true,
  endedOn: '2026-03-02',
  endKind: 'changed',
  endReason: '承办人员因病无法继续承办',
})

/** The case already has 巴特尔: this is 更换. */
const CHANGING: AssignmentSuggestions = {
  ...SUGGESTIONS,
  status: 'assigned',
  suggestions: [
    { ...LIMING, rank: 1 },
    { ...ZHANGHUA, rank: 2 },
  ],
  eligibleTotal: 2,
  current: CURRENT,
  history: [EARLIER, CURRENT],
}

function assigned(input: Input<'assignment:assign'>): AssignmentResult {
  return {
    transition: { caseId: input.caseId, transitionId: 't-4', action: 'assign', from: 'granted', to: 'assigned', on: '2026-03-09' },
    assignment: assignment({ id: 'as-new', lawyerId: input.lawyerId, lawyerName: '—' }),
  }
}

function setup(handlers: FakeHandlers = {}, roles: Role[] = ['clerk']) {
  const onAssigned = vi.fn()
  const { api, user } = renderWithApp(<AssignmentPanel caseId={CASE_ID} onAssigned={onAssigned} />, {
    api: {
      'assignment:suggest': (input) => (input.applicantChoiceLawyerId === 'lawyer-2' ? CHOSEN_LIMING : SUGGESTIONS),
      'assignment:assign': assigned,
      ...handlers,
    },
    signedIn: { id: 'u-clerk', username: 'zhangli', displayName: '张丽', roles, active: true, mustChangePassword: false, locked: false },
  })
  return { api, user, onAssigned }
}

async function rowOf(name: string): Promise<HTMLElement> {
  const row = (await screen.findByText(name, { selector: 'td' })).closest('tr')
  if (!row) throw new Error(`no row for ${name}`)
  return row as HTMLElement
}

const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent)
const ASSIGN = /^指\s?派$/
const OK = /^确\s?认$/
const okButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: OK }) as HTMLButtonElement

/** Enter as a browser sends it: antd's option list reads `which`, which user-event leaves at 0. */
function enter(el: HTMLElement) {
  fireEvent.keyDown(el, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 })
  fireEvent.keyUp(el, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 })
}

describe('指派法律援助人员', { timeout: 20_000 }, () => {
  it('shows what the case needs, the ranking with its reasons, and who is blocked and why', async () => {
    const { api, user } = setup()
    const batu = await rowOf('巴特尔')
    expect(screen.getByText('指派法律援助人员')).toBeTruthy()
    expect(api.callsTo('assignment:suggest')).toEqual([{ caseId: CASE_ID, limit: 20 }])

    const needs = [...document.querySelectorAll('.ant-descriptions-item')].map((i) => i.textContent)
    expect(needs).toEqual(['执业年限要求3 年以上', '未成年人案件须熟悉未成年人身心特点', '刑事辩护是（须由律师担任）', '语言蒙古语'])

    expect(cells(batu).slice(0, 6)).toEqual(['1', '巴特尔', '内蒙古草原律师事务所', '12 年', '3/8', '85'])
    expect([...batu.querySelectorAll('.ant-tag')].map((t) => t.textContent)).toEqual(['擅长刑事辩护（+30）', '通晓蒙古语（+25）', '熟悉未成年人身心特点（+20）', '在办案件较少（+10）'])
    expect(within(batu).getByRole('button', { name: ASSIGN }).className).toContain('ant-btn-primary')

    const liming = await rowOf('李明')
    expect(cells(liming).slice(0, 6)).toEqual(['2', '李明', '呼和浩特明德律师事务所', '6 年', '6/8', '62'])
    const minus = within(liming).getByText('在办案件较多（-8）')
    expect(minus.className).toContain('ant-tag-red')
    expect(within(liming).getByText('近30日已指派2件').className).not.toContain('ant-tag-green')
    expect(within(liming).getByRole('button', { name: ASSIGN }).className).not.toContain('ant-btn-primary')
    expect(cells(await rowOf('张华')).slice(0, 5)).toEqual(['3', '张华', '', '—', '1/5'])

    expect(screen.getByText('共 3 人符合条件；2 人因硬性规则不能指派（不得通过说明理由越过）。')).toBeTruthy()
    // Blocked people are not in the ranking and cannot be picked there.
    expect(screen.queryByText('王强', { selector: 'td' })).toBeNull()
    await user.click(screen.getByText('不能指派的人员（2）'))
    const wang = (await screen.findByText('王强')).closest('li') as HTMLElement
    expect(wang.textContent).toBe('王强（鑫源律师事务所）：执业不满3年，本案须具有3年以上刑事辩护执业经历；曾代理对方当事人「鑫源建材有限公司」，存在利益冲突')
    expect((screen.getByText('赵兰').closest('li') as HTMLElement).textContent).toBe('赵兰（—）：在办案件已达上限（8/8）')
    expect(screen.queryByText(/指派记录/)).toBeNull()
  })

  it('the first suggestion is assigned after one confirmation, with no reason asked', async () => {
    const { api, user, onAssigned } = setup()
    await user.click(within(await rowOf('巴特尔')).getByRole('button', { name: ASSIGN }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('指派 巴特尔')).toBeTruthy()
    expect(within(dialog).getByText('确认指派首位推荐人员？')).toBeTruthy()
    expect(within(dialog).queryByRole('textbox')).toBeNull()
    await user.click(okButton(dialog))

    expect(await screen.findByText('已指派 巴特尔')).toBeTruthy()
    expect(api.callsTo('assignment:assign')).toEqual([{ caseId: CASE_ID, lawyerId: 'lawyer-1' }])
    expect(onAssigned).toHaveBeenCalledTimes(1)
    // The ranking is asked for again: the lawyer's load has changed.
    await waitFor(() => expect(api.callsTo('assignment:suggest')).toHaveLength(2))
  })

  it('choosing someone other than the first needs a written reason, which is sent trimmed', async () => {
    const { api, user, onAssigned } = setup()
    await user.click(within(await rowOf('李明')).getByRole('button', { name: ASSIGN }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('指派 李明')).toBeTruthy()
    expect(within(dialog).getByText('该人员排第 2 位，未采用首位推荐须说明理由（将记入指派记录）。')).toBeTruthy()
    expect(okButton(dialog).disabled).toBe(true)
    const reason = within(dialog).getByPlaceholderText('未采用首位推荐的理由')
    await user.type(reason, '   ')
    expect(okButton(dialog).disabled).toBe(true)
    await user.type(reason, '巴特尔本周在外地开庭，无法及时会见 ')
    expect(okButton(dialog).disabled).toBe(false)
    await user.click(okButton(dialog))

    expect(await screen.findByText('已指派 李明')).toBeTruthy()
    expect(api.callsTo('assignment:assign')).toEqual([{ caseId: CASE_ID, lawyerId: 'lawyer-2', overrideReason: '巴特尔本周在外地开庭，无法及时会见' }])
    expect(onAssigned).toHaveBeenCalledTimes(1)
  })

  it('a reason typed for a lower-ranked lawyer and then cancelled is not sent with the first suggestion', async () => {
    const { api, user } = setup()
    await user.click(within(await rowOf('张华')).getByRole('button', { name: ASSIGN }))
    let dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByPlaceholderText('未采用首位推荐的理由'), '张华熟悉未成年人案件')
    await user.click(within(dialog).getByRole('button', { name: /取\s?消/ }))

    await user.click(within(await rowOf('李明')).getByRole('button', { name: ASSIGN }))
    dialog = await screen.findByRole('dialog')
    await waitFor(() => expect(within(dialog).getByText('指派 李明')).toBeTruthy())
    // A fresh reason is asked for the new choice.
    expect((within(dialog).getByPlaceholderText('未采用首位推荐的理由') as HTMLTextAreaElement).value).toBe('')
    expect(okButton(dialog).disabled).toBe(true)
    await user.click(within(dialog).getByRole('button', { name: /取\s?消/ }))

    await user.click(within(await rowOf('巴特尔')).getByRole('button', { name: ASSIGN }))
    dialog = await screen.findByRole('dialog')
    await waitFor(() => expect(within(dialog).getByText('确认指派首位推荐人员？')).toBeTruthy())
    await user.click(okButton(dialog))
    await waitFor(() => expect(api.callsTo('assignment:assign')).toEqual([{ caseId: CASE_ID, lawyerId: 'lawyer-1' }]))
  })

  it('点援: the applicant’s choice re-ranks the list and is sent with the assignment', async () => {
    const { api, user } = setup()
    await rowOf('巴特尔')
    const choice = screen.getByRole('combobox')
    await user.click(choice)
    // Blocked people can be named by the applicant too (the rules then say why not).
    expect(await screen.findByTitle('王强（鑫源律师事务所）')).toBeTruthy()
    await user.type(choice, '李明')
    enter(choice)

    await waitFor(() => expect(api.callsTo('assignment:suggest')).toContainEqual({ caseId: CASE_ID, applicantChoiceLawyerId: 'lawyer-2', limit: 20 }))
    const liming = await rowOf('李明')
    await waitFor(() => expect(cells(liming)[0]).toBe('1'))
    expect(within(liming).getByText('受援人点援（+50）')).toBeTruthy()
    await user.click(within(liming).getByRole('button', { name: ASSIGN }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('确认指派首位推荐人员？')).toBeTruthy()
    await user.click(okButton(dialog))
    await waitFor(() => expect(api.callsTo('assignment:assign')).toEqual([{ caseId: CASE_ID, lawyerId: 'lawyer-2', applicantChoiceLawyerId: 'lawyer-2' }]))
  })

  it('a refusal from the main process is shown and the dialog stays open', async () => {
    const { api, user, onAssigned } = setup({
      'assignment:assign': () => {
        throw new AppError('POLICY_VIOLATION', '「巴特尔」不能指派：在办案件已达上限（8/8），请刷新推荐后重新选择', { issues: [{ path: ['lawyerId'], message: '在办案件已达上限' }] })
      },
    })
    await user.click(within(await rowOf('巴特尔')).getByRole('button', { name: ASSIGN }))
    const dialog = await screen.findByRole('dialog')
    await user.click(okButton(dialog))
    expect(await screen.findByText('「巴特尔」不能指派：在办案件已达上限（8/8），请刷新推荐后重新选择')).toBeTruthy()
    expect(api.callsTo('assignment:assign')).toHaveLength(1)
    expect(onAssigned).not.toHaveBeenCalled()
    expect(screen.queryByText('已指派 巴特尔')).toBeNull()
    expect(within(screen.getByRole('dialog')).getByText('指派 巴特尔')).toBeTruthy()
  })

  it('when the suggestions cannot be loaded the reason is shown', async () => {
    setup({
      'assignment:suggest': () => {
        throw new AppError('POLICY_VIOLATION', '申请案件须经审查并作出给予法律援助的决定后才能指派（通知案件和先行受理的紧急案件除外）')
      },
    })
    expect(await screen.findByText('加载失败')).toBeTruthy()
    expect(screen.getByText('申请案件须经审查并作出给予法律援助的决定后才能指派（通知案件和先行受理的紧急案件除外）')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })
})

describe('按角色显示的指派操作', { timeout: 20_000 }, () => {
  it('a reviewer (no assignment:assign) sees the ranking and its reasons but no 指派 buttons, and is told who assigns', async () => {
    const { api } = setup({}, ['reviewer'])
    const batu = await rowOf('巴特尔')
    expect(cells(batu).slice(0, 6)).toEqual(['1', '巴特尔', '内蒙古草原律师事务所', '12 年', '3/8', '85'])
    expect(screen.queryByRole('button', { name: ASSIGN })).toBeNull()
    expect(screen.getByText(/指派须由受理员或负责人办理。/)).toBeTruthy()
    expect(api.callsTo('assignment:assign')).toEqual([])
  })

  it('a director may assign: the buttons are there', async () => {
    setup({}, ['director'])
    await rowOf('巴特尔')
    expect(screen.getAllByRole('button', { name: ASSIGN }).length).toBeGreaterThan(0)
    expect(screen.queryByText(/须由受理员或负责人办理/)).toBeNull()
  })

  it('an administrator passes the channel but not the 更换 step’s roles: no 更换为 buttons', async () => {
    setup({ 'assignment:suggest': () => CHANGING }, ['admin'])
    await rowOf('李明')
    expect(screen.queryByRole('button', { name: '更换为' })).toBeNull()
    expect(screen.getByText(/更换法律援助人员须由受理员或负责人办理。/)).toBeTruthy()
  })
})

describe('更换法律援助人员', { timeout: 20_000 }, () => {
  it('shows the current lawyer and the record of earlier assignments', async () => {
    const { user } = setup({ 'assignment:suggest': () => CHANGING })
    await rowOf('李明')
    expect(screen.getByText('更换法律援助人员')).toBeTruthy()
    expect(screen.getByText('现承办人员：巴特尔（内蒙古草原律师事务所），2026-03-02 指派')).toBeTruthy()
    expect(screen.getAllByRole('button', { name: '更换为' })).toHaveLength(2)
    expect(screen.queryByRole('button', { name: ASSIGN })).toBeNull()
    await user.click(screen.getByText('指派记录（2）'))
    const earlier = (await screen.findByText(/孙悦/)).closest('li') as HTMLElement
    expect(earlier.textContent).toBe('2026-02-20 孙悦（推荐第 3 位，点援）；理由：受援人点援；2026-03-02 更换：承办人员因病无法继续承办')
    expect((screen.getByText(/2026-03-02 巴特尔/).closest('li') as HTMLElement).textContent).toBe('2026-03-02 巴特尔（推荐第 1 位）')
  })

  it('a change needs its reason; choosing the second needs the override reason too', async () => {
    const { api, user, onAssigned } = setup({ 'assignment:suggest': () => CHANGING })
    await user.click(within(await rowOf('张华')).getByRole('button', { name: '更换为' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('更换为 张华')).toBeTruthy()
    expect(within(dialog).getByText('更换理由（必填）：')).toBeTruthy()
    await user.type(within(dialog).getByPlaceholderText('未采用首位推荐的理由'), '受援人为未成年人，张华更熟悉此类案件')
    expect(okButton(dialog).disabled).toBe(true)
    await user.type(within(dialog).getByPlaceholderText('如：受援人有证据证明原承办人员未依法履行职责'), '原承办人员长期未会见受援人')
    expect(okButton(dialog).disabled).toBe(false)
    await user.click(okButton(dialog))

    expect(await screen.findByText('已更换为 张华')).toBeTruthy()
    expect(api.callsTo('assignment:assign')).toEqual([
      { caseId: CASE_ID, lawyerId: 'lawyer-3', overrideReason: '受援人为未成年人，张华更熟悉此类案件', changeReason: '原承办人员长期未会见受援人' },
    ])
    expect(onAssigned).toHaveBeenCalledTimes(1)
  })

  it('changing to the first suggestion asks only for the change reason', async () => {
    const { api, user } = setup({ 'assignment:suggest': () => CHANGING })
    await user.click(within(await rowOf('李明')).getByRole('button', { name: '更换为' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).queryByPlaceholderText('未采用首位推荐的理由')).toBeNull()
    expect(within(dialog).queryByText('确认指派首位推荐人员？')).toBeNull()
    expect(okButton(dialog).disabled).toBe(true)
    await user.type(within(dialog).getByPlaceholderText('如：受援人有证据证明原承办人员未依法履行职责'), '受援人申请更换，理由成立')
    await user.click(okButton(dialog))
    expect(await screen.findByText('已更换为 李明')).toBeTruthy()
    expect(api.callsTo('assignment:assign')).toEqual([{ caseId: CASE_ID, lawyerId: 'lawyer-2', changeReason: '受援人申请更换，理由成立' }])
  })
})
