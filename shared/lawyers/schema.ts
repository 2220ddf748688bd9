/**
 * Lawyer roster inputs (法律援助人员、执业机构) and the Excel sheet's row format. Strict
 * objects, capped lengths, Chinese messages. The sheet row parser is pure so the import's
 * per-row report can be tested without a file.
 */
import { z } from 'zod'
import { isValidLocalDate } from '../domain/dates'
import { FIRM_KINDS, LANGUAGES, LAWYER_KINDS, labelIn } from './roster'
import { optionalLocalDate, optionalPhone, optionalText, recordId, requiredText, strict } from '../fields'

const LAWYER_KIND_CODES = LAWYER_KINDS.map((k) => k.code) as [string, ...string[]]
const FIRM_KIND_CODES = FIRM_KINDS.map((k) => k.code) as [string, ...string[]]
const LANGUAGE_CODES = LANGUAGES.map((k) => k.code) as [string, ...string[]]

export const FirmSaveInput = strict({
  id: recordId('机构编号').optional(),
  name: requiredText('机构名称', 100),
  kind: z.enum(FIRM_KIND_CODES, { error: '请选择机构类别（律师事务所、基层法律服务所等）' }),
  licenceNo: optionalText('机构执业许可证号', 50),
  address: optionalText('地址', 200),
  contactName: optionalText('联系人', 50),
  contactPhone: optionalPhone('联系电话', 'roster'),
  active: z.boolean({ error: '应为是或否' }).default(true),
})
export type FirmSaveInputIn = z.input<typeof FirmSaveInput>
export type FirmSaveInputOut = z.output<typeof FirmSaveInput>

/** Matter codes (kebab-case) or case types; membership in the region's list is not required. */
const specialtyCode = z.string({ error: '专长代码应为文字' }).trim().min(1, '专长代码不能为空').max(64, '专长代码过长').regex(/^[a-z0-9][a-z0-9._-]*$/, '专长应为事项代码或案件类型代码（如 labour-relation-or-pay、criminal）')

export const LawyerSaveInput = strict({
  id: recordId('人员编号').optional(),
  name: requiredText('姓名', 50),
  kind: z.enum(LAWYER_KIND_CODES, { error: '请选择人员类别（律师、基层法律服务工作者、法律援助机构律师、志愿者）' }),
  firmId: recordId('执业机构').optional(),
  licenceNo: optionalText('执业证号', 50),
  practiceStart: optionalLocalDate('执业起始日期'),
  specialties: z.array(specialtyCode, { error: '专长应为列表' }).max(40, '专长最多40项').default([]).transform((v) => [...new Set(v)]),
  languages: z.array(z.enum(LANGUAGE_CODES, { error: '语言选项无效' }), { error: '语言应为列表' }).max(10, '语言最多10项').default(['zh']).transform((v) => [...new Set(v)]),
  maxOpenCases: z.number({ error: '最大在办案件数应为整数' }).int('最大在办案件数应为整数').min(0, '最大在办案件数不能为负数').max(500, '最大在办案件数不能超过500'),
  minorsSuited: z.boolean({ error: '应为是或否' }).default(false),
  active: z.boolean({ error: '应为是或否' }).default(true),
  phone: optionalPhone('联系电话', 'roster'),
  /** Parties the person acts or acted for outside legal aid (declared for the conflict check). */
  knownParties: z.array(requiredText('当事人名称', 200), { error: '当事人应为列表' }).max(100, '最多100个当事人').default([]),
  note: optionalText('备注', 500),
}).superRefine(
  (l, ctx) => {
    if (l.kind === 'lawyer' || l.kind === 'grassroots') {
      if (!l.licenceNo) ctx.addIssue({ code: 'custom', path: ['licenceNo'], message: `${labelIn(LAWYER_KINDS, l.kind)}须填写执业证号` })
      if (!l.firmId) ctx.addIssue({ code: 'custom', path: ['firmId'], message: `${labelIn(LAWYER_KINDS, l.kind)}须选择执业机构` })
      if (!l.practiceStart) ctx.addIssue({ code: 'custom', path: ['practiceStart'], message: '请填写执业起始日期（用于判断执业年限）' })
    }
  },
  // Also when other fields are wrong (say, the case limit), so a form or an imported row gets
  // every problem at once — but not when one of the fields this rule reads is itself invalid.
  { when: (payload) => !payload.issues.some((i) => ['kind', 'licenceNo', 'firmId', 'practiceStart'].includes(String(i.path?.[0]))) },
)
export type LawyerSaveInputIn = z.input<typeof LawyerSaveInput>
export type LawyerSaveInputOut = z.output<typeof LawyerSaveInput>

export const LawyerListInput = strict({
  q: optionalText('搜索内容', 50),
  activeOnly: z.boolean({ error: '应为是或否' }).default(false),
  page: z.number().int('页码应为整数').min(1, '页码从1开始').max(100_000, '页码过大').default(1),
  pageSize: z.number().int('每页条数应为整数').min(10, '每页至少10条').max(500, '每页最多500条').default(50),
})

const xlsxPath = z
  .string({ error: '请选择文件' })
  .trim()
  .min(1, '请选择文件')
  .max(1000, '文件路径过长')
  .refine((p) => /\.xlsx$/i.test(p), '只支持 .xlsx 格式的 Excel 文件')

export const LawyerImportInput = strict({
  filePath: xlsxPath.optional(),
  /** Browser mode: the file's bytes, base64 (≤ 1.4 MB). */
  contentBase64: z.string({ error: '文件内容无效' }).max(1_900_000, '文件过大（最大约1.4MB），请分批导入').optional(),
}).refine((v) => (v.filePath === undefined) !== (v.contentBase64 === undefined), { message: '请选择要导入的文件', path: ['filePath'] })

export const LawyerExportInput = strict({ filePath: xlsxPath.optional() })

// ---------------------------------------------------------------------------------------
// Excel sheet

/** Column headers of the roster sheet, in order. Import matches them by name. */
export const SHEET_COLUMNS = [
  '姓名',
  '人员类别',
  '执业机构',
  '机构类别',
  '执业证号',
  '执业起始日期',
  '专长',
  '语言',
  '最大在办案件数',
  '适合办理未成年人案件',
  '状态',
  '联系电话',
  '备注',
] as const
export type SheetColumn = (typeof SHEET_COLUMNS)[number]
export const SHEET_NAME = '法律援助人员名册'
export const LIST_SEPARATOR = '、'

export interface SheetRowIssue {
  /** 1-based row number in the sheet (the header is row 1). */
  row: number
  column: SheetColumn | null
  message: string
}

export interface ParsedSheetRow {
  row: number
  firmName: string | null
  firmKind: string | null
  lawyer: Omit<LawyerSaveInputOut, 'firmId' | 'id'>
}

const YES = ['是', '√', 'Y', 'y', 'yes', 'true', '1']
const NO = ['否', '', 'N', 'n', 'no', 'false', '0']

function splitList(v: string): string[] {
  return v
    .split(/[、,，;；\s]+/u)
    .map((x) => x.trim())
    .filter((x) => x !== '')
}

function codeByLabel(list: readonly { code: string; label: string }[], value: string): string | null {
  const v = value.trim()
  return list.find((x) => x.label === v || x.code === v)?.code ?? null
}

const FIELD_COLUMN: Record<string, SheetColumn> = {
  name: '姓名',
  kind: '人员类别',
  firmId: '执业机构',
  licenceNo: '执业证号',
  practiceStart: '执业起始日期',
  specialties: '专长',
  languages: '语言',
  maxOpenCases: '最大在办案件数',
  minorsSuited: '适合办理未成年人案件',
  active: '状态',
  phone: '联系电话',
  note: '备注',
}

/** One sheet row (cell texts by header) → a lawyer to save, or the row's issues in Chinese. */
export function parseSheetRow(row: number, cells: Partial<Record<SheetColumn, string>>): { ok: true; value: ParsedSheetRow } | { ok: false; issues: SheetRowIssue[] } {
  const issues: SheetRowIssue[] = []
  const cell = (c: SheetColumn) => (cells[c] ?? '').trim()
  const add = (column: SheetColumn | null, message: string) => issues.push({ row, column, message: `第${row}行${column ? `「${column}」` : ''}：${message}` })

  const kindText = cell('人员类别')
  const kind = codeByLabel(LAWYER_KINDS, kindText)
  if (!kind) add('人员类别', `「${kindText}」不是有效的人员类别，应为：${LAWYER_KINDS.map((k) => k.label).join('、')}`)
  const firmName = cell('执业机构') || null
  const firmKindText = cell('机构类别')
  const firmKind = firmKindText === '' ? null : codeByLabel(FIRM_KINDS, firmKindText)
  if (firmKindText !== '' && !firmKind) add('机构类别', `「${firmKindText}」不是有效的机构类别，应为：${FIRM_KINDS.map((k) => k.label).join('、')}`)

  const langTexts = splitList(cell('语言'))
  const languages: string[] = []
  for (const t of langTexts) {
    const c = codeByLabel(LANGUAGES, t) ?? codeByLabel(LANGUAGES, `${t}语`)
    if (c) languages.push(c)
    else add('语言', `「${t}」不是有效的语言，应为：${LANGUAGES.map((k) => k.label).join('、')}`)
  }
  const maxText = cell('最大在办案件数')
  const maxOpenCases = maxText === '' ? Number.NaN : Number(maxText)
  const minorsText = cell('适合办理未成年人案件')
  if (!YES.includes(minorsText) && !NO.includes(minorsText)) add('适合办理未成年人案件', `应填「是」或「否」，当前为「${minorsText}」`)
  const statusText = cell('状态')
  if (!['在册', '停用', ''].includes(statusText)) add('状态', `应填「在册」或「停用」，当前为「${statusText}」`)
  const startText = cell('执业起始日期')
  if (startText !== '' && !isValidLocalDate(startText)) add('执业起始日期', `「${startText}」不是有效日期，格式应为 YYYY-MM-DD`)

  const candidate = {
    name: cell('姓名'),
    kind: kind ?? 'lawyer',
    ...(firmName ? { firmId: 'sheet' } : {}),
    licenceNo: cell('执业证号'),
    practiceStart: startText !== '' && isValidLocalDate(startText) ? startText : '',
    specialties: splitList(cell('专长')),
    languages: languages.length > 0 ? languages : ['zh'],
    maxOpenCases,
    minorsSuited: YES.includes(minorsText),
    active: statusText !== '停用',
    phone: cell('联系电话'),
    note: cell('备注'),
  }
  const parsed = LawyerSaveInput.safeParse(candidate)
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const field = String(i.path[0] ?? '')
      const column = FIELD_COLUMN[field] ?? null
      if (column === '人员类别' && !kind) continue // already reported
      if (column === '执业起始日期' && startText !== '' && !isValidLocalDate(startText)) continue
      add(column, field === 'maxOpenCases' && Number.isNaN(maxOpenCases) ? '请填写最大在办案件数（整数）' : field === 'firmId' ? '请填写执业机构名称' : i.message)
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues }
  const { firmId: _f, id: _i, ...lawyer } = parsed.data
  return { ok: true, value: { row, firmName, firmKind, lawyer } }
}


/** firm:list takes no input. */
export const FirmListInput = strict({})
