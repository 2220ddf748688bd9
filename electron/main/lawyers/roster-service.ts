/**
 * Lawyer roster (法律援助人员名册): firms and the people who take cases, with Excel import
 * (validated row by row, all or nothing) and export. Every create and update is audited with
 * before/after values in the same transaction.
 */
import { readFile, writeFile } from 'node:fs/promises'
import type ExcelJS from 'exceljs'
import { newWorkbook } from '../lib/excel'
import type { Kysely, Selectable } from 'kysely'
import type { FirmDto, LawyerDto, LawyerExportResult, LawyerImportResult } from '../../../shared/lawyers/dto'
import type { Page } from '../../../shared/ipc/page'
import { AppError } from '../../../shared/ipc/result'
import {
  LIST_SEPARATOR,
  SHEET_COLUMNS,
  SHEET_NAME,
  parseSheetRow,
  type FirmSaveInputOut,
  type LawyerSaveInputOut,
  type ParsedSheetRow,
  type SheetColumn,
  type SheetRowIssue,
} from '../../../shared/lawyers/schema'
import { normalizePartyName } from '../../../shared/assignment/names'
import { FIRM_KINDS, LANGUAGES, LAWYER_KINDS, labelIn } from '../../../shared/lawyers/roster'
import { appendAudit } from '../db/audit-repo'
import type { DB, FirmTable, LawyerTable } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'

function firmDto(r: FirmTable, lawyerCount = 0): FirmDto {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    kindLabel: labelIn(FIRM_KINDS, r.kind),
    licenceNo: r.licence_no,
    address: r.address,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    active: r.active === 1,
    lawyerCount,
  }
}

type LawyerRow = Selectable<LawyerTable> & { firm_name: string | null }

export function lawyerDto(r: LawyerRow): LawyerDto {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    kindLabel: labelIn(LAWYER_KINDS, r.kind),
    firmId: r.firm_id,
    firmName: r.firm_name,
    licenceNo: r.licence_no,
    practiceStart: r.practice_start,
    specialties: JSON.parse(r.specialties_json) as string[],
    languages: JSON.parse(r.languages_json) as string[],
    maxOpenCases: r.max_open_cases,
    openCases: r.open_cases,
    minorsSuited: r.minors_suited === 1,
    active: r.active === 1,
    phone: r.phone,
    knownParties: JSON.parse(r.known_parties_json) as string[],
    note: r.note,
    lastAssignedAtMs: r.last_assigned_at_ms,
  }
}

function lawyerQuery(db: Kysely<DB>) {
  return db.selectFrom('lawyer as l').leftJoin('firm as f', 'f.id', 'l.firm_id').selectAll('l').select('f.name as firm_name')
}

export async function listFirms(ctx: ServiceContext): Promise<FirmDto[]> {
  const rows = await ctx.db.selectFrom('firm').selectAll().orderBy('name').execute()
  const counts = await ctx.db.selectFrom('lawyer').select(['firm_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('firm_id').execute()
  const byFirm = new Map(counts.map((c) => [c.firm_id, Number(c.n)]))
  return rows.map((r) => firmDto(r, byFirm.get(r.id) ?? 0))
}

async function upsertFirm(trx: Kysely<DB>, ctx: ServiceContext, input: FirmSaveInputOut, actor: string, atMs: number): Promise<FirmTable> {
  const norm = normalizePartyName(input.name)
  const clash = await trx.selectFrom('firm').selectAll().where('name_norm', '=', norm).executeTakeFirst()
  if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `已有同名机构「${clash.name}」，请勿重复登记`, { issues: [{ path: ['name'], message: '机构名称重复' }] })
  const before = input.id ? await trx.selectFrom('firm').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined
  if (input.id && !before) throw new AppError('NOT_FOUND', '找不到该机构，可能已被删除', { issues: [{ path: ['id'], message: '机构不存在' }] })
  const values = {
    name: input.name,
    name_norm: norm,
    kind: input.kind,
    licence_no: input.licenceNo ?? null,
    address: input.address ?? null,
    contact_name: input.contactName ?? null,
    contact_phone: input.contactPhone ?? null,
    active: input.active ? 1 : 0,
    updated_at_ms: atMs,
  }
  let row: FirmTable
  if (before) {
    await trx.updateTable('firm').set(values).where('id', '=', before.id).execute()
    row = { ...before, ...values }
  } else {
    row = { id: ctx.newId(), origin: ctx.origin, created_by: actor, created_at_ms: atMs, ...values }
    await trx.insertInto('firm').values(row).execute()
  }
  await appendAudit(trx, { atMs, actor, action: before ? 'firm.update' : 'firm.create', entity: 'firm', entityId: row.id, before: before ?? null, after: row })
  return row
}

export async function saveFirm(ctx: ServiceContext, input: FirmSaveInputOut, actor: string): Promise<FirmDto> {
  const atMs = ctx.clock.now()
  return writeTx(ctx.db, async (trx) => firmDto(await upsertFirm(trx, ctx, input, actor, atMs)))
}

export async function listLawyers(ctx: ServiceContext, input: { q?: string | undefined; activeOnly: boolean; page: number; pageSize: number }): Promise<Page<LawyerDto>> {
  const started = performance.now()
  let q = lawyerQuery(ctx.db)
  if (input.activeOnly) q = q.where('l.active', '=', 1)
  if (input.q) {
    const like = `%${input.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`
    q = q.where((eb) => eb.or([eb('l.name', 'like', like), eb('l.licence_no', 'like', like), eb('f.name', 'like', like)]))
  }
  const total = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const rows = await q
    .orderBy('l.active', 'desc')
    .orderBy('l.name')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute()
  return { rows: rows.map(lawyerDto), total: Number(total.n), page: input.page, pageSize: input.pageSize, tookMs: performance.now() - started }
}

type LawyerFields = Omit<LawyerSaveInputOut, 'id' | 'firmId'> & { id?: string | undefined; firmId?: string | undefined }

async function upsertLawyer(trx: Kysely<DB>, ctx: ServiceContext, input: LawyerFields, actor: string, atMs: number): Promise<LawyerRow> {
  if (input.firmId) {
    const firm = await trx.selectFrom('firm').select('id').where('id', '=', input.firmId).executeTakeFirst()
    if (!firm) throw new AppError('NOT_FOUND', '所选执业机构不存在，请先登记机构', { issues: [{ path: ['firmId'], message: '机构不存在' }] })
  }
  if (input.licenceNo) {
    const clash = await trx.selectFrom('lawyer').select(['id', 'name']).where('licence_no', '=', input.licenceNo).executeTakeFirst()
    if (clash && clash.id !== input.id) {
      throw new AppError('CONFLICT', `执业证号 ${input.licenceNo} 已登记在「${clash.name}」名下，请核对`, { issues: [{ path: ['licenceNo'], message: '执业证号重复' }] })
    }
  }
  const before = input.id ? await trx.selectFrom('lawyer').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined
  if (input.id && !before) throw new AppError('NOT_FOUND', '找不到该人员，可能已被删除', { issues: [{ path: ['id'], message: '人员不存在' }] })
  const values = {
    name: input.name,
    kind: input.kind,
    firm_id: input.firmId ?? null,
    licence_no: input.licenceNo ?? null,
    practice_start: input.practiceStart ?? null,
    specialties_json: JSON.stringify(input.specialties),
    languages_json: JSON.stringify(input.languages),
    max_open_cases: input.maxOpenCases,
    minors_suited: input.minorsSuited ? 1 : 0,
    active: input.active ? 1 : 0,
    phone: input.phone ?? null,
    known_parties_json: JSON.stringify(input.knownParties),
    note: input.note ?? null,
    updated_at_ms: atMs,
  }
  let id: string
  if (before) {
    id = before.id
    await trx.updateTable('lawyer').set(values).where('id', '=', id).execute()
  } else {
    id = ctx.newId()
    await trx.insertInto('lawyer').values({ id, origin: ctx.origin, created_by: actor, created_at_ms: atMs, last_assigned_at_ms: null, ...values }).execute()
  }
  // Declared parties feed the conflict check like assignments do.
  await trx.deleteFrom('lawyer_party_relation').where('lawyer_id', '=', id).where('source', '=', 'declared').execute()
  for (const p of input.knownParties) {
    await trx.insertInto('lawyer_party_relation').values({ lawyer_id: id, case_id: null, party_name: p, party_norm: normalizePartyName(p), role: 'client', source: 'declared', created_at_ms: atMs }).execute()
  }
  const row = await lawyerQuery(trx).where('l.id', '=', id).executeTakeFirstOrThrow()
  await appendAudit(trx, { atMs, actor, action: before ? 'lawyer.update' : 'lawyer.create', entity: 'lawyer', entityId: id, before: before ?? null, after: row })
  return row
}

export async function saveLawyer(ctx: ServiceContext, input: LawyerSaveInputOut, actor: string): Promise<LawyerDto> {
  const atMs = ctx.clock.now()
  return writeTx(ctx.db, async (trx) => lawyerDto(await upsertLawyer(trx, ctx, input, actor, atMs)))
}

// ---------------------------------------------------------------------------------------
// Excel

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) {
    // exceljs gives dates as UTC midnight of the calendar day typed in the sheet.
    return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${String(v.getUTCDate()).padStart(2, '0')}`
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('')
    if ('text' in v && typeof v.text === 'string') return v.text
    if ('result' in v) return cellText(v.result)
    if ('error' in v) return ''
  }
  return String(v).trim()
}

export function readRosterRows(ws: ExcelJS.Worksheet): { rows: { row: number; cells: Partial<Record<SheetColumn, string>> }[]; headerIssues: SheetRowIssue[] } {
  const header = ws.getRow(1)
  const colOf = new Map<SheetColumn, number>()
  header.eachCell((cell, col) => {
    const name = cellText(cell.value).replace(/\s/g, '')
    if ((SHEET_COLUMNS as readonly string[]).includes(name)) colOf.set(name as SheetColumn, col)
  })
  const required: SheetColumn[] = ['姓名', '人员类别', '最大在办案件数']
  const headerIssues: SheetRowIssue[] = required
    .filter((c) => !colOf.has(c))
    .map((c) => ({ row: 1, column: c, message: `第1行（表头）：缺少「${c}」列，请使用导出的名册模板` }))
  const rows: { row: number; cells: Partial<Record<SheetColumn, string>> }[] = []
  ws.eachRow((r, n) => {
    if (n === 1) return
    const cells: Partial<Record<SheetColumn, string>> = {}
    for (const [name, col] of colOf) cells[name] = cellText(r.getCell(col).value)
    if (Object.values(cells).every((v) => v === '')) return
    rows.push({ row: n, cells })
  })
  return { rows, headerIssues }
}

/**
 * lawyer:import-excel — every row is validated first; any bad row refuses the whole file with
 * a per-row Chinese report and nothing is saved. Otherwise all rows are saved in one transaction:
 * a row updates the person with the same licence number (or same name in the same firm), and
 * unknown firms are created.
 */
export async function importLawyersExcel(ctx: ServiceContext, input: { filePath?: string | undefined; contentBase64?: string | undefined }, actor: string): Promise<LawyerImportResult> {
  let bytes: Buffer
  try {
    bytes = input.filePath ? await readFile(input.filePath) : Buffer.from(input.contentBase64 ?? '', 'base64')
  } catch {
    throw new AppError('IO', '无法读取所选文件，请确认文件存在且未被其他程序占用')
  }
  const wb = await newWorkbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new AppError('VALIDATION', '文件不是有效的 Excel（.xlsx）文件，请用导出的名册模板填写后再导入')
  }
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0]
  if (!ws) throw new AppError('VALIDATION', '文件中没有工作表')
  const { rows, headerIssues } = readRosterRows(ws)
  const issues: SheetRowIssue[] = [...headerIssues]
  const parsed: ParsedSheetRow[] = []
  if (headerIssues.length === 0) {
    const seenLicence = new Map<string, number>()
    for (const r of rows) {
      const p = parseSheetRow(r.row, r.cells)
      if (!p.ok) {
        issues.push(...p.issues)
        continue
      }
      const lic = p.value.lawyer.licenceNo
      if (lic) {
        const first = seenLicence.get(lic)
        if (first !== undefined) issues.push({ row: r.row, column: '执业证号', message: `第${r.row}行「执业证号」：${lic} 与第${first}行重复` })
        else seenLicence.set(lic, r.row)
      }
      parsed.push(p.value)
    }
    if (rows.length === 0) issues.push({ row: 2, column: null, message: '表格中没有人员数据（从第2行开始填写）' })
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION', `导入未完成，共 ${issues.length} 处错误，未导入任何数据。${issues[0]!.message}`, { rowErrors: issues })
  }
  const atMs = ctx.clock.now()
  return writeTx(ctx.db, async (trx) => {
    let created = 0
    let updated = 0
    let firmsCreated = 0
    for (const p of parsed) {
      let firmId: string | undefined
      if (p.firmName) {
        const existing = await trx.selectFrom('firm').select('id').where('name_norm', '=', normalizePartyName(p.firmName)).executeTakeFirst()
        if (existing) firmId = existing.id
        else {
          const f = await upsertFirm(trx, ctx, { name: p.firmName, kind: p.firmKind ?? (p.lawyer.kind === 'grassroots' ? 'legal-service-office' : 'law-firm'), licenceNo: undefined, address: undefined, contactName: undefined, contactPhone: undefined, active: true }, actor, atMs)
          firmId = f.id
          firmsCreated++
        }
      }
      let match = p.lawyer.licenceNo ? await trx.selectFrom('lawyer').select('id').where('licence_no', '=', p.lawyer.licenceNo).executeTakeFirst() : undefined
      if (!match) {
        let q = trx.selectFrom('lawyer').select('id').where('name', '=', p.lawyer.name)
        q = firmId ? q.where('firm_id', '=', firmId) : q.where('firm_id', 'is', null)
        match = p.lawyer.licenceNo ? undefined : await q.executeTakeFirst()
      }
      try {
        await upsertLawyer(trx, ctx, { ...p.lawyer, ...(firmId ? { firmId } : {}), ...(match ? { id: match.id } : {}) }, actor, atMs)
      } catch (err) {
        if (err instanceof AppError) throw new AppError(err.code, `第${p.row}行：${err.message}；未导入任何数据`, { rowErrors: [{ row: p.row, column: null, message: `第${p.row}行：${err.message}` }] })
        throw err
      }
      if (match) updated++
      else created++
    }
    await appendAudit(trx, { atMs, actor, action: 'lawyer.import-excel', entity: 'lawyer', entityId: 'roster', after: { file: input.filePath ?? '(上传的文件)', rows: parsed.length, created, updated, firmsCreated } })
    return { rows: parsed.length, created, updated, firmsCreated }
  })
}

/** lawyer:export-excel — the roster with Chinese headers; written to filePath if given, always returned as base64. */
export async function exportLawyersExcel(ctx: ServiceContext, input: { filePath?: string | undefined }): Promise<LawyerExportResult> {
  const rows = await lawyerQuery(ctx.db).orderBy('l.name').execute()
  const firmKinds = new Map((await ctx.db.selectFrom('firm').select(['id', 'kind']).execute()).map((f) => [f.id, f.kind]))
  const wb = await newWorkbook()
  wb.creator = '法援工作台'
  const ws = wb.addWorksheet(SHEET_NAME)
  ws.columns = SHEET_COLUMNS.map((c) => ({ header: c, key: c, width: c === '专长' || c === '备注' ? 36 : c === '执业机构' ? 28 : 16 }))
  ws.getRow(1).font = { bold: true }
  for (const r of rows) {
    const d = lawyerDto(r)
    const values: Record<SheetColumn, string | number> = {
      姓名: d.name,
      人员类别: d.kindLabel,
      执业机构: d.firmName ?? '',
      机构类别: d.firmId ? labelIn(FIRM_KINDS, firmKinds.get(d.firmId) ?? '') : '',
      执业证号: d.licenceNo ?? '',
      执业起始日期: d.practiceStart ?? '',
      专长: d.specialties.join(LIST_SEPARATOR),
      语言: d.languages.map((l) => labelIn(LANGUAGES, l)).join(LIST_SEPARATOR),
      最大在办案件数: d.maxOpenCases,
      适合办理未成年人案件: d.minorsSuited ? '是' : '否',
      状态: d.active ? '在册' : '停用',
      联系电话: d.phone ?? '',
      备注: d.note ?? '',
    }
    ws.addRow(values)
  }
  // Dates and licence numbers stay text so Excel does not reformat them.
  for (const c of ['执业证号', '执业起始日期', '联系电话'] as const) ws.getColumn(SHEET_COLUMNS.indexOf(c) + 1).numFmt = '@'
  const buffer = Buffer.from(await wb.xlsx.writeBuffer())
  if (input.filePath) {
    try {
      await writeFile(input.filePath, buffer)
    } catch {
      throw new AppError('IO', `无法写入文件 ${input.filePath}，请确认文件夹存在、文件未被 Excel 打开`)
    }
  }
  return { filePath: input.filePath ?? null, rows: rows.length, fileName: `法律援助人员名册.xlsx`, contentBase64: buffer.toString('base64') }
}
