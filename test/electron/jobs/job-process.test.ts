/**
 * The real job process (bundled once for the run, as electron-vite bundles it)
 * behind the real dispatcher: same answers as in-process, errors with their codes, the import's
 * deadlines planned by the main process, a batch read back by the main process, a restore that
 * first lets the job process go, and a process that retires when idle or is killed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { statisticsSummary } from '../../../electron/main/statistics/statistics-service'
import type { BatchJobStatus, DocumentBytes, IssueDocumentResult } from '../../../shared/documents/schema'
import type { StatsSummary } from '../../../shared/statistics/schema'
import { CLERK, makeResidentId, makeTestServices, bundledJobSpawner, validApplication, type TestServices } from '../../kit/services'
import { failure, value } from '../../kit/call'

let open: TestServices[] = []
afterEach(async () => {
  await Promise.all(open.map((s) => s.dispose()))
  open = []
})
async function services(options: Parameters<typeof makeTestServices>[0] = {}): Promise<TestServices> {
  const s = await makeTestServices({ jobs: { spawn: bundledJobSpawner() }, ...options })
  open.push(s)
  return s
}
async function register(s: TestServices, n: number, receivedOn = '2026-11-20'): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const r = await s.dispatch('application:create', validApplication({ name: `王${'甲乙丙丁戊己庚辛'[i % 8]}`, idNumber: makeResidentId('19800315', 200 + i), receivedOn }), CLERK)
    ids.push(value<{ id: string }>(r).id)
  }
  return ids
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
async function until(what: () => boolean, ms = 10_000) {
  const end = Date.now() + ms
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('job process', () => {
  it('gives the same statistics as the main process would, from another process', async () => {
    const s = await services()
    await register(s, 5)
    const viaJob = value<StatsSummary>(await s.dispatch('stats:summary', { from: '2026-11-01', to: '2026-11-30' }, CLERK))
    const pid = s.jobs!.pid()
    expect(pid).not.toBeNull()
    expect(pid).not.toBe(process.pid)
    const here = statisticsSummary(s.ctx, { from: '2026-11-01', to: '2026-11-30' })
    expect(viaJob.totals.applications).toBe(5)
    expect({ ...viaJob, tookMs: 0 }).toEqual({ ...here, tookMs: 0 })
    // The job process keeps the main process's (test) clock.
    expect(viaJob.today).toBe('2026-11-23')
  })

  it('errors come back with their code and Chinese message; bad input never leaves the main process', async () => {
    const s = await services({ configure: false })
    const e = failure(await s.dispatch('stats:report-pdf', { kind: 'month', month: '2026-10' }, CLERK))
    expect(e.code).toBe('NOT_CONFIGURED')
    expect(e.message).toContain('尚未设置本中心信息')
    const pid = s.jobs!.pid()
    const bad = failure(await s.dispatch('stats:summary', { from: '2026-13-01', to: '2026-11-30' }, CLERK))
    expect(bad.code).toBe('VALIDATION')
    expect(s.jobs!.pid()).toBe(pid) // the same process, no new one for a refused call
  })

  it('an outreach import written by the job process is seen, and planned, by the main process', async () => {
    const laptop = await makeTestServices()
    open.push(laptop)
    for (let i = 0; i < 3; i++) {
      value(await laptop.dispatch('application:create', validApplication({ name: `巡回${i}`, idNumber: makeResidentId('19900101', 300 + i) }), CLERK))
    }
    const file = `${laptop.dir}/pkg.ladpkg`
    value(await laptop.dispatch('outreach:export', { file, passphrase: '口令-2026-测试' }, CLERK))
    const center = await services({ backgroundPlanning: true })
    const imported = value<{ created: { applications: unknown[] } }>(await center.dispatch('outreach:import', { file, passphrase: '口令-2026-测试', decisions: {} }, CLERK))
    expect(imported.created.applications).toHaveLength(3)
    const count = () => (center.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM legal_case').get() as { n: number }).n
    expect(count()).toBe(3)
    // The main process's planner was asked to plan the new cases (the job process has none).
    await until(() => (center.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM workflow_pending').get() as { n: number }).n === 0)
    await center.planner!.idle()
    const planned = center.ctx.store.sqlite.prepare(`SELECT count(DISTINCT case_id) AS n FROM case_deadline`).get() as { n: number }
    expect(planned.n).toBe(3)
  })

  it('a batch printed in the job process is read back by the main process', async () => {
    const s = await services()
    const [caseId] = await register(s, 1)
    const doc = value<IssueDocumentResult>(await s.dispatch('documents:issue', { type: 'acceptance-receipt', caseId }, CLERK)).document
    let status = value<BatchJobStatus>(await s.dispatch('documents:batch-start', { type: 'acceptance-receipt', issuedFrom: '2000-01-01', issuedTo: '2099-12-31', ids: [doc.id] }, CLERK))
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 25))
      status = value<BatchJobStatus>(await s.dispatch('documents:batch-status', { jobId: status.jobId }, CLERK))
    }
    expect(status.state).toBe('done')
    const bytes = value<DocumentBytes>(await s.dispatch('documents:read', { batchJobId: status.jobId }, CLERK))
    expect(bytes.mime).toBe('application/pdf')
    expect(Buffer.from(bytes.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.fileName).toMatch(/\.pdf$/)
    expect(bytes.fileName).toContain(status.jobId.slice(-8))
  })

  it('a restore first lets the job process go; the next call starts a new one on the restored store', async () => {
    const s = await services()
    await register(s, 2)
    value(await s.dispatch('stats:summary', { from: '2026-11-01', to: '2026-11-30' }, CLERK))
    const before = s.jobs!.pid()!
    const copy = value<{ backup: { file: string } }>(await s.dispatch('backup:run', {}, CLERK)).backup
    await register(s, 1, '2026-11-21')
    value(await s.dispatch('backup:restore', { file: copy.file, confirm: true }, CLERK))
    expect(alive(before)).toBe(false)
    expect(s.jobs!.pid()).toBeNull()
    const after = value<StatsSummary>(await s.dispatch('stats:summary', { from: '2026-11-01', to: '2026-11-30' }, CLERK))
    expect(after.totals.applications).toBe(2)
    expect(s.jobs!.pid()).not.toBe(before)
  })

  it('retires when idle and after being killed; the next call starts it again', async () => {
    const s = await services({ jobs: { spawn: bundledJobSpawner(), idleAfterMs: 300 } })
    value(await s.dispatch('stats:summary', { from: '2026-11-01', to: '2026-11-30' }, CLERK))
    const first = s.jobs!.pid()!
    await until(() => !alive(first))
    expect(s.jobs!.pid()).toBeNull()
    value(await s.dispatch('stats:summary', { from: '2026-11-01', to: '2026-11-30' }, CLERK))
    const second = s.jobs!.pid()!
    expect(second).not.toBe(first)
    process.kill(second, 'SIGKILL')
    await until(() => s.jobs!.pid() === null)
    const again = value<StatsSummary>(await s.dispatch('stats:summary', { from: '2026-11-01', to: '2026-11-30' }, CLERK))
    expect(again.totals.applications).toBe(0)
    expect(s.jobs!.pid()).not.toBe(second)
  })
})
