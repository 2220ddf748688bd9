import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BatchJobStatus } from '../../../../shared/documents/schema'
import { AppError } from '../../../../shared/ipc/result'
import { BatchStartInput } from '../../../../shared/documents/schema'
import { BatchPrintPage } from '../../../../renderer/src/features/documents/components/batch-print-page'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp, type User } from '../../../kit/render'
import { issued, parseIssueInput, user } from './documents-fixtures'

const JOB = 'job-7f3a'

const status = (over: Partial<BatchJobStatus>): BatchJobStatus => ({
  jobId: JOB,
  state: 'running',
  done: 0,
  total: 0,
  outputPath: null,
  pages: null,
  bytes: null,
  tookMs: null,
  error: null,
  ...over,
})

const DONE = status({
  state: 'done',
  done: 8,
  total: 8,
  outputPath: 'documents/batches/2026-03-09/补贴发放凭证-2026-03-01至2026-03-09-8份-job-7f3a.pdf',
  pages: 16,
  bytes: 52_000,
  tookMs: 812,
})

/**
 * documents:batch-status answers only when the test says what the job has reached, so each
 * stage of the progress can be looked at (the page polls every 400 ms on real timers).
 */
function jobScript() {
  const waiting: ((s: BatchJobStatus) => void)[] = []
  return {
    handler: () => new Promise<BatchJobStatus>((resolve) => waiting.push(resolve)),
    async report(s: BatchJobStatus) {
      await waitFor(() => expect(waiting).toHaveLength(1), { timeout: 3000 })
      waiting.shift()?.(s)
    },
  }
}

/** Parses like the main process, so a refused input fails as it would there. */
function startJob(input: unknown): BatchJobStatus {
  const parsed = BatchStartInput.safeParse(input)
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? '输入无效')
  return status({})
}

function setup(handlers: FakeHandlers) {
  return renderWithApp(<BatchPrintPage />, {
    api: { 'documents:batch-start': startJob, 'documents:open': () => ({ opened: true }), ...handlers },
    signedIn: user(['finance'], '刘芳'),
  })
}

const batchCard = () => screen.getByText('批量打印').closest('.ant-card') as HTMLElement
const monthlyCard = () => screen.getByText('月度补贴发放汇总表').closest('.ant-card') as HTMLElement
const startButton = () => within(batchCard()).getByRole('button', { name: /生成合并文件/ })
const progress = () => within(batchCard()).getByRole('progressbar')

/** antd's Select: open it, then pick the option by its Chinese label. */
async function choose(u: User, field: HTMLElement, label: string) {
  await u.click(field)
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === label)
    if (!found) throw new Error(`no option ${label}`)
    return found
  })
  await u.click(option)
}

async function setDate(u: User, input: HTMLElement, value: string) {
  await u.clear(input)
  // jsdom's date box accepts a typed value only as a whole valid date.
  fireEvent.change(input, { target: { value } })
}

beforeEach(() => {
  // The form starts at today's date (the clerk's machine, Beijing time): 2026-03-09.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 2, 9, 10, 30))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('批量打印', () => {
  it('starts with today’s 指派通知书; merges the chosen type and dates with progress, then previews the one PDF', async () => {
    const job = jobScript()
    const { api, user: u } = setup({ 'documents:batch-status': job.handler })
    const card = batchCard()
    expect(within(card).getByText('指派通知书')).toBeTruthy()
    expect((within(card).getByLabelText('开具日期') as HTMLInputElement).value).toBe('2026-03-09')
    expect((within(card).getByLabelText('至') as HTMLInputElement).value).toBe('2026-03-09')

    await choose(u, within(card).getByLabelText('文书类型'), '补贴发放凭证')
    await setDate(u, within(card).getByLabelText('开具日期'), '2026-03-01')
    await u.click(startButton())

    await waitFor(() => expect(api.callsTo('documents:batch-start')).toEqual([{ type: 'subsidy-voucher', issuedFrom: '2026-03-01', issuedTo: '2026-03-09' }]))
    expect(await within(card).findByText('正在生成：0 / … 份')).toBeTruthy()
    expect(progress().getAttribute('aria-valuenow')).toBe('0')
    expect(startButton().className).toContain('ant-btn-loading')

    await job.report(status({ done: 3, total: 8 }))
    expect(await within(card).findByText('正在生成：3 / 8 份')).toBeTruthy()
    expect(progress().getAttribute('aria-valuenow')).toBe('37')

    await job.report(status({ done: 7, total: 8 }))
    expect(await within(card).findByText('正在生成：7 / 8 份')).toBeTruthy()
    expect(progress().getAttribute('aria-valuenow')).toBe('87')

    await job.report(DONE)
    expect(await within(card).findByText('已完成：8 份，共 16 页，用时 812 毫秒。')).toBeTruthy()
    expect(progress().getAttribute('aria-valuenow')).toBe('100')
    expect(startButton().className).not.toContain('ant-btn-loading')
    expect(api.callsTo('documents:batch-status')).toEqual([{ jobId: JOB }, { jobId: JOB }, { jobId: JOB }])
    expect(within(card).queryByRole('alert')).toBeNull()

    await u.click(within(card).getByRole('button', { name: /预览并打印/ }))
    await waitFor(() => expect(api.callsTo('documents:open')).toEqual([{ batchJobId: JOB }]))
    // Finished: no more polling.
    await new Promise((r) => setTimeout(r, 600))
    expect(api.callsTo('documents:batch-status')).toHaveLength(3)
  }, 20_000)

  it('a job that fails (nothing issued in the range) shows the reason, and the clerk can start again', async () => {
    const reason = '2026-03-09至2026-03-09没有已开具且未作废的指派通知书，请调整日期或类型'
    const job = jobScript()
    const { api, user: u } = setup({ 'documents:batch-status': job.handler })
    await u.click(startButton())
    await job.report(status({ state: 'failed', error: reason }))
    expect(await within(batchCard()).findByText(reason)).toBeTruthy()
    expect(within(batchCard()).queryByText(/已完成/)).toBeNull()
    expect(within(batchCard()).queryByRole('button', { name: /预览并打印/ })).toBeNull()
    expect(progress().className).toContain('ant-progress-status-exception')

    await u.click(startButton())
    await waitFor(() => expect(api.callsTo('documents:batch-start')).toHaveLength(2))
    await waitFor(() => expect(within(batchCard()).queryByText(reason)).toBeNull())
    await job.report(DONE)
    expect(await within(batchCard()).findByText(/已完成：8 份/)).toBeTruthy()
  }, 20_000)

  it('a refused start says why and does not poll', async () => {
    const busy = '已有两个批量打印任务正在进行，请等其完成后再开始新的任务'
    const { api, user: u } = setup({
      'documents:batch-start': () => {
        throw new AppError('CONFLICT', busy)
      },
    })
    await u.click(startButton())
    expect(await within(batchCard()).findByText(busy)).toBeTruthy()
    expect(within(batchCard()).queryByRole('progressbar')).toBeNull()
    await new Promise((r) => setTimeout(r, 600))
    expect(api.callsTo('documents:batch-status')).toEqual([])
  }, 15_000)

  it('an end date before the start date is refused with the shared schema’s message, before anything is sent', async () => {
    const { api, user: u } = setup({})
    await setDate(u, within(batchCard()).getByLabelText('开具日期'), '2026-03-20')
    await u.click(startButton())
    expect(await within(batchCard()).findByText('开始日期不能晚于结束日期')).toBeTruthy()
    expect(api.callsTo('documents:batch-start')).toEqual([])
    expect(within(batchCard()).queryByRole('progressbar')).toBeNull()
  }, 15_000)

  it('an empty date is marked on its field and nothing is sent', async () => {
    const { api, user: u } = setup({})
    await u.clear(within(batchCard()).getByLabelText('至'))
    await u.click(startButton())
    expect(await within(batchCard()).findByText('请填写开具日期（止）')).toBeTruthy()
    expect(api.callsTo('documents:batch-start')).toEqual([])
  }, 15_000)

  it('if asking for progress fails, the message shows and the clerk can start again', async () => {
    const lost = '找不到该批量打印任务（任务记录在程序重启后不保留），请重新开始'
    let polls = 0
    const { api, user: u } = setup({
      'documents:batch-status': () => {
        polls += 1
        if (polls === 1) throw new AppError('NOT_FOUND', lost)
        return DONE
      },
    })
    await u.click(startButton())
    expect(await within(batchCard()).findByText(lost)).toBeTruthy()
    await waitFor(() => expect(startButton().className).not.toContain('ant-btn-loading'))
    expect(within(batchCard()).queryByText(/正在生成/)).toBeNull()

    await u.click(startButton())
    expect(await within(batchCard()).findByText(/已完成：8 份，共 16 页/)).toBeTruthy()
    expect(api.callsTo('documents:batch-start')).toHaveLength(2)
    expect(within(batchCard()).queryByText(lost)).toBeNull()
  }, 15_000)
})

describe('月度补贴发放汇总表', () => {
  it('defaults to this month; 编制并预览 issues the month’s list and previews it', async () => {
    const { api, user: u } = setup({
      'documents:issue': (input) => issued(parseIssueInput(input).type, 2, { id: 'doc-list-2', caseId: null, caseNumber: null }),
    })
    const month = within(monthlyCard()).getByLabelText('发放月份') as HTMLInputElement
    expect(month.value).toBe('2026-03')
    fireEvent.change(month, { target: { value: '2026-02' } })
    await u.click(within(monthlyCard()).getByRole('button', { name: /编制并预览/ }))
    expect(await screen.findByText('已编制 呼法援汇〔2026〕2号')).toBeTruthy()
    expect(api.callsTo('documents:issue')).toEqual([{ type: 'payment-list', extra: { period: '2026-02' } }])
    await waitFor(() => expect(api.callsTo('documents:open')).toEqual([{ id: 'doc-list-2' }]))
  }, 15_000)

  it('a refusal (e.g. no vouchers that month) is shown in Chinese and nothing is previewed', async () => {
    const none = '2026年2月没有已开具且未作废的补贴发放凭证，无法编制汇总表'
    const { api, user: u } = setup({
      'documents:issue': () => {
        throw new AppError('VALIDATION', none)
      },
    })
    fireEvent.change(within(monthlyCard()).getByLabelText('发放月份'), { target: { value: '2026-02' } })
    await u.click(within(monthlyCard()).getByRole('button', { name: /编制并预览/ }))
    expect(await screen.findByText(none)).toBeTruthy()
    expect(api.callsTo('documents:open')).toEqual([])
  }, 15_000)
})
