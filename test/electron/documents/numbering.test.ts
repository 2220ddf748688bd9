/**
 * 文号 are unique and gap-free per type and year, also when many are issued at once in one
 * process or from two processes; a failed issue leaves no row, no file and no used number.
 */
import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { issueDocument } from '../../../electron/main/documents/document-service'
import { renderPdf } from '../../../electron/main/pdf'
import { IssueDocumentInput } from '../../../shared/documents/schema'
import { childScript, makeTestServices, type TestServices } from '../../kit/services'
import { CLERK, issue, registerCase } from './helpers'
import { advanceCase } from '../../kit/advance'
import { value } from '../../kit/call'

const run = promisify(execFile)

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices()
})
afterEach(async () => {
  await s.dispose()
})

const seqOf = (docNumber: string) => Number(/〕(\d+)号$/.exec(docNumber)![1])
const count = (table: string) => (s.ctx.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
const counter = (type: string) =>
  (s.ctx.store.sqlite.prepare('SELECT last_seq FROM doc_counter WHERE doc_type = ? AND year = 2026').get(type) as { last_seq: number } | undefined)?.last_seq ?? 0

/** Every file under documents/, temporary ones included. */
function filesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    let entries: import('node:fs').Dirent[]
    try {
      entries = readdirSync(d, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(join(d, e.name))
      else out.push(join(d, e.name))
    }
  }
  walk(dir)
  return out
}

const receipt = (caseId: string, materials: string[] = ['法律援助申请表']) =>
  IssueDocumentInput.parse({ type: 'acceptance-receipt', caseId, extra: { materials } })

describe('document numbering', () => {
  it('50 issued at once: numbers 1..n without repeats or gaps; forced render failures and refused glyphs leave nothing behind', async () => {
    const c = await registerCase(s)
    const before = count('audit_log')
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => {
        const materials = i % 9 === 4 ? ['户口簿𡒄页复印件'] : [`材料${i}`]
        const failRender = i % 5 === 2
        return issueDocument(s.ctx, receipt(c.id, materials), { actor: CLERK.actor }, {
          render: async (vm, opts) => {
            if (failRender) throw new Error('forced render failure')
            return renderPdf(vm, opts)
          },
        })
      }),
    )
    const ok = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof issueDocument>>>).value)
    const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
    const expectedFailures = Array.from({ length: 50 }, (_, i) => i).filter((i) => i % 9 === 4 || i % 5 === 2).length
    expect(failed).toHaveLength(expectedFailures)
    expect(failed.some((f) => String(f.reason).includes('forced render failure'))).toBe(true)
    expect(failed.some((f) => (f.reason as { code?: string }).code === 'POLICY_VIOLATION')).toBe(true)

    const seqs = ok.map((r) => seqOf(r.document.docNumber)).sort((a, b) => a - b)
    expect(seqs).toEqual(Array.from({ length: ok.length }, (_, i) => i + 1))
    expect(new Set(ok.map((r) => r.document.docNumber)).size).toBe(ok.length)
    expect(counter('acceptance-receipt')).toBe(ok.length)
    expect(count('issued_document')).toBe(ok.length)
    expect(count('audit_log') - before).toBe(ok.length)
    const files = filesUnder(s.ctx.paths.documentsDir)
    expect(files).toHaveLength(ok.length)
    expect(files.every((f) => f.endsWith('.pdf') && !f.includes('.tmp-'))).toBe(true)
  }, 120_000)

  it('numbers each type separately, restarts per year, and carries the center prefix', async () => {
    const c = await registerCase(s)
    const a = value(await issue(s, { type: 'acceptance-receipt', caseId: c.id }))
    await advanceCase(s, c.id, 'awaiting-materials')
    const b = value(await issue(s, { type: 'supplement-notice', caseId: c.id, extra: { missingMaterials: [{ name: '工资条' }], supplyBy: '2026-12-01' } }))
    const a2 = value(await issue(s, { type: 'acceptance-receipt', caseId: c.id }))
    expect([a.document.docNumber, b.document.docNumber, a2.document.docNumber]).toEqual(['呼法援受〔2026〕1号', '呼法援补〔2026〕1号', '呼法援受〔2026〕2号'])
  })

  it('a failure after the file was written (commit refused) removes the file and gives the number back', async () => {
    const c = await registerCase(s)
    let seenPath = ''
    await expect(
      issueDocument(s.ctx, receipt(c.id), { actor: CLERK.actor }, {
        beforeCommit: ({ absPath }) => {
          seenPath = absPath
          expect(filesUnder(s.ctx.paths.documentsDir)).toEqual([absPath]) // written, fsynced, renamed
          throw new Error('simulated commit failure')
        },
      }),
    ).rejects.toThrow('simulated commit failure')
    expect(seenPath).toContain('呼法援受〔2026〕1号.pdf')
    expect(filesUnder(s.ctx.paths.documentsDir)).toEqual([])
    expect(count('issued_document')).toBe(0)
    expect(counter('acceptance-receipt')).toBe(0)
    // The number was not consumed: the next issue gets 0001.
    expect(value(await issue(s, { type: 'acceptance-receipt', caseId: c.id })).document.docNumber).toBe('呼法援受〔2026〕1号')
  })

  it('refuses missing glyphs over IPC with the characters listed, and issues after the clerk confirmed', async () => {
    const c = await registerCase(s)
    const input = { type: 'acceptance-receipt' as const, caseId: c.id, extra: { materials: ['户口簿𡒄页复印件'] } }
    const refused = await issue(s, input)
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error.code).toBe('POLICY_VIOLATION')
      expect(refused.error.details?.missingGlyphs).toEqual(['𡒄'])
      expect(refused.error.message).toContain('𡒄')
    }
    expect(count('issued_document')).toBe(0)
    expect(counter('acceptance-receipt')).toBe(0)
    const confirmed = value(await issue(s, { ...input, allowMissingGlyphs: true }))
    expect(confirmed.document.docNumber).toBe('呼法援受〔2026〕1号')
    expect(confirmed.document.missingGlyphs).toEqual(['𡒄'])
    const check = value(await s.dispatch('documents:check-glyphs', { text: '𠮷永红 王芳' }, CLERK)) as { missing: string[] }
    expect(check.missing).toEqual(['𠮷'])
  })

  it('two processes issuing at once on the same store never repeat or skip a number', async () => {
    const c = await registerCase(s)
    await s.close()
    const script = childScript('issue-many')
    const [a, b] = await Promise.all(
      ['A', 'B'].map((tag) => run(process.execPath, [script, s.dir, c.id, '20', tag], { cwd: resolve(__dirname, '../../..') })),
    )
    const numbers = [...JSON.parse(a!.stdout), ...JSON.parse(b!.stdout)] as string[]
    expect(numbers).toHaveLength(40)
    expect(numbers.map(seqOf).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(filesUnder(join(s.dir, 'documents')).filter((f) => f.endsWith('.pdf'))).toHaveLength(40)
  }, 120_000)
})
