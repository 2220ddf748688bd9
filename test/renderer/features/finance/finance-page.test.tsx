import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { UserDto } from '../../../../shared/auth/dto'
import type { DisclosureList, FinanceOverview } from '../../../../shared/finance/dto'
import { AppError } from '../../../../shared/ipc/result'
import { FinancePage } from '../../../../renderer/src/features/finance/components/finance-page'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp } from '../../../kit/render'
import { DIRECTOR, FINANCE, captureDownloads, cells, freezeToday, rowOf } from '../subsidy/subsidy-fixtures'

const ADMIN: UserDto = { ...DIRECTOR, id: 'u-admin', username: 'admin', displayName: '赵敏', roles: ['admin'] }

const OVERVIEW: FinanceOverview = {
  year: 2026,
  budget: { amountFen: 50_000_000, source: '内财行〔2026〕12号', note: null },
  committedFen: 1_123_456,
  paidFen: 623_456,
  remainingFen: 48_876_544,
  byMonth: [
    { month: '2026-01', committedFen: 500_000, paidFen: 250_000 },
    { month: '2026-02', committedFen: 623_456, paidFen: 373_456 },
  ],
  byLawyer: [
    { lawyerId: 'l-1', lawyerName: '李明', firmName: '内蒙古正和律师事务所', committedFen: 340_000, paidFen: 170_000, entries: 2 },
    { lawyerId: 'l-3', lawyerName: '孙红', firmName: '内蒙古明德律师事务所', committedFen: 123_456, paidFen: 123_456, entries: 1 },
  ],
}

const DISCLOSURE: DisclosureList = {
  period: '2026-03',
  rows: [
    { seq: 1, caseNumber: '2026-0042', subsidyKindLabel: '民事案件', lawyerName: '李明', firmName: '内蒙古正和律师事务所', paidOn: '2026-03-10', amountFen: 170_000, note: '' },
    { seq: 2, caseNumber: null, subsidyKindLabel: '值班律师', lawyerName: '赵强', firmName: '内蒙古法泰律师事务所', paidOn: '2026-03-10', amountFen: 80_000, note: '2026-02 值班 4 个工作日' },
    { seq: 3, caseNumber: '2026-0031', subsidyKindLabel: '刑事案件', lawyerName: '孙红', firmName: '内蒙古明德律师事务所', paidOn: '2026-03-10', amountFen: 123_456, note: '' },
  ],
  totalFen: 373_456,
  excel: { fileName: '补贴发放公示-2026-03.xlsx', filePath: null, rows: 3, totalFen: 373_456, contentBase64: btoa('PK-disclosure') },
}

function setup(who: UserDto, handlers: FakeHandlers = {}) {
  const db = { overview: new Map<number, FinanceOverview>([[2026, OVERVIEW]]) }
  const { api, user } = renderWithApp(<FinancePage />, {
    api: {
      'finance:overview': (input) => db.overview.get(input.year) ?? { ...OVERVIEW, year: input.year, budget: null, committedFen: 0, paidFen: 0, remainingFen: null, byMonth: [], byLawyer: [] },
      'finance:disclosure': (input) => (input.period === DISCLOSURE.period ? DISCLOSURE : { period: input.period, rows: [], totalFen: 0, excel: { ...DISCLOSURE.excel, fileName: `补贴发放公示-${input.period}.xlsx`, rows: 0, totalFen: 0 } }),
      'finance:budget-save': (input) => {
        const o = { ...(db.overview.get(input.year) ?? OVERVIEW), year: input.year, budget: { amountFen: input.amountFen, source: input.source, note: null } }
        o.remainingFen = input.amountFen - o.committedFen
        db.overview.set(input.year, o)
        return o
      },
      ...handlers,
    },
    signedIn: who,
  })
  return { api, user }
}

const budgetCard = () => screen.getByText('年度预算与使用', { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement
const disclosureCard = () => screen.getByText('补贴发放公示', { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement
const stat = (title: string) => screen.getByText(title, { selector: '.ant-statistic-title' }).closest('.ant-statistic')?.querySelector('.ant-statistic-content')?.textContent
const amountInput = () => budgetCard().querySelector('input[role="spinbutton"]:not([aria-valuemax="2999"])') as HTMLInputElement

beforeEach(freezeToday)
afterEach(() => {
  vi.useRealTimers()
})

describe('补贴财务：年度预算与使用', { timeout: 30_000 }, () => {
  it('shows this year’s budget, committed, paid and remaining in yuan, by month and by lawyer', async () => {
    const { api } = setup(FINANCE)
    await waitFor(() => expect(stat('年度预算')).toBe('¥500,000.00'))
    expect(stat('已审批（占用）')).toBe('¥11,234.56')
    expect(stat('已发放')).toBe('¥6,234.56')
    expect(stat('预算余额')).toBe('¥488,765.44')
    expect(api.callsTo('finance:overview')).toEqual([{ year: 2026 }])

    expect(cells(await rowOf('2026-02', budgetCard()))).toEqual(['2026-02', '¥6,234.56', '¥3,734.56'])
    expect(cells(await rowOf('2026-01', budgetCard()))).toEqual(['2026-01', '¥5,000.00', '¥2,500.00'])
    expect(cells(await rowOf('孙红', budgetCard()))).toEqual(['孙红', '内蒙古明德律师事务所', '1', '¥1,234.56', '¥1,234.56'])
    expect(cells(await rowOf('李明', budgetCard()))).toEqual(['李明', '内蒙古正和律师事务所', '2', '¥3,400.00', '¥1,700.00'])
  })

  it('a year without a budget says 未录入 and has no remaining amount', async () => {
    const { api, user } = setup(DIRECTOR)
    await waitFor(() => expect(stat('年度预算')).toBe('¥500,000.00'))
    const year = budgetCard().querySelector('input[aria-valuemax="2999"]') as HTMLInputElement
    expect(year.value).toBe('2026')
    await user.clear(year)
    await user.type(year, '2025')
    await waitFor(() => expect(stat('年度预算')).toBe('未录入'))
    expect(stat('预算余额')).toBe('—')
    expect(stat('已发放')).toBe('¥0.00')
    expect(api.callsTo('finance:overview').at(-1)).toEqual({ year: 2025 })
  })

  it('saves the budget as integer fen (1,234,567.89 元 → 123456789 分, no float error) with its source, and shows it', async () => {
    const { api, user } = setup(FINANCE)
    await waitFor(() => expect(stat('年度预算')).toBe('¥500,000.00'))
    await user.type(amountInput(), '1234567.89')
    await user.type(screen.getByPlaceholderText('预算依据（文件名称）'), '内财行〔2026〕30号 追加预算')
    await user.click(screen.getByRole('button', { name: '保存预算' }))
    await waitFor(() => expect(api.callsTo('finance:budget-save')).toHaveLength(1))
    const [sent] = api.callsTo('finance:budget-save') as { amountFen: number }[]
    expect(sent).toEqual({ year: 2026, amountFen: 123_456_789, source: '内财行〔2026〕30号 追加预算' })
    expect(Number.isInteger(sent!.amountFen)).toBe(true)
    await waitFor(() => expect(stat('年度预算')).toBe('¥1,234,567.89'))
    expect(stat('预算余额')).toBe('¥1,223,333.33')
  })

  it('a budget without amount or source is not sent', async () => {
    const { api, user } = setup(FINANCE)
    await user.click(await screen.findByRole('button', { name: '保存预算' }))
    expect(await screen.findByText('请填写预算金额')).toBeTruthy()
    expect(screen.getByText('请填写预算依据')).toBeTruthy()
    expect(api.callsTo('finance:budget-save')).toEqual([])
  })

  it('an administrator (may look, may not set the budget) sees the figures but no budget form', async () => {
    const { api } = setup(ADMIN)
    await waitFor(() => expect(stat('年度预算')).toBe('¥500,000.00'))
    expect(screen.queryByRole('button', { name: '保存预算' })).toBeNull()
    expect(screen.queryByPlaceholderText('预算依据（文件名称）')).toBeNull()
    expect(api.callsTo('finance:budget-save')).toEqual([])
  })

  it('the director may set the budget: the form is there', async () => {
    setup(DIRECTOR)
    await waitFor(() => expect(stat('年度预算')).toBe('¥500,000.00'))
    expect(screen.getByRole('button', { name: '保存预算' })).toBeTruthy()
  })

  it('an overview that cannot be loaded says why', async () => {
    setup(FINANCE, {
      'finance:overview': () => {
        throw new AppError('VALIDATION', '年度应在 2000—2999 之间')
      },
    })
    expect(await within(budgetCard()).findByText('年度应在 2000—2999 之间')).toBeTruthy()
    expect(stat('年度预算')).toBe('未录入')
  })
})

describe('补贴财务：发放公示', { timeout: 30_000 }, () => {
  it('lists this month’s payments without assisted persons, 值班律师 for duty lines, and the total in yuan', async () => {
    const { api } = setup(FINANCE)
    const card = disclosureCard()
    expect(within(card).getByText(/不含受援人的姓名、身份证号和联系电话/)).toBeTruthy()
    expect(cells(await rowOf('2026-0042', card))).toEqual(['1', '2026-0042', '民事案件', '李明', '内蒙古正和律师事务所', '2026-03-10', '¥1,700.00', ''])
    expect(cells(await rowOf('值班律师', card))).toEqual(['2', '值班律师', '值班律师', '赵强', '内蒙古法泰律师事务所', '2026-03-10', '¥800.00', '2026-02 值班 4 个工作日'])
    expect(cells(await rowOf('合计', card))).toEqual(['合计', '¥3,734.56'])
    expect(api.callsTo('finance:disclosure')).toEqual([{ period: '2026-03' }])
  })

  it('another month asks for that month', async () => {
    const { api } = setup(FINANCE)
    await rowOf('2026-0042', disclosureCard())
    fireEvent.change(disclosureCard().querySelector('input[type="month"]') as HTMLInputElement, { target: { value: '2026-02' } })
    await waitFor(() => expect(api.callsTo('finance:disclosure').at(-1)).toEqual({ period: '2026-02' }))
    await waitFor(() => expect(within(disclosureCard()).queryByText('2026-0042')).toBeNull())
    expect(cells(await rowOf('合计', disclosureCard()))).toEqual(['合计', '¥0.00'])
  })

  it('导出 Excel downloads the month’s disclosure list', async () => {
    const downloads = captureDownloads()
    try {
      const { user } = setup(FINANCE)
      const exportButton = within(disclosureCard()).getByRole('button', { name: '导出 Excel' }) as HTMLButtonElement
      await waitFor(() => expect(exportButton.disabled).toBe(false))
      await user.click(exportButton)
      expect(downloads.files.map((f) => f.name)).toEqual(['补贴发放公示-2026-03.xlsx'])
      expect(downloads.files[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      expect(await downloads.files[0]!.text()).toBe('PK-disclosure')
    } finally {
      downloads.restore()
    }
  })

  it('a list that cannot be made says why, and there is nothing to export', async () => {
    setup(FINANCE, {
      'finance:disclosure': () => {
        throw new AppError('NOT_CONFIGURED', '尚未设置本中心信息（适用地区）。请先在「设置」中填写', { setting: 'center' })
      },
    })
    expect(await within(disclosureCard()).findByText('尚未设置本中心信息（适用地区）。请先在「设置」中填写')).toBeTruthy()
    expect((within(disclosureCard()).getByRole('button', { name: '导出 Excel' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
