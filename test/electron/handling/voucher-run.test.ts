/**
 * The voucher run issues a chunk of vouchers in one transaction, rendered before the write lock:
 * when another issuer takes a number of the series in between, the chunk is rendered again with
 * the next numbers; a failure inside the transaction uses no number and leaves no file.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { nextDocSeq } from '../../../electron/main/documents/document-repo'
import { writeTx } from '../../../electron/main/db/tx'
import { issueManyFromViewModels, type ManyItem } from '../../../electron/main/subsidy/issue'
import { makeTestServices, type TestServices } from '../../kit/services'
import { subsidyVoucher } from '../pdf/fixtures'

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices()
})
afterEach(async () => {
  await s.dispose()
})

const counter = () => (s.ctx.store.sqlite.prepare(`SELECT last_seq FROM doc_counter WHERE doc_type = 'subsidy-voucher' AND year = 2026`).get() as { last_seq: number } | undefined)?.last_seq ?? 0
const storedFiles = (): string[] => {
  const dir = join(s.ctx.paths.documentsDir, '2026', 'subsidy-voucher')
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort() : []
}
const items = (n: number, link: ManyItem['link'] = async () => undefined): ManyItem[] => Array.from({ length: n }, () => ({ caseId: null, vm: subsidyVoucher, link }))

it('numbers the chunk after a number another issuer took while it was rendering, without gaps or stray files', async () => {
  let intruded = false
  const refs = await issueManyFromViewModels(s.ctx, {
    type: 'subsidy-voucher',
    docPrefix: '呼法援',
    actor: '钱会计',
    items: items(3),
    onRendered: () => {
      if (intruded) return
      intruded = true
      // Another process takes number 1 between this run's read of the counter and its commit.
      s.ctx.store.sqlite.prepare(`INSERT INTO doc_counter (doc_type, year, last_seq) VALUES ('subsidy-voucher', 2026, 1)`).run()
    },
  })
  expect(refs.map((r) => r.docNumber)).toEqual(['呼法援补贴〔2026〕2号', '呼法援补贴〔2026〕3号', '呼法援补贴〔2026〕4号'])
  expect(counter()).toBe(4)
  expect(storedFiles()).toEqual(['呼法援补贴〔2026〕2号.pdf', '呼法援补贴〔2026〕3号.pdf', '呼法援补贴〔2026〕4号.pdf'])
  const rows = s.ctx.store.sqlite.prepare(`SELECT doc_number FROM issued_document ORDER BY seq`).all() as { doc_number: string }[]
  expect(rows.map((r) => r.doc_number)).toEqual(refs.map((r) => r.docNumber))
})

it('a failure inside the transaction uses no number and leaves no file', async () => {
  await writeTx(s.ctx.db, (trx) => nextDocSeq(trx, 'subsidy-voucher', 2026))
  let linked = 0
  const failing = items(4, async () => {
    linked += 1
    if (linked === 3) throw new Error('link failed')
  })
  await expect(issueManyFromViewModels(s.ctx, { type: 'subsidy-voucher', docPrefix: '呼法援', actor: '钱会计', items: failing })).rejects.toThrow('link failed')
  expect(counter()).toBe(1)
  expect(storedFiles()).toEqual([])
  expect(s.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM issued_document').get()).toEqual({ n: 0 })
})
