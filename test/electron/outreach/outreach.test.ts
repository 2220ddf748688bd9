import { closeSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OutreachExportResult, OutreachImportResult, OutreachPreview } from '../../../shared/outreach/dto'
import { ApplicationInput } from '../../../shared/intake/schema'
import { verifyAuditChain } from '../../../electron/main/db/audit-repo'
import { caseRowToApplicationInput } from '../../../electron/main/outreach/mapping'
import { buildCaseRow } from '../../../electron/main/intake/intake-service'
import { CLERK, makeResidentId, makeTestServices, validApplication, type TestServices } from '../../kit/services'
import { makeTempDir } from '../../kit/temp-dir'
import { countAllTables } from '../backup/helpers'
import { failure, value } from '../../kit/call'

const PASS = '巡回受案-口令2026'
const LAPTOP_CLERK = { actor: '巡回受理员', via: 'electron' as const }

let laptop: TestServices
let center: TestServices
let usb: ReturnType<typeof makeTempDir>
beforeEach(async () => {
  ;[laptop, center] = await Promise.all([makeTestServices(), makeTestServices()])
  usb = makeTempDir('legalaid-usb-')
})
afterEach(async () => {
  await Promise.all([laptop.dispose(), center.dispose()])
  usb.cleanup()
})

let idSeq = 500
async function registerOn(s: TestServices, name: string, extra: { receivedOn?: string; idNumber?: string } = {}) {
  const r = await s.dispatch('application:create', validApplication({ name, idNumber: extra.idNumber ?? makeResidentId('19880808', idSeq++), ...(extra.receivedOn ? { receivedOn: extra.receivedOn } : {}) }), s === laptop ? LAPTOP_CLERK : CLERK)
  return value<{ id: string; caseNumber: string }>(r)
}
async function consultOn(s: TestServices, topic: string, referToApplication = false) {
  const r = await s.dispatch(
    'consultation:create',
    { channel: 'workstation', consultedOn: '2026-11-19', name: '赵六', topic, summary: '巡回点咨询', adviceGiven: '可申请法律援助', referToApplication },
    LAPTOP_CLERK,
  )
  return value<{ id: string }>(r)
}
async function exportTo(name: string, extra: Record<string, unknown> = {}) {
  const file = join(usb.dir, name)
  return value<OutreachExportResult>(await laptop.dispatch('outreach:export', { file, passphrase: PASS, ...extra }, LAPTOP_CLERK))
}
const preview = async (file: string, passphrase = PASS) => value<OutreachPreview>(await center.dispatch('outreach:preview-import', { file, passphrase }, CLERK))
const importFile = async (file: string, decisions: Record<string, 'import' | 'skip'> = {}) =>
  value<OutreachImportResult>(await center.dispatch('outreach:import', { file, passphrase: PASS, decisions }, CLERK))
const centerCases = () =>
  center.ctx.store.sqlite.prepare('SELECT id, case_number, origin, applicant_name, created_by FROM legal_case ORDER BY case_seq').all() as {
    id: string
    case_number: string
    origin: string
    applicant_name: string
    created_by: string
  }[]

describe('outreach packages', () => {
  it('exports the laptop’s records, and the center imports them with its own case numbers', async () => {
    await registerOn(center, '中心甲')
    await registerOn(center, '中心乙')
    const c = await consultOn(laptop, '工伤赔偿', true)
    const a1 = await registerOn(laptop, '巡回一', { receivedOn: '2026-11-18' })
    const a2 = await registerOn(laptop, '巡回二', { receivedOn: '2026-11-17' })
    const linked = value<{ id: string }>(
      await laptop.dispatch('application:create', { ...validApplication({ name: '巡回三', idNumber: makeResidentId('19900909', 77) }), consultationId: c.id }, LAPTOP_CLERK),
    )

    const exp = await exportTo('p1.ladpkg')
    expect(exp).toMatchObject({ applications: 3, consultations: 1, attachments: 0 })
    expect(readFileSync(exp.file).includes(Buffer.from('巡回一'))).toBe(false) // encrypted

    const p = await preview(exp.file)
    expect(p.counts).toEqual({ new: 4, alreadyImported: 0, probableDuplicates: 0, conflicts: 0 })
    expect(p.deviceId).toBe(laptop.ctx.origin)
    expect(p.attachments).toBe(0)
    expect(p.items.find((i) => i.id === a1.id)).toMatchObject({ kind: 'application', label: '巡回一', provisionalCaseNumber: a1.caseNumber })

    const before = countAllTables(center.ctx.store.sqlite)
    const r = await importFile(exp.file)
    expect(r.created.consultations).toEqual([c.id])
    // Numbered at the center, continuing its sequence, in receipt order (a2 was received first).
    expect(r.created.applications.map((x) => [x.id, x.caseNumber])).toEqual([
      [a2.id, '2026-0003'],
      [a1.id, '2026-0004'],
      [linked.id, '2026-0005'],
    ])
    expect(r.created.applications.find((x) => x.id === a1.id)!.provisionalCaseNumber).toBe(a1.caseNumber)
    const cases = centerCases()
    expect(cases.map((x) => x.case_number)).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0005'])
    expect(cases.filter((x) => x.origin === laptop.ctx.origin).map((x) => x.created_by)).toEqual(['巡回受理员', '巡回受理员', '巡回受理员'])
    const after = countAllTables(center.ctx.store.sqlite)
    expect(after.legal_case! - before.legal_case!).toBe(3)
    expect(after.consultation! - before.consultation!).toBe(1)
    // One audit entry per record plus one for the package; the laptop's number is kept as a note.
    const audit = center.ctx.store.sqlite.prepare("SELECT action, after_json FROM audit_log WHERE action LIKE '%import%' ORDER BY seq").all() as { action: string; after_json: string }[]
    expect(audit.map((x) => x.action)).toEqual(['consultation.import', 'application.import', 'application.import', 'application.import', 'outreach.import'])
    expect(JSON.parse(audit[1]!.after_json).note).toBe(`巡回受案临时编号 ${a2.caseNumber}`)
    expect((await verifyAuditChain(center.ctx.db)).ok).toBe(true)
    // The link between the consultation and the case it became survives.
    const link = center.ctx.store.sqlite.prepare('SELECT consultation_id FROM legal_case WHERE id = ?').get(linked.id) as { consultation_id: string }
    expect(link.consultation_id).toBe(c.id)
    const back = center.ctx.store.sqlite.prepare('SELECT referred_case_id FROM consultation WHERE id = ?').get(c.id) as { referred_case_id: string }
    expect(back.referred_case_id).toBe(linked.id)
  })

  it('importing the same package twice creates nothing the second time', async () => {
    await registerOn(laptop, '重复一')
    await consultOn(laptop, '劳动争议')
    const exp = await exportTo('twice.ladpkg')
    await importFile(exp.file)
    const counts = countAllTables(center.ctx.store.sqlite)
    const p = await preview(exp.file)
    expect(p.counts).toEqual({ new: 0, alreadyImported: 2, probableDuplicates: 0, conflicts: 0 })
    const again = await importFile(exp.file)
    expect(again.created).toEqual({ applications: [], consultations: [] })
    expect(again.alreadyImported).toBe(2)
    const now = countAllTables(center.ctx.store.sqlite)
    expect({ ...now, audit_log: 0 }).toEqual({ ...counts, audit_log: 0 }) // only the attempt is audited
    expect(now.audit_log).toBe(counts.audit_log! + 1)
  })

  it('exports only what is new since the last export; overlapping packages never create a record twice', async () => {
    const a = await registerOn(laptop, '重叠甲')
    const b = await registerOn(laptop, '重叠乙')
    const p1 = await exportTo('p1.ladpkg')
    expect(p1.applications).toBe(2)
    expect(failure(await laptop.dispatch('outreach:export', { file: join(usb.dir, 'empty.ladpkg'), passphrase: PASS }, LAPTOP_CLERK)).message).toMatch(
      /没有新登记/,
    )
    const c = await registerOn(laptop, '重叠丙')
    const p2 = await exportTo('p2.ladpkg')
    expect(p2.applications).toBe(1)
    const all = await exportTo('all.ladpkg', { includeAll: true }) // a lost-package re-export overlaps both
    expect(all.applications).toBe(3)

    const r1 = await importFile(all.file)
    expect(r1.created.applications.map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort())
    const r2 = await importFile(p1.file)
    const r3 = await importFile(p2.file)
    expect(r2.created.applications).toEqual([])
    expect(r3.created.applications).toEqual([])
    expect(r2.alreadyImported + r3.alreadyImported).toBe(3)
    const nums = centerCases().map((x) => x.case_number)
    expect(nums).toEqual(['2026-0001', '2026-0002', '2026-0003'])
  })

  it('flags a probable duplicate of a record made at the center and needs the clerk’s decision', async () => {
    const idNumber = makeResidentId('19750505', 31)
    const atCenter = await registerOn(center, '钱七', { idNumber })
    const dup = await registerOn(laptop, '钱七', { idNumber })
    const fresh = await registerOn(laptop, '孙八')
    const exp = await exportTo('dup.ladpkg')
    const p = await preview(exp.file)
    expect(p.counts).toEqual({ new: 1, alreadyImported: 0, probableDuplicates: 1, conflicts: 0 })
    const item = p.items.find((i) => i.id === dup.id)!
    expect(item.duplicateOf).toEqual({ id: atCenter.id, caseNumber: atCenter.caseNumber })
    expect(item.reason).toMatch(/可能是同一申请/)

    const before = countAllTables(center.ctx.store.sqlite)
    const undecided = failure(await center.dispatch('outreach:import', { file: exp.file, passphrase: PASS }, CLERK))
    expect(undecided.code).toBe('VALIDATION')
    expect(undecided.message).toMatch(/疑似重复.*逐条决定/)
    expect(countAllTables(center.ctx.store.sqlite)).toEqual(before)

    const skipped = await importFile(exp.file, { [dup.id]: 'skip' })
    expect(skipped.created.applications.map((x) => x.id)).toEqual([fresh.id])
    expect(skipped.skipped).toEqual([{ id: dup.id, reason: expect.stringMatching(/疑似重复/) }])
    const forced = await importFile(exp.file, { [dup.id]: 'import' })
    expect(forced.created.applications.map((x) => x.id)).toEqual([dup.id])
    expect(centerCases().map((x) => x.case_number)).toEqual(['2026-0001', '2026-0002', '2026-0003'])
  })

  it('refuses a corrupted package and a wrong passphrase, changing nothing', async () => {
    await registerOn(laptop, '损坏测试')
    const exp = await exportTo('bad.ladpkg')
    const good = readFileSync(exp.file)
    const before = countAllTables(center.ctx.store.sqlite)

    const wrong = failure(await center.dispatch('outreach:import', { file: exp.file, passphrase: '不对的口令123' }, CLERK))
    expect(wrong.message).toContain('口令错误或文件已损坏')
    expect(failure(await center.dispatch('outreach:preview-import', { file: exp.file, passphrase: 'wrong-pass' }, CLERK)).message).toContain('口令错误或文件已损坏')

    for (const at of [good.length >> 1, 20, good.length - 3]) {
      // a byte of the ciphertext, of the header (salt), of the authentication tag
      const fd = openSync(exp.file, 'r+')
      const b = Buffer.alloc(1)
      readSync(fd, b, 0, 1, at)
      writeSync(fd, Buffer.from([b[0]! ^ 0x01]), 0, 1, at)
      closeSync(fd)
      const e = failure(await center.dispatch('outreach:import', { file: exp.file, passphrase: PASS }, CLERK))
      expect(e.code).toBe('VALIDATION')
      expect(e.message).toContain('口令错误或文件已损坏')
      writeFileSync(exp.file, good)
    }
    const notPackage = join(usb.dir, 'photo.ladpkg')
    writeFileSync(notPackage, Buffer.from('\x89PNG not a package at all, just some bytes'))
    expect(failure(await center.dispatch('outreach:import', { file: notPackage, passphrase: PASS }, CLERK)).message).toMatch(/不是巡回受案数据包/)
    expect(failure(await center.dispatch('outreach:import', { file: join(usb.dir, 'missing.ladpkg'), passphrase: PASS }, CLERK)).code).toBe('NOT_FOUND')
    expect(countAllTables(center.ctx.store.sqlite)).toEqual(before)
    // The intact file still imports.
    expect((await importFile(exp.file)).created.applications).toHaveLength(1)
  })

  it('validates the inputs: passphrase length, file name, absolute path', async () => {
    await registerOn(laptop, '输入校验')
    for (const input of [
      { file: join(usb.dir, 'a.ladpkg'), passphrase: 'short' },
      { file: join(usb.dir, 'a.zip'), passphrase: PASS },
      { file: 'relative/a.ladpkg', passphrase: PASS },
    ]) {
      const e = failure(await laptop.dispatch('outreach:export', input, LAPTOP_CLERK))
      expect(e.code).toBe('VALIDATION')
      expect(e.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(failure(await laptop.dispatch('outreach:export', { file: join(usb.dir, 'no-such-dir', 'a.ladpkg'), passphrase: PASS }, LAPTOP_CLERK)).message).toMatch(
      /找不到文件夹/,
    )
  })

  it('a stored case maps back to the form input that rebuilds the same row (the package carries inputs)', async () => {
    const criminal = validApplication({ name: '刑事甲', idNumber: makeResidentId('19950101', 91) }) as any
    criminal.case = { ...criminal.case, caseType: 'criminal', matter: 'criminal-defence', criminalRole: 'suspect', criminalStage: 'investigation', possibleSentence: 'life', hasOwnCounsel: false }
    criminal.applicant.disability = ['visual']
    criminal.intake = { channel: 'notification', receivedOn: '2026-11-20', urgent: true, acceptFirst: true, owedPapers: ['身份证复印件'], notice: { organKind: 'court', organName: '某区人民法院', noticeNumber: '（2026）某刑通字第1号', noticeDate: '2026-11-19' } }
    const rows = []
    for (const input of [validApplication({ name: '民事乙' }), criminal]) {
      value(await laptop.dispatch('application:create', input, LAPTOP_CLERK))
    }
    for (const row of laptop.ctx.store.sqlite.prepare('SELECT * FROM legal_case').all() as any[]) rows.push(row)
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      const parsed = ApplicationInput.parse(caseRowToApplicationInput(row))
      const rebuilt = buildCaseRow(parsed, { id: row.id, caseNumber: row.case_number, year: row.case_year, seq: row.case_seq, region: row.region, origin: row.origin, actor: row.created_by, atMs: row.created_at_ms })
      expect(rebuilt).toEqual({ ...row, updated_at_ms: row.created_at_ms })
    }
  })
})

describe('outreach at volume', () => {
  it('exports and imports 1,000 cases', async () => {
    await registerOn(center, '中心先有')
    const insert = laptop.ctx.store.sqlite.transaction(() => {
      const proto = laptop.ctx.store.sqlite.prepare('SELECT * FROM legal_case LIMIT 1').get() as Record<string, unknown>
      const cols = Object.keys(proto)
      const stmt = laptop.ctx.store.sqlite.prepare(`INSERT INTO legal_case (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`)
      for (let i = 2; i <= 1000; i++) {
        const idNumber = makeResidentId('19600101', i % 1000)
        stmt.run(...cols.map((c) => (c === 'id' ? `0190${String(i).padStart(4, '0')}-0000-7000-8000-${laptop.ctx.origin.slice(-12)}` : c === 'case_number' ? `2026-${String(i).padStart(4, '0')}` : c === 'case_seq' ? i : c === 'applicant_id_number' ? idNumber : c === 'applicant_birth_date' ? '1960-01-01' : c === 'applicant_gender' ? (Number(idNumber[16]) % 2 === 1 ? 'male' : 'female') : proto[c])))
      }
    })
    await registerOn(laptop, '批量一', { idNumber: makeResidentId('19600101', 0) })
    insert()
    const t0 = performance.now()
    const exp = await exportTo('big.ladpkg')
    const exportMs = performance.now() - t0
    expect(exp.applications).toBe(1000)
    const t1 = performance.now()
    const p = await preview(exp.file)
    const previewMs = performance.now() - t1
    expect(p.counts.new).toBe(1000)
    const t2 = performance.now()
    const r = await importFile(exp.file)
    const importMs = performance.now() - t2
    expect(r.created.applications).toHaveLength(1000)
    const seqs = (center.ctx.store.sqlite.prepare('SELECT case_seq FROM legal_case ORDER BY case_seq').all() as { case_seq: number }[]).map((x) => x.case_seq)
    expect(seqs).toEqual(Array.from({ length: 1001 }, (_, i) => i + 1))
    console.log(
      `[outreach] 1,000 cases: package ${exp.bytes} bytes; export ${Math.round(exportMs)} ms, preview ${Math.round(previewMs)} ms, import ${Math.round(importMs)} ms`,
    )
  }, 60_000)
})
