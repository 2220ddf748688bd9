/**
 * Intake validation: consultations, applications, case search and the center's settings.
 *
 * One schema per input, used by BOTH the React forms (zodResolver) and the main-process IPC
 * parse. Messages are Chinese and say what to fix. Conventions:
 * - every string has a length cap and every array an item cap, so a huge payload is refused at
 *   the IPC boundary before anything else looks at it;
 * - every object is strict: unknown keys are an error, not silently dropped;
 * - optional text left blank in a form ('' or spaces) comes out as `undefined`;
 * - codes are the closed lists of `domain/enums.ts` and `domain/ethnicities.ts`.
 *
 * Rules that need "today" are NOT in these schemas, which stay static (the same value always
 * gives the same result). The service applies them with its injected clock: receipt, notice
 * and consultation dates not in the future, and a birth date (typed or read from the ID) not
 * in the future. `intakeDateIssues` below implements those checks once for the service and for
 * forms that want to show them early. Rules that need the store (matter in the region's scope
 * list, linked consultation exists) are service rules too.
 */
import { z } from 'zod'
import { compareDates, isValidLocalDate, type LocalDate } from '../domain/dates'
import {
  AgentRelationSchema,
  CaseStatusSchema,
  CaseTypeSchema,
  CircumstanceSchema,
  ConsultationChannelSchema,
  CriminalRoleSchema,
  CriminalStageSchema,
  DisabilityKindSchema,
  GenderSchema,
  IdTypeSchema,
  IntakeChannelSchema,
  NotifyingOrganKindSchema,
  PossibleSentenceSchema,
  RegionSchema,
  ResidenceSchema,
  SpecialGroupSchema,
  type IdType,
} from '../domain/enums'
import { EthnicityCodeSchema } from '../domain/ethnicities'
import { normalizeIdNumber, validateResidentId, type IdCardErrorCode } from '../domain/id-card'
import { bool, codeSet, localDate, optionalLocalDate, optionalPhone, optionalText, requiredPhone, requiredText, strict } from '../fields'

// ---------------------------------------------------------------------------------------
// Caps

export const LIMITS = {
  personName: 50,
  idNumber: 30,
  phone: 30,
  address: 200,
  organName: 100,
  noticeNumber: 100,
  cause: 100,
  opposingParty: 200,
  facts: 5000,
  topic: 100,
  summary: 2000,
  advice: 2000,
  matterCode: 64,
  owedPaper: 100,
  owedPapers: 30,
  centerName: 60,
  docPrefix: 10,
  query: 100,
  recordId: 64,
} as const

// ---------------------------------------------------------------------------------------
// Field builders (the common ones are in ../fields.ts)

/** An ID number as typed: capped, then normalised (half-width, no spaces, x → X). */
function idNumberField(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(LIMITS.idNumber, `${label}不能超过${LIMITS.idNumber}个字符`)
    .transform(normalizeIdNumber)
}

/** A matter code from the region's profile (kebab-case ASCII); membership is a service rule. */
function matterCode(label: string) {
  return z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(LIMITS.matterCode, `${label}代码无效`)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, `${label}代码无效，请从列表中选择`)
}

// ---------------------------------------------------------------------------------------
// ID number messages

const ID_MESSAGES: Record<IdCardErrorCode, string> = {
  empty: '身份证号码不能为空',
  length: '身份证号码应为18位',
  format: '身份证号码只能由数字组成，最后一位可以是X',
  region: '身份证号码前两位不是有效的省级行政区划代码，请核对',
  'birth-date': '身份证号码中的出生日期（第7-14位）无效，请核对',
  'future-birth-date': '身份证号码中的出生日期晚于今天，请核对',
  // The expected check character is deliberately not shown: if a middle digit was mistyped,
  // "fixing" the last one would turn a wrong number into a wrong but valid-looking one.
  'check-digit': '身份证号码校验位错误，请核对最后一位及前面各位数字',
}

/** The Chinese message for a resident ID number, or null when it is valid. */
export function residentIdMessage(idNumber: string): string | null {
  const r = validateResidentId(idNumber)
  if (r.ok) return null
  if (r.code === 'length') return `${ID_MESSAGES.length}，当前为${normalizeIdNumber(idNumber).length}位`
  return ID_MESSAGES[r.code]
}

type Ctx = z.core.$RefinementCtx<unknown>

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message })
}

/** Checks an ID number against its type: resident IDs fully, others only for plausible characters. */
function checkIdNumber(ctx: Ctx, idType: IdType | undefined, idNumber: unknown, path: (string | number)[]): void {
  // Blank and over-long numbers already have their own issue from the field schema.
  if (typeof idNumber !== 'string' || idNumber === '' || idNumber.length > LIMITS.idNumber) return
  if (idType === 'resident-id') {
    const message = residentIdMessage(idNumber)
    if (message !== null) issue(ctx, path, message)
  } else if (idType !== 'military' && idType !== 'other' && !/^[A-Z0-9()-]+$/.test(idNumber)) {
    issue(ctx, path, '证件号码只能包含字母、数字、括号和连字符')
  }
}

// ---------------------------------------------------------------------------------------
// Consultation (法律咨询)

export const ConsultationInput = strict({
  channel: ConsultationChannelSchema,
  consultedOn: localDate('咨询日期'),
  /** Optional: hotline and window callers may stay anonymous. Required to refer on. */
  name: optionalText('咨询人姓名', LIMITS.personName),
  phone: optionalPhone('联系电话'),
  topic: requiredText('咨询事项', LIMITS.topic),
  summary: requiredText('咨询内容摘要', LIMITS.summary),
  adviceGiven: requiredText('解答意见', LIMITS.advice),
  referToApplication: bool('是否转为法律援助申请').default(false),
  matter: matterCode('援助事项').optional(),
}).superRefine((v, ctx) => {
  if (v.referToApplication === true && !v.name) issue(ctx, ['name'], '转为法律援助申请时须填写咨询人姓名')
})
export type ConsultationInputIn = z.input<typeof ConsultationInput>
export type ConsultationInputOut = z.output<typeof ConsultationInput>

// ---------------------------------------------------------------------------------------
// Application (法律援助申请 / 通知案件受理登记)

const ApplicantInput = strict({
  name: requiredText('申请人姓名', LIMITS.personName),
  gender: GenderSchema,
  ethnicity: EthnicityCodeSchema,
  idType: IdTypeSchema,
  idNumber: idNumberField('证件号码'),
  phone: requiredPhone('联系电话'),
  address: requiredText('住址', LIMITS.address),
  residence: ResidenceSchema,
  specialGroups: codeSet(SpecialGroupSchema, '特殊群体', 20).default([]),
  /** Derived from the number for resident IDs; if typed as well, the two must agree. */
  birthDate: optionalLocalDate('出生日期'),
  /** For the mandatory-appointment rules (blind, deaf, mute…); policy CLI `applicant.disability`. */
  disability: codeSet(DisabilityKindSchema, '残疾类别', 5).default([]),
  /** 不能完全辨认自己行为的成年人; policy CLI `applicant.cannotFullyRecognizeOwnConduct`. */
  cannotFullyRecognizeOwnConduct: bool('是否不能完全辨认自己行为').default(false),
})
  .superRefine((a, ctx) => {
    checkIdNumber(ctx, a.idType, a.idNumber, ['idNumber'])
    if (a.idType !== 'resident-id' || typeof a.idNumber !== 'string' || a.idNumber.length > LIMITS.idNumber) return
    const r = validateResidentId(a.idNumber)
    if (!r.ok) return
    if (typeof a.birthDate === 'string' && a.birthDate !== r.value.birthDate) {
      issue(ctx, ['birthDate'], `出生日期与身份证号码不一致（号码中为 ${r.value.birthDate}）`)
    }
    if ((a.gender === 'male' || a.gender === 'female') && a.gender !== r.value.gender) {
      issue(ctx, ['gender'], `性别与身份证号码不一致（号码第17位表示${r.value.gender === 'male' ? '男' : '女'}）`)
    }
  })
  .transform((a) => {
    if (a.idType !== 'resident-id') return a
    const r = validateResidentId(a.idNumber)
    return r.ok ? { ...a, birthDate: r.value.birthDate } : a
  })

const AgentInput = strict({
  name: requiredText('代理人姓名', LIMITS.personName),
  relation: AgentRelationSchema,
  idType: IdTypeSchema.optional(),
  idNumber: optionalText('代理人证件号码', LIMITS.idNumber).transform((v) => (v === undefined ? undefined : normalizeIdNumber(v))),
  phone: requiredPhone('代理人联系电话'),
}).superRefine((g, ctx) => {
  if (g.idNumber !== undefined && g.idType === undefined) issue(ctx, ['idType'], '填写了代理人证件号码，请选择证件类型')
  checkIdNumber(ctx, g.idType, g.idNumber, ['idNumber'])
})

const CaseInput = strict({
  caseType: CaseTypeSchema,
  /** Checked against the region's scope list by the service (needs the profile and the date). */
  matter: matterCode('援助事项'),
  /** Required for criminal cases; dropped for the others. */
  criminalRole: CriminalRoleSchema.optional(),
  /** Required for criminal cases; dropped for the others. */
  criminalStage: CriminalStageSchema.optional(),
  /** Policy CLI `criminal.possibleSentence`; criminal cases only. */
  possibleSentence: PossibleSentenceSchema.optional(),
  /** 缺席审判; policy CLI `criminal.inAbsentia`; criminal cases only. */
  inAbsentia: bool('是否缺席审判').optional(),
  /** Has counsel of their own; policy CLI `criminal.hasOwnCounsel`; criminal cases only. */
  hasOwnCounsel: bool('是否已委托辩护人').optional(),
  /** Policy CLI `circumstances` (domestic violence, heroic act, …). */
  circumstances: codeSet(CircumstanceSchema, '案件情形', 10).default([]),
  cause: requiredText('案由', LIMITS.cause),
  handlingOrgan: optionalText('办案机关', LIMITS.organName),
  opposingParty: optionalText('对方当事人', LIMITS.opposingParty),
  facts: requiredText('案情摘要', LIMITS.facts),
})
  .superRefine((c, ctx) => {
    if (c.caseType !== 'criminal') return
    if (c.criminalRole === undefined) issue(ctx, ['criminalRole'], '刑事案件须选择申请人的诉讼地位')
    if (c.criminalStage === undefined) issue(ctx, ['criminalStage'], '刑事案件须选择所处诉讼阶段')
  })
  .transform((c) =>
    c.caseType === 'criminal'
      ? c
      : { ...c, criminalRole: undefined, criminalStage: undefined, possibleSentence: undefined, inAbsentia: undefined, hasOwnCounsel: undefined },
  )

const NoticeInput = strict({
  organKind: NotifyingOrganKindSchema,
  organName: requiredText('通知机关名称', LIMITS.organName),
  noticeNumber: requiredText('通知书文号', LIMITS.noticeNumber),
  noticeDate: localDate('通知日期'),
})

const IntakeDetails = strict({
  channel: IntakeChannelSchema,
  /** Required when the channel is 'notification'; dropped otherwise. */
  notice: NoticeInput.optional(),
  receivedOn: localDate('受理日期'),
  urgent: bool('是否紧急').default(false),
  /** 先行受理, 事后补办手续. */
  acceptFirst: bool('是否先行受理').default(false),
  /** The papers still owed; at least one when accepted first, dropped otherwise. */
  owedPapers: z
    .array(requiredText('待补材料名称', LIMITS.owedPaper), { error: '待补材料应为列表' })
    .max(LIMITS.owedPapers, `待补材料最多${LIMITS.owedPapers}项`)
    .optional(),
})
  .superRefine((i, ctx) => {
    if (i.channel === 'notification' && i.notice === undefined) {
      issue(ctx, ['notice'], '通知辩护/代理案件须填写通知机关、通知书文号和通知日期')
    }
    if (i.acceptFirst === true && (i.owedPapers === undefined || i.owedPapers.length === 0)) {
      issue(ctx, ['owedPapers'], '先行受理的案件须列明需事后补交的材料')
    }
    if (
      i.channel === 'notification' &&
      i.notice !== undefined &&
      typeof i.notice.noticeDate === 'string' &&
      typeof i.receivedOn === 'string' &&
      isValidLocalDate(i.notice.noticeDate) &&
      isValidLocalDate(i.receivedOn) &&
      compareDates(i.notice.noticeDate, i.receivedOn) > 0
    ) {
      issue(ctx, ['notice', 'noticeDate'], '通知日期不能晚于受理日期')
    }
  })
  .transform((i) => ({
    ...i,
    notice: i.channel === 'notification' ? i.notice : undefined,
    owedPapers: i.acceptFirst ? i.owedPapers : undefined,
  }))

export const ApplicationInput = strict({
  applicant: ApplicantInput,
  agent: AgentInput.optional(),
  case: CaseInput,
  intake: IntakeDetails,
  /** The consultation this application came from, if any (its existence is a service rule). */
  consultationId: optionalText('关联咨询记录编号', LIMITS.recordId),
}).superRefine((v, ctx) => {
  // Notified defence/representation (通知辩护/通知代理) exists only in criminal proceedings.
  if (v.intake?.channel === 'notification' && v.case !== undefined && v.case.caseType !== 'criminal') {
    issue(ctx, ['case', 'caseType'], '通知辩护/代理案件的案件类型应为刑事')
  }
})
export type ApplicationInputIn = z.input<typeof ApplicationInput>
export type ApplicationInputOut = z.output<typeof ApplicationInput>

// ---------------------------------------------------------------------------------------
// Case search

export const CaseSearchInput = strict({
  q: optionalText('搜索内容', LIMITS.query),
  status: codeSet(CaseStatusSchema, '案件状态', 20).default([]),
  caseType: codeSet(CaseTypeSchema, '案件类型', 10).default([]),
  receivedFrom: optionalLocalDate('受理日期（起）'),
  receivedTo: optionalLocalDate('受理日期（止）'),
  page: z.number({ error: '页码应为数字' }).int('页码应为整数').min(1, '页码从1开始').max(1_000_000, '页码过大').default(1),
  pageSize: z
    .number({ error: '每页条数应为数字' })
    .int('每页条数应为整数')
    .min(10, '每页至少10条')
    .max(200, '每页最多200条')
    .default(20),
}).superRefine((s, ctx) => {
  if (s.receivedFrom !== undefined && s.receivedTo !== undefined && s.receivedFrom > s.receivedTo) {
    issue(ctx, ['receivedTo'], '结束日期不能早于开始日期')
  }
})
export type CaseSearchInputIn = z.input<typeof CaseSearchInput>
export type CaseSearchInputOut = z.output<typeof CaseSearchInput>

// ---------------------------------------------------------------------------------------
// Center settings

export const CenterSettingsInput = strict({
  centerName: requiredText('中心名称', LIMITS.centerName),
  region: RegionSchema,
  /** Prefix of document numbers, e.g. 某法援 in 某法援指〔2026〕12号. */
  docPrefix: requiredText('文号前缀', LIMITS.docPrefix).regex(
    /^[^\s〔〕[\]()（）第号]+$/u,
    '文号前缀不能包含空格、括号、「第」或「号」（这些由系统自动加上）',
  ),
  address: requiredText('中心地址', LIMITS.address),
  phone: requiredPhone('中心电话'),
})
export type CenterSettingsInputIn = z.input<typeof CenterSettingsInput>
export type CenterSettingsInputOut = z.output<typeof CenterSettingsInput>

// ---------------------------------------------------------------------------------------
// Date rules that need "today" (service rules; see the header)

export interface IntakeIssue {
  readonly path: (string | number)[]
  readonly message: string
}

/**
 * The "not in the future" checks for a parsed application, against the injected business date
 * `today` (dates.ts `today(clock)`). Returns [] when all pass.
 */
export function applicationDateIssues(input: ApplicationInputOut, today: LocalDate): IntakeIssue[] {
  const out: IntakeIssue[] = []
  if (compareDates(input.intake.receivedOn, today) > 0) out.push({ path: ['intake', 'receivedOn'], message: '受理日期不能晚于今天' })
  const notice = input.intake.notice
  if (notice !== undefined && compareDates(notice.noticeDate, today) > 0) {
    out.push({ path: ['intake', 'notice', 'noticeDate'], message: '通知日期不能晚于今天' })
  }
  const birth = input.applicant.birthDate
  if (birth !== undefined && compareDates(birth, today) > 0) {
    const fromId = input.applicant.idType === 'resident-id'
    out.push(fromId ? { path: ['applicant', 'idNumber'], message: ID_MESSAGES['future-birth-date'] } : { path: ['applicant', 'birthDate'], message: '出生日期不能晚于今天' })
  }
  return out
}

/** The "not in the future" check for a parsed consultation. */
export function consultationDateIssues(input: ConsultationInputOut, today: LocalDate): IntakeIssue[] {
  return compareDates(input.consultedOn, today) > 0 ? [{ path: ['consultedOn'], message: '咨询日期不能晚于今天' }] : []
}

/** A page of the consultation register. */
export const ConsultationListInput = z
  .object({
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(20),
  })
  .strict()

/** The notice of a notified case (通知辩护/代理), as stored with the case. */
export type CaseNotice = z.output<typeof NoticeInput>
/** The applicant's agent (代理人), as stored with the case. */
export type CaseAgent = z.output<typeof AgentInput>
