import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Role } from '../../../../shared/domain/roles'
import type { Channel } from '../../../../shared/ipc/channels'
import { contract, type Input, type Output } from '../../../../shared/ipc/contract'
import type { ReviewDto } from '../../../../shared/review/dto'
import type { WorkflowState } from '../../../../shared/cases/dto'
import { AppError } from '../../../../shared/ipc/result'
import { ReviewPanel } from '../../../../renderer/src/features/review/components/review-panel'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp } from '../../../kit/render'
import { ACTIONS, CASE_ID, DRAFTING, GRANT, PROVISIONAL, REFUSE, REVIEW, WORKFLOW } from './review-fixtures'

/** Checks the input with the channel's real schema first, as the main process's router does. */
function checked<K extends Channel>(channel: K, handler: (input: Input<K>) => Output<K>): (input: Input<K>) => Output<K> {
  return (input) => {
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }))
      throw new AppError('VALIDATION', issues[0]?.message ?? '输入无效', { issues })
    }
    return handler(input)
  }
}

const transitioned = (input: Input<'workflow:transition'>) => ({ caseId: input.caseId, transitionId: 't-9', action: input.action, from: 'reviewing', to: 'granted', on: '2026-03-06' })

interface Options {
  review?: ReviewDto
  workflow?: WorkflowState
  handlers?: FakeHandlers
  roles?: Role[]
}

function setup({ review = REVIEW, workflow = WORKFLOW, handlers = {}, roles = ['reviewer'] }: Options = {}) {
  const goToSettings = vi.fn()
  const { api, user } = renderWithApp(<ReviewPanel caseId={CASE_ID} onGoToPolicySettings={goToSettings} />, {
    api: {
      'review:get': () => review,
      'workflow:history': () => workflow,
      'review:save': checked('review:save', () => review),
      'review:assess': checked('review:assess', () => GRANT),
      'workflow:transition': checked('workflow:transition', transitioned),
      ...handlers,
    },
    signedIn: { id: 'u-1', username: 'lina', displayName: '李娜', roles, active: true, mustChangePassword: false, locked: false },
  })
  return { api, user, goToSettings }
}

/** The card with this title (or around this element). */
function card(title: string | HTMLElement): HTMLElement {
  const el = (typeof title === 'string' ? screen.getByText(title) : title).closest('.ant-card')
  if (!(el instanceof HTMLElement)) throw new Error(`no card ${String(title)}`)
  return el
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const checkedBox = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).checked

function fieldError(id: string): string {
  return document.getElementById(id)?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent ?? ''
}

/** Enter as a browser sends it: antd's option list reads `which`, which user-event leaves at 0. */
function enter(el: HTMLElement) {
  fireEvent.keyDown(el, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 })
  fireEvent.keyUp(el, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 })
}

const SAVE = /保存审查意见（含政策审查结果）/
const DECIDE = /记录负责人决定/

describe('审查：经济困难状况与审查意见', { timeout: 20_000 }, () => {
  it('shows the status, the deadline, the saved evidence and opinion, and the engine’s result with its clauses', async () => {
    const { api } = setup()
    const flow = card(await screen.findByText('审查流程（当前：审查中）'))
    expect(within(flow).getByText('作出给予/不予法律援助决定：2026-03-09')).toBeTruthy()
    expect(within(flow).queryByRole('button', { name: '开始审查' })).toBeNull()
    expect(within(flow).getByRole('button', { name: /发出补充材料通知（期限暂停）/ })).toBeTruthy()
    expect(api.callsTo('review:get')).toEqual([{ caseId: CASE_ID }])
    expect(api.callsTo('workflow:history')).toEqual([{ caseId: CASE_ID }])

    expect(checkedBox('收入证明材料')).toBe(true)
    expect(input('家庭月收入（元）').value).toBe('1800.00')
    expect(input('家庭人口').value).toBe('3')
    expect(checkedBox('建议给予')).toBe(true)
    expect(input('审查意见').value).toBe('申请人家庭月人均收入低于最低工资标准，符合经济困难条件')
    // The reviewer is whoever saves, from the login: no name box.
    expect(screen.queryByLabelText('审查员')).toBeNull()
    expect(screen.getByText('上次保存：李娜 2026-03-05 10:30')).toBeTruthy()

    const evidence = card('经济困难状况与审查意见')
    expect(within(evidence).getByText('政策审查结论：符合法律援助条件，建议给予法律援助')).toBeTruthy()
    const hardship = within(evidence).getByText(/月人均 600.00 元/).closest('tr') as HTMLElement
    expect(within(hardship).getByText('经济困难')).toBeTruthy()
    expect(within(hardship).getByText(/《内政发〔2023〕7号》三（三）/)).toBeTruthy()
    expect((screen.getByRole('button', { name: SAVE }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('按政策试算 sends the evidence on screen (in fen), shows the new result and saves nothing', async () => {
    const { api, user } = setup({ handlers: { 'review:assess': checked('review:assess', () => REFUSE) } })
    const income = await screen.findByLabelText('家庭月收入（元）')
    await user.clear(income)
    await user.type(income, '9000.5')
    await user.click(screen.getByLabelText('残疾证'))
    await user.click(screen.getByLabelText('属于工伤'))
    await user.click(screen.getByRole('button', { name: /按政策试算（不保存）/ }))

    expect(await screen.findByText('政策审查结论：不符合法律援助条件，建议不予法律援助')).toBeTruthy()
    expect(screen.queryByText('政策审查结论：符合法律援助条件，建议给予法律援助')).toBeNull()
    const failing = screen.getByText(/高于标准/).closest('tr') as HTMLElement
    expect(within(failing).getByText('不符合')).toBeTruthy()
    expect(within(failing).getByText('《内政发〔2023〕7号》三（三）')).toBeTruthy()
    expect(api.callsTo('review:assess')).toEqual([
      { caseId: CASE_ID, evidence: { basis: 'income-proof', householdMonthlyIncomeFen: 900050, householdSize: 3, certificates: ['disability-certificate'], workInjury: true } },
    ])
    expect(api.callsTo('review:save')).toEqual([])
    expect(api.callsTo('workflow:transition')).toEqual([])
  })

  it('a trial the engine cannot run for want of a policy setting names the setting and links to it', async () => {
    const { user, goToSettings } = setup({
      handlers: {
        'review:assess': () => {
          throw new AppError('NOT_CONFIGURED', '尚未录入内蒙古自治区的最低工资标准，无法按「城镇居民最低工资标准」审查经济困难', {
            setting: 'hardship.minimumWageMonthlyFen',
            settingLabel: '最低工资标准（月）',
          })
        },
      },
    })
    await user.click(await screen.findByRole('button', { name: /按政策试算/ }))
    const alert = (await screen.findByText('缺少政策设置「最低工资标准（月）」')).closest('[role="alert"]') as HTMLElement
    expect(within(alert).getByText(/尚未录入内蒙古自治区的最低工资标准/)).toBeTruthy()
    await user.click(within(alert).getByRole('button', { name: /去录入/ }))
    expect(goToSettings).toHaveBeenCalledWith('hardship.minimumWageMonthlyFen')
  })

  it('emptied income and household boxes are sent as missing (not as 0), and the trial says what to fill in', async () => {
    const { api, user } = setup()
    await user.clear(await screen.findByLabelText('家庭月收入（元）'))
    await user.clear(screen.getByLabelText('家庭人口'))
    await user.click(screen.getByRole('button', { name: /按政策试算/ }))
    // The engine's refusal, under the trial button (the boxes also show their own required-field errors).
    await waitFor(() => expect(document.querySelector('.ant-typography-danger')?.textContent).toBe('请填写家庭月收入'))
    expect(api.callsTo('review:assess')).toEqual([{ caseId: CASE_ID, evidence: { basis: 'income-proof', certificates: [] } }])
  })

  it('持有相关证件: income fields go away and only the certificates are sent with the opinion', async () => {
    const { api, user } = setup()
    await user.click(await screen.findByLabelText('持有相关证件（免予核查经济状况）'))
    await waitFor(() => expect(screen.queryByLabelText('家庭月收入（元）')).toBeNull())
    expect(screen.queryByLabelText('家庭人口')).toBeNull()
    await user.click(screen.getByLabelText('最低生活保障证（低保证）'))
    await user.click(screen.getByLabelText('无固定生活来源'))
    const text = screen.getByLabelText('审查意见')
    await user.clear(text)
    await user.type(text, '申请人持有低保证，免予核查经济状况')
    await user.click(screen.getByRole('button', { name: SAVE }))

    expect(await screen.findByText('审查意见已保存')).toBeTruthy()
    expect(api.callsTo('review:save')).toEqual([
      {
        caseId: CASE_ID,
        evidence: { basis: 'certificates', certificates: ['low-income-allowance'], noFixedIncome: true },
        opinion: 'grant',
        opinionText: '申请人持有低保证，免予核查经济状况',
      },
    ])
    // The saved review is read again.
    await waitFor(() => expect(api.callsTo('review:get')).toHaveLength(2))
  })

  it('告知承诺: asks for the signing date and the signer, then sends them as the commitment', async () => {
    const { api, user } = setup()
    await user.click(await screen.findByLabelText('经济困难告知承诺（申请人签署承诺书）'))
    expect(await screen.findByLabelText('承诺书申报的家庭月收入（元）')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: SAVE }))
    await waitFor(() => expect(fieldError('commitmentSignedOn')).toBe('请填写承诺书签署日期'))
    expect(fieldError('commitmentSignedBy')).toBe('请填写承诺人')
    expect(api.callsTo('review:save')).toEqual([])

    await user.type(screen.getByLabelText('承诺书签署日期'), '2026-03-03')
    await user.type(screen.getByLabelText('承诺人'), '王芳')
    await user.click(screen.getByLabelText('建议不予'))
    await user.click(screen.getByRole('button', { name: SAVE }))
    await waitFor(() => expect(api.callsTo('review:save')).toHaveLength(1))
    expect(api.callsTo('review:save')[0]).toEqual({
      caseId: CASE_ID,
      evidence: { basis: 'commitment', householdMonthlyIncomeFen: 180000, householdSize: 3, certificates: [], commitment: { signedOn: '2026-03-03', signedBy: '王芳' } },
      opinion: 'refuse',
      opinionText: '申请人家庭月人均收入低于最低工资标准，符合经济困难条件',
    })
  })

  it('a new review: every required field is named in Chinese and nothing is sent', async () => {
    const blank: ReviewDto = { ...REVIEW, evidence: null, opinion: null, opinionText: null, reviewer: null, assessment: null, assessedAtMs: null, updatedBy: null, updatedAtMs: null }
    const { api, user } = setup({ review: blank })
    await screen.findByText('审查流程（当前：审查中）')
    expect(checkedBox('收入证明材料')).toBe(true)
    expect(screen.queryByText(/上次保存/)).toBeNull()
    expect(screen.queryByText(/政策审查结论/)).toBeNull()
    await user.click(screen.getByRole('button', { name: SAVE }))
    await waitFor(() => expect(fieldError('incomeYuan')).toBe('请填写家庭月收入'))
    expect(fieldError('householdSize')).toBe('请填写家庭人口数')
    expect(fieldError('opinion')).toBe('请选择审查意见：给予或不予')
    expect(fieldError('opinionText')).toBe('请填写审查意见')
    expect(api.callsTo('review:save')).toEqual([])
    // Without a saved assessment the director cannot decide yet.
    expect(within(card('负责人决定')).getByText('请先保存含政策审查结果的审查意见，再报负责人决定。')).toBeTruthy()
    expect(screen.queryByRole('button', { name: DECIDE })).toBeNull()
  })

  it('what the shared schema refuses is marked on each field before anything is sent', async () => {
    const { api, user } = setup()
    await user.click(await screen.findByLabelText('经济困难告知承诺（申请人签署承诺书）'))
    await user.type(await screen.findByLabelText('承诺书签署日期'), '2026/3/3')
    await user.type(screen.getByLabelText('承诺人'), '王芳')
    const text = screen.getByLabelText('审查意见')
    await user.clear(text)
    await user.type(text, '   ')
    await user.click(screen.getByRole('button', { name: SAVE }))
    await waitFor(() => expect(fieldError('commitmentSignedOn')).toBe('承诺书签署日期应为有效日期，格式 YYYY-MM-DD'))
    expect(fieldError('opinionText')).toBe('审查意见不能为空')
    expect(api.callsTo('review:save')).toEqual([])
    expect(screen.queryByText('审查意见已保存')).toBeNull()
  })

  it('a save the main process refuses shows its message, with the evidence it names on its field', async () => {
    const refusal = '承诺书签署日期不能晚于今天'
    const { api, user } = setup({
      handlers: {
        'review:save': () => {
          throw new AppError('VALIDATION', refusal, { issues: [{ path: ['evidence', 'commitment', 'signedOn'], message: refusal }] })
        },
      },
    })
    await user.click(await screen.findByLabelText('经济困难告知承诺（申请人签署承诺书）'))
    await user.type(await screen.findByLabelText('承诺书签署日期'), '2099-03-03')
    await user.type(screen.getByLabelText('承诺人'), '王芳')
    await user.click(screen.getByRole('button', { name: SAVE }))
    await waitFor(() => expect(fieldError('commitmentSignedOn')).toBe(refusal))
    expect(await screen.findByText(refusal, { selector: '.ant-message *' })).toBeTruthy()
    expect(api.callsTo('review:save')).toHaveLength(1)
    expect(screen.queryByText('审查意见已保存')).toBeNull()
  })

  it('saving is closed once the case has left review', async () => {
    setup({
      review: { ...REVIEW, status: 'granted', decision: 'grant', decidedOn: '2026-03-06' },
      workflow: { ...WORKFLOW, status: 'granted', statusLabel: '给予援助', actions: [] },
    })
    await screen.findByText('审查流程（当前：给予援助）')
    expect((screen.getByRole('button', { name: SAVE }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('a saved review the engine refused shows which policy setting is missing', async () => {
    const { user, goToSettings } = setup({
      review: {
        ...REVIEW,
        assessment: null,
        engineError: { code: 'NOT_CONFIGURED', message: '尚未录入农村牧区常住居民人均可支配收入', setting: 'hardship.ruralDisposableIncomeAnnualPerCapitaFen', settingLabel: '农村牧区常住居民人均可支配收入' },
      },
    })
    const title = await screen.findByText('缺少政策设置「农村牧区常住居民人均可支配收入」')
    await user.click(within(title.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: /去录入/ }))
    expect(goToSettings).toHaveBeenCalledWith('hardship.ruralDisposableIncomeAnnualPerCapitaFen')
  })

  it('a case that cannot be loaded says why, and 重试 asks again', async () => {
    let fail = true
    const { api, user } = setup({
      handlers: {
        'review:get': () => {
          if (fail) throw new AppError('NOT_FOUND', '找不到案件 2026-0017：可能已被删除')
          return REVIEW
        },
      },
    })
    expect(await screen.findByText('加载失败')).toBeTruthy()
    expect(screen.getByText('找不到案件 2026-0017：可能已被删除')).toBeTruthy()
    fail = false
    await user.click(screen.getByRole('button', { name: /重\s?试/ }))
    expect(await screen.findByText('审查流程（当前：审查中）')).toBeTruthy()
    expect(api.callsTo('review:get')).toHaveLength(2)
  })

  it('a notification case is not reviewed for hardship', async () => {
    setup({ review: { ...REVIEW, channel: 'notification' } })
    expect(await screen.findByText('通知辩护/代理案件不审查经济困难状况，请直接指派律师。')).toBeTruthy()
    expect(screen.queryByText('证明方式')).toBeNull()
    expect(screen.queryByRole('button', { name: SAVE })).toBeNull()
  })
})

describe('审查流程', { timeout: 20_000 }, () => {
  it('开始审查 on a registered case; no decision before review', async () => {
    const { api, user } = setup({
      review: { ...REVIEW, status: 'registered' },
      workflow: { ...WORKFLOW, status: 'registered', statusLabel: '已受理', actions: [ACTIONS.startReview, ACTIONS.requestMaterials] },
    })
    await screen.findByText('审查流程（当前：已受理）')
    expect(within(card('负责人决定')).getByText('案件进入「审查中」后才能作出决定。')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: '开始审查' }))
    expect(await screen.findByText('已记录')).toBeTruthy()
    expect(api.callsTo('workflow:transition')).toEqual([{ caseId: CASE_ID, action: 'start-review' }])
    await waitFor(() => expect(api.callsTo('workflow:history')).toHaveLength(2))
  })

  it('补充材料: the list and the due date are sent; an empty list is refused with the reason', async () => {
    const { api, user } = setup()
    const flow = card(await screen.findByText('审查流程（当前：审查中）'))
    const notify = within(flow).getByRole('button', { name: /发出补充材料通知/ })
    await user.click(notify)
    expect(await screen.findByText('请至少填写1项缺少的材料')).toBeTruthy()

    const tags = within(flow).getByRole('combobox')
    await user.type(tags, '户口簿')
    enter(tags)
    await user.type(tags, '村委会出具的收入证明')
    enter(tags)
    expect(within(flow).getByTitle('户口簿')).toBeTruthy()
    expect(within(flow).getByTitle('村委会出具的收入证明')).toBeTruthy()
    await user.type(within(flow).getByPlaceholderText('补充期限 YYYY-MM-DD'), '2026-03-20')
    await user.click(notify)
    await waitFor(() => expect(api.callsTo('workflow:transition')).toHaveLength(2))
    expect(api.callsTo('workflow:transition')[1]).toEqual({ caseId: CASE_ID, action: 'request-materials', items: ['户口簿', '村委会出具的收入证明'], dueOn: '2026-03-20' })
    expect(await screen.findByText('已记录')).toBeTruthy()
  })

  it('while waiting for materials the deadline shows as paused and 已收到补充材料 resumes', async () => {
    const { api, user } = setup({
      review: { ...REVIEW, status: 'awaiting-materials' },
      workflow: {
        ...WORKFLOW,
        status: 'awaiting-materials',
        statusLabel: '待补充材料',
        actions: [ACTIONS.receiveMaterials],
        deadlines: [{ ...WORKFLOW.deadlines[0]!, status: 'paused', pausedDays: 2 }, { ...WORKFLOW.deadlines[0]!, kind: 'materials-due', label: '申请人补充材料期限', dueOn: '2026-03-20' }],
      },
    })
    const flow = card(await screen.findByText('审查流程（当前：待补充材料）'))
    expect(within(flow).getByText('作出给予/不予法律援助决定：暂停计算')).toBeTruthy()
    expect(within(flow).getByText('申请人补充材料期限：2026-03-20')).toBeTruthy()
    await user.click(within(flow).getByRole('button', { name: '已收到补充材料' }))
    await waitFor(() => expect(api.callsTo('workflow:transition')).toEqual([{ caseId: CASE_ID, action: 'receive-materials' }]))
  })
})

describe('按角色显示的操作', { timeout: 20_000 }, () => {
  it('补充材料 is offered to the roles the action lists (reviewer) and not to the director', async () => {
    setup({ roles: ['director'] })
    const flow = card(await screen.findByText('审查流程（当前：审查中）'))
    expect(within(flow).queryByRole('button', { name: /发出补充材料通知/ })).toBeNull()
    expect(within(flow).queryByPlaceholderText('补充期限 YYYY-MM-DD')).toBeNull()
    // the deadline is information and stays
    expect(within(flow).getByText('作出给予/不予法律援助决定：2026-03-09')).toBeTruthy()
  })

  it('开始审查 is hidden from an administrator (not among the action’s roles)', async () => {
    const registered = { ...WORKFLOW, status: 'registered', statusLabel: '已受理', actions: [ACTIONS.startReview] }
    setup({ roles: ['admin'], workflow: registered })
    expect(await screen.findByText('审查流程（当前：已受理）')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '开始审查' })).toBeNull()
  })

  it('开始审查 is shown to a clerk', async () => {
    const registered = { ...WORKFLOW, status: 'registered', statusLabel: '已受理', actions: [ACTIONS.startReview] }
    setup({ roles: ['clerk'], workflow: registered })
    expect(await screen.findByRole('button', { name: '开始审查' })).toBeTruthy()
  })

  it('a clerk sees the saved review but cannot save it: the button is disabled and says who may', async () => {
    const { api, user } = setup({ roles: ['clerk'] })
    const save = (await screen.findByRole('button', { name: SAVE })) as HTMLButtonElement
    expect(save.disabled).toBe(true)
    expect(input('审查意见').value).toBe('申请人家庭月人均收入低于最低工资标准，符合经济困难条件')
    await user.hover(save.parentElement ?? save)
    expect(await screen.findByText('仅审查员、负责人、管理员可保存审查意见')).toBeTruthy()
    // 试算 stays open to the clerk
    expect(screen.getByRole('button', { name: /按政策试算（不保存）/ })).toBeTruthy()
    expect(api.callsTo('review:save')).toEqual([])
  })
})

describe('负责人决定', { timeout: 20_000 }, () => {
  it('following the engine needs only the approving director; no reason is asked for', async () => {
    const { api, user } = setup({ roles: ['director'] })
    const decide = await screen.findByRole('button', { name: DECIDE })
    expect(checkedBox('给予法律援助')).toBe(true)
    expect(screen.queryByLabelText('不采纳政策审查结论的书面理由（必填）')).toBeNull()
    expect(screen.queryByLabelText(/不予法律援助的理由/)).toBeNull()

    await user.click(decide)
    // The approver is the director taking the step, from the login: no name to type.
    expect(screen.queryByLabelText('审批负责人')).toBeNull()
    expect(await screen.findByText('决定已记录')).toBeTruthy()
    expect(api.callsTo('workflow:transition')).toEqual([{ caseId: CASE_ID, action: 'decide-grant' }])
  })

  it('going against the engine needs the refusal reasons and a written reason for not following it', async () => {
    const { api, user } = setup({ roles: ['director'] })
    await user.click(await screen.findByLabelText('不予法律援助'))
    const override = await screen.findByLabelText('不采纳政策审查结论的书面理由（必填）')
    await user.click(screen.getByRole('button', { name: DECIDE }))
    await waitFor(() => expect(fieldError('overrideReason')).toBe('决定与政策审查结论不一致或结论为暂定，须填写书面理由'))
    expect(fieldError('reasons')).toBe('请填写不予法律援助的理由')
    expect(api.callsTo('workflow:transition')).toEqual([])

    await user.type(screen.getByLabelText('不予法律援助的理由（将写入不予法律援助决定书）'), '申请人已委托律师代理本案')
    await user.type(override, '核实发现申请人已自行委托律师，不属于需要法律援助的情形')
    await user.click(screen.getByRole('button', { name: DECIDE }))
    expect(await screen.findByText('决定已记录')).toBeTruthy()
    expect(api.callsTo('workflow:transition')).toEqual([
      {
        caseId: CASE_ID,
        action: 'decide-refuse',
        reasons: '申请人已委托律师代理本案',
        overrideReason: '核实发现申请人已自行委托律师，不属于需要法律援助的情形',
      },
    ])
  })

  it('changing back to the engine’s decision drops the reason field and sends no reason', async () => {
    const { api, user } = setup({ roles: ['director'] })
    await user.click(await screen.findByLabelText('不予法律援助'))
    await user.type(await screen.findByLabelText('不采纳政策审查结论的书面理由（必填）'), '先写了理由又改了主意')
    await user.click(screen.getByLabelText('给予法律援助'))
    await waitFor(() => expect(screen.queryByLabelText('不采纳政策审查结论的书面理由（必填）')).toBeNull())
    await user.click(screen.getByRole('button', { name: DECIDE }))
    await waitFor(() => expect(api.callsTo('workflow:transition')).toEqual([{ caseId: CASE_ID, action: 'decide-grant' }]))
  })

  it('a provisional result needs a written reason even for the decision it points to', async () => {
    const { api, user } = setup({ review: { ...REVIEW, assessment: PROVISIONAL }, roles: ['director'] })
    expect(await screen.findByText('政策审查结论：符合法律援助条件，建议给予法律援助（暂定：信息不全）')).toBeTruthy()
    expect(checkedBox('给予法律援助')).toBe(true)
    await user.click(screen.getByRole('button', { name: DECIDE }))
    await waitFor(() => expect(fieldError('overrideReason')).toBe('决定与政策审查结论不一致或结论为暂定，须填写书面理由'))
    expect(api.callsTo('workflow:transition')).toEqual([])
    await user.type(screen.getByLabelText('不采纳政策审查结论的书面理由（必填）'), '申请人住所地经电话核实为城镇，按城镇标准符合')
    await user.click(screen.getByRole('button', { name: DECIDE }))
    await waitFor(() =>
      expect(api.callsTo('workflow:transition')).toEqual([{ caseId: CASE_ID, action: 'decide-grant', overrideReason: '申请人住所地经电话核实为城镇，按城镇标准符合' }]),
    )
  })

  it('代书服务 points neither way: the reviewer’s opinion is preselected and a reason is required', async () => {
    const { user } = setup({ review: { ...REVIEW, assessment: DRAFTING, opinion: 'refuse' }, roles: ['director'] })
    expect(await screen.findByLabelText('不采纳政策审查结论的书面理由（必填）')).toBeTruthy()
    expect(checkedBox('不予法律援助')).toBe(true)
    await user.click(screen.getByLabelText('给予法律援助'))
    expect(screen.getByLabelText('不采纳政策审查结论的书面理由（必填）')).toBeTruthy()
  })

  it('a clerk (not the director) gets no decision form, only who decides; the director gets the form', async () => {
    setup({ roles: ['clerk'] })
    const decision = card(await screen.findByText('负责人决定'))
    expect(within(decision).getByText('待负责人作出给予或不予法律援助的决定。')).toBeTruthy()
    expect(screen.queryByLabelText('审批负责人')).toBeNull()
    expect(screen.queryByRole('button', { name: DECIDE })).toBeNull()
  })

  it('the decision form follows the roles the workflow lists for the action, not a fixed role', async () => {
    setup({
      roles: ['clerk'],
      workflow: { ...WORKFLOW, actions: [{ ...ACTIONS.decideGrant, roles: ['clerk'] }, { ...ACTIONS.decideRefuse, roles: ['clerk'] }] },
    })
    expect(await screen.findByRole('button', { name: DECIDE })).toBeTruthy()
  })

  it('a decision the main process refuses for another reason shows its Chinese message', async () => {
    const { api, user } = setup({
      roles: ['director'],
      handlers: {
        'workflow:transition': () => {
          throw new AppError('CONFLICT', '案件当前状态为「不予援助」，不能决定给予法律援助（只能在「审查中」状态下进行）')
        },
      },
    })
    await user.click(await screen.findByRole('button', { name: DECIDE }))
    expect(await screen.findByText('案件当前状态为「不予援助」，不能决定给予法律援助（只能在「审查中」状态下进行）')).toBeTruthy()
    expect(screen.queryByText('决定已记录')).toBeNull()
    expect(api.callsTo('workflow:transition')).toEqual([{ caseId: CASE_ID, action: 'decide-grant' }])
  })

  it('a decision already made is shown with the approver, the reasons and the override reason', async () => {
    setup({
      review: {
        ...REVIEW,
        status: 'refused',
        decision: 'refuse',
        decidedOn: '2026-03-06',
        approvedBy: '赵敏',
        refusalReasons: '申请人已委托律师代理本案',
        overrideReason: '核实发现申请人已自行委托律师',
      },
      workflow: { ...WORKFLOW, status: 'refused', statusLabel: '不予援助', actions: [] },
    })
    const decided = card(await screen.findByText('负责人决定'))
    expect(decided.querySelector('.ant-card-body')?.textContent).toBe('已决定不予法律援助（2026-03-06，审批：赵敏）；理由：申请人已委托律师代理本案；不采纳审查结论的理由：核实发现申请人已自行委托律师')
    expect(screen.queryByRole('button', { name: DECIDE })).toBeNull()
  })
})
