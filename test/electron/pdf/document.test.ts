/** createDoc / renderDocument behaviour: determinism, size, paging, tables, fitting. */
import { describe, expect, it } from 'vitest'
import { createDoc, creationDateOf, renderDocument, renderToBuffer, SIZES, textBox } from '../../../electron/main/pdf/document'
import { renderPdf } from '../../../electron/main/pdf'
import { gridWidth, paragraph, signatureBlock, table, title } from '../../../electron/main/pdf/layout'
import * as fx from './fixtures'
import { pageTexts, savePreview, squash } from './helpers'

describe('document basics', () => {
  it('creation date is 00:00 of issuedOn in Asia/Shanghai', () => {
    expect(creationDateOf({ issuedOn: fx.d('2026-03-09') }).toISOString()).toBe('2026-03-08T16:00:00.000Z')
    expect(creationDateOf({ issuedOn: fx.d('2026-03-09'), createdAtMs: 1_773_000_000_000 }).getTime()).toBe(1_773_000_000_000)
  })

  it('gives A4 with the GB/T 9704 text block (156 mm × 225 mm) and CJK fonts registered', () => {
    const doc = createDoc({ title: 't', author: '南宁市法律援助中心', issuedOn: fx.d('2026-03-09') })
    const box = textBox(doc)
    const mm = (pt: number) => (pt * 25.4) / 72
    expect(mm(box.width)).toBeCloseTo(156, 0)
    expect(mm(box.bottom - box.top)).toBeCloseTo(225, 0)
    expect(mm(box.top)).toBeCloseTo(37, 0)
    expect(mm(box.left)).toBeCloseTo(28, 0)
    // 三号 (16 pt) body, and 28 body characters fill one line on the grid, as GB/T 9704 sets.
    expect(SIZES.body).toBe(16)
    doc.font('cjk').fontSize(SIZES.body)
    expect(gridWidth(doc, '法'.repeat(28), SIZES.body)).toBeLessThanOrEqual(box.width + 0.01)
    expect(gridWidth(doc, '法'.repeat(28), SIZES.body)).toBeGreaterThan(box.width - 0.5)
    expect(gridWidth(doc, '法'.repeat(29), SIZES.body)).toBeGreaterThan(box.width)
    for (const name of ['cjk-bold', 'cjk-title', 'cjk-kai', 'cjk-song']) doc.font(name) // registered
    doc.end()
  })
})

describe('determinism', () => {
  it('the same view model gives identical bytes, even after other documents were printed', async () => {
    const a = (await renderPdf(fx.refusalDecision)).pdf
    await renderPdf(fx.grantDecision) // other glyphs in between must not leak into the next print
    await renderPdf({ ...fx.refusalDecision, applicant: { name: '欧阳䶮' } })
    const b = (await renderPdf(fx.refusalDecision)).pdf
    expect(b.equals(a)).toBe(true)
    // And a different document number changes the bytes (it is printed and in the metadata).
    const c = (await renderPdf({ ...fx.refusalDecision, docNumber: '南法援不〔2026〕5号' })).pdf
    expect(c.equals(a)).toBe(false)
  })
})

describe('size', () => {
  it('a short letter stays small thanks to font subsetting', async () => {
    const letter = await renderPdf(fx.officialLetter)
    const list = await renderPdf(fx.paymentList(120))
    console.log(`[pdf] 法律援助公函 (1 page): ${letter.pdf.length} bytes; 补贴发放汇总表 120 rows (${list.pageCount} pages): ${list.pdf.length} bytes`)
    // The two bundled fonts are 10 MB each; a subset of a few hundred glyphs is tens of KB.
    expect(letter.pageCount).toBe(1)
    expect(letter.pdf.length).toBeLessThan(40_000)
    expect(list.pdf.length).toBeLessThan(150_000)
  })
})

describe('payment list with 120 rows', () => {
  it('spans several pages, repeats the header on each, keeps every row and ends with the total', async () => {
    const vm = fx.paymentList(120)
    const result = await renderPdf(vm)
    const pages = (await pageTexts(result.pdf)).map(squash)
    expect(pages.length).toBe(result.pageCount)
    expect(pages.length).toBeGreaterThan(3)
    pages.forEach((p, i) => {
      expect(p, `header on page ${i + 1}`).toContain('序号案件编号承办律师律师事务所案件类别受援人补贴金额备注')
      expect(p, `page number on page ${i + 1}`).toContain(`—${i + 1}—`)
    })
    const all = pages.join('')
    for (const row of vm.rows) {
      expect(all.split(squash(row.caseNo)).length - 1, row.caseNo).toBe(1)
    }
    const last = pages.at(-1)!
    expect(last).toContain('合计（120件）')
    expect(last).toContain(squash(fx.formatTotal(vm.totalFen)))
    expect(last).toContain(fx.upper(vm.totalFen))
    // The total row is not alone: the last data row shares its page.
    expect(last).toContain(squash(vm.rows.at(-1)!.caseNo))
    savePreview('payment-list-120', result.pdf)
  })

  it('refuses a total that is not the sum of its rows', async () => {
    const vm = fx.paymentList(3)
    await expect(renderPdf({ ...vm, totalFen: fx.fen(vm.totalFen + 1) })).rejects.toThrow(/不一致/)
  })

  it('refuses a voucher whose total is not base plus approved extras', async () => {
    await expect(renderPdf({ ...fx.subsidyVoucher, totalFen: fx.fen(180000) })).rejects.toThrow(/不一致/)
  })
})

describe('table helper', () => {
  it('wraps long cells, and splits a row taller than a page without losing text', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}项事实：受援人于工作期间受伤，用人单位未依法缴纳工伤保险。`).join('')
    const pdf = await renderToBuffer({ title: 'table', author: '南宁市法律援助中心', issuedOn: fx.d('2026-03-09') }, (doc) => {
      table(
        doc,
        [
          { header: '项目', width: 1 },
          { header: '内容', width: 4 },
        ],
        [['简短', '一行'], ['很长的一格', long], ['最后', '结束行']],
        { size: SIZES.form },
      )
    })
    const pages = (await pageTexts(pdf)).map(squash)
    expect(pages.length).toBeGreaterThan(1)
    for (const p of pages) expect(p).toContain('项目内容') // header repeated
    const all = pages.join('')
    for (let i = 1; i <= 60; i++) expect(all).toContain(`第${i}项事实`)
    expect(all).toContain('结束行')
  })
})

describe('signature block fitting (GB/T 9704 §7.3.5.5)', () => {
  it('tightens the line pitch instead of printing the signature alone on a page', async () => {
    // Enough body text that, at the standard pitch, only the signature would spill over.
    const body = '本中心经审查认为，申请人的申请事项属于法律援助范围，经济困难状况符合本地标准。'
    let lines: number
    let result: Awaited<ReturnType<typeof renderDocument>> | null = null
    for (lines = 6; lines <= 18; lines++) {
      const build = (n: number) => (doc: PDFKit.PDFDocument) => {
        title(doc, '给予法律援助决定书')
        for (let i = 0; i < n; i++) paragraph(doc, body)
        signatureBlock(doc, { org: '南宁市法律援助中心', date: '2026-03-09' })
      }
      const r = await renderDocument({ title: 'fit', author: '南宁市法律援助中心', issuedOn: fx.d('2026-03-09') }, build(lines))
      if (r.pitchScale < 1) {
        result = r
        break
      }
    }
    expect(result, 'some paragraph count needs fitting').not.toBeNull()
    const pages = (await pageTexts(result!.pdf)).map(squash)
    const last = pages.at(-1)!
    // The last page holds body text as well as the signature and date.
    expect(last).toContain('南宁市法律援助中心2026年3月9日')
    expect(last.replace('南宁市法律援助中心2026年3月9日', '').replace(/—\d+—/, '')).toContain('本中心经审查认为')
  })
})
