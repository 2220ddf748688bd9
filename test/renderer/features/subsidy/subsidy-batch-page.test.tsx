import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { UserDto } from '../../../../shared/auth/dto'
import type { BatchDetail, BatchDto, BatchRowDto, SubsidyClaimDto, VoucherJobStatus } from '../../../../shared/subsidy/dto'
import type { BatchJobStatus } from '../../../../shared/documents/schema'
import { AppError } from '../../../../shared/ipc/result'
import { SubsidyBatchPage } from '../../../../renderer/src/features/subsidy/components/subsidy-batch-page'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp, type User } from '../../../kit/render'
import { CLERK, DIRECTOR, FINANCE, captureDownloads, cells, forbidden, freezeToday, pick, rowOf, toast } from './subsidy-fixtures'

const claim = (over: Partial<SubsidyClaimDto> & Pick<SubsidyClaimDto, 'id'>): SubsidyClaimDto => ({
  source: 'case',
  caseId: 'case-42',
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
  steps: [],
  warnings: [],
  profileName: null,
  basis: [],
  computedBy: '张丽',
  approvedBy: null,
  approvedAtMs: null,
  paidFen: 0,
  entries: [],
  ...over,
})

const CASE_CLAIM = claim({ id: 'claim-1' })
const DUTY_CLAIM = claim({
  id: 'claim-d',
  source: 'duty',
  caseId: null,
  caseNumber: null,
  dutyPeriod: '2026-02',
  lawyerId: 'l-2',
  lawyerName: '赵强',
  kind: 'duty-lawyer',
  kindLabel: '值班律师',
  qualityGrade: 'pass',
  qualityGradeLabel: '合格',
  dutyDays: 4,
  baseFen: 80000,
  extrasFen: 0,
  totalFen: 80000,
  pendingExtras: 0,
})
const APPROVED = [
  claim({ id: 'claim-a1', status: 'approved', statusLabel: '已审批，待发放', pendingExtras: 0 }),
  claim({ id: 'claim-a2', status: 'approved', statusLabel: '已审批，待发放', pendingExtras: 0 }),
  claim({ id: 'claim-a3', status: 'approved', statusLabel: '已审批，待发放', pendingExtras: 0 }),
]

const row = (over: Partial<BatchRowDto> & Pick<BatchRowDto, 'entryId'>): BatchRowDto => ({
  claimId: 'claim-a1',
  kind: 'original',
  kindLabel: '补贴',
  caseNumber: '2026-0042',
  dutyPeriod: null,
  lawyerName: '李明',
  firmName: '内蒙古正和律师事务所',
  subsidyKindLabel: '民事案件',
  qualityGradeLabel: '良好',
  amountFen: 170000,
  voucherNumber: null,
  voucherDocId: null,
  note: '',
  ...over,
})

const ROWS: BatchRowDto[] = [
  row({ entryId: 'e-1' }),
  row({ entryId: 'e-2', claimId: 'claim-a2', caseNumber: null, dutyPeriod: '2026-02', lawyerName: '赵强', firmName: '内蒙古法泰律师事务所', subsidyKindLabel: '值班律师', qualityGradeLabel: null, amountFen: 80000, note: '2026-02 值班 4 个工作日' }),
  row({ entryId: 'e-3', claimId: 'claim-a3', caseNumber: '2026-0031', lawyerName: '孙红', firmName: '内蒙古明德律师事务所', subsidyKindLabel: '刑事案件', qualityGradeLabel: '优秀', amountFen: 123456 }),
]
const VOUCHERS = ['内援补〔2026〕21号', '内援补〔2026〕22号', '内援补〔2026〕23号']
const withVouchers = (rows: BatchRowDto[]) => rows.map((r, i) => ({ ...r, voucherNumber: VOUCHERS[i]!, voucherDocId: `doc-v${i + 1}` }))

const batch = (over: Partial<BatchDetail> = {}): BatchDetail => ({
  id: 'b-3',
  period: '2026-03',
  batchNo: '2026-03-1',
  status: 'draft',
  statusLabel: '待审批',
  entryCount: 3,
  totalFen: 373456,
  createdBy: '刘会计',
  approvedBy: null,
  paidOn: null,
  paidBy: null,
  paymentListDocId: null,
  vouchersIssued: 0,
  vouchersNeeded: 3,
  rows: ROWS,
  ...over,
})
const APPROVED_BATCH = batch({ status: 'approved', statusLabel: '已审批，待发放', approvedBy: '王主任' })
const PAID_BATCH = batch({ status: 'paid', statusLabel: '已发放', approvedBy: '王主任', paidOn: '2026-03-10', paidBy: '刘会计' })
const OLD_BATCH = batch({ id: 'b-1', period: '2026-02', batchNo: '2026-02-1', status: 'paid', statusLabel: '已发放', entryCount: 2, totalFen: 250000, paidOn: '2026-02-28', vouchersIssued: 2, vouchersNeeded: 2 })
const summary = ({ rows: _rows, ...b }: BatchDetail): BatchDto => b

/** A main process in miniature: batches change as they are approved and paid, and the page refetches. */
function setup(who: UserDto, opts: { batches?: BatchDetail[]; handlers?: FakeHandlers } = {}) {
  const db = {
    computed: [CASE_CLAIM, DUTY_CLAIM],
    approved: APPROVED,
    batches: new Map((opts.batches ?? [OLD_BATCH]).map((b) => [b.id, b])),
  }
  const put = (b: BatchDetail) => {
    db.batches.set(b.id, b)
    return b
  }
  const get = (id: string) => {
    const b = db.batches.get(id)
    if (!b) throw new AppError('NOT_FOUND', '找不到该发放批次')
    return b
  }
  const { api, user } = renderWithApp(<SubsidyBatchPage />, {
    api: {
      'subsidy:claims': (input) => (input.status === 'computed' ? db.computed : input.status === 'approved' ? db.approved : []),
      'subsidy-batch:list': (input) => [...db.batches.values()].filter((b) => b.period.startsWith(String(input.year))).map(summary),
      'subsidy-batch:get': (input) => get(input.batchId),
      'subsidy-batch:create': (input) => put(batch({ period: input.period, batchNo: `${input.period}-1` })),
      'subsidy-batch:approve': (input) => put({ ...get(input.batchId), status: 'approved', statusLabel: '已审批，待发放', approvedBy: '王主任' }),
      'subsidy-batch:pay': (input) => put({ ...get(input.batchId), status: 'paid', statusLabel: '已发放', paidOn: input.paidOn, paidBy: '刘会计' }),
      'documents:open': () => ({ opened: true }),
      ...opts.handlers,
    },
    signedIn: who,
  })
  return { api, user, db, put }
}

const card = (title: string) => screen.getByText(title, { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement
const detail = () => screen.findByText(/^批次 .*（.*）$/, { selector: '.ant-card-head-title' }).then((t) => t.closest('.ant-card') as HTMLElement)
// antd spaces out a two-character Chinese button label (审 批).
const APPROVE = /^审\s?批$/

async function openBatch(user: User, label: string): Promise<HTMLElement> {
  await pick(user, await screen.findByRole('combobox'), label)
  return detail()
}

beforeEach(freezeToday)
afterEach(() => {
  vi.useRealTimers()
})

describe('补贴发放：待审批的补贴', { timeout: 30_000 }, () => {
  it('lists case and duty claims awaiting the director with amounts in yuan and open extras, and counts the approved ones', async () => {
    setup(DIRECTOR)
    const pending = card('待负责人审批的补贴')
    const caseRow = await rowOf('2026-0042', pending)
    expect(cells(caseRow).slice(0, 6)).toEqual(['2026-0042', '李明', '民事案件', '良好', '¥1,700.00', '1'])
    const dutyRow = await rowOf('值班 2026-02', pending)
    expect(cells(dutyRow).slice(0, 6)).toEqual(['值班 2026-02', '赵强', '值班律师', '合格', '¥800.00', '0'])
    expect(await within(card('编制发放批次')).findByText('已审批待发放：3 项')).toBeTruthy()
  })

  it('审批 approves the claim; it leaves the list and joins the approved ones', async () => {
    const { api, user, db } = setup(DIRECTOR, {
      handlers: {
        'subsidy:approve': (input) => {
          const c = { ...DUTY_CLAIM, status: 'approved', statusLabel: '已审批，待发放' }
          db.computed = db.computed.filter((x) => x.id !== input.claimId)
          db.approved = [...db.approved, c]
          return c
        },
      },
    })
    const dutyRow = await rowOf('值班 2026-02', card('待负责人审批的补贴'))
    await user.click(within(dutyRow).getByRole('button', { name: APPROVE }))
    await waitFor(() => expect(within(card('待负责人审批的补贴')).queryByText('值班 2026-02')).toBeNull())
    expect(api.callsTo('subsidy:approve')).toEqual([{ claimId: 'claim-d' }])
    expect(await within(card('编制发放批次')).findByText('已审批待发放：4 项')).toBeTruthy()
  })

  it('approving a claim whose extra is still pending is refused with the reason', async () => {
    const { user } = setup(DIRECTOR, {
      handlers: {
        'subsidy:approve': () => {
          throw new AppError('POLICY_VIOLATION', '有 1 项增加补贴（异地取证、疑难复杂）尚待负责人核准：请先核准或不予核准，再审批补贴')
        },
      },
    })
    await user.click(within(await rowOf('2026-0042', card('待负责人审批的补贴'))).getByRole('button', { name: APPROVE }))
    expect(await toast('有 1 项增加补贴（异地取证、疑难复杂）尚待负责人核准：请先核准或不予核准，再审批补贴')).toBeTruthy()
    expect(within(card('待负责人审批的补贴')).getByText('2026-0042')).toBeTruthy()
  })

  it('finance sees the claims awaiting approval but gets no 审批 button', async () => {
    const { api } = setup(FINANCE)
    const caseRow = await rowOf('2026-0042', card('待负责人审批的补贴'))
    expect(cells(caseRow).slice(0, 6)).toEqual(['2026-0042', '李明', '民事案件', '良好', '¥1,700.00', '1'])
    expect(within(card('待负责人审批的补贴')).queryByRole('button', { name: APPROVE })).toBeNull()
    // finance compiles the batch
    expect(within(card('编制发放批次')).getByRole('button', { name: '编制本月批次' })).toBeTruthy()
    expect(api.callsTo('subsidy:approve')).toEqual([])
  })

  it('a clerk (not allowed to list claims) sees the refusal in place of the list', async () => {
    setup(CLERK, {
      handlers: {
        'subsidy:claims': () => {
          throw forbidden(CLERK, 'subsidy:claims')
        },
      },
    })
    expect(await within(card('待负责人审批的补贴')).findByText('您的角色（受理员）无权执行此操作，请联系管理员')).toBeTruthy()
  })
})

describe('补贴发放：批次', { timeout: 30_000 }, () => {
  it('编制本月批次 creates the batch of this month and opens it: total and each line in yuan, no payment list while a draft', async () => {
    const { api, user } = setup(FINANCE)
    await user.click(await screen.findByRole('button', { name: '编制本月批次' }))
    const d = await detail()
    expect(api.callsTo('subsidy-batch:create')).toEqual([{ period: '2026-03' }])
    expect(within(d).getByText('批次 2026-03-1（2026-03）')).toBeTruthy()
    expect(within(d).getByText('待审批')).toBeTruthy()
    expect(within(d).getByText(/^合计/).textContent).toBe('合计 ¥3,734.56，3 笔')
    expect(cells(await rowOf('2026-0042', d))).toEqual(['2026-0042', '李明', '内蒙古正和律师事务所', '民事案件', '良好', '补贴', '¥1,700.00', '', ''])
    expect(cells(await rowOf('值班 2026-02', d))).toEqual(['值班 2026-02', '赵强', '内蒙古法泰律师事务所', '值班律师', '', '补贴', '¥800.00', '', '2026-02 值班 4 个工作日'])
    expect(cells(await rowOf('2026-0031', d))[6]).toBe('¥1,234.56')
    expect(within(d).queryByRole('button', { name: '汇总表（PDF）' })).toBeNull()
    expect(within(d).queryByRole('button', { name: '登记发放' })).toBeNull()
    expect(within(d).getByRole('button', { name: '导出 Excel' })).toBeTruthy()
  })

  it('a batch for another month: the month chosen is sent', async () => {
    const { api, user } = setup(FINANCE)
    const month = (await screen.findByRole('button', { name: '编制本月批次' })).parentElement?.parentElement?.querySelector('input[type="month"]') as HTMLInputElement
    expect(month.value).toBe('2026-03')
    fireEvent.change(month, { target: { value: '2026-02' } })
    await user.click(screen.getByRole('button', { name: '编制本月批次' }))
    expect(await screen.findByText('批次 2026-02-1（2026-02）')).toBeTruthy()
    expect(api.callsTo('subsidy-batch:create')).toEqual([{ period: '2026-02' }])
  })

  it('nothing approved yet: the refusal says what to do first and no batch is opened', async () => {
    const { user } = setup(FINANCE, {
      handlers: {
        'subsidy-batch:create': () => {
          throw new AppError('CONFLICT', '没有已审批待发放的补贴：请先由负责人审批补贴，再编制发放批次')
        },
      },
    })
    await user.click(await screen.findByRole('button', { name: '编制本月批次' }))
    expect(await toast('没有已审批待发放的补贴：请先由负责人审批补贴，再编制发放批次')).toBeTruthy()
    expect(screen.queryByText(/^批次 /, { selector: '.ant-card-head-title' })).toBeNull()
  })

  it('lists the year’s batches; choosing one opens it; another year asks for that year', async () => {
    const { api, user } = setup(DIRECTOR)
    await waitFor(() => expect(api.callsTo('subsidy-batch:list')).toEqual([{ year: 2026 }]))
    const d = await openBatch(user, '2026-02-1 · 已发放 · 2 笔')
    expect(within(d).getByText('批次 2026-02-1（2026-02）')).toBeTruthy()
    expect(api.callsTo('subsidy-batch:get')).toEqual([{ batchId: 'b-1' }])

    const year = screen.getByRole('spinbutton')
    await user.clear(year)
    await user.type(year, '2025')
    await waitFor(() => expect(api.callsTo('subsidy-batch:list').at(-1)).toEqual({ year: 2025 }))
  })

  it('the director approves a draft batch; it becomes 已审批，待发放 (登记发放 is for finance)', async () => {
    const { api, user } = setup(DIRECTOR, { batches: [batch()] })
    const d = await openBatch(user, '2026-03-1 · 待审批 · 3 笔')
    await user.click(within(d).getByRole('button', { name: '负责人审批' }))
    await waitFor(() => expect(within(d).getByText('已审批，待发放')).toBeTruthy())
    expect(api.callsTo('subsidy-batch:approve')).toEqual([{ batchId: 'b-3' }])
    expect(within(d).queryByRole('button', { name: '登记发放' })).toBeNull()
    expect(within(d).queryByRole('button', { name: '负责人审批' })).toBeNull()
    expect(within(d).getByRole('button', { name: '汇总表（PDF）' })).toBeTruthy()
  })

  it('finance gets no 负责人审批 on a draft batch; the batch shows as 待审批', async () => {
    const { user } = setup(FINANCE, { batches: [batch()] })
    const d = await openBatch(user, '2026-03-1 · 待审批 · 3 笔')
    expect(within(d).getByText('待审批')).toBeTruthy()
    expect(within(d).queryByRole('button', { name: '负责人审批' })).toBeNull()
  })

  it('the director gets no 登记发放 on an approved batch (finance pays)', async () => {
    const { user } = setup(DIRECTOR, { batches: [APPROVED_BATCH] })
    const d = await openBatch(user, '2026-03-1 · 已审批，待发放 · 3 笔')
    expect(within(d).queryByRole('button', { name: '登记发放' })).toBeNull()
    expect(d.querySelector('input[type="date"]')).toBeNull()
    expect(within(d).getByRole('button', { name: '汇总表（PDF）' })).toBeTruthy()
  })

  it('finance records the payment on the date chosen; the batch becomes 已发放 and vouchers can be issued', async () => {
    const { api, user } = setup(FINANCE, { batches: [APPROVED_BATCH] })
    const d = await openBatch(user, '2026-03-1 · 已审批，待发放 · 3 笔')
    fireEvent.change(d.querySelector('input[type="date"]') as HTMLInputElement, { target: { value: '2026-03-10' } })
    await user.click(within(d).getByRole('button', { name: '登记发放' }))
    expect(await toast('已登记发放')).toBeTruthy()
    expect(api.callsTo('subsidy-batch:pay')).toEqual([{ batchId: 'b-3', paidOn: '2026-03-10' }])
    await waitFor(() => expect(within(d).getByText('已发放')).toBeTruthy())
    expect(within(d).getByRole('button', { name: '开具凭证（0/3）' })).toBeTruthy()
    expect(within(d).queryByRole('button', { name: '登记发放' })).toBeNull()
  })

  it('paying twice is refused: the message names the batch, date and payer', async () => {
    const { api, user } = setup(FINANCE, {
      batches: [APPROVED_BATCH],
      handlers: {
        'subsidy-batch:pay': () => {
          throw new AppError('CONFLICT', '批次 2026-03-1 已于 2026-03-10 由 刘会计 发放，不能重复发放')
        },
      },
    })
    const d = await openBatch(user, '2026-03-1 · 已审批，待发放 · 3 笔')
    await user.click(within(d).getByRole('button', { name: '登记发放' }))
    expect(await toast('批次 2026-03-1 已于 2026-03-10 由 刘会计 发放，不能重复发放')).toBeTruthy()
    expect(api.callsTo('subsidy-batch:pay')).toEqual([{ batchId: 'b-3', paidOn: '2026-03-09' }])
    expect(within(d).getByRole('button', { name: '登记发放' })).toBeTruthy()
  })
})

describe('补贴发放：凭证、汇总表和 Excel', { timeout: 30_000 }, () => {
  it('开具凭证 shows progress while the job runs, then the voucher numbers and 3/3', async () => {
    const statuses: VoucherJobStatus[] = [
      { jobId: 'job-1', batchId: 'b-3', state: 'running', done: 1, total: 3, voucherDocIds: ['doc-v1'], error: null, tookMs: 300 },
      { jobId: 'job-1', batchId: 'b-3', state: 'done', done: 3, total: 3, voucherDocIds: ['doc-v1', 'doc-v2', 'doc-v3'], error: null, tookMs: 900 },
    ]
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    const { api, user, put } = setup(FINANCE, {
      batches: [PAID_BATCH],
      handlers: {
        'subsidy-batch:vouchers-start': () => ({ ...statuses[0]!, done: 0, voucherDocIds: [] }),
        'subsidy-batch:vouchers-status': async () => {
          const next = statuses.shift()!
          if (next.state === 'done') {
            await gate
            put({ ...PAID_BATCH, vouchersIssued: 3, rows: withVouchers(ROWS) })
          }
          return next
        },
      },
    })
    const d = await openBatch(user, '2026-03-1 · 已发放 · 3 笔')
    await user.click(within(d).getByRole('button', { name: '开具凭证（0/3）' }))
    expect(await within(d).findByText('1/3')).toBeTruthy()
    expect((within(d).getByRole('button', { name: '开具凭证（0/3）' }) as HTMLButtonElement).disabled).toBe(true)
    release()
    expect(await toast('已开具 3 张凭证')).toBeTruthy()
    expect(await within(d).findByRole('button', { name: '开具凭证（3/3）' })).toBeTruthy()
    expect(cells(await rowOf('2026-0042', d))[7]).toBe('内援补〔2026〕21号')
    expect(api.callsTo('subsidy-batch:vouchers-start')).toEqual([{ batchId: 'b-3' }])
    expect(api.callsTo('subsidy-batch:vouchers-status')).toEqual([{ jobId: 'job-1' }, { jobId: 'job-1' }])
  })

  it('the progress of one batch’s voucher job is not shown on another batch', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    const running: VoucherJobStatus = { jobId: 'job-1', batchId: 'b-3', state: 'running', done: 1, total: 3, voucherDocIds: ['doc-v1'], error: null, tookMs: 300 }
    const { user } = setup(FINANCE, {
      batches: [PAID_BATCH, OLD_BATCH],
      handlers: {
        'subsidy-batch:vouchers-start': () => running,
        'subsidy-batch:vouchers-status': async () => {
          await gate
          return { ...running, state: 'done', done: 3, voucherDocIds: ['doc-v1', 'doc-v2', 'doc-v3'] }
        },
      },
    })
    try {
      const d = await openBatch(user, '2026-03-1 · 已发放 · 3 笔')
      await user.click(within(d).getByRole('button', { name: '开具凭证（0/3）' }))
      expect(await within(d).findByText('1/3')).toBeTruthy()

      await pick(user, screen.getByRole('combobox'), '2026-02-1 · 已发放 · 2 笔')
      const other = await screen.findByText('批次 2026-02-1（2026-02）')
      const otherCard = other.closest('.ant-card') as HTMLElement
      expect(otherCard.querySelector('.ant-progress')).toBeNull()
      expect((within(otherCard).getByRole('button', { name: '开具凭证（2/2）' }) as HTMLButtonElement).disabled).toBe(false)
    } finally {
      release()
    }
  })

  it('a failed voucher job shows its reason', async () => {
    const { user } = setup(FINANCE, {
      batches: [PAID_BATCH],
      handlers: {
        'subsidy-batch:vouchers-start': () => ({ jobId: 'job-2', batchId: 'b-3', state: 'failed', done: 1, total: 3, voucherDocIds: ['doc-v1'], error: '第 2 张凭证排版失败：字体缺少「𠮷」字', tookMs: 200 }),
      },
    })
    const d = await openBatch(user, '2026-03-1 · 已发放 · 3 笔')
    await user.click(within(d).getByRole('button', { name: '开具凭证（0/3）' }))
    expect(await toast('第 2 张凭证排版失败：字体缺少「𠮷」字')).toBeTruthy()
  })

  it('a refused voucher job (batch not yet paid) shows the reason', async () => {
    const { user } = setup(DIRECTOR, {
      batches: [PAID_BATCH],
      handlers: {
        'subsidy-batch:vouchers-start': () => {
          throw new AppError('POLICY_VIOLATION', '批次 2026-03-1 尚未发放：补贴发放凭证在登记发放后开具')
        },
      },
    })
    const d = await openBatch(user, '2026-03-1 · 已发放 · 3 笔')
    await user.click(within(d).getByRole('button', { name: '开具凭证（0/3）' }))
    expect(await toast('批次 2026-03-1 尚未发放：补贴发放凭证在登记发放后开具')).toBeTruthy()
  })

  it('打印全部凭证 before any voucher is issued only warns; nothing is sent', async () => {
    const { api, user } = setup(FINANCE, { batches: [PAID_BATCH] })
    const d = await openBatch(user, '2026-03-1 · 已发放 · 3 笔')
    await user.click(within(d).getByRole('button', { name: '打印全部凭证' }))
    expect(await toast('本批次还没有开具凭证')).toBeTruthy()
    expect(api.callsTo('documents:batch-start')).toEqual([])
  })

  it('打印全部凭证 lays out this batch’s vouchers in one PDF and opens it', async () => {
    const job = (over: Partial<BatchJobStatus>): BatchJobStatus => ({ jobId: 'pj-1', state: 'running', done: 0, total: 3, outputPath: null, pages: null, bytes: null, tookMs: null, error: null, ...over })
    const { api, user } = setup(FINANCE, {
      batches: [{ ...PAID_BATCH, vouchersIssued: 3, rows: withVouchers(ROWS) }],
      handlers: {
        'documents:batch-start': () => job({}),
        'documents:batch-status': () => job({ state: 'done', done: 3, outputPath: 'batches/pj-1.pdf', pages: 3, bytes: 90_000, tookMs: 800 }),
      },
    })
    const d = await openBatch(user, '2026-03-1 · 已发放 · 3 笔')
    await user.click(within(d).getByRole('button', { name: '打印全部凭证' }))
    await waitFor(() => expect(api.callsTo('documents:open')).toEqual([{ batchJobId: 'pj-1' }]))
    expect(api.callsTo('documents:batch-start')).toEqual([{ type: 'subsidy-voucher', issuedFrom: '2000-01-01', issuedTo: '2026-03-09', ids: ['doc-v1', 'doc-v2', 'doc-v3'] }])
    expect(api.callsTo('documents:batch-status')).toEqual([{ jobId: 'pj-1' }])
  })

  it('汇总表（PDF） issues the payment list and opens that document', async () => {
    const { api, user } = setup(DIRECTOR, {
      batches: [APPROVED_BATCH],
      handlers: { 'subsidy-batch:payment-list': () => ({ documentId: 'doc-pl', docNumber: '内援汇〔2026〕3号', reused: false }) },
    })
    const d = await openBatch(user, '2026-03-1 · 已审批，待发放 · 3 笔')
    await user.click(within(d).getByRole('button', { name: '汇总表（PDF）' }))
    await waitFor(() => expect(api.callsTo('documents:open')).toEqual([{ id: 'doc-pl' }]))
    expect(api.callsTo('subsidy-batch:payment-list')).toEqual([{ batchId: 'b-3' }])
  })

  it('导出 Excel downloads the file the main process made', async () => {
    const downloads = captureDownloads()
    try {
      const { api, user } = setup(FINANCE, {
        batches: [PAID_BATCH],
        handlers: {
          'subsidy-batch:export-excel': () => ({ fileName: '补贴发放-2026-03-1.xlsx', filePath: null, rows: 3, totalFen: 373456, contentBase64: btoa('PK-xlsx') }),
        },
      })
      const d = await openBatch(user, '2026-03-1 · 已发放 · 3 笔')
      await user.click(within(d).getByRole('button', { name: '导出 Excel' }))
      await waitFor(() => expect(downloads.files.map((f) => f.name)).toEqual(['补贴发放-2026-03-1.xlsx']))
      expect(downloads.files[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      expect(await downloads.files[0]!.text()).toBe('PK-xlsx')
      expect(api.callsTo('subsidy-batch:export-excel')).toEqual([{ batchId: 'b-3' }])
    } finally {
      downloads.restore()
    }
  })

  it('a failed export says why and downloads nothing', async () => {
    const downloads = captureDownloads()
    try {
      const { user } = setup(FINANCE, {
        batches: [PAID_BATCH],
        handlers: {
          'subsidy-batch:export-excel': () => {
            throw new AppError('IO', '无法写入导出文件：磁盘已满')
          },
        },
      })
      const d = await openBatch(user, '2026-03-1 · 已发放 · 3 笔')
      await user.click(within(d).getByRole('button', { name: '导出 Excel' }))
      expect(await toast('无法写入导出文件：磁盘已满')).toBeTruthy()
      expect(downloads.files).toEqual([])
    } finally {
      downloads.restore()
    }
  })
})
