import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { UserDto } from '../../../../shared/auth/dto'
import type { SubsidyClaimDto, SubsidyEntryDto, SubsidyExtraDto, SubsidyState } from '../../../../shared/subsidy/dto'
import { AppError } from '../../../../shared/ipc/result'
import { SubsidyPanel } from '../../../../renderer/src/features/subsidy/components/subsidy-panel'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp } from '../../../kit/render'
import { CLERK, DIRECTOR, byId, cells, pick, rowOf, toast } from './subsidy-fixtures'

const CASE_ID = 'case-42'

// The engine's own wording for a 民事 case in 内蒙古 (内政发〔2023〕7号 二（二）), grade 良好.
const STEPS = [
  '民事案件补贴区间 100000—180000 分；质量等级「良好」位于区间 50%：100000 + 40000 = 140000 分（取整到元）',
  '异地取证增加 30000 分，已由 王主任 核准，计入 30000 分',
  '疑难复杂增加 123456 分，待受案法律援助机构负责人核准，暂不计入',
  '合计 140000 + 30000 = 170000 分',
]
const DEFAULT_FORMULA = '区间内计算使用系统默认公式（优秀=上限、良好=中值、合格=下限），可在设置中修改'

const OFF_SITE: SubsidyExtraDto = {
  id: 'x-1',
  caseId: CASE_ID,
  reason: 'off-site-evidence',
  reasonLabel: '异地调查取证',
  amountFen: 30000,
  note: '赴呼和浩特调取劳动仲裁卷宗',
  requestedOn: '2026-02-20',
  requestedBy: '张丽',
  decision: 'approved',
  decidedBy: '王主任',
  decidedOn: '2026-02-21',
  decidedAtMs: Date.UTC(2026, 1, 21, 2),
  decisionNote: null,
}
const COMPLEX: SubsidyExtraDto = {
  ...OFF_SITE,
  id: 'x-2',
  reason: 'complex',
  reasonLabel: '疑难复杂案件',
  amountFen: 123456,
  note: '被告人数多、证据材料繁杂',
  requestedOn: '2026-03-02',
  decision: 'pending',
  decidedBy: null,
  decidedOn: null,
  decidedAtMs: null,
}

const claim = (over: Partial<SubsidyClaimDto> = {}): SubsidyClaimDto => ({
  id: 'claim-1',
  source: 'case',
  caseId: CASE_ID,
  caseNumber: '2026-0042',
  dutyPeriod: null,
  lawyerId: 'l-1',
  lawyerName: '李明',
  firmName: '内蒙古正和律师事务所',
  kind: 'civil',
  kindLabel: '民事案件',
  standardOn: '2026-03-02',
  qualityGrade: 'good',
  qualityGradeLabel: '良好',
  stagesCovered: 1,
  stagesTotal: 1,
  dutyDays: null,
  baseFen: 140000,
  extrasFen: 30000,
  totalFen: 170000,
  pendingExtras: 1,
  status: 'computed',
  statusLabel: '已核算，待负责人审批',
  steps: STEPS,
  warnings: [DEFAULT_FORMULA],
  profileName: '内蒙古自治区（2023）',
  basis: [
    { doc: '内政发〔2023〕7号', clause: '二（二）' },
    { doc: '法律援助法', clause: '第五十二条', unverified: true },
  ],
  computedBy: '张丽',
  approvedBy: null,
  approvedAtMs: null,
  paidFen: 0,
  entries: [],
  ...over,
})

const PAID_ENTRY: SubsidyEntryDto = {
  id: 'e-1',
  seq: 1,
  claimId: 'claim-1',
  kind: 'original',
  kindLabel: '补贴',
  amountFen: 170000,
  refersTo: null,
  reason: null,
  status: 'paid',
  statusLabel: '已发放',
  approvedBy: '王主任',
  approvedOn: '2026-02-25',
  batchId: 'b-1',
  batchNo: '2026-02-1',
  paidOn: '2026-02-28',
  paidBy: '刘会计',
  voucherDocId: 'doc-v1',
  voucherNumber: '内援补〔2026〕15号',
}

const state = (over: Partial<SubsidyState> = {}): SubsidyState => ({
  caseId: CASE_ID,
  caseNumber: '2026-0042',
  status: 'closed',
  lawyer: { id: 'l-1', name: '李明', firmName: '内蒙古正和律师事务所' },
  qualityGrade: 'good',
  suggestedKind: 'civil',
  extras: [OFF_SITE, COMPLEX],
  claims: [claim()],
  ...over,
})

function setup(initial: SubsidyState, handlers: FakeHandlers = {}, who: UserDto = DIRECTOR) {
  const box = { current: initial }
  const { api, user } = renderWithApp(<SubsidyPanel caseId={CASE_ID} />, { api: { 'subsidy:get': () => box.current, ...handlers }, signedIn: who })
  return { api, user, box }
}

// antd spaces out a two-character Chinese button label (核 准).
const APPROVE = /^核\s?准$/

const extrasTable = () => {
  const title = screen.getByText('增加补贴（异地取证、疑难复杂，须负责人核准）')
  return (title.closest('.ant-space-item') ?? title).nextElementSibling as HTMLElement
}
const claimCard = () => screen.getByText('李明 · 民事案件').closest('.ant-card') as HTMLElement
const descValue = (card: HTMLElement, label: string) =>
  within(card).getByText(label, { selector: '.ant-descriptions-item-label' }).closest('.ant-descriptions-item')?.querySelector('.ant-descriptions-item-content')?.textContent

// Rendering antd on a shared two-core machine is slow; the first test also pays for the imports.
describe('办案补贴：案件的补贴核算', { timeout: 30_000 }, () => {
  it('shows the engine’s amount in yuan from fen, its steps, the pending extra and each extra’s decision', async () => {
    setup(state())
    const card = await waitFor(claimCard)
    expect(within(card).getByText('已核算，待负责人审批')).toBeTruthy()
    expect(descValue(card, '基本补贴')).toBe('¥1,400.00')
    expect(descValue(card, '核准增加')).toBe('¥300.00')
    expect(descValue(card, '合计')).toBe('¥1,700.00')
    expect(descValue(card, '质量等级')).toBe('良好')
    expect(descValue(card, '标准日期')).toBe('2026-03-02')
    expect(descValue(card, '已发放')).toBe('¥0.00')
    expect([...card.querySelectorAll('li')].map((li) => li.textContent)).toEqual(STEPS)
    expect(within(card).getByText(DEFAULT_FORMULA)).toBeTruthy()
    expect(within(card).getByTestId('subsidy-basis').textContent).toBe('依据：内蒙古自治区（2023）；内政发〔2023〕7号 二（二）；法律援助法 第五十二条（条号待核）')
    expect(within(card).getByText('有 1 项增加补贴待负责人核准，暂未计入')).toBeTruthy()

    const approved = await rowOf('异地调查取证', extrasTable())
    expect(cells(approved)).toEqual(['异地调查取证', '¥300.00', '赴呼和浩特调取劳动仲裁卷宗', '张丽 2026-02-20', '已核准：王主任 2026-02-21'])
    const pending = await rowOf('疑难复杂案件', extrasTable())
    expect(cells(pending).slice(0, 4)).toEqual(['疑难复杂案件', '¥1,234.56', '被告人数多、证据材料繁杂', '张丽 2026-03-02'])
    expect(within(pending).getByRole('button', { name: APPROVE })).toBeTruthy()
    expect(within(pending).getByRole('button', { name: '不予核准' })).toBeTruthy()
  })

  it('a refused extra is shown as 不予核准 with who decided and when', async () => {
    setup(state({ extras: [{ ...COMPLEX, decision: 'refused', decidedBy: '王主任', decidedOn: '2026-03-03' }] }))
    const row = await rowOf('疑难复杂案件', await waitFor(extrasTable))
    expect(cells(row)[4]).toBe('不予核准：王主任 2026-03-03')
    expect(within(row).queryByRole('button')).toBeNull()
  })

  it('requesting an extra sends the amount as integer fen (19.99 元 → 1999 分, no float error) with the reason, then clears the form', async () => {
    const { api, user, box } = setup(state({ extras: [], claims: [] }), {
      'subsidy:extra-request': (input) => {
        box.current = state({ extras: [{ ...COMPLEX, id: 'x-3', reason: input.reason, reasonLabel: '疑难复杂案件', amountFen: input.amountFen, note: input.note, decision: 'pending' }], claims: [] })
        return box.current
      },
    }, CLERK)
    const amount = await byId<HTMLInputElement>('amountFen')
    await pick(user, await byId('reason'), '疑难复杂案件')
    await user.type(amount, '19.99')
    await user.type(screen.getByPlaceholderText('申请理由'), '涉及三名被告、卷宗二十余册')
    await user.click(screen.getByRole('button', { name: '申请增加' }))

    await waitFor(() => expect(api.callsTo('subsidy:extra-request')).toHaveLength(1))
    const [sent] = api.callsTo('subsidy:extra-request') as { amountFen: number }[]
    expect(sent).toEqual({ caseId: CASE_ID, reason: 'complex', amountFen: 1999, note: '涉及三名被告、卷宗二十余册' })
    expect(Number.isInteger(sent!.amountFen)).toBe(true)

    const row = await rowOf('疑难复杂案件', extrasTable())
    expect(cells(row)[1]).toBe('¥19.99')
    // resetFields mounts fresh inputs: look them up again.
    await waitFor(() => expect((document.getElementById('amountFen') as HTMLInputElement).value).toBe(''))
    expect((screen.getByPlaceholderText('申请理由') as HTMLInputElement).value).toBe('')
  })

  it('an extra of 1,234.56 元 for 异地调查取证 (the default reason) is sent as 123456 分', async () => {
    const { api, user } = setup(state({ extras: [], claims: [] }), { 'subsidy:extra-request': () => state({ claims: [] }) }, CLERK)
    await user.type(await byId<HTMLInputElement>('amountFen'), '1234.56')
    await user.type(screen.getByPlaceholderText('申请理由'), '赴外省调查取证')
    await user.click(screen.getByRole('button', { name: '申请增加' }))
    await waitFor(() => expect(api.callsTo('subsidy:extra-request')).toEqual([{ caseId: CASE_ID, reason: 'off-site-evidence', amountFen: 123456, note: '赴外省调查取证' }]))
  })

  it('an extra without amount or reason is not sent; the fields say what is missing', async () => {
    const { api, user } = setup(state({ extras: [], claims: [] }), { 'subsidy:extra-request': () => state() }, CLERK)
    await user.click(await screen.findByRole('button', { name: '申请增加' }))
    expect(await screen.findByText('请填写金额')).toBeTruthy()
    expect(screen.getByText('请填写申请理由')).toBeTruthy()
    expect(api.callsTo('subsidy:extra-request')).toEqual([])
  })

  it('a refused request (case not yet assigned) shows the Chinese reason and keeps what was typed', async () => {
    const { user } = setup(state({ extras: [], claims: [] }), {
      'subsidy:extra-request': () => {
        throw new AppError('CONFLICT', '只有已指派的案件可以申请增加补贴')
      },
    }, CLERK)
    const amount = await byId<HTMLInputElement>('amountFen')
    await user.type(amount, '300')
    await user.type(screen.getByPlaceholderText('申请理由'), '赴外省调查取证')
    await user.click(screen.getByRole('button', { name: '申请增加' }))
    expect(await toast('只有已指派的案件可以申请增加补贴')).toBeTruthy()
    expect(amount.value).toBe('300.00')
  })

  it('the director approves a pending extra; the table then shows 已核准 with who and when', async () => {
    const { api, user, box } = setup(state(), {
      'subsidy:extra-decide': (input) => {
        box.current = state({ extras: [OFF_SITE, { ...COMPLEX, decision: input.decision, decidedBy: '王主任', decidedOn: '2026-03-09' }] })
        return box.current
      },
    })
    const pending = await rowOf('疑难复杂案件', await waitFor(extrasTable))
    await user.click(within(pending).getByRole('button', { name: APPROVE }))
    await waitFor(() => expect(cells(pending)[4]).toBe('已核准：王主任 2026-03-09'))
    expect(api.callsTo('subsidy:extra-decide')).toEqual([{ extraId: 'x-2', decision: 'approved' }])
  })

  it('不予核准 sends decision refused', async () => {
    const { api, user } = setup(state(), { 'subsidy:extra-decide': () => state() })
    const pending = await rowOf('疑难复杂案件', await waitFor(extrasTable))
    await user.click(within(pending).getByRole('button', { name: '不予核准' }))
    await waitFor(() => expect(api.callsTo('subsidy:extra-decide')).toEqual([{ extraId: 'x-2', decision: 'refused' }]))
  })

  it('a clerk sees the pending extra as 待负责人核准 with no 核准 buttons, and no 负责人审批 on the claim', async () => {
    const { api } = setup(state(), {}, CLERK)
    const pending = await rowOf('疑难复杂案件', await waitFor(extrasTable))
    expect(cells(pending)[4]).toBe('待负责人核准')
    expect(within(pending).queryByRole('button', { name: APPROVE })).toBeNull()
    expect(within(pending).queryByRole('button', { name: '不予核准' })).toBeNull()
    expect(within(claimCard()).queryByRole('button', { name: '负责人审批' })).toBeNull()
    // the clerk may still request extras and compute
    expect(screen.getByRole('button', { name: '申请增加' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '按政策核算' })).toBeTruthy()
    expect(api.callsTo('subsidy:extra-decide')).toEqual([])
  })

  it('the director gets 核准 and 不予核准 on a pending extra and 负责人审批 on the claim', async () => {
    setup(state())
    const pending = await rowOf('疑难复杂案件', await waitFor(extrasTable))
    expect(within(pending).getByRole('button', { name: APPROVE })).toBeTruthy()
    expect(within(pending).getByRole('button', { name: '不予核准' })).toBeTruthy()
    expect(within(claimCard()).getByRole('button', { name: '负责人审批' })).toBeTruthy()
  })

  it('approving a claim with an extra still pending is refused with the reason', async () => {
    const { api, user } = setup(state(), {
      'subsidy:approve': () => {
        throw new AppError('POLICY_VIOLATION', '有 1 项增加补贴（异地取证、疑难复杂）尚待负责人核准：请先核准或不予核准，再审批补贴')
      },
    })
    const card = await waitFor(claimCard)
    await user.click(within(card).getByRole('button', { name: '负责人审批' }))
    expect(await toast(/尚待负责人核准：请先核准或不予核准，再审批补贴/)).toBeTruthy()
    expect(api.callsTo('subsidy:approve')).toEqual([{ claimId: 'claim-1' }])
    expect(within(card).getByText('已核算，待负责人审批')).toBeTruthy()
  })

  it('the director approves a computed claim: 已审批, and the claim shows its approved entry', async () => {
    const approvedEntry: SubsidyEntryDto = { ...PAID_ENTRY, status: 'approved', statusLabel: '待发放', batchId: null, batchNo: null, paidOn: null, paidBy: null, voucherDocId: null, voucherNumber: null, approvedOn: '2026-03-09' }
    const { api, user, box } = setup(state({ claims: [claim({ pendingExtras: 0 })] }), {
      'subsidy:approve': () => {
        const c = claim({ pendingExtras: 0, status: 'approved', statusLabel: '已审批，待发放', approvedBy: '王主任', entries: [approvedEntry] })
        box.current = state({ claims: [c] })
        return c
      },
    })
    const card = await waitFor(claimCard)
    expect(within(card).queryByText(/待负责人核准，暂未计入/)).toBeNull()
    await user.click(within(card).getByRole('button', { name: '负责人审批' }))
    expect(await toast('已审批')).toBeTruthy()
    expect(api.callsTo('subsidy:approve')).toEqual([{ claimId: 'claim-1' }])
    await waitFor(() => expect(within(claimCard()).getByText('已审批，待发放')).toBeTruthy())
    const entry = await rowOf('补贴', claimCard())
    expect(cells(entry).slice(0, 4)).toEqual(['补贴', '¥1,700.00', '待发放', '王主任 2026-03-09'])
    expect(within(claimCard()).queryByRole('button', { name: '负责人审批' })).toBeNull()
  })

  it('computes by policy with the suggested kind and the stages entered', async () => {
    const { api, user, box } = setup(state({ claims: [] }), {
      'subsidy:compute': () => {
        box.current = state({ claims: [claim({ stagesCovered: 2, stagesTotal: 3 })] })
        return box.current
      },
    }, CLERK)
    const kind = await screen.findByLabelText('补贴类别')
    expect(kind.closest('.ant-select')?.textContent).toContain('民事案件')
    const covered = screen.getByLabelText('已办阶段')
    await user.clear(covered)
    await user.type(covered, '2')
    const total = screen.getByLabelText('阶段总数')
    await user.clear(total)
    await user.type(total, '3')
    await user.click(screen.getByRole('button', { name: '按政策核算' }))
    await waitFor(() => expect(api.callsTo('subsidy:compute')).toEqual([{ caseId: CASE_ID, kind: 'civil', stagesCovered: 2, stagesTotal: 3 }]))
    expect(await screen.findByText('李明 · 民事案件')).toBeTruthy()
  })

  it('the kind can be changed (值班律师 is not offered here); a refused computation says why', async () => {
    const { api, user } = setup(state({ claims: [], suggestedKind: null }), {
      'subsidy:compute': () => {
        throw new AppError('POLICY_VIOLATION', '尚未完成质量评查：补贴按质量等级核算，请先在「质量评查」中评分')
      },
    }, CLERK)
    await user.click(await screen.findByRole('button', { name: '按政策核算' }))
    expect(await screen.findByText('请选择补贴类别')).toBeTruthy()
    expect(api.callsTo('subsidy:compute')).toEqual([])

    const kind = screen.getByLabelText('补贴类别')
    await pick(user, kind, '刑事案件')
    expect([...document.querySelectorAll('.ant-select-item-option')].map((x) => x.textContent)).toEqual(['刑事案件', '民事案件', '行政案件', '死刑二审案件'])
    await user.click(screen.getByRole('button', { name: '按政策核算' }))
    expect(await toast('尚未完成质量评查：补贴按质量等级核算，请先在「质量评查」中评分')).toBeTruthy()
    expect(api.callsTo('subsidy:compute')).toEqual([{ caseId: CASE_ID, kind: 'criminal', stagesCovered: 1, stagesTotal: 1 }])
  })

  it('a paid claim: its ledger entry and voucher are shown, it can no longer be recomputed, only corrected with a reason', async () => {
    const paid = claim({ pendingExtras: 0, status: 'paid', statusLabel: '已发放', paidFen: 170000, approvedBy: '王主任', entries: [PAID_ENTRY] })
    const { api, user } = setup(state({ extras: [OFF_SITE], claims: [paid] }), { 'subsidy:correct': () => paid })
    const card = await waitFor(claimCard)
    expect(descValue(card, '已发放')).toBe('¥1,700.00')
    const entry = await rowOf('补贴', card)
    expect(cells(entry)).toEqual(['补贴', '¥1,700.00', '已发放', '王主任 2026-02-25', '2026-02-1', '2026-02-28', '内援补〔2026〕15号', ''])
    expect(screen.queryByRole('button', { name: '按政策核算' })).toBeNull()
    expect(within(card).queryByRole('button', { name: '负责人审批' })).toBeNull()

    const correct = within(card).getByRole('button', { name: '更正（冲销原额并记录新金额）' }) as HTMLButtonElement
    expect(correct.disabled).toBe(true)
    await user.type(within(card).getByPlaceholderText('更正理由（如复查改评）'), '   ')
    expect(correct.disabled).toBe(true)
    await user.clear(within(card).getByPlaceholderText('更正理由（如复查改评）'))
    await user.type(within(card).getByPlaceholderText('更正理由（如复查改评）'), '复查改评为优秀')
    expect(correct.disabled).toBe(false)
    await user.click(correct)
    expect(await toast('已记录冲销和更正后金额，将在下一批次发放')).toBeTruthy()
    expect(api.callsTo('subsidy:correct')).toEqual([{ claimId: 'claim-1', reason: '复查改评为优秀' }])
  })

  it('a correction with the same amount is refused and the message is shown', async () => {
    const paid = claim({ pendingExtras: 0, status: 'paid', statusLabel: '已发放', paidFen: 170000, entries: [PAID_ENTRY] })
    const { user } = setup(state({ claims: [paid] }), {
      'subsidy:correct': () => {
        throw new AppError('CONFLICT', '重新核算的金额（170000 分）与已发放金额相同，无需更正')
      },
    })
    const card = await waitFor(claimCard)
    await user.type(within(card).getByPlaceholderText('更正理由（如复查改评）'), '复查')
    await user.click(within(card).getByRole('button', { name: '更正（冲销原额并记录新金额）' }))
    expect(await toast('重新核算的金额（170000 分）与已发放金额相同，无需更正')).toBeTruthy()
  })

  it('a reversal shows as a negative amount', async () => {
    const reversal: SubsidyEntryDto = { ...PAID_ENTRY, id: 'e-2', seq: 2, kind: 'reversal', kindLabel: '冲销', amountFen: -170000, status: 'approved', statusLabel: '待发放', refersTo: 'e-1', reason: '复查改评', batchId: null, batchNo: null, paidOn: null, paidBy: null, voucherDocId: null, voucherNumber: null }
    setup(state({ claims: [claim({ pendingExtras: 0, status: 'paid', statusLabel: '已发放', paidFen: 170000, entries: [PAID_ENTRY, reversal] })] }))
    const row = await rowOf('冲销', await waitFor(claimCard))
    expect(cells(row)[1]).toBe('-¥1,700.00')
    expect(cells(row)[7]).toBe('复查改评')
  })

  it('when the case’s subsidy cannot be loaded, the reason is shown', async () => {
    setup(state(), {
      'subsidy:get': () => {
        throw new AppError('NOT_FOUND', '找不到该案件')
      },
    })
    expect(await screen.findByText('找不到该案件')).toBeTruthy()
    expect(screen.queryByText('增加补贴（异地取证、疑难复杂，须负责人核准）')).toBeNull()
  })
})
