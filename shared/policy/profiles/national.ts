/**
 * National base: 中华人民共和国法律援助法 (in force 2022-01-01) and
 * 办理法律援助案件程序规定 (司法部令第148号, in force 2023-09-01).
 *
 * Regional profiles layer their additions on top of the pieces exported here.
 */
import type { LocalDate } from '../../domain/dates'
import {
  BELOW_INCLUDES_NUMBER,
  DOC,
  LAW_UNVERIFIED,
  PERIOD_END_ON_HOLIDAY,
  RULES_UNVERIFIED,
  cite,
  law,
  rules,
} from '../citations'
import type {
  ApplicantContext,
  Citation,
  ExemptionRule,
  LawyerRule,
  MandatoryTrigger,
  MatterDef,
  PolicyProfile,
  SourceDocument,
  SubsidyTable,
  TimeLimitDef,
} from '../types'

export const LAW_SOURCE: SourceDocument = {
  doc: DOC.law,
  title: '中华人民共和国法律援助法',
  issuer: '全国人民代表大会常务委员会',
  date: '2022-01-01' as LocalDate,
  note: '2021年8月20日通过，2022年1月1日起施行',
}

export const RULES_SOURCE: SourceDocument = {
  doc: DOC.rules,
  title: '办理法律援助案件程序规定',
  issuer: '司法部',
  date: '2023-09-01' as LocalDate,
  note: '2012年司法部令第124号公布，2023年7月11日司法部令第148号修订，2023年9月1日起施行',
}

export const ELDERLY_AGE = 60
const elderlyCitation = cite(DOC.elderlyLaw, '第二条（老年人是指六十周岁以上的公民）')

export const isMinor = (ctx: ApplicantContext): boolean | 'unknown' => (ctx.age === null ? 'unknown' : ctx.age < 18)
export const isElderly = (ctx: ApplicantContext): boolean | 'unknown' =>
  ctx.age === null ? 'unknown' : ctx.age >= ELDERLY_AGE
export const isDisabled = (ctx: ApplicantContext): boolean =>
  ctx.disability.length > 0 || ctx.groups.includes('disability-certificate')

/** Three-valued OR: true wins, then unknown, then false. */
export function anyOf(...values: (boolean | 'unknown')[]): boolean | 'unknown' {
  if (values.includes(true)) return true
  if (values.includes('unknown')) return 'unknown'
  return false
}
/** Three-valued AND. */
export function allOf(...values: (boolean | 'unknown')[]): boolean | 'unknown' {
  if (values.includes(false)) return false
  if (values.includes('unknown')) return 'unknown'
  return true
}

// ---------------- matters ----------------

const criminalMatters: MatterDef[] = [
  {
    code: 'criminal-defence',
    name: '刑事案件犯罪嫌疑人、被告人辩护',
    caseTypes: ['criminal'],
    criminalRoles: ['suspect', 'defendant'],
    citations: [law('第二十四条'), law('第二十五条')],
    addedBy: 'national',
  },
  {
    code: 'criminal-victim',
    name: '刑事公诉案件被害人及其法定代理人或者近亲属代理',
    caseTypes: ['criminal'],
    criminalRoles: ['victim'],
    citations: [LAW_UNVERIFIED.victims],
    addedBy: 'national',
  },
  {
    code: 'criminal-private-prosecution',
    name: '刑事自诉案件自诉人及其法定代理人代理',
    caseTypes: ['criminal'],
    criminalRoles: ['private-prosecutor'],
    citations: [LAW_UNVERIFIED.victims],
    addedBy: 'national',
  },
  {
    code: 'criminal-incidental-civil',
    name: '刑事附带民事诉讼原告人及其法定代理人代理',
    caseTypes: ['criminal'],
    criminalRoles: ['civil-plaintiff'],
    citations: [LAW_UNVERIFIED.victims],
    addedBy: 'national',
  },
  {
    code: 'compulsory-medical',
    name: '强制医疗案件被申请人或者被告人代理',
    caseTypes: ['criminal'],
    criminalRoles: ['compulsory-medical-respondent'],
    citations: [LAW_UNVERIFIED.compulsoryMedical],
    addedBy: 'national',
  },
]

const civilList: [string, string, string][] = [
  ['state-compensation', '依法请求国家赔偿', '（一）'],
  ['social-insurance-or-assistance', '请求给予社会保险待遇或者社会救助', '（二）'],
  ['pension', '请求发给抚恤金', '（三）'],
  ['support-payments', '请求给付赡养费、抚养费、扶养费', '（四）'],
  ['labour-relation-or-pay', '请求确认劳动关系或者支付劳动报酬', '（五）'],
  ['capacity-declaration', '请求认定公民无民事行为能力或者限制民事行为能力', '（六）'],
  ['personal-injury-accident', '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿', '（七）'],
  ['environmental-damage', '请求环境污染、生态破坏损害赔偿', '（八）'],
  ['other-statutory', '法律、法规、规章规定的其他情形', '（九）'],
]

const civilMatters: MatterDef[] = civilList.map(([code, name, item]) => ({
  code,
  name,
  caseTypes: code === 'state-compensation' || code === 'other-statutory' ? ['civil', 'administrative'] : ['civil'],
  citations: [law(`第三十一条${item}`)],
  addedBy: 'national',
}))

const noLimitMatters: MatterDef[] = [
  {
    code: 'martyr-personality',
    name: '英雄烈士近亲属为维护英雄烈士的人格权益',
    caseTypes: ['civil'],
    citations: [law('第三十二条（一）')],
    noHardshipLimit: { reason: 'martyr-family', citations: [law('第三十二条（一）')] },
    addedBy: 'national',
  },
  {
    code: 'heroic-act',
    name: '因见义勇为行为主张相关民事权益',
    caseTypes: ['civil'],
    citations: [law('第三十二条（二）')],
    noHardshipLimit: { reason: 'heroic-act', citations: [law('第三十二条（二）')] },
    addedBy: 'national',
  },
  {
    code: 'retrial-acquittal-compensation',
    name: '再审改判无罪请求国家赔偿',
    caseTypes: ['administrative', 'civil'],
    citations: [law('第三十二条（三）')],
    noHardshipLimit: { reason: 'retrial-acquittal-compensation', citations: [law('第三十二条（三）')] },
    addedBy: 'national',
  },
  {
    code: 'abuse-dv-victim',
    name: '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益',
    caseTypes: ['civil'],
    citations: [law('第三十二条（四）')],
    noHardshipLimit: { reason: 'abuse-or-domestic-violence', citations: [law('第三十二条（四）')] },
    addedBy: 'national',
  },
]

const petitionMatters: MatterDef[] = [
  {
    code: 'petition-retrial',
    name: '不服生效裁判或者决定提出申诉或者申请再审（已决定、裁定再审或者检察院抗诉）',
    caseTypes: ['petition'],
    citations: [law('第三十三条')],
    addedBy: 'national',
  },
]

export const NATIONAL_MATTERS: readonly MatterDef[] = [...criminalMatters, ...civilMatters, ...noLimitMatters, ...petitionMatters]

/** Replace the citations of national matters with a regional restatement (keeping the national ones). */
export function restate(matters: readonly MatterDef[], extra: Readonly<Record<string, Citation[]>>): MatterDef[] {
  return matters.map((m) => {
    const add = extra[m.code]
    return add ? { ...m, citations: [...add, ...m.citations] } : m
  })
}

// ---------------- hardship exemptions ----------------

const LABOUR_PAY_MATTERS = new Set(['labour-relation-or-pay'])
const WORK_INJURY_MATTERS = new Set(['personal-injury-accident', 'xz-work-traffic-injury'])

/** Migrant worker claiming wages or work-injury damages; needs workInjury when the matter is mixed. */
export function migrantWagesOrWorkInjury(ctx: ApplicantContext, extraWageMatters: readonly string[] = []): boolean | 'unknown' {
  if (!ctx.groups.includes('migrant-worker')) return false
  if (LABOUR_PAY_MATTERS.has(ctx.matter) || extraWageMatters.includes(ctx.matter)) return true
  if (WORK_INJURY_MATTERS.has(ctx.matter)) return ctx.workInjury === null ? 'unknown' : ctx.workInjury
  return false
}

export const NATIONAL_EXEMPTIONS: readonly ExemptionRule[] = [
  {
    reason: 'martyr-family',
    label: '英雄烈士近亲属维护英雄烈士人格权益，不受经济困难条件限制',
    kind: 'no-hardship-limit',
    citations: [law('第三十二条（一）')],
    test: (ctx) => ctx.circumstances.includes('martyr-family'),
  },
  {
    reason: 'heroic-act',
    label: '因见义勇为行为主张相关民事权益，不受经济困难条件限制',
    kind: 'no-hardship-limit',
    citations: [law('第三十二条（二）')],
    test: (ctx) => ctx.circumstances.includes('heroic-act'),
  },
  {
    reason: 'retrial-acquittal-compensation',
    label: '再审改判无罪请求国家赔偿，不受经济困难条件限制',
    kind: 'no-hardship-limit',
    citations: [law('第三十二条（三）')],
    test: (ctx) => ctx.circumstances.includes('retrial-acquittal-compensation'),
  },
  {
    reason: 'abuse-or-domestic-violence',
    label: '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益，不受经济困难条件限制',
    kind: 'no-hardship-limit',
    citations: [law('第三十二条（四）')],
    test: (ctx) => ctx.circumstances.includes('domestic-violence') || ctx.circumstances.includes('abuse-or-abandonment'),
  },
  {
    reason: 'no-fixed-income-vulnerable',
    label: '无固定生活来源的未成年人、老年人、残疾人，免予核查经济困难状况',
    kind: 'exempt-from-verification',
    citations: [law('第四十二条（一）'), elderlyCitation],
    test: (ctx) => {
      const vulnerable = anyOf(isMinor(ctx), isElderly(ctx), isDisabled(ctx))
      if (vulnerable === false) return false
      return allOf(vulnerable, ctx.noFixedIncome === null ? 'unknown' : ctx.noFixedIncome)
    },
    missing: ['applicant.noFixedIncome', 'applicant.birthDate'],
  },
  {
    reason: 'social-assistance-or-preferential-care',
    label: '社会救助、司法救助或者优抚对象，免予核查经济困难状况',
    kind: 'exempt-from-verification',
    citations: [law('第四十二条（二）')],
    test: (ctx) =>
      ctx.groups.some((g) =>
        ['low-income-allowance', 'extreme-poverty', 'five-guarantees', 'social-or-judicial-assistance', 'preferential-care'].includes(g),
      ),
  },
  {
    reason: 'migrant-worker-wages-or-work-injury',
    label: '申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员，免予核查经济困难状况',
    kind: 'exempt-from-verification',
    citations: [law('第四十二条（三）')],
    test: (ctx) => migrantWagesOrWorkInjury(ctx),
    missing: ['workInjury'],
  },
]

// ---------------- mandatory appointment, lawyer rules ----------------

export const NATIONAL_MANDATORY: readonly MandatoryTrigger[] = [
  { code: 'minor', label: '未成年人', citations: [law('第二十五条第一款（一）')] },
  { code: 'visual-hearing-speech-disability', label: '视力、听力、言语残疾人', citations: [law('第二十五条第一款（二）')] },
  { code: 'cannot-fully-recognize-conduct', label: '不能完全辨认自己行为的成年人', citations: [law('第二十五条第一款（三）')] },
  { code: 'possible-life-or-death', label: '可能被判处无期徒刑、死刑的人', citations: [law('第二十五条第一款（四）')] },
  { code: 'death-penalty-review', label: '申请法律援助的死刑复核案件被告人', citations: [law('第二十五条第一款（五）')] },
  { code: 'in-absentia', label: '缺席审判案件的被告人', citations: [law('第二十五条第一款（六）')] },
  { code: 'compulsory-medical', label: '强制医疗案件的被申请人或者被告人没有委托诉讼代理人', citations: [LAW_UNVERIFIED.compulsoryMedical] },
]

export const NATIONAL_LAWYER_RULES: readonly LawyerRule[] = [
  {
    code: 'min-3-years-criminal-defence',
    label: '可能被判处无期徒刑、死刑的人以及死刑复核案件的被告人，应当指派具有三年以上刑事辩护经历的律师担任辩护人',
    citations: [rules('第二十六条第一款'), LAW_UNVERIFIED.lawyerThreeYears],
  },
  {
    code: 'minor-specialist',
    label: '未成年人刑事案件，应当指派熟悉未成年人身心特点的律师担任辩护人',
    citations: [rules('第二十六条第二款')],
  },
]

// ---------------- time limits ----------------

export const NATIONAL_TIME_LIMITS: readonly TimeLimitDef[] = [
  {
    code: 'decision',
    label: '审查并作出是否给予法律援助的决定',
    length: 7,
    counting: 'natural-days',
    from: '收到法律援助申请之日',
    citations: [LAW_UNVERIFIED.decisionSevenDays, RULES_UNVERIFIED.decisionSevenDays, PERIOD_END_ON_HOLIDAY],
  },
  {
    code: 'supplement-pause',
    label: '申请人补充材料、作出说明所需时间不计入审查期限',
    length: 0,
    counting: 'natural-days',
    from: '发出补充材料通知之日至收到补充材料之日',
    citations: [LAW_UNVERIFIED.supplementOnce, RULES_UNVERIFIED.supplementPause],
  },
  {
    code: 'assignment-after-decision',
    label: '决定给予法律援助后指派律师事务所、基层法律服务所或者本机构人员承办',
    length: 3,
    counting: 'natural-days',
    from: '作出给予法律援助决定之日',
    citations: [rules('第二十四条第一款'), LAW_UNVERIFIED.decisionSevenDays, PERIOD_END_ON_HOLIDAY],
  },
  {
    code: 'assignment-after-notification',
    label: '通知辩护、通知代理案件指派律师并通知办案机关',
    length: 3,
    counting: 'natural-days',
    from: '收到人民法院、人民检察院、公安机关通知之日',
    citations: [rules('第二十四条第二款'), LAW_UNVERIFIED.notificationAssignment, PERIOD_END_ON_HOLIDAY],
  },
  {
    code: 'detainee-forwarding',
    label: '办案机关、监管场所转交被羁押人员的法律援助申请',
    length: 24,
    counting: 'hours',
    from: '收到被羁押人员申请之时',
    citations: [LAW_UNVERIFIED.detaineeForwarding],
  },
  {
    code: 'agreement-signing',
    label: '承办单位与受援人签订委托协议和授权委托书',
    length: 5,
    counting: 'natural-days',
    from: '安排或者收到指派之日',
    citations: [rules('第二十七条'), PERIOD_END_ON_HOLIDAY],
  },
  {
    code: 'closing-materials',
    label: '法律援助人员提交结案（立卷）材料',
    length: 30,
    counting: 'natural-days',
    from: '结案之日',
    citations: [RULES_UNVERIFIED.closingMaterials, PERIOD_END_ON_HOLIDAY],
  },
]

// ---------------- subsidy ----------------

const centerSubsidy = (perWorkingDay: boolean) =>
  ({
    type: 'center-setting',
    perWorkingDay,
    citations: [LAW_UNVERIFIED.subsidyStandard],
    note: '法律未规定具体金额，由省级司法行政部门会同财政部门制定；本中心须录入适用标准及其来源',
  }) as const

export const NATIONAL_SUBSIDY: SubsidyTable = {
  kinds: {
    criminal: centerSubsidy(false),
    civil: centerSubsidy(false),
    administrative: centerSubsidy(false),
    'death-penalty-second-instance': centerSubsidy(false),
    'duty-lawyer': centerSubsidy(true),
  },
  extras: null,
  localRaise: null,
  differential: null,
}

export const NATIONAL_PROFILE: PolicyProfile = {
  id: 'national@2022-01-01',
  region: 'national',
  name: '全国（法律援助法）',
  effectiveFrom: '2022-01-01' as LocalDate,
  sources: [LAW_SOURCE, RULES_SOURCE],
  matters: NATIONAL_MATTERS,
  scopeCitations: [law('第二十四条'), law('第三十一条'), law('第三十二条'), law('第三十三条')],
  hardship: {
    type: 'provincial-standard',
    description: '经济困难标准由省、自治区、直辖市人民政府确定并动态调整；本中心须录入适用的标准（月人均收入）',
    citations: [law('第三十四条'), BELOW_INCLUDES_NUMBER],
  },
  exemptions: NATIONAL_EXEMPTIONS,
  mandatoryTriggers: NATIONAL_MANDATORY,
  lawyerRules: NATIONAL_LAWYER_RULES,
  timeLimits: NATIONAL_TIME_LIMITS,
  subsidy: NATIONAL_SUBSIDY,
  draftingOnly: null,
  commitmentSystem: null,
  urgentAcceptance: { citations: [LAW_UNVERIFIED.urgentFirst] },
  notes: [
    '法律援助的形式见法律援助法第二十二条（法律咨询、代拟法律文书、刑事辩护与代理、民事行政国家赔偿诉讼代理及非诉讼代理、值班律师法律帮助、劳动争议调解与仲裁代理等）。',
    '《办理法律援助案件程序规定》2023年9月1日起施行；此前受理的案件期限亦按法律援助法“七日”“三日”（自然日）计算，法律效力高于2012年版规章的“工作日”规定。',
  ],
}
