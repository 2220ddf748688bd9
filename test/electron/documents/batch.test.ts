/** Batch printing: many issued documents in ONE PDF, each from its stored view model, with progress. */
import type { LocalDate } from '../../../shared/domain/dates'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderBatch, waitForBatch } from '../../../electron/main/documents/document-service'
import { getDocumentProxy } from 'unpdf'
import type { BatchJobStatus, DocumentBytes, IssuedDocumentDto } from '../../../shared/documents/schema'
import type { Result } from '../../../shared/ipc/result'
import { makeTestServices, type TestServices } from '../../kit/services'
import { CLERK, makeResidentId, pdfText, registerCase, savePreview } from './helpers'
import { rosterLawyer } from '../../kit/advance'
import { seedPaidBatchForBench } from '../../../scripts/bench-seed-subsidy'
import { FINANCE, waitForVouchers } from '../handling/helpers'
import { value } from '../../kit/call'

const N = 200
let s: TestServices
const vouchers: IssuedDocumentDto[] = []
let issueMs = 0

let batchId = ''

// The vouchers come from the subsidy ledger, as in the finance screen: N approved subsidies on N
// cases (planted by the bench's seeder, since running each case to its close would dominate),
// a paid monthly batch, then the voucher run.
beforeAll(async () => {
  s = await makeTestServices()
  for (let i = 0; i < N; i++) {
    await registerCase(s, { name: `受援人${String(i).padStart(3, '0')}`, idNumber: makeResidentId('19850101', i % 999) })
  }
  await rosterLawyer(s)
  batchId = (await seedPaidBatchForBench(s, N, '2026-11', '2026-11-23' as LocalDate)).batchId
  const started = performance.now()
  const job = await waitForVouchers(s, batchId)
  issueMs = performance.now() - started
  expect(job.state).toBe('done')
  const ids = new Set(job.voucherDocIds)
  const listed = value((await s.dispatch('documents:list', { type: 'subsidy-voucher', limit: 500 }, CLERK)) as Result<IssuedDocumentDto[]>)
  vouchers.push(...listed.filter((d) => ids.has(d.id)).sort((x, y) => x.docNumber.localeCompare(y.docNumber, 'en', { numeric: true })))
  expect(vouchers).toHaveLength(N)
  console.log(`[documents] the voucher run issued ${N} vouchers in ${Math.round(issueMs)} ms; one voucher is ${vouchers[0]!.bytes} bytes, ${vouchers[0]!.pages} page`)
}, 300_000)

afterAll(async () => {
  await s.dispose()
})

describe('batch printing', () => {
  it(`${N} vouchers in one PDF: every document on its own pages, in number order, with progress reported`, async () => {
    const progress: [number, number][] = []
    const out = await renderBatch(s.ctx, { type: 'subsidy-voucher', issuedFrom: '2026-11-01' as LocalDate, issuedTo: '2026-11-30' as LocalDate }, CLERK.actor, (d, t) => progress.push([d, t]))
    console.log(`[documents] batch of ${out.count} vouchers: ${out.pages} pages, ${(out.bytes / 1024).toFixed(0)} KB, ${Math.round(out.tookMs)} ms`)
    expect(out.count).toBe(N)
    const expectedPages = vouchers.reduce((n, v) => n + v.pages, 0)
    expect(out.pages).toBe(expectedPages)
    expect(progress[0]).toEqual([0, N])
    expect(progress.at(-1)).toEqual([N, N])
    expect(progress.map(([d]) => d)).toEqual(Array.from({ length: N + 1 }, (_, i) => i))

    const pdf = readFileSync(out.absPath)
    const proxy = await getDocumentProxy(new Uint8Array(pdf))
    expect(proxy.numPages).toBe(expectedPages)
    const text = await pdfText(pdf)
    // In number order, each with its own number and recipient.
    let last = -1
    for (const v of vouchers) {
      const at = text.indexOf(v.docNumber)
      expect(at).toBeGreaterThan(last)
      last = at
    }
    expect(text).toContain('受援人000')
    expect(text).toContain('受援人199')
    // Page numbers restart with each document.
    expect(text.match(/—1—/g)?.length).toBe(N)
    // Far smaller than N separate files: the font subset is embedded once.
    expect(out.bytes).toBeLessThan(vouchers.reduce((n, v) => n + v.bytes, 0))
    savePreview('batch-vouchers', pdf, 2) // the PDF in full, PNGs of the first two pages
  }, 120_000)

  it('over IPC: batch-start returns a job, batch-status reports progress then the output, documents:read serves it', async () => {
    // Void one: it is left out.
    value(await s.dispatch('documents:void', { id: vouchers[5]!.id, reason: '金额需复核' }, CLERK))
    const started = value((await s.dispatch('documents:batch-start', { type: 'subsidy-voucher', issuedFrom: '2026-11-23', issuedTo: '2026-11-23' }, CLERK)) as Result<BatchJobStatus>)
    expect(started.state).toBe('running')
    const seen: BatchJobStatus[] = []
    for (;;) {
      const st = value((await s.dispatch('documents:batch-status', { jobId: started.jobId }, CLERK)) as Result<BatchJobStatus>)
      seen.push(st)
      if (st.state !== 'running') break
      await new Promise((r) => setTimeout(r, 20))
    }
    const final = seen.at(-1)!
    expect(final.state).toBe('done')
    expect(final.total).toBe(N - 1)
    expect(final.outputPath).toMatch(/^documents\/batches\/2026-11-23\/补贴发放凭证-2026-11-23至2026-11-23-199份-/)
    expect(seen.some((st) => st.state === 'running' && st.done > 0 && st.done < st.total)).toBe(true)
    const read = value((await s.dispatch('documents:read', { batchJobId: started.jobId }, CLERK)) as Result<DocumentBytes>)
    expect(read.bytes).toBe(final.bytes)
    expect(readFileSync(join(s.dir, ...final.outputPath!.split('/'))).length).toBe(final.bytes)
    expect(await pdfText(Buffer.from(read.base64, 'base64'))).not.toContain(vouchers[5]!.docNumber)
    await waitForBatch(s.ctx, started.jobId)
  }, 120_000)

  it('refuses an empty range with a message that says what to change, and an unknown job', async () => {
    const r = (await s.dispatch('documents:batch-start', { type: 'subsidy-voucher', issuedFrom: '2026-01-01', issuedTo: '2026-01-31' }, CLERK)) as Result<BatchJobStatus>
    const st = value(r)
    const done = await waitForBatch(s.ctx, st.jobId)
    expect(done.state).toBe('failed')
    expect(done.error).toContain('没有已开具且未作废的补贴发放凭证')
    const unknown = await s.dispatch('documents:batch-status', { jobId: 'x' }, CLERK)
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND')
    const reversed = await s.dispatch('documents:batch-start', { type: 'subsidy-voucher', issuedFrom: '2026-02-01', issuedTo: '2026-01-01' }, CLERK)
    expect(!reversed.ok && reversed.error.code).toBe('VALIDATION')
  })

  it("the batch's 汇总表 lists every entry of the batch with the batch's total, once", async () => {
    const r = value(await s.dispatch('subsidy-batch:payment-list', { batchId }, FINANCE)) as { documentId: string; docNumber: string; reused: boolean }
    const batch = value(await s.dispatch('subsidy-batch:get', { batchId }, FINANCE)) as { totalFen: number; entryCount: number }
    const doc = s.ctx.store.sqlite.prepare('SELECT view_model_json, file_path, pages FROM issued_document WHERE id = ?').get(r.documentId) as { view_model_json: string; file_path: string; pages: number }
    const text = await pdfText(readFileSync(join(s.dir, ...doc.file_path.split('/'))))
    expect(text).toContain(`合计（${N}件）`)
    const vm = JSON.parse(doc.view_model_json)
    expect(vm.totalFen).toBe(batch.totalFen)
    expect(vm.rows).toHaveLength(N)
    expect(doc.pages).toBeGreaterThan(1)
    // Asking again gives the same document, not a second number.
    const again = value(await s.dispatch('subsidy-batch:payment-list', { batchId }, FINANCE)) as { documentId: string; reused: boolean }
    expect(again).toMatchObject({ documentId: r.documentId, reused: true })
  })
})
