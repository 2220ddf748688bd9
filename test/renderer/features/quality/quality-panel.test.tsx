import { waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { QualityPanel } from '../../../../renderer/src/features/quality/components/quality-panel'
import type { Role } from '../../../../shared/domain/roles'
import { DEFAULT_RUBRIC } from '../../../../shared/quality/quality'
import type { QualityState } from '../../../../shared/quality/dto'
import { AppError } from '../../../../shared/ipc/result'
import type { FakeHandlers } from '../../../kit/fake-api'
import type { User } from '../../../kit/render'
import { byId, cells, expectToast, fieldError, renderPanel, screen, TODAY } from '../handling/panel-helpers'
import { CASE_ID, CENTER_RUBRIC, qualityServer, qualityState, review } from './quality-fixtures'

vi.setConfig({ testTimeout: 20_000 })

function setup(initial: QualityState, overrides: FakeHandlers = {}, roles: Role[] = ['reviewer']) {
  const server = qualityServer(initial)
  return { ...renderPanel(<QualityPanel caseId={CASE_ID} />, { ...server.handlers, ...overrides }, roles), server }
}

const card = () => screen.getByText('质量评查').closest('.ant-card') as HTMLElement
const headTag = () => card().querySelector('.ant-card-extra')?.textContent
const rubricRows = () => [...card().querySelectorAll('tbody tr.ant-table-row')].map((r) => cells(r as HTMLElement).slice(0, 2))
const score = (code: string) => byId(`scores_${code}`)
const item = (label: string) =>
  [...card().querySelectorAll('.ant-descriptions-item')].find((d) => d.querySelector('.ant-descriptions-item-label')?.textContent === label)?.textContent
const SAVE = /保存评查结果/
const REVIEW_AGAIN = /重新评查（保留原评查记录）/

async function fillScores(user: User, scores: Record<string, number>) {
  for (const [code, points] of Object.entries(scores)) {
    await user.clear(score(code))
    await user.type(score(code), String(points))
  }
}

describe('质量评查', () => {
  it('an unreviewed case: the rubric with each item’s full marks, the system default marked as such, the grade lines, and 未评查', async () => {
    setup(qualityState())
    await screen.findByText('案卷材料齐全、装订规范')
    expect(headTag()).toBe('未评查')
    expect(rubricRows()).toEqual([
      ['案卷材料齐全、装订规范', '20'],
      ['办案程序合法、及时（会见、阅卷、调查取证）', '25'],
      ['法律文书（辩护词、代理词等）质量', '20'],
      ['出庭表现及办案机关意见', '15'],
      ['办案效果及受援人满意度', '20'],
    ])
    expect(screen.getByText(/^评查标准：/).textContent).toBe(
      '评查标准：系统默认评查标准（可在质量评查设置中修改）系统默认值；等级分数线：优秀 ≥ 90，良好 ≥ 80，合格 ≥ 60，其余为不合格。',
    )
    expect(screen.queryByText('评查人')).toBeNull()
    expect(byId('reviewedOn').value).toBe(TODAY)
    expect(screen.getByRole('button', { name: SAVE })).toBeTruthy()
  })

  it('scores every item and sends the scores, date and the opinions filled in; the service’s score and grade are then shown', async () => {
    const { api, user } = setup(qualityState())
    await screen.findByText('案卷材料齐全、装订规范')
    await fillScores(user, { 'file-complete': 18, procedure: 22, documents: 17, court: 13, effect: 16 })
    await user.type(screen.getByLabelText('出庭情况'), '按时出庭，庭审中就加班费计算充分发表意见')
    await user.type(screen.getByLabelText('评查意见'), '办案规范，文书说理可再加强')
    await user.click(screen.getByRole('button', { name: SAVE }))

    await expectToast('success', '评查得分 86，等级 良好')
    const sent = api.callsTo('quality:review-save')
    expect(sent).toEqual([
      {
        caseId: CASE_ID,
        reviewedOn: TODAY,
        scores: { 'file-complete': 18, procedure: 22, documents: 17, court: 13, effect: 16 },
        courtAttendance: '按时出庭，庭审中就加班费计算充分发表意见',
        comments: '办案规范，文书说理可再加强',
      },
    ])
    // Opinions left empty are not sent at all.
    expect(Object.keys(sent[0] as object)).not.toContain('judicialOpinion')
    expect(Object.keys(sent[0] as object)).not.toContain('peerReview')

    await waitFor(() => expect(headTag()).toBe('86 分 · 良好'))
    expect(item('评查人')).toBe('评查人张丽')
    expect(item('评查日期')).toBe(`评查日期${TODAY}`)
    expect(item('出庭情况')).toBe('出庭情况按时出庭，庭审中就加班费计算充分发表意见')
    expect(item('办案机关意见')).toBe('办案机关意见—')
    expect(screen.getByRole('button', { name: REVIEW_AGAIN })).toBeTruthy()
  })

  it('a missing score is refused on its row before anything is sent', async () => {
    const { api, user } = setup(qualityState())
    await screen.findByText('案卷材料齐全、装订规范')
    await fillScores(user, { 'file-complete': 18, procedure: 22, documents: 17, effect: 16 })
    await user.click(screen.getByRole('button', { name: SAVE }))
    await waitFor(() => expect(fieldError('scores_court')).toBe('请打分'))
    expect(fieldError('scores_procedure')).toBe('')
    expect(api.callsTo('quality:review-save')).toEqual([])
    expect(headTag()).toBe('未评查')
  })

  it('a score above an item’s full marks is brought down to the full marks on the screen before it is sent', async () => {
    const { api, user } = setup(qualityState())
    await screen.findByText('案卷材料齐全、装订规范')
    await fillScores(user, { 'file-complete': 25, procedure: 25, documents: 20, court: 15, effect: 20 })
    await user.tab()
    expect(score('file-complete').value).toBe('20')
    await user.click(screen.getByRole('button', { name: SAVE }))
    await expectToast('success', '评查得分 100，等级 优秀')
    expect((api.callsTo('quality:review-save')[0] as { scores: Record<string, number> }).scores['file-complete']).toBe(20)
  })

  it('a case reviewed under the center’s own rubric: its source and grade lines, the current scores in the form; 重新评查 sends the new scores', async () => {
    const current = review(CENTER_RUBRIC, { file: 28, procedure: 27, documents: 18, satisfaction: 15 }, { reviewedOn: '2026-03-06', judicialOpinion: '旗法院反馈：代理意见专业' })
    const { api, user } = setup(qualityState({ rubric: CENTER_RUBRIC, current, history: [current] }))
    await screen.findByText('卷宗归档规范')
    expect(headTag()).toBe('88 分 · 优秀')
    expect(screen.getByText(/^评查标准：/).textContent).toBe('评查标准：阿拉善左旗法律援助中心案件质量评查办法（2026年修订）；等级分数线：优秀 ≥ 85，良好 ≥ 75，合格 ≥ 60，其余为不合格。')
    expect(screen.queryByText('系统默认值')).toBeNull()
    expect(item('评查人')).toBe('评查人赵审查')
    expect(item('办案机关意见')).toBe('办案机关意见旗法院反馈：代理意见专业')
    expect(['file', 'procedure', 'documents', 'satisfaction'].map((c) => score(c).value)).toEqual(['28', '27', '18', '15'])

    await fillScores(user, { satisfaction: 5 })
    await user.click(screen.getByRole('button', { name: REVIEW_AGAIN }))
    await expectToast('success', '评查得分 78，等级 良好')
    expect(api.callsTo('quality:review-save')).toEqual([{ caseId: CASE_ID, reviewedOn: TODAY, scores: { file: 28, procedure: 27, documents: 18, satisfaction: 5 } }])
    await waitFor(() => expect(headTag()).toBe('78 分 · 良好'))
  })

  it('the service’s refusal (case not yet closed) is shown and nothing changes', async () => {
    const refusal = '案件尚未结案：质量评查针对已结案的案卷，请先办理结案'
    const { api, user } = setup(qualityState(), {
      'quality:review-save': () => {
        throw new AppError('CONFLICT', refusal)
      },
    })
    await screen.findByText('案卷材料齐全、装订规范')
    await fillScores(user, { 'file-complete': 18, procedure: 22, documents: 17, court: 13, effect: 16 })
    await user.click(screen.getByRole('button', { name: SAVE }))
    await expectToast('error', refusal)
    expect(api.callsTo('quality:review-save')).toHaveLength(1)
    expect(headTag()).toBe('未评查')
    expect(score('court').value).toBe('13')
  })

  it('a clerk sees the current scores in a read-only form; the save button is disabled and says who may review', async () => {
    const current = review(CENTER_RUBRIC, { file: 28, procedure: 27, documents: 18, satisfaction: 15 }, { reviewedOn: '2026-03-06' })
    const { api, user } = setup(qualityState({ rubric: CENTER_RUBRIC, current, history: [current] }), {}, ['clerk'])
    await screen.findByText('卷宗归档规范')
    expect(['file', 'procedure', 'documents', 'satisfaction'].map((c) => score(c).value)).toEqual(['28', '27', '18', '15'])
    expect(score('file').disabled).toBe(true)
    const again = screen.getByRole('button', { name: REVIEW_AGAIN }) as HTMLButtonElement
    expect(again.disabled).toBe(true)
    await user.hover(again.parentElement ?? again)
    expect(await screen.findByText('仅审查员、负责人、管理员可评查')).toBeTruthy()
    expect(api.callsTo('quality:review-save')).toEqual([])
  })

  it('a reviewer gets the form enabled', async () => {
    setup(qualityState({ rubric: DEFAULT_RUBRIC }), {}, ['reviewer'])
    await screen.findByText('案卷材料齐全、装订规范')
    expect((screen.getByRole('button', { name: SAVE }) as HTMLButtonElement).disabled).toBe(false)
    expect(byId('reviewedOn').disabled).toBe(false)
  })

  it('a load failure shows the service’s message instead of the form', async () => {
    setup(qualityState(), {
      'quality:get': () => {
        throw new AppError('NOT_FOUND', '找不到该案件，可能已被删除，请返回案件列表刷新')
      },
    })
    expect(await screen.findByText('找不到该案件，可能已被删除，请返回案件列表刷新')).toBeTruthy()
    expect(screen.queryByRole('button', { name: SAVE })).toBeNull()
    expect(within(document.body).queryByText('质量评查')).toBeNull()
  })
})
