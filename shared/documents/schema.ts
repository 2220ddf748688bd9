/**
 * Issued documents (文书开具): the document types with their number codes, the inputs of the
 * `documents:*` channels, and the DTOs they return.
 *
 * The extra inputs of each type are what the clerk gives on top of the case file and the
 * center's settings. Several belong to modules that later issues will own (the decision, the
 * lawyer roster, the subsidy calculation and its approvals). Until those exist they are
 * explicit inputs here, validated like everything else, and the builders take them as given.
 */
import { z } from 'zod'
import { fen, localDate, optionalLocalDate, optionalText, requiredText } from '../fields'

// ---------------------------------------------------------------------------------------
// Document types

/**
 * Every type the center issues, with the code in its number (呼法援指〔2026〕12号). Each type
 * has its own gap-free series per year. The 承诺书 is numbered too (see docs/documents.md): the
 * signed paper returns to the case file and the number ties it to the stored PDF and its hash.
 */
export const DOC_TYPES = [
  { code: 'acceptance-receipt', numberCode: '受', label: '受理回执', perCase: true },
  { code: 'supplement-notice', numberCode: '补', label: '补充材料通知书', perCase: true },
  { code: 'hardship-declaration', numberCode: '承', label: '经济困难状况承诺书', perCase: true },
  { code: 'grant-decision', numberCode: '援', label: '给予法律援助决定书', perCase: true },
  { code: 'refusal-decision', numberCode: '不援', label: '不予法律援助决定书', perCase: true },
  { code: 'assignment-notice', numberCode: '指', label: '指派通知书', perCase: true },
  { code: 'official-letter', numberCode: '函', label: '法律援助公函', perCase: true },
  { code: 'termination-decision', numberCode: '终', label: '终止法律援助决定书', perCase: true },
  { code: 'subsidy-approval', numberCode: '补贴审', label: '补贴审批表', perCase: true },
  { code: 'subsidy-voucher', numberCode: '补贴', label: '补贴发放凭证', perCase: true },
  { code: 'payment-list', numberCode: '汇', label: '补贴发放汇总表', perCase: false },
] as const

export type DocType = (typeof DOC_TYPES)[number]['code']
export const DOC_TYPE_CODES = DOC_TYPES.map((t) => t.code) as [DocType, ...DocType[]]
export const DocTypeSchema = z.enum(DOC_TYPE_CODES, { message: '文书类型无效' })

export function docTypeInfo(type: DocType): (typeof DOC_TYPES)[number] {
  return DOC_TYPES.find((t) => t.code === type)!
}

/**
 * The 发文字号 as GB/T 9704-2012 7.2.4 writes it: 发文机关代字, the year in 〔〕, and the serial
 * number without 第 and without leading zeros. 呼法援 + 指 + 2026 + 12 → 呼法援指〔2026〕12号.
 */
export function formatDocNumber(prefix: string, type: DocType, year: number, seq: number): string {
  return `${prefix}${docTypeInfo(type).numberCode}〔${year}〕${seq}号`
}

// ---------------------------------------------------------------------------------------
// Field builders (the common ones are in ../fields.ts; amounts use its 'entry' wording)

/** Dates here were never length-capped; see DateOptions.capped in ../fields.ts. */
const UNCAPPED = { capped: false } as const
const amount = (label: string) => fen(label, { max: 100_000_000_00, wording: 'entry', tooBigHint: '，请核对' })

const list = <T extends z.ZodType>(item: T, label: string, min: number, max: number) =>
  z
    .array(item, { error: `请填写${label}` })
    .min(min, min === 1 ? `请至少填写一项${label}` : `${label}至少${min}项`)
    .max(max, `${label}最多${max}项`)

const lines = (label: string, min: number, max: number, itemMax = 300) => list(requiredText(label, itemMax), label, min, max)

const CaseId = z.string({ error: '缺少案件编号' }).min(1, '缺少案件编号').max(64, '案件编号过长')

const Objection = z
  .object({
    /** 设立本中心的司法行政部门, e.g. 呼和浩特市司法局. */
    authority: requiredText('受理异议的司法行政部门', 60),
    periodDays: z.number().int('异议期限应为整数天').min(1, '异议期限至少1天').max(365, '异议期限不能超过365天').nullable().default(null),
    contact: optionalText('异议受理地址或电话', 120),
  })
  .strict()

const Lawyer = z
  .object({
    name: requiredText('律师姓名', 50),
    licenseNo: optionalText('执业证号', 30),
    phone: optionalText('律师联系电话', 30),
  })
  .strict()

const Basis = z
  .object({ doc: requiredText('依据文件名称', 100), clause: requiredText('条款', 60) })
  .strict()

/** The statutory termination grounds, worded as in the Legal Aid Law's list (article number: see docs/documents.md). */
export const TERMINATION_GROUNDS = [
  '受援人以欺骗或者其他不正当手段获得法律援助',
  '受援人故意隐瞒与案件有关的重要事实或者提供虚假证据',
  '受援人利用法律援助从事违法活动',
  '受援人的经济状况发生变化，不再符合法律援助条件',
  '案件终止审理或者已经被撤销',
  '受援人自行委托律师或者其他代理人',
  '受援人有正当理由要求终止法律援助',
  '法律法规规定的其他情形',
] as const

export const REFUSAL_GROUNDS = [
  { code: 'out-of-scope', label: '申请事项不属于法律援助范围' },
  { code: 'not-hardship', label: '经济状况不符合经济困难标准' },
  { code: 'other', label: '其他情形' },
] as const

export const SUBSIDY_KIND_OPTIONS = [
  { code: 'criminal', label: '刑事案件' },
  { code: 'civil', label: '民事案件' },
  { code: 'administrative', label: '行政案件' },
  { code: 'death-penalty-second-instance', label: '死刑二审案件' },
  { code: 'duty-lawyer', label: '值班律师' },
] as const

export const QUALITY_GRADE_OPTIONS = [
  { code: 'excellent', label: '优秀' },
  { code: 'good', label: '良好' },
  { code: 'pass', label: '合格' },
  { code: 'fail', label: '不合格' },
] as const

export const EXTRA_REASON_OPTIONS = [
  { code: 'off-site-evidence', label: '异地调查取证' },
  { code: 'complex', label: '疑难复杂案件' },
] as const

// ---------------------------------------------------------------------------------------
// Extra inputs per type

export const AcceptanceReceiptExtra = z
  .object({
    /** Materials received, as listed on the receipt. */
    materials: lines('收到的材料', 0, 30, 100).default([]),
  })
  .strict()

export const SupplementNoticeExtra = z
  .object({
    missingMaterials: list(z.object({ name: requiredText('需补充的材料', 100), note: optionalText('材料说明', 200) }).strict(), '需补充的材料', 1, 30),
    supplyBy: localDate('补充期限', UNCAPPED),
    howToSubmit: optionalText('提交方式', 200),
  })
  .strict()

export const HardshipDeclarationExtra = z
  .object({
    household: list(
      z
        .object({
          name: requiredText('家庭成员姓名', 50),
          relation: requiredText('与申请人关系', 20),
          occupation: optionalText('职业或就业状况', 60),
          monthlyIncomeFen: amount('月收入'),
        })
        .strict(),
      '家庭成员',
      1,
      20,
    ),
    /** The hardship threshold in force on the receipt date with its source (the policy settings module will supply it). */
    standard: z.object({ label: requiredText('经济困难标准名称', 60), amountFen: amount('经济困难标准金额'), source: requiredText('标准来源', 120) }).strict(),
    circumstances: lines('经济困难情形', 1, 10, 200),
    /** The commitments the applicant signs; default: the standard wording (see view-model-builders). */
    commitments: lines('承诺事项', 1, 10, 300).optional(),
  })
  .strict()

export const GrantDecisionExtra = z
  .object({
    /** Review findings (the decision module will produce them). */
    findings: requiredText('审查意见', 500),
    /** 援助形式, e.g. 民事诉讼代理. */
    aidForm: requiredText('援助形式', 40),
    notices: lines('受援人须知', 0, 15, 300).optional(),
  })
  .strict()

export const RefusalDecisionExtra = z
  .object({
    ground: z.enum(['out-of-scope', 'not-hardship', 'other'], { message: '请选择不予援助的理由类别' }),
    reasons: lines('不予援助的理由', 1, 10, 300),
    objection: Objection,
  })
  .strict()

export const AssignmentNoticeExtra = z
  .object({
    aidForm: requiredText('援助形式', 40),
    stage: optionalText('诉讼阶段', 40),
    /** Defaults to the case's latest 给予法律援助决定书 in the store, if any. */
    sourceRef: optionalText('指派依据', 120),
    requirements: lines('承办要求', 0, 15, 300).default([]),
  })
  .strict()

export const OfficialLetterExtra = z
  .object({
    organ: requiredText('主送机关', 100),
    organKind: z.enum(['court', 'procuratorate', 'police', 'arbitration', 'notary', 'administrative'], { message: '请选择主送机关类别' }),
    organShort: optionalText('机关简称', 10),
    organCaseNo: optionalText('机关案号', 60),
    /** Title of the organ's notification when the case came by notification, e.g. 提供法律援助通知书. */
    noticeTitle: optionalText('通知书名称', 40),
    recipientRole: optionalText('受援人诉讼地位', 20),
    counselRole: requiredText('担任的角色（辩护人/诉讼代理人）', 20),
    attachments: lines('附件', 0, 10, 100).default([]),
  })
  .strict()

export const TerminationDecisionExtra = z
  .object({
    facts: requiredText('查明的事实', 500),
    ground: z.enum(TERMINATION_GROUNDS, { message: '请选择终止的法定情形' }),
    /** The clause of the law to cite. No verified number is in the policy data yet, so the clerk gives it (may be empty). */
    basis: list(Basis, '法律依据', 0, 5).default([]),
    objection: Objection,
    copyTo: lines('抄送', 0, 5, 60).default([]),
    /** The grant decision being ended, when it was not issued through this system. */
    grantDecision: z.object({ docNumber: requiredText('给予决定书文号', 40), issuedOn: localDate('给予决定日期', UNCAPPED) }).strict().optional(),
  })
  .strict()

export const SubsidyExtra = z
  .object({
    subsidyKind: z.enum(['criminal', 'civil', 'administrative', 'death-penalty-second-instance', 'duty-lawyer'], { message: '请选择补贴类别' }),
    qualityGrade: z.enum(['excellent', 'good', 'pass', 'fail'], { message: '请选择质量等级' }),
    /** The date the standards are taken on (the decision to grant); defaults to the case's grant decision in the store. */
    decidedOn: optionalLocalDate('决定给予日期', UNCAPPED),
    closedOn: localDate('结案日期', UNCAPPED),
    lawyer: Lawyer,
    firm: requiredText('律师事务所', 60),
    stagesCovered: z.number().int().min(1).max(10).optional(),
    stagesTotal: z.number().int().min(1).max(10).optional(),
    dutyDays: z.number().int().min(1).max(366).optional(),
    extras: list(
      z
        .object({
          reason: z.enum(['off-site-evidence', 'complex'], { message: '请选择增加补贴的事由' }),
          amountFen: amount('增加金额'),
          note: requiredText('增加理由', 200),
          approvedBy: requiredText('核准人', 50),
          approvedOn: localDate('核准日期', UNCAPPED),
        })
        .strict(),
      '核准增加项目',
      0,
      5,
    ).default([]),
    payee: z.object({ accountName: requiredText('收款户名', 60), bank: requiredText('开户银行', 60), account: requiredText('银行账号', 40) }).strict().optional(),
    signatures: z
      .object({ handler: optionalText('承办人', 20), reviewer: optionalText('审核人', 20), director: optionalText('负责人', 20), finance: optionalText('财务', 20) })
      .strict()
      .optional(),
  })
  .strict()

export const PaymentListExtra = z
  .object({
    /** 'YYYY-MM': rows are the month's issued, not voided 补贴发放凭证. */
    period: z
      .string({ error: '请填写发放月份' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '发放月份格式应为 YYYY-MM'),
    batchNo: optionalText('发放批次', 30),
    signatures: z
      .object({ preparedBy: optionalText('制表人', 20), reviewer: optionalText('审核人', 20), director: optionalText('负责人', 20), finance: optionalText('财务', 20) })
      .strict()
      .optional(),
  })
  .strict()

const common = {
  /** Set after the clerk confirmed printing with characters the font lacks (printed as empty boxes). */
  allowMissingGlyphs: z.boolean().default(false),
}

export const IssueDocumentInput = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('acceptance-receipt'), caseId: CaseId, extra: AcceptanceReceiptExtra.prefault({}), ...common }).strict(),
    z.object({ type: z.literal('supplement-notice'), caseId: CaseId, extra: SupplementNoticeExtra, ...common }).strict(),
    z.object({ type: z.literal('hardship-declaration'), caseId: CaseId, extra: HardshipDeclarationExtra, ...common }).strict(),
    z.object({ type: z.literal('grant-decision'), caseId: CaseId, extra: GrantDecisionExtra, ...common }).strict(),
    z.object({ type: z.literal('refusal-decision'), caseId: CaseId, extra: RefusalDecisionExtra, ...common }).strict(),
    z.object({ type: z.literal('assignment-notice'), caseId: CaseId, extra: AssignmentNoticeExtra, ...common }).strict(),
    z.object({ type: z.literal('official-letter'), caseId: CaseId, extra: OfficialLetterExtra, ...common }).strict(),
    z.object({ type: z.literal('termination-decision'), caseId: CaseId, extra: TerminationDecisionExtra, ...common }).strict(),
    z.object({ type: z.literal('subsidy-approval'), caseId: CaseId, extra: SubsidyExtra, ...common }).strict(),
    z.object({ type: z.literal('subsidy-voucher'), caseId: CaseId, extra: SubsidyExtra, ...common }).strict(),
    z.object({ type: z.literal('payment-list'), extra: PaymentListExtra, ...common }).strict(),
  ],
  { error: '请选择要开具的文书类型' },
)
export type IssueDocumentInputIn = z.input<typeof IssueDocumentInput>
export type IssueDocumentInputOut = z.output<typeof IssueDocumentInput>

const DocId = z.string({ error: '缺少文书编号' }).min(1, '缺少文书编号').max(64, '文书编号过长')

export const DocumentIdInput = z.object({ id: DocId }).strict()

export const ListDocumentsInput = z
  .object({
    caseId: CaseId.optional(),
    type: DocTypeSchema.optional(),
    issuedFrom: optionalLocalDate('开具日期（起）', UNCAPPED),
    issuedTo: optionalLocalDate('开具日期（止）', UNCAPPED),
    includeVoided: z.boolean().default(true),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict()

export const VoidDocumentInput = z
  .object({
    id: DocId,
    reason: requiredText('作废原因', 200).min(2, '请写明作废原因（至少2个字）'),
  })
  .strict()

export const ReadDocumentInput = z
  .object({ id: DocId.optional(), batchJobId: z.string().min(1).max(64).optional() })
  .strict()
  .refine((v) => (v.id === undefined) !== (v.batchJobId === undefined), { message: '请指定一份文书或一个批量打印任务' })

export const BatchStartInput = z
  .object({
    type: DocTypeSchema,
    issuedFrom: localDate('开具日期（起）', UNCAPPED),
    issuedTo: localDate('开具日期（止）', UNCAPPED),
    /** Print only these documents (of the type and dates above); default all of them. */
    ids: list(DocId, '文书', 1, 2000).optional(),
  })
  .strict()
  .refine((v) => v.issuedFrom <= v.issuedTo, { message: '开始日期不能晚于结束日期', path: ['issuedTo'] })

export const BatchStatusInput = z.object({ jobId: z.string({ error: '缺少任务编号' }).min(1, '缺少任务编号').max(64) }).strict()

export const CheckGlyphsInput = z.object({ text: z.string({ error: '请提供要检查的文字' }).max(20_000, '文字过长（最多20000字）') }).strict()

// ---------------------------------------------------------------------------------------
// DTOs

export interface IssuedDocumentDto {
  id: string
  caseId: string | null
  caseNumber: string | null
  type: DocType
  typeLabel: string
  /** Title as printed, e.g. 给予法律援助决定书. */
  title: string
  docNumber: string
  year: number
  seq: number
  issuedOn: string
  issuedBy: string
  issuedAtMs: number
  sha256: string
  bytes: number
  pages: number
  /** Relative to the data folder, '/'-separated. */
  filePath: string
  /** Characters the font lacked, printed as empty boxes after the clerk confirmed. */
  missingGlyphs: string[]
  voided: { atMs: number; by: string; reason: string } | null
}

export interface IssueDocumentResult {
  document: IssuedDocumentDto
  /** Milliseconds spent rendering the PDF. */
  renderMs: number
  /** Citations left out of the printed basis because their article numbers are not verified yet. */
  omittedUnverifiedBasis: string[]
  opened: boolean
}

export interface ReprintResult {
  document: IssuedDocumentDto
  /** 'stored-file': the stored file matched its recorded hash. 're-rendered': it was missing or altered and was rebuilt from the stored view model. */
  source: 'stored-file' | 're-rendered'
  sha256Matches: boolean
  /** Present when something did not match, in Chinese. */
  warning?: string
  opened: boolean
}

export interface DocumentBytes {
  fileName: string
  mime: 'application/pdf'
  bytes: number
  base64: string
}

export interface BatchJobStatus {
  jobId: string
  state: 'running' | 'done' | 'failed'
  done: number
  total: number
  /** Relative to the data folder, when done. */
  outputPath: string | null
  pages: number | null
  bytes: number | null
  tookMs: number | null
  error: string | null
}

export interface GlyphCheckResult {
  missing: string[]
  fontLabel: string
}

export interface OpenPdfResult {
  opened: boolean
}
