import { waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ComplaintsPanel } from '../../../../renderer/src/features/quality/components/complaints-panel'
import type { Role } from '../../../../shared/domain/roles'
import type { QualityState } from '../../../../shared/quality/dto'
import { AppError } from '../../../../shared/ipc/result'
import type { FakeHandlers } from '../../../kit/fake-api'
import type { User } from '../../../kit/render'
import { byId, cells, choose, expectToast, fieldError, renderPanel, screen, selected, TODAY } from '../handling/panel-helpers'
import { CASE_ID, complaint, qualityServer, qualityState } from './quality-fixtures'

vi.setConfig({ testTimeout: 20_000 })

const RECEIVED = complaint('cp-1', { content: '律师开庭前一直没有联系我' })
const INVESTIGATING = complaint('cp-2', {
  receivedOn: '2026-03-03',
  channel: 'visit',
  complainantRole: 'relative',
  content: '律师收取了交通费',
  status: 'investigating',
  investigation: '询问律师和受援人，律师承认收取200元交通费',
})
const CONCLUDED = complaint('cp-3', {
  receivedOn: '2026-03-04',
  channel: 'letter',
  complainantRole: 'organ',
  content: '律师庭审迟到',
  status: 'concluded',
  investigation: '调取庭审记录，律师迟到15分钟',
  outcome: 'partly-substantiated',
  outcomeNote: '对律师批评教育',
  concludedOn: '2026-03-06',
})
const REPLIED = complaint('cp-4', {
  receivedOn: '2026-02-20',
  content: '律师态度冷淡',
  status: 'replied',
  investigation: '回访受援人并询问律师',
  outcome: 'unsubstantiated',
  outcomeNote: '未发现律师有不当言行',
  concludedOn: '2026-02-25',
  reply: '已电话告知投诉人调查结果',
  repliedOn: '2026-02-26',
})

function setup(initial: QualityState, overrides: FakeHandlers = {}, roles: Role[] = ['reviewer']) {
  const server = qualityServer(initial)
  return { ...renderPanel(<ComplaintsPanel caseId={CASE_ID} />, { ...server.handlers, ...overrides }, roles), server }
}

const card = () => screen.getByText('投诉').closest('.ant-card') as HTMLElement
const rows = () => [...card().querySelectorAll('tbody tr.ant-table-row')] as HTMLElement[]
/** The row of a complaint (by its content). */
const rowOf = (content: string) => {
  const row = rows().find((r) => cells(r).includes(content))
  if (!row) throw new Error(`no complaint ${content}`)
  return row
}
/** What the clerk reads in the row: date, complainant, lawyer, content, status (after the expand toggle, before the buttons). */
const seen = (content: string) => cells(rowOf(content)).slice(1, 6)
/** The step buttons of the row (not the expand toggle). */
const actions = (content: string) =>
  within(rowOf(content))
    .queryAllByRole('button')
    .map((b) => b.textContent?.replace(/\s/g, ''))
    .filter(Boolean)
const SAVE = /^保\s?存$/
const dialog = () => screen.getByRole('dialog')

async function openStep(user: User, content: string, action: RegExp, title: string) {
  await user.click(within(rowOf(content)).getByRole('button', { name: action }))
  await waitFor(() => expect(within(dialog()).getByText(title)).toBeTruthy())
}
async function dialogClosed() {
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
}

describe('投诉：登记与列表', () => {
  it('lists each complaint with who complained, the lawyer, the status or outcome in Chinese, and only the next step as a button', async () => {
    setup(qualityState({ complaints: [RECEIVED, INVESTIGATING, CONCLUDED, REPLIED] }))
    await waitFor(() => expect(rows()).toHaveLength(4))
    expect(seen('律师开庭前一直没有联系我')).toEqual(['2026-03-02', '受援人', '刘建国', '律师开庭前一直没有联系我', '已受理'])
    expect(seen('律师收取了交通费')).toEqual(['2026-03-03', '受援人近亲属', '刘建国', '律师收取了交通费', '调查中'])
    expect(seen('律师庭审迟到')).toEqual(['2026-03-04', '办案机关', '刘建国', '律师庭审迟到', '部分属实'])
    expect(seen('律师态度冷淡')[4]).toBe('投诉不属实')
    expect(actions('律师开庭前一直没有联系我')).toEqual(['调查'])
    expect(actions('律师收取了交通费')).toEqual(['调查', '处理结果'])
    expect(actions('律师庭审迟到')).toEqual(['答复'])
    expect(actions('律师态度冷淡')).toEqual([])
  })

  it('expanding a complaint shows its investigation, outcome and reply', async () => {
    const { user } = setup(qualityState({ complaints: [RECEIVED, REPLIED] }))
    await waitFor(() => expect(rows()).toHaveLength(2))
    await user.click(within(rowOf('律师态度冷淡')).getByRole('button', { name: /展开行/ }))
    expect(await screen.findByText('调查：回访受援人并询问律师；结果：未发现律师有不当言行；答复：已电话告知投诉人调查结果')).toBeTruthy()
    await user.click(within(rowOf('律师开庭前一直没有联系我')).getByRole('button', { name: /展开行/ }))
    expect(await screen.findByText('调查：—；结果：—；答复：—')).toBeTruthy()
  })

  it('registers a complaint with channel, complainant and content; it appears as 已受理 and the content box is emptied', async () => {
    const { api, user } = setup(qualityState({ complaints: [REPLIED] }), {}, ['clerk'])
    await waitFor(() => expect(rows()).toHaveLength(1))
    expect(byId('complaint_receivedOn').value).toBe(TODAY)
    expect(selected('complaint_channel')).toBe('电话')
    expect(selected('complaint_complainantRole')).toBe('受援人')

    await choose(user, 'complaint_channel', '来访')
    await choose(user, 'complaint_complainantRole', '受援人近亲属')
    await user.type(screen.getByPlaceholderText('投诉内容'), '律师多次不接电话，不告知开庭时间')
    await user.click(screen.getByRole('button', { name: /登记投诉/ }))

    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(api.callsTo('complaint:add')).toEqual([
      { caseId: CASE_ID, receivedOn: TODAY, channel: 'visit', complainantRole: 'relative', content: '律师多次不接电话，不告知开庭时间' },
    ])
    expect(seen('律师多次不接电话，不告知开庭时间')).toEqual([TODAY, '受援人近亲属', '刘建国', '律师多次不接电话，不告知开庭时间', '已受理'])
    await waitFor(() => expect((screen.getByPlaceholderText('投诉内容') as HTMLInputElement).value).toBe(''))
  })

  it('a complaint without content is refused before sending; the service’s refusal of a date is shown and the content kept', async () => {
    const refusal = '投诉日期不能晚于今天（2026-03-09）'
    const { api, user } = setup(qualityState(), {
      'complaint:add': () => {
        throw new AppError('VALIDATION', refusal, { issues: [{ path: ['receivedOn'], message: refusal }] })
      },
    })
    await screen.findByRole('button', { name: /登记投诉/ })
    await user.click(screen.getByRole('button', { name: /登记投诉/ }))
    await waitFor(() => expect(fieldError('complaint_content')).toBe('请填写投诉内容'))
    expect(api.callsTo('complaint:add')).toEqual([])

    await user.clear(byId('complaint_receivedOn'))
    await user.type(byId('complaint_receivedOn'), '2026-03-11')
    await user.type(screen.getByPlaceholderText('投诉内容'), '律师态度差')
    await user.click(screen.getByRole('button', { name: /登记投诉/ }))
    await expectToast('error', refusal)
    expect(api.callsTo('complaint:add')).toEqual([{ caseId: CASE_ID, receivedOn: '2026-03-11', channel: 'phone', complainantRole: 'assisted-person', content: '律师态度差' }])
    expect((screen.getByPlaceholderText('投诉内容') as HTMLInputElement).value).toBe('律师态度差')
    expect(rows()).toHaveLength(0)
  })
})

describe('投诉：调查、处理结果、答复', () => {
  it('调查: the investigation is required; once saved the complaint is 调查中 and 处理结果 is offered', async () => {
    const { api, user } = setup(qualityState({ complaints: [RECEIVED] }))
    await waitFor(() => expect(rows()).toHaveLength(1))
    await openStep(user, '律师开庭前一直没有联系我', /调\s?查/, '登记调查情况')
    await user.click(within(dialog()).getByRole('button', { name: SAVE }))
    await waitFor(() => expect(fieldError('investigation')).toBe('请填写调查情况'))
    expect(api.callsTo('complaint:update')).toEqual([])

    await user.type(within(dialog()).getByLabelText('调查情况'), '电话询问律师，律师称因手机号码登记错误未能联系')
    await user.click(within(dialog()).getByRole('button', { name: SAVE }))
    await dialogClosed()
    expect(api.callsTo('complaint:update')).toEqual([{ id: 'cp-1', step: 'investigate', investigation: '电话询问律师，律师称因手机号码登记错误未能联系' }])
    await waitFor(() => expect(seen('律师开庭前一直没有联系我')[4]).toBe('调查中'))
    expect(actions('律师开庭前一直没有联系我')).toEqual(['调查', '处理结果'])
  })

  it('处理结果: outcome, result, measures and date are sent; the outcome then shows as the status and 答复 is offered', async () => {
    const { api, user } = setup(qualityState({ complaints: [INVESTIGATING] }))
    await waitFor(() => expect(rows()).toHaveLength(1))
    await openStep(user, '律师收取了交通费', /处理结果/, '登记处理结果')
    expect(selected('outcome')).toBe('投诉不属实')
    expect(byId('concludedOn').value).toBe(TODAY)

    await choose(user, 'outcome', '投诉属实')
    await user.type(within(dialog()).getByLabelText('处理结果'), '责令律师退还200元')
    await user.type(within(dialog()).getByLabelText('对承办人员的处理措施'), '约谈律师，年度考核扣分')
    await user.clear(byId('concludedOn'))
    await user.type(byId('concludedOn'), '2026-03-08')
    await user.click(within(dialog()).getByRole('button', { name: SAVE }))
    await dialogClosed()

    expect(api.callsTo('complaint:update')).toEqual([
      { id: 'cp-2', step: 'conclude', outcome: 'substantiated', outcomeNote: '责令律师退还200元', actionTaken: '约谈律师，年度考核扣分', concludedOn: '2026-03-08' },
    ])
    await waitFor(() => expect(seen('律师收取了交通费')[4]).toBe('投诉属实'))
    expect(actions('律师收取了交通费')).toEqual(['答复'])
  })

  it('处理结果 without measures against the lawyer sends none; the result itself is required', async () => {
    const { api, user } = setup(qualityState({ complaints: [INVESTIGATING] }))
    await waitFor(() => expect(rows()).toHaveLength(1))
    await openStep(user, '律师收取了交通费', /处理结果/, '登记处理结果')
    await user.click(within(dialog()).getByRole('button', { name: SAVE }))
    await waitFor(() => expect(fieldError('outcomeNote')).toBe('请填写处理结果'))
    expect(api.callsTo('complaint:update')).toEqual([])

    await user.type(within(dialog()).getByLabelText('处理结果'), '经核实投诉不属实，已向投诉人说明')
    await user.click(within(dialog()).getByRole('button', { name: SAVE }))
    await dialogClosed()
    const sent = api.callsTo('complaint:update')
    expect(sent).toEqual([{ id: 'cp-2', step: 'conclude', outcome: 'unsubstantiated', outcomeNote: '经核实投诉不属实，已向投诉人说明', concludedOn: TODAY }])
    expect(Object.keys(sent[0] as object)).not.toContain('actionTaken')
  })

  it('答复: the reply and its date are sent; a replied complaint offers no further step', async () => {
    const { api, user } = setup(qualityState({ complaints: [CONCLUDED] }))
    await waitFor(() => expect(rows()).toHaveLength(1))
    await openStep(user, '律师庭审迟到', /答\s?复/, '登记答复')
    await user.type(within(dialog()).getByLabelText('答复内容'), '已书面函复旗人民法院，告知对律师的处理结果')
    await user.click(within(dialog()).getByRole('button', { name: SAVE }))
    await dialogClosed()
    expect(api.callsTo('complaint:update')).toEqual([{ id: 'cp-3', step: 'reply', reply: '已书面函复旗人民法院，告知对律师的处理结果', repliedOn: TODAY }])
    await waitFor(() => expect(actions('律师庭审迟到')).toEqual([]))
    expect(seen('律师庭审迟到')[4]).toBe('部分属实')
  })

  it('a step the service refuses: its message is shown, the dialog stays open with what was typed; 取消 closes it without sending again', async () => {
    const refusal = '答复日期不能早于处理日期（2026-03-06）'
    const { api, user } = setup(qualityState({ complaints: [CONCLUDED] }), {
      'complaint:update': () => {
        throw new AppError('VALIDATION', refusal, { issues: [{ path: ['repliedOn'], message: refusal }] })
      },
    })
    await waitFor(() => expect(rows()).toHaveLength(1))
    await openStep(user, '律师庭审迟到', /答\s?复/, '登记答复')
    await user.type(within(dialog()).getByLabelText('答复内容'), '电话告知')
    await user.clear(byId('repliedOn'))
    await user.type(byId('repliedOn'), '2026-03-05')
    await user.click(within(dialog()).getByRole('button', { name: SAVE }))
    await expectToast('error', refusal)
    expect(api.callsTo('complaint:update')).toEqual([{ id: 'cp-3', step: 'reply', reply: '电话告知', repliedOn: '2026-03-05' }])
    expect((within(dialog()).getByLabelText('答复内容') as HTMLTextAreaElement).value).toBe('电话告知')

    await user.click(within(dialog()).getByRole('button', { name: /取\s?消/ }))
    await dialogClosed()
    expect(api.callsTo('complaint:update')).toHaveLength(1)
    expect(actions('律师庭审迟到')).toEqual(['答复'])
  })

  it('a clerk may register complaints but gets no 调查 button (complaint:update); the complaint still shows as 已受理', async () => {
    const { api } = setup(qualityState({ complaints: [RECEIVED] }), {}, ['clerk'])
    await waitFor(() => expect(rows()).toHaveLength(1))
    expect(seen('律师开庭前一直没有联系我')[4]).toBe('已受理')
    expect(actions('律师开庭前一直没有联系我')).toEqual([])
    expect(screen.getByRole('button', { name: /登记投诉/ })).toBeTruthy()
    expect(api.callsTo('complaint:update')).toEqual([])
  })

  it('a reviewer gets the 调查 button', async () => {
    setup(qualityState({ complaints: [RECEIVED] }), {}, ['reviewer'])
    await waitFor(() => expect(rows()).toHaveLength(1))
    expect(actions('律师开庭前一直没有联系我')).toEqual(['调查'])
  })

  it('finance staff can read complaints but get neither the form nor the steps', async () => {
    setup(qualityState({ complaints: [RECEIVED] }), {}, ['finance'])
    await waitFor(() => expect(rows()).toHaveLength(1))
    expect(seen('律师开庭前一直没有联系我')[4]).toBe('已受理')
    expect(actions('律师开庭前一直没有联系我')).toEqual([])
    expect(screen.queryByRole('button', { name: /登记投诉/ })).toBeNull()
    expect(screen.queryByPlaceholderText('投诉内容')).toBeNull()
  })

  it('a load failure shows the service’s message instead of the list', async () => {
    setup(qualityState(), {
      'quality:get': () => {
        throw new AppError('IO', '无法连接本机服务，请确认法援工作台仍在运行后重试。')
      },
    })
    expect(await screen.findByText('无法连接本机服务，请确认法援工作台仍在运行后重试。')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /登记投诉/ })).toBeNull()
  })
})
