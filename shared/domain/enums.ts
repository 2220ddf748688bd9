/**
 * Closed code lists with their Chinese labels. Each list is an `as const` array of
 * `{ code, label }` in display order, with a zod enum built from the same codes so that
 * forms, IPC validation and the DB all agree on one spelling.
 *
 * Codes that the policy engine reads (case types, criminal roles, applicant groups,
 * disabilities, circumstances, regions) are spelled exactly as in the policy CLI contract
 * (docs: POLICY-CLI.md), so intake records feed the engine without translation.
 */
import { z } from 'zod'
import { CASE_TYPES, REGIONS, codesOf, type CodeLabel, type CodeOf } from '../codes'

// The generic helpers and the case-type and region lists live in shared/codes.ts.
export { CASE_TYPES, REGIONS, codesOf, isCodeOf, labelOf, type CaseType, type CodeLabel, type RegionCode as Region } from '../codes'

function enumOf<const T extends readonly CodeLabel[]>(list: T, message: string) {
  return z.enum(codesOf(list), { error: message })
}

// ---------------------------------------------------------------------------------------
// Person

export const GENDERS = [
  { code: 'male', label: '男' },
  { code: 'female', label: '女' },
] as const
export type Gender = CodeOf<typeof GENDERS>
export const GenderSchema = enumOf(GENDERS, '请选择性别')

export const ID_TYPES = [
  { code: 'resident-id', label: '居民身份证' },
  { code: 'passport', label: '护照' },
  { code: 'hk-macao-pass', label: '港澳居民来往内地通行证' },
  { code: 'taiwan-pass', label: '台湾居民来往大陆通行证' },
  { code: 'foreign-permanent', label: '外国人永久居留身份证' },
  { code: 'military', label: '军官证/士兵证' },
  { code: 'other', label: '其他' },
] as const
export type IdType = CodeOf<typeof ID_TYPES>
export const IdTypeSchema = enumOf(ID_TYPES, '请选择证件类型')

export const RESIDENCES = [
  { code: 'urban', label: '城镇' },
  { code: 'rural', label: '农村' },
] as const
export type Residence = CodeOf<typeof RESIDENCES>
export const ResidenceSchema = enumOf(RESIDENCES, '请选择户籍/居住地类别（城镇或农村）')

/**
 * Special groups recorded at intake. Two kinds share one list:
 * - the six statistics groups of the brief (农民工, 未成年人, 老年人, 残疾人, 妇女, 军人军属);
 * - the policy CLI's `applicant.groups` codes (hardship proofs and exemptions).
 * `military-or-family` and `migrant-worker` are both. Minor/elderly status for the policy
 * engine comes from the birth date and disability from `DISABILITY_KINDS`, so `minor`,
 * `elderly`, `disabled` and `woman` are statistics-only; see `toPolicyGroups`.
 */
export const SPECIAL_GROUPS = [
  { code: 'migrant-worker', label: '农民工' },
  { code: 'minor', label: '未成年人' },
  { code: 'elderly', label: '老年人' },
  { code: 'disabled', label: '残疾人' },
  { code: 'woman', label: '妇女' },
  { code: 'military-or-family', label: '军人军属' },
  { code: 'low-income-allowance', label: '城乡最低生活保障对象（低保）' },
  { code: 'extreme-poverty', label: '特困供养人员' },
  { code: 'disability-certificate', label: '持残疾证' },
  { code: 'unemployment-certificate', label: '持失业证' },
  { code: 'preferential-care', label: '优抚对象' },
  { code: 'five-guarantees', label: '五保户' },
  { code: 'welfare-institution', label: '社会福利机构供养人员' },
  { code: 'disaster-relief', label: '因灾接受政府救济人员' },
  { code: 'seriously-ill', label: '重病患者' },
  { code: 'social-or-judicial-assistance', label: '社会救助、司法救助对象' },
] as const
export type SpecialGroup = CodeOf<typeof SPECIAL_GROUPS>
export const SpecialGroupSchema = enumOf(SPECIAL_GROUPS, '特殊群体选项无效')

/** The policy CLI's `applicant.groups` codes, exactly. */
export const POLICY_APPLICANT_GROUPS = [
  'low-income-allowance',
  'extreme-poverty',
  'disability-certificate',
  'unemployment-certificate',
  'military-or-family',
  'preferential-care',
  'five-guarantees',
  'welfare-institution',
  'disaster-relief',
  'migrant-worker',
  'seriously-ill',
  'social-or-judicial-assistance',
] as const satisfies readonly SpecialGroup[]
export type PolicyApplicantGroup = (typeof POLICY_APPLICANT_GROUPS)[number]

/** The statistics groups of the brief's reports, in report order. */
export const STATISTICS_GROUPS = [
  'migrant-worker',
  'minor',
  'elderly',
  'disabled',
  'woman',
  'military-or-family',
] as const satisfies readonly SpecialGroup[]

/** Keeps the special groups that the policy engine understands (drops statistics-only ones). */
export function toPolicyGroups(groups: readonly SpecialGroup[]): PolicyApplicantGroup[] {
  const policy: readonly string[] = POLICY_APPLICANT_GROUPS
  return groups.filter((g): g is PolicyApplicantGroup => policy.includes(g))
}

/** The policy CLI's `applicant.disability` codes. */
export const DISABILITY_KINDS = [
  { code: 'visual', label: '盲（视力残疾）' },
  { code: 'hearing', label: '聋（听力残疾）' },
  { code: 'speech', label: '哑（言语残疾）' },
  { code: 'mental', label: '精神或智力残疾' },
  { code: 'physical', label: '肢体残疾' },
] as const
export type DisabilityKind = CodeOf<typeof DISABILITY_KINDS>
export const DisabilityKindSchema = enumOf(DISABILITY_KINDS, '残疾类别无效')

// ---------------------------------------------------------------------------------------
// Case

export const CaseTypeSchema = enumOf(CASE_TYPES, '请选择案件类型')

/** The policy CLI's `criminalRole` codes. */
export const CRIMINAL_ROLES = [
  { code: 'suspect', label: '犯罪嫌疑人' },
  { code: 'defendant', label: '被告人' },
  { code: 'victim', label: '被害人' },
  { code: 'private-prosecutor', label: '自诉人' },
  { code: 'civil-plaintiff', label: '附带民事诉讼原告人' },
  { code: 'compulsory-medical-respondent', label: '强制医疗案件被申请人' },
] as const
export type CriminalRole = CodeOf<typeof CRIMINAL_ROLES>
export const CriminalRoleSchema = enumOf(CRIMINAL_ROLES, '请选择刑事诉讼地位')

/**
 * Procedural stage of a criminal case when aid starts. Trial in absentia (缺席审判) is not a
 * stage but a form of trial: it is the `inAbsentia` flag on the case, as in the policy CLI.
 */
export const CRIMINAL_STAGES = [
  { code: 'investigation', label: '侦查' },
  { code: 'prosecution-review', label: '审查起诉' },
  { code: 'trial', label: '审判（一审）' },
  { code: 'second-instance', label: '二审' },
  { code: 'death-penalty-review', label: '死刑复核' },
] as const
export type CriminalStage = CodeOf<typeof CRIMINAL_STAGES>
export const CriminalStageSchema = enumOf(CRIMINAL_STAGES, '请选择刑事诉讼阶段')

/** The policy CLI's `criminal.possibleSentence` codes. */
export const POSSIBLE_SENTENCES = [
  { code: 'life', label: '可能判处无期徒刑' },
  { code: 'death', label: '可能判处死刑' },
  { code: 'other', label: '其他' },
] as const
export type PossibleSentence = CodeOf<typeof POSSIBLE_SENTENCES>
export const PossibleSentenceSchema = enumOf(POSSIBLE_SENTENCES, '可能判处的刑罚选项无效')

/** The policy CLI's `circumstances` codes. */
export const CIRCUMSTANCES = [
  { code: 'domestic-violence', label: '遭受家庭暴力' },
  { code: 'abuse-or-abandonment', label: '遭受虐待、遗弃' },
  { code: 'heroic-act', label: '因见义勇为行为主张相关民事权益' },
  { code: 'martyr-family', label: '英雄烈士近亲属维护英雄烈士人格权益' },
  { code: 'natural-disaster', label: '因自然灾害等不可抗力导致经济困难' },
  { code: 'retrial-acquittal-compensation', label: '再审改判无罪请求国家赔偿' },
] as const
export type Circumstance = CodeOf<typeof CIRCUMSTANCES>
export const CircumstanceSchema = enumOf(CIRCUMSTANCES, '案件情形选项无效')

// ---------------------------------------------------------------------------------------
// Intake

export const INTAKE_CHANNELS = [
  { code: 'window', label: '窗口' },
  { code: 'phone', label: '电话' },
  { code: 'online', label: '网上' },
  { code: 'mail', label: '邮寄' },
  { code: 'home-visit', label: '上门' },
  { code: 'outreach-tour', label: '巡回受案' },
  { code: 'workstation', label: '工作站' },
  { code: 'forwarded', label: '转交' },
  { code: 'notification', label: '通知辩护/代理' },
] as const
export type IntakeChannel = CodeOf<typeof INTAKE_CHANNELS>
export const IntakeChannelSchema = enumOf(INTAKE_CHANNELS, '请选择受理渠道')

export const NOTIFYING_ORGAN_KINDS = [
  { code: 'court', label: '人民法院' },
  { code: 'procuratorate', label: '人民检察院' },
  { code: 'public-security', label: '公安机关' },
] as const
export type NotifyingOrganKind = CodeOf<typeof NOTIFYING_ORGAN_KINDS>
export const NotifyingOrganKindSchema = enumOf(NOTIFYING_ORGAN_KINDS, '请选择通知机关类别')

export const CONSULTATION_CHANNELS = [
  { code: 'window', label: '窗口' },
  { code: 'hotline-12348', label: '12348热线' },
  { code: 'letter', label: '信函' },
  { code: 'online', label: '网上' },
  { code: 'workstation', label: '工作站' },
] as const
export type ConsultationChannel = CodeOf<typeof CONSULTATION_CHANNELS>
export const ConsultationChannelSchema = enumOf(CONSULTATION_CHANNELS, '请选择咨询方式')

export const AGENT_RELATIONS = [
  { code: 'guardian', label: '监护人' },
  { code: 'statutory', label: '法定代理人' },
  { code: 'authorised', label: '委托代理人' },
  { code: 'close-relative', label: '近亲属' },
] as const
export type AgentRelation = CodeOf<typeof AGENT_RELATIONS>
export const AgentRelationSchema = enumOf(AGENT_RELATIONS, '请选择代理人与申请人的关系')

/**
 * Statuses of an application, in workflow order (brief: 受理 → 补充材料 → 审查 → 给予/不予
 * (异议) → 指派 → 承办 → 结案 → 归档, side exits 终止 and 撤回). Quality review and subsidy
 * payment happen between 结案 and 归档 and are tracked by their own records, not statuses.
 */
export const CASE_STATUSES = [
  { code: 'registered', label: '已受理' },
  { code: 'awaiting-materials', label: '待补充材料' },
  { code: 'reviewing', label: '审查中' },
  { code: 'granted', label: '给予援助' },
  { code: 'refused', label: '不予援助' },
  { code: 'objection', label: '异议审查中' },
  { code: 'assigned', label: '已指派' },
  { code: 'handling', label: '承办中' },
  { code: 'closed', label: '已结案' },
  { code: 'archived', label: '已归档' },
  { code: 'terminated', label: '已终止' },
  { code: 'withdrawn', label: '已撤回' },
] as const
export type CaseStatus = CodeOf<typeof CASE_STATUSES>
export const CaseStatusSchema = enumOf(CASE_STATUSES, '案件状态无效')

// ---------------------------------------------------------------------------------------
// Center

/** The policy CLI's `region` codes (shared/codes.ts). */
export const RegionSchema = enumOf(REGIONS, '请选择适用地区')
