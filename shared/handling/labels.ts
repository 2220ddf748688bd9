/**
 * Codes and Chinese labels of case handling (closing, quality, follow-up, complaints,
 * subsidy, duty lawyers). Pure data, shared by the main process, the renderer and the tests.
 */

type Options = readonly { code: string; label: string }[]
const codesOf = <T extends Options>(o: T) => o.map((x) => x.code) as [T[number]['code'], ...T[number]['code'][]]

/** Code → label lookup, defined once in shared/codes.ts. */
export { labelIn } from '../codes'

export const HANDLING_EVENT_KINDS = [
  { code: 'meeting', label: '会见' },
  { code: 'file-reading', label: '阅卷' },
  { code: 'investigation', label: '调查取证' },
  { code: 'hearing', label: '出庭（开庭）' },
  { code: 'mediation', label: '调解' },
  { code: 'judgment', label: '判决/裁定' },
  { code: 'other', label: '其他' },
] as const
export type HandlingEventKind = (typeof HANDLING_EVENT_KINDS)[number]['code']
export const HANDLING_EVENT_KIND_CODES = codesOf(HANDLING_EVENT_KINDS)

export const CASE_OUTCOMES = [
  { code: 'judgment', label: '判决' },
  { code: 'mediation', label: '调解' },
  { code: 'withdrawal', label: '撤诉' },
  { code: 'settlement', label: '和解' },
  { code: 'non-litigation', label: '非诉讼方式解决' },
  { code: 'other', label: '其他' },
] as const
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]['code']
export const CASE_OUTCOME_CODES = codesOf(CASE_OUTCOMES)


export const FOLLOW_UP_CHANNELS = [
  { code: 'phone', label: '电话回访' },
  { code: 'visit', label: '上门回访' },
  { code: 'sms', label: '短信' },
  { code: 'wechat', label: '微信' },
  { code: 'letter', label: '信函' },
  { code: 'other', label: '其他' },
] as const
export const FOLLOW_UP_CHANNEL_CODES = codesOf(FOLLOW_UP_CHANNELS)

export const SATISFACTION_LEVELS = [
  { code: 'very-satisfied', label: '非常满意' },
  { code: 'satisfied', label: '满意' },
  { code: 'neutral', label: '基本满意' },
  { code: 'dissatisfied', label: '不满意' },
  { code: 'very-dissatisfied', label: '非常不满意' },
  { code: 'unreachable', label: '未能联系' },
] as const
export const SATISFACTION_CODES = codesOf(SATISFACTION_LEVELS)

export const COMPLAINT_CHANNELS = [
  { code: 'phone', label: '电话' },
  { code: 'visit', label: '来访' },
  { code: 'letter', label: '来信' },
  { code: 'online', label: '网上' },
  { code: 'referral', label: '上级转办' },
  { code: 'other', label: '其他' },
] as const
export const COMPLAINT_CHANNEL_CODES = codesOf(COMPLAINT_CHANNELS)

export const COMPLAINANT_ROLES = [
  { code: 'assisted-person', label: '受援人' },
  { code: 'relative', label: '受援人近亲属' },
  { code: 'organ', label: '办案机关' },
  { code: 'other', label: '其他' },
] as const
export const COMPLAINANT_ROLE_CODES = codesOf(COMPLAINANT_ROLES)

export const COMPLAINT_STATUSES = [
  { code: 'received', label: '已受理' },
  { code: 'investigating', label: '调查中' },
  { code: 'concluded', label: '已有处理结果' },
  { code: 'replied', label: '已答复' },
] as const

export const COMPLAINT_OUTCOMES = [
  { code: 'substantiated', label: '投诉属实' },
  { code: 'partly-substantiated', label: '部分属实' },
  { code: 'unsubstantiated', label: '投诉不属实' },
] as const
export const COMPLAINT_OUTCOME_CODES = codesOf(COMPLAINT_OUTCOMES)



export const CLAIM_STATUSES = [
  { code: 'computed', label: '已核算，待负责人审批' },
  { code: 'approved', label: '已审批，待发放' },
  { code: 'paid', label: '已发放' },
] as const

export const ENTRY_KINDS = [
  { code: 'original', label: '补贴' },
  { code: 'reversal', label: '冲销' },
  { code: 'replacement', label: '更正后金额' },
] as const

export const ENTRY_STATUSES = [
  { code: 'approved', label: '待发放' },
  { code: 'paid', label: '已发放' },
  { code: 'cancelled', label: '已撤销' },
] as const

export const BATCH_STATUSES = [
  { code: 'draft', label: '待审批' },
  { code: 'approved', label: '已审批，待发放' },
  { code: 'paid', label: '已发放' },
] as const

export const DUTY_POST_KINDS = [
  { code: 'court', label: '人民法院' },
  { code: 'procuratorate', label: '人民检察院' },
  { code: 'detention-center', label: '看守所' },
  { code: 'legal-service-hall', label: '公共法律服务中心（厅）' },
] as const
export const DUTY_POST_KIND_CODES = codesOf(DUTY_POST_KINDS)

export const DUTY_SHIFT_STATUSES = [
  { code: 'scheduled', label: '已排班' },
  { code: 'served', label: '已值班' },
  { code: 'absent', label: '缺勤' },
  { code: 'cancelled', label: '已取消' },
] as const
export const DUTY_SHIFT_STATUS_CODES = codesOf(DUTY_SHIFT_STATUSES)

export const DUTY_SERVICE_KINDS = [
  { code: 'consultation', label: '法律咨询' },
  { code: 'procedure-advice', label: '程序选择建议' },
  { code: 'plea-witness', label: '认罪认罚具结书签署见证' },
  { code: 'other', label: '其他' },
] as const
export const DUTY_SERVICE_KIND_CODES = codesOf(DUTY_SERVICE_KINDS)

// The same lists the document forms use: one spelling of each label.
export {
  EXTRA_REASON_OPTIONS as EXTRA_REASON_LABELS,
  QUALITY_GRADE_OPTIONS as QUALITY_GRADE_LABELS,
  SUBSIDY_KIND_OPTIONS as SUBSIDY_KIND_LABELS,
} from '../documents/schema'
