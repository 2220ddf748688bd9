import { waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { HandlingPanel } from '../../../../renderer/src/features/handling/components/handling-panel'
import { closingChecklist } from '../../../../shared/handling/closing'
import type { HandlingState } from '../../../../shared/handling/dto'
import { AppError } from '../../../../shared/ipc/result'
import type { Role } from '../../../../shared/domain/roles'
import type { FakeHandlers } from '../../../kit/fake-api'
import type { User } from '../../../kit/render'
import { CASE_ID, closing, handlingServer, handlingState, LAWYER, REQUIRED_JUDGMENT } from './handling-fixtures'
import { byId, cells, choose, expectToast, fieldError, renderPanel, screen, selected, toasts, TODAY } from './panel-helpers'

vi.setConfig({ testTimeout: 20_000 })

function setup(initial: HandlingState, overrides: FakeHandlers = {}, roles: Role[] = ['clerk']) {
  const server = handlingServer(initial)
  const rendered = renderPanel(<HandlingPanel caseId={CASE_ID} />, { ...server.handlers, ...overrides }, roles)
  return { ...rendered, server }
}

const card = () => screen.getByText('承办与结案').closest('.ant-card') as HTMLElement
const logRows = () => [...card().querySelectorAll('tbody tr.ant-table-row')].map((r) => cells(r as HTMLElement))
const button = (name: RegExp) => screen.queryByRole('button', { name })
const ADD = /^登\s?记$/
const checkbox = (label: string) => screen.getByRole('checkbox', { name: new RegExp(`^${label.replace(/[（）()]/g, '.')}`) }) as HTMLInputElement
/** The input next to a text (the 材料提交日 addon). */
const inputNear = (text: string) => {
  let el: HTMLElement | null = screen.getByText(text)
  while (el && !el.querySelector('input')) el = el.parentElement
  return el?.querySelector('input') as HTMLInputElement
}

async function setDate(user: User, input: HTMLInputElement, value: string) {
  await user.clear(input)
  await user.type(input, value)
  expect(input.value).toBe(value)
}

describe('承办与结案：办案活动', () => {
  it('shows the lawyer, the case status and the handling log as recorded', async () => {
    setup(handlingState())
    await screen.findByText('刘建国（内蒙古正义律师事务所）')
    expect(within(card()).getByText('承办中')).toBeTruthy()
    expect(logRows()).toEqual([
      ['2026-02-20', '会见', '在律所会见受援人，了解欠薪经过，收集工资条和考勤记录', '张丽'],
      ['2026-03-03', '出庭（开庭）', '旗人民法院第二法庭开庭，对方对欠薪数额有异议', '王芳'],
    ])
    // No 办结 yet: no checklist, no materials deadline, no archive.
    expect(screen.queryByText('结案材料期限')).toBeNull()
    expect(screen.queryByText(/^结案材料（/)).toBeNull()
    expect(screen.queryByText('归档')).toBeNull()
  })

  it('adds a log entry with the chosen kind, date and summary; the entry appears and the summary box is emptied', async () => {
    const { api, user } = setup(handlingState())
    await screen.findByText('刘建国（内蒙古正义律师事务所）')
    expect(selected('kind')).toBe('会见')
    expect(byId('on').value).toBe(TODAY)

    await choose(user, 'kind', '调查取证')
    await setDate(user, byId('on'), '2026-03-06')
    await user.type(screen.getByPlaceholderText(/活动情况/), '到旗劳动监察大队调取用人单位工资发放记录')
    await user.click(button(ADD)!)

    await waitFor(() => expect(logRows()).toHaveLength(3))
    expect(api.callsTo('handling:add-event')).toEqual([{ caseId: CASE_ID, kind: 'investigation', on: '2026-03-06', summary: '到旗劳动监察大队调取用人单位工资发放记录' }])
    expect(logRows()[2]).toEqual(['2026-03-06', '调查取证', '到旗劳动监察大队调取用人单位工资发放记录', '张丽'])
    await waitFor(() => expect((screen.getByPlaceholderText(/活动情况/) as HTMLInputElement).value).toBe(''))
  })

  it('needs a summary before sending; a date the service refuses is shown in Chinese and the typed entry is kept', async () => {
    const refusal = '活动日期不能晚于今天（2026-03-09）'
    const { api, user } = setup(handlingState(), {
      'handling:add-event': () => {
        throw new AppError('VALIDATION', refusal, { issues: [{ path: ['on'], message: refusal }] })
      },
    })
    await screen.findByText('刘建国（内蒙古正义律师事务所）')
    await user.click(button(ADD)!)
    await waitFor(() => expect(fieldError('summary')).toBe('请填写活动情况'))
    expect(api.callsTo('handling:add-event')).toEqual([])

    await setDate(user, byId('on'), '2026-03-10')
    await user.type(screen.getByPlaceholderText(/活动情况/), '会见受援人')
    await user.click(button(ADD)!)
    await expectToast('error', refusal)
    expect(api.callsTo('handling:add-event')).toEqual([{ caseId: CASE_ID, kind: 'meeting', on: '2026-03-10', summary: '会见受援人' }])
    expect((screen.getByPlaceholderText(/活动情况/) as HTMLInputElement).value).toBe('会见受援人')
    expect(logRows()).toHaveLength(2)
  })

  it('an assigned case (承办 not started) takes log entries but offers no 办结', async () => {
    setup(handlingState({ status: 'assigned', statusLabel: '已指派', events: [] }))
    expect(await screen.findByText('已指派')).toBeTruthy()
    expect(button(ADD)).toBeTruthy()
    expect(button(/登记办结/)).toBeNull()
  })

  it('a granted case not yet assigned shows 未指派 and offers neither the log form nor 办结', async () => {
    setup(handlingState({ lawyer: null, status: 'granted', statusLabel: '给予援助', events: [] }))
    expect(await screen.findByText('未指派')).toBeTruthy()
    // Neither the log form nor 办结 before the case is assigned.
    expect(button(ADD)).toBeNull()
    expect(button(/登记办结/)).toBeNull()
  })

  it('a load failure shows the service message instead of the panel', async () => {
    setup(handlingState(), {
      'handling:get': () => {
        throw new AppError('NOT_FOUND', '找不到该案件，可能已被删除，请返回案件列表刷新')
      },
    })
    expect(await screen.findByText('找不到该案件，可能已被删除，请返回案件列表刷新')).toBeTruthy()
    expect(screen.queryByText('承办与结案')).toBeNull()
  })

  it('a reviewer (no handling:add-event) sees the log but no entry form and no 办结', async () => {
    const { api } = setup(handlingState(), {}, ['reviewer'])
    await screen.findByText('刘建国（内蒙古正义律师事务所）')
    expect(logRows()).toHaveLength(2)
    expect(screen.queryByPlaceholderText(/活动情况/)).toBeNull()
    expect(button(ADD)).toBeNull()
    expect(button(/登记办结/)).toBeNull()
    expect(screen.getByText('办结须由受理员登记。')).toBeTruthy()
    expect(api.calls.map((c) => c.channel)).toEqual(['handling:get'])
  })

  it('a director may log activities but 办结 is the clerk’s step: the log form is there, the 办结 form is not', async () => {
    setup(handlingState(), {}, ['director'])
    await screen.findByText('刘建国（内蒙古正义律师事务所）')
    expect(button(ADD)).toBeTruthy()
    expect(button(/登记办结/)).toBeNull()
    expect(screen.getByText('办结须由受理员登记。')).toBeTruthy()
  })

  it('a clerk gets both the log form and 办结', async () => {
    setup(handlingState())
    await screen.findByText('刘建国（内蒙古正义律师事务所）')
    expect(button(ADD)).toBeTruthy()
    expect(button(/登记办结/)).toBeTruthy()
    expect(screen.queryByText('办结须由受理员登记。')).toBeNull()
  })
})

describe('承办与结案：办结', () => {
  it('records 办结 with outcome, date and note; the checklist for that outcome then shows what is still missing and the materials deadline', async () => {
    const { api, user } = setup(handlingState())
    await screen.findByText('刘建国（内蒙古正义律师事务所）')
    expect(selected('outcome')).toBe('判决')
    expect(byId('concludedOn').value).toBe(TODAY)

    await choose(user, 'outcome', '调解')
    await setDate(user, byId('concludedOn'), '2026-03-07')
    await user.type(byId('outcomeNote'), '经法院主持调解，用人单位一次性支付拖欠工资38600元')
    await user.click(button(/登记办结/)!)

    expect(await screen.findByText('结案材料（调解，办结于 2026年3月7日）')).toBeTruthy()
    expect(api.callsTo('handling:conclude')).toEqual([
      { caseId: CASE_ID, outcome: 'mediation', concludedOn: '2026-03-07', outcomeNote: '经法院主持调解，用人单位一次性支付拖欠工资38600元' },
    ])
    // The checklist of a mediated civil case, nothing ticked yet.
    const labels = closingChecklist('civil', 'mediation').map((d) => d.label)
    expect(labels).toContain('调解书')
    for (const label of labels) expect(checkbox(label).checked).toBe(false)
    expect(checkbox('调解书').closest('label')?.textContent).toBe('调解书 必交')
    expect(checkbox('受援人意见反馈表').closest('label')?.textContent).toBe('受援人意见反馈表 选交')
    expect(screen.getByText('尚缺：结案报告（办案情况小结）、委托协议、授权委托书、法律援助公函或指派通知书、辩护词、代理词或法律意见书、调解书')).toBeTruthy()
    // 办结 starts the materials period: the deadline is shown, the 办结 form is gone.
    expect(screen.getByText('结案材料期限').closest('.ant-descriptions-item')?.textContent).toBe('结案材料期限2026年4月8日 未到期')
    expect(button(/登记办结/)).toBeNull()
  })

  it('a refused 办结 is shown and the form stays for correction', async () => {
    const refusal = '办结日期不能晚于今天（2026-03-09）'
    const { api, user } = setup(handlingState(), {
      'handling:conclude': () => {
        throw new AppError('VALIDATION', refusal, { issues: [{ path: ['concludedOn'], message: refusal }] })
      },
    })
    await screen.findByText('刘建国（内蒙古正义律师事务所）')
    await setDate(user, byId('concludedOn'), '2026-03-12')
    await user.click(button(/登记办结/)!)
    await expectToast('error', refusal)
    expect(api.callsTo('handling:conclude')).toEqual([{ caseId: CASE_ID, outcome: 'judgment', concludedOn: '2026-03-12' }])
    expect(button(/登记办结/)).toBeTruthy()
    expect(screen.queryByText(/^结案材料（/)).toBeNull()
  })
})

describe('承办与结案：结案材料与结案', () => {
  const concluded = (ticked: string[], over: Partial<HandlingState> = {}) =>
    handlingState({
      closing: closing('judgment', ticked),
      closingDeadline: { dueOn: '2026-04-04', status: 'open', basis: '办结之日起30日内提交结案材料', overdue: false },
      ...over,
    })

  it('shows the saved ticks; 保存清单 sends every item with its tick and the 尚缺 list follows what was saved', async () => {
    const { api, user } = setup(
      concluded(['closing-report', 'agreement', 'feedback-form'], {
        closingDeadline: { dueOn: '2026-03-06', status: 'open', basis: '办结之日起30日内提交结案材料', overdue: true },
      }),
    )
    expect(await screen.findByText('结案材料（判决，办结于 2026年3月5日）')).toBeTruthy()
    expect(screen.getByText('结案材料期限').closest('.ant-descriptions-item')?.textContent).toBe('结案材料期限2026年3月6日 已逾期')
    expect(checkbox('结案报告（办案情况小结）').checked).toBe(true)
    expect(checkbox('委托协议、授权委托书').checked).toBe(true)
    expect(checkbox('受援人意见反馈表').checked).toBe(true)
    expect(checkbox('判决书（裁定书）').checked).toBe(false)
    expect(checkbox('判决书（裁定书）').closest('label')?.textContent).toBe('判决书（裁定书） 必交')
    expect(screen.getByText('尚缺：法律援助公函或指派通知书、辩护词、代理词或法律意见书、判决书（裁定书）')).toBeTruthy()

    await user.click(checkbox('法律援助公函或指派通知书'))
    await user.click(checkbox('判决书（裁定书）'))
    await user.click(checkbox('受援人意见反馈表'))
    await user.click(button(/保存清单/)!)

    await expectToast('success', '已保存结案材料清单')
    expect(api.callsTo('handling:save-checklist')).toEqual([
      {
        caseId: CASE_ID,
        items: [
          { code: 'closing-report', done: true },
          { code: 'agreement', done: true },
          { code: 'aid-letter', done: true },
          { code: 'meeting-records', done: false },
          { code: 'file-reading-records', done: false },
          { code: 'pleading', done: false },
          { code: 'outcome-document', done: true },
          { code: 'feedback-form', done: false },
          { code: 'other', done: false },
        ],
      },
    ])
    expect(await screen.findByText('尚缺：辩护词、代理词或法律意见书')).toBeTruthy()
    expect(api.callsTo('handling:close')).toEqual([])
  })

  it('结案 with a required item unticked: the ticks go to the service, its refusal naming the missing item is shown, and the case stays open', async () => {
    const { api, user } = setup(concluded(['closing-report', 'agreement', 'aid-letter']))
    await screen.findByText('结案材料（判决，办结于 2026年3月5日）')
    await user.click(checkbox('判决书（裁定书）'))
    expect(inputNear('材料提交日').value).toBe(TODAY)
    await user.click(button(/^结\s?案$/)!)

    await expectToast('error', '结案材料不齐，缺少：辩护词、代理词或法律意见书。请律师补交后在清单中勾选，再办理结案')
    const [sent] = api.callsTo('handling:close') as { caseId: string; materialsSubmittedOn: string; items: { code: string; done: boolean }[] }[]
    expect(sent?.caseId).toBe(CASE_ID)
    expect(sent?.materialsSubmittedOn).toBe(TODAY)
    expect(sent?.items.filter((i) => i.done).map((i) => i.code)).toEqual(['closing-report', 'agreement', 'aid-letter', 'outcome-document'])
    // Nothing locked: the clerk can tick the missing item and try again.
    expect(checkbox('辩护词、代理词或法律意见书').disabled).toBe(false)
    expect(checkbox('判决书（裁定书）').checked).toBe(true)
    expect(button(/^结\s?案$/)).toBeTruthy()
    expect(screen.queryByText('归档')).toBeNull()
  })

  it('结案 with every required item ticked: sent with the materials date; the checklist is then locked and 归档 is offered', async () => {
    const { api, user } = setup(concluded(['closing-report', 'agreement', 'aid-letter', 'pleading']))
    await screen.findByText('结案材料（判决，办结于 2026年3月5日）')
    await user.click(checkbox('判决书（裁定书）'))
    await setDate(user, inputNear('材料提交日'), '2026-03-08')
    await user.click(button(/^结\s?案$/)!)

    await expectToast('success', '已结案')
    expect(api.callsTo('handling:close')).toEqual([
      {
        caseId: CASE_ID,
        materialsSubmittedOn: '2026-03-08',
        items: closingChecklist('civil', 'judgment').map((d) => ({ code: d.code, done: [...REQUIRED_JUDGMENT].includes(d.code) })),
      },
    ])
    expect(await screen.findByText('归档')).toBeTruthy()
    expect(within(card()).getByText('已结案')).toBeTruthy()
    expect(checkbox('判决书（裁定书）').checked).toBe(true)
    expect(checkbox('判决书（裁定书）').disabled).toBe(true)
    expect(checkbox('其他办案材料').disabled).toBe(true)
    expect(button(/保存清单/)).toBeNull()
    expect(button(/^结\s?案$/)).toBeNull()
    expect(screen.queryByText(/^尚缺：/)).toBeNull()
    // Neither more log entries nor a second 办结 on a closed case.
    expect(button(ADD)).toBeNull()
    expect(screen.getByText('结案材料期限').closest('.ant-descriptions-item')?.textContent).toBe('结案材料期限2026年4月4日 已提交')
  })
})

describe('承办与结案：按角色显示的结案与归档', () => {
  const concluded = () =>
    handlingState({
      closing: closing('judgment', []),
      closingDeadline: { dueOn: '2026-04-04', status: 'open', basis: '办结之日起30日内提交结案材料', overdue: false },
    })
  const closed = () =>
    handlingState({
      status: 'closed',
      statusLabel: '已结案',
      closing: closing('judgment', REQUIRED_JUDGMENT, { closedOn: '2026-03-08', closedBy: '张丽', materialsSubmittedOn: '2026-03-08' }),
    })

  it('a reviewer sees the checklist as saved (locked) but neither 保存清单 nor 结案', async () => {
    setup(concluded(), {}, ['reviewer'])
    await screen.findByText(/结案材料（/)
    const boxes = [...card().querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[]
    expect(boxes.length).toBeGreaterThan(0)
    expect(boxes.every((b) => b.disabled)).toBe(true)
    expect(button(/保存清单/)).toBeNull()
    expect(button(/^结\s?案$/)).toBeNull()
    expect(screen.getByText('结案须由受理员办理。')).toBeTruthy()
  })

  it('a director may save the checklist but 结案 is the clerk’s step', async () => {
    setup(concluded(), {}, ['director'])
    await screen.findByText(/结案材料（/)
    expect(button(/保存清单/)).toBeTruthy()
    expect(button(/^结\s?案$/)).toBeNull()
    expect(screen.queryByText('材料提交日')).toBeNull()
  })

  it('归档 is offered to an administrator and not to a director (not among the step’s roles)', async () => {
    setup(closed(), {}, ['director'])
    expect(await screen.findByText('尚未归档。归档须由受理员或管理员办理。')).toBeTruthy()
    expect(button(/归档（自动编档案号）/)).toBeNull()
    expect(screen.queryByPlaceholderText('案卷存放位置（可选）')).toBeNull()
  })

  it('an administrator gets 归档', async () => {
    setup(closed(), {}, ['admin'])
    expect(await screen.findByRole('button', { name: /归档（自动编档案号）/ })).toBeTruthy()
  })
})

describe('承办与结案：归档', () => {
  const closed = (over: Partial<HandlingState> = {}) =>
    handlingState({
      status: 'closed',
      statusLabel: '已结案',
      closing: closing('judgment', REQUIRED_JUDGMENT, { closedOn: '2026-03-08', closedBy: '张丽', materialsSubmittedOn: '2026-03-08' }),
      ...over,
    })

  it('archives with the storage location; the archive number the service assigns is shown', async () => {
    const { api, user } = setup(closed())
    await screen.findByText('归档')
    await user.type(screen.getByPlaceholderText('案卷存放位置（可选）'), '档案室A柜第3层')
    await user.click(button(/归档（自动编档案号）/)!)

    await expectToast('success', '已归档，档案号 2026-归-0003')
    expect(api.callsTo('handling:archive')).toEqual([{ caseId: CASE_ID, location: '档案室A柜第3层' }])
    const item = (label: string) => screen.getByText(label).closest('.ant-descriptions-item')?.textContent
    await waitFor(() => expect(item('档案号')).toBe('档案号2026-归-0003'))
    expect(item('归档日期')).toBe('归档日期2026年3月9日')
    expect(item('存放位置')).toBe('存放位置档案室A柜第3层')
    expect(button(/归档（自动编档案号）/)).toBeNull()
    expect(within(card()).getByText('已归档')).toBeTruthy()
  })

  it('without a location none is sent; a refusal (already archived elsewhere) is shown and the button stays', async () => {
    const refusal = '本案已于 2026-03-09 归档，档案号 2026-归-0002'
    const { api, user } = setup(closed(), {
      'handling:archive': () => {
        throw new AppError('CONFLICT', refusal)
      },
    })
    await screen.findByText('归档')
    await user.click(button(/归档（自动编档案号）/)!)
    await expectToast('error', refusal)
    expect(api.callsTo('handling:archive')).toHaveLength(1)
    expect(Object.keys(api.callsTo('handling:archive')[0] as object)).toEqual(['caseId'])
    expect(button(/归档（自动编档案号）/)).toBeTruthy()
    expect(toasts().filter((t) => t.kind === 'success')).toEqual([])
  })

  it('an archived case shows its archive record and offers no action at all', async () => {
    setup(
      closed({
        status: 'archived',
        statusLabel: '已归档',
        closing: closing('judgment', REQUIRED_JUDGMENT, {
          closedOn: '2026-03-08',
          archiveNumber: '2026-归-0001',
          archivedOn: '2026-03-09',
          archivedBy: '张丽',
          archiveLocation: null,
        }),
      }),
    )
    expect(await screen.findByText('2026-归-0001')).toBeTruthy()
    expect(screen.getByText('存放位置').closest('.ant-descriptions-item')?.textContent).toBe('存放位置—')
    expect(screen.getByText(`${LAWYER.name}（${LAWYER.firmName}）`)).toBeTruthy()
    expect(screen.queryAllByRole('button')).toEqual([])
    expect(screen.getAllByRole('checkbox').every((c) => (c as HTMLInputElement).disabled)).toBe(true)
  })
})
