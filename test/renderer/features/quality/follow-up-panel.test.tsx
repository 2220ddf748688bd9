import { waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ComplaintsPanel } from '../../../../renderer/src/features/quality/components/complaints-panel'
import { FollowUpPanel } from '../../../../renderer/src/features/quality/components/follow-up-panel'
import type { Role } from '../../../../shared/domain/roles'
import type { QualityState } from '../../../../shared/quality/dto'
import { AppError } from '../../../../shared/ipc/result'
import type { FakeHandlers } from '../../../kit/fake-api'
import { byId, cells, choose, expectToast, fieldError, renderPanel, screen, selected, TODAY } from '../handling/panel-helpers'
import { CASE_ID, followUp, qualityServer, qualityState } from './quality-fixtures'

vi.setConfig({ testTimeout: 20_000 })

const VISITS = [
  followUp('fu-1', '2026-03-06', 'phone', 'very-satisfied', '受援人表示工资已全部到账，对律师很满意'),
  followUp('fu-2', '2026-03-08', 'visit', 'unreachable', null, '王芳'),
]

function setup(initial: QualityState, overrides: FakeHandlers = {}, roles: Role[] = ['clerk']) {
  const server = qualityServer(initial)
  return { ...renderPanel(<FollowUpPanel caseId={CASE_ID} />, { ...server.handlers, ...overrides }, roles), server }
}

const card = () => screen.getByText('回访').closest('.ant-card') as HTMLElement
const rows = () => [...card().querySelectorAll('tbody tr.ant-table-row')].map((r) => cells(r as HTMLElement))
const ADD = /登记回访/
const notes = () => screen.getByPlaceholderText('回访记录') as HTMLInputElement

describe('回访', () => {
  it('lists each visit with its date, channel, satisfaction and notes in Chinese', async () => {
    setup(qualityState({ followUps: VISITS }))
    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(rows()).toEqual([
      ['2026-03-06', '电话回访', '非常满意', '受援人表示工资已全部到账，对律师很满意', '张丽'],
      ['2026-03-08', '上门回访', '未能联系', '', '王芳'],
    ])
  })

  it('records a visit with the chosen channel, satisfaction and notes; it appears in the list and the notes box is emptied', async () => {
    const { api, user } = setup(qualityState({ followUps: VISITS }))
    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(byId('follow-up_visitedOn').value).toBe(TODAY)
    expect(selected('follow-up_channel')).toBe('电话回访')
    expect(selected('follow-up_satisfaction')).toBe('满意')

    await choose(user, 'follow-up_channel', '微信')
    await choose(user, 'follow-up_satisfaction', '不满意')
    await user.type(notes(), '受援人认为律师开庭前沟通太少')
    await user.click(screen.getByRole('button', { name: ADD }))

    await waitFor(() => expect(rows()).toHaveLength(3))
    expect(api.callsTo('followup:add')).toEqual([{ caseId: CASE_ID, visitedOn: TODAY, channel: 'wechat', satisfaction: 'dissatisfied', notes: '受援人认为律师开庭前沟通太少' }])
    expect(rows()[2]).toEqual([TODAY, '微信', '不满意', '受援人认为律师开庭前沟通太少', '张丽'])
    await waitFor(() => expect(notes().value).toBe(''))
  })

  it('notes are optional: a visit without notes is sent without them', async () => {
    const { api, user } = setup(qualityState())
    await screen.findByRole('button', { name: ADD })
    await user.click(screen.getByRole('button', { name: ADD }))
    await waitFor(() => expect(rows()).toEqual([[TODAY, '电话回访', '满意', '', '张丽']]))
    const [sent] = api.callsTo('followup:add') as Record<string, unknown>[]
    expect(sent).toEqual({ caseId: CASE_ID, visitedOn: TODAY, channel: 'phone', satisfaction: 'satisfied' })
    expect(sent?.notes).toBeUndefined()
  })

  it('a visit without a date is refused in Chinese before anything is sent', async () => {
    const { api, user } = setup(qualityState())
    await screen.findByRole('button', { name: ADD })
    await user.clear(byId('follow-up_visitedOn'))
    await user.click(screen.getByRole('button', { name: ADD }))
    await waitFor(() => expect(fieldError('follow-up_visitedOn')).toBe('请填写回访日期'))
    expect(api.callsTo('followup:add')).toEqual([])
  })

  it('a date the service refuses is shown in Chinese and the typed notes are kept', async () => {
    const refusal = '回访日期不能早于受理日期（2026-02-16）'
    const { api, user } = setup(qualityState({ followUps: VISITS }), {
      'followup:add': () => {
        throw new AppError('VALIDATION', refusal, { issues: [{ path: ['visitedOn'], message: refusal }] })
      },
    })
    await waitFor(() => expect(rows()).toHaveLength(2))
    await user.clear(byId('follow-up_visitedOn'))
    await user.type(byId('follow-up_visitedOn'), '2026-02-10')
    await user.type(notes(), '电话回访')
    await user.click(screen.getByRole('button', { name: ADD }))
    await expectToast('error', refusal)
    expect(api.callsTo('followup:add')).toEqual([{ caseId: CASE_ID, visitedOn: '2026-02-10', channel: 'phone', satisfaction: 'satisfied', notes: '电话回访' }])
    expect(notes().value).toBe('电话回访')
    expect(rows()).toHaveLength(2)
  })

  it('finance staff can read the visits but get no form to record one', async () => {
    const { api } = setup(qualityState({ followUps: VISITS }), {}, ['finance'])
    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(screen.queryByRole('button', { name: ADD })).toBeNull()
    expect(screen.queryByPlaceholderText('回访记录')).toBeNull()
    expect(api.callsTo('followup:add')).toEqual([])
  })

  it('a reviewer may record visits: the form is there', async () => {
    setup(qualityState({ followUps: VISITS }), {}, ['reviewer'])
    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(screen.getByRole('button', { name: ADD })).toBeTruthy()
  })

  it('a load failure shows the service’s message instead of the list', async () => {
    setup(qualityState(), {
      'quality:get': () => {
        throw new AppError('NOT_FOUND', '找不到该案件，可能已被删除，请返回案件列表刷新')
      },
    })
    expect(await screen.findByText('找不到该案件，可能已被删除，请返回案件列表刷新')).toBeTruthy()
    expect(screen.queryByRole('button', { name: ADD })).toBeNull()
  })
})

describe('回访与投诉同在案卷页', () => {
  it('the two forms’ fields have distinct ids (both have a 方式 field named channel)', async () => {
    const server = qualityServer(qualityState({ followUps: VISITS }))
    renderPanel(
      <>
        <FollowUpPanel caseId={CASE_ID} />
        <ComplaintsPanel caseId={CASE_ID} />
      </>,
      server.handlers,
      ['clerk'],
    )
    await waitFor(() => expect(rows()).toHaveLength(2))
    await screen.findByRole('button', { name: /登记投诉/ })
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id).filter((id) => id !== '')
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i)
    expect(repeated).toEqual([])
    expect(document.querySelectorAll('#channel')).toHaveLength(0)
    expect(selected('follow-up_channel')).toBe('电话回访')
    expect(selected('complaint_channel')).toBe('电话')
  })
})
