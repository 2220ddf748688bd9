/**
 * Nanning (南宁市), seed 001: 南宁市关于进一步完善法律援助制度的实施办法（代拟稿）.
 *
 * The seed is an undated draft written under the former 法律援助条例. It is applied here layered
 * on the national law, from the law's entry into force (2022-01-01); where it conflicts with the
 * national law, the national law prevails.
 */
import type { LocalDate } from '../../domain/dates'
import { BELOW_INCLUDES_NUMBER, DOC, nn } from '../citations'
import type { ApplicantContext, MatterDef, PolicyProfile, SourceDocument } from '../types'
import { exemptionsWithCitations } from './layer'
import {
  LAW_SOURCE,
  NATIONAL_EXEMPTIONS,
  NATIONAL_LAWYER_RULES,
  NATIONAL_MANDATORY,
  NATIONAL_MATTERS,
  NATIONAL_PROFILE,
  NATIONAL_TIME_LIMITS,
  RULES_SOURCE,
  anyOf,
  allOf,
  isElderly,
  migrantWagesOrWorkInjury,
} from './national'

export const NANNING_SOURCE: SourceDocument = {
  doc: DOC.nanning,
  title: '南宁市关于进一步完善法律援助制度的实施办法',
  issuer: '南宁市（市司法局牵头）',
  date: null,
  note: '代拟稿，未载明印发日期；依据中办发〔2015〕37号、桂办发〔2016〕28号制定',
}

const supplementary: [string, string][] = [
  ['nn-environmental-pollution', '环境污染责任'],
  ['nn-guardian-liability', '监护人责任'],
  ['nn-marriage-freedom', '婚姻自主'],
  ['nn-inheritance', '继承'],
  ['nn-education-institution', '教育机构责任'],
  ['nn-medical-damage', '医疗损害责任'],
  ['nn-ultra-hazardous', '高度危险责任'],
  ['nn-object-damage', '物件损害责任'],
  ['nn-voluntary-helper', '义务帮工人受害'],
  ['nn-good-samaritan-victim', '见义勇为人受害责任'],
  ['nn-land-requisition-demolition', '征地拆迁'],
  ['nn-labour-dispute', '劳动争议'],
  ['nn-personnel-dispute', '人事争议'],
  ['nn-employer-liability', '用人单位责任'],
  ['nn-dispatched-worker-tort', '劳务派遣工作人员侵权责任'],
  ['nn-labour-provider-causing', '提供劳务者致害责任'],
  ['nn-labour-provider-injured', '提供劳务者受害责任'],
  ['nn-safety-obligation', '违反安全保障义务责任'],
  ['nn-electric-shock', '触电人身损害责任'],
  ['nn-neighbour', '相邻关系'],
  ['nn-consumer', '消费者权益'],
  ['nn-product-liability', '产品责任'],
  ['nn-capacity-case', '认定无民事、限制民事行为能力案件'],
  ['nn-guardianship-special', '监护权特别程序案件'],
  ['nn-enforcement', '执行案件'],
  ['nn-mass-case', '市、县（区）党委、政府确定的涉及维护社会稳定的群体性案件'],
]

const isMilitary = (ctx: ApplicantContext): boolean => ctx.groups.includes('military-or-family')

const military: [string, string][] = [
  ['nn-mil-preferential', '军人军属请求给予优抚待遇'],
  ['nn-mil-personal-injury', '军人军属因人身伤害案件造成人身损害或财产损失请求赔偿'],
  ['nn-mil-agri-inputs', '军人军属涉及农资产品质量纠纷'],
  ['nn-mil-homestead', '军人军属涉及宅基地纠纷'],
  ['nn-mil-insurance', '军人军属涉及保险赔付'],
]

const NANNING_MATTERS: MatterDef[] = [
  ...NATIONAL_MATTERS,
  ...supplementary.map(
    ([code, name]): MatterDef => ({
      code,
      name,
      caseTypes: code === 'nn-personnel-dispute' || code === 'nn-land-requisition-demolition' ? ['civil', 'administrative'] : ['civil'],
      citations: [nn('二（三）1')],
      addedBy: 'nanning',
    }),
  ),
  ...military.map(
    ([code, name]): MatterDef => ({
      code,
      name,
      caseTypes: ['civil', 'administrative'],
      citations: [nn('二（三）3')],
      condition: { description: '申请人须为军人军属', test: isMilitary },
      addedBy: 'nanning',
    }),
  ),
]

const NN_WORKER_MATTERS = ['labour-relation-or-pay', 'social-insurance-or-assistance', 'nn-labour-dispute', 'nn-employer-liability']

export const NANNING: PolicyProfile = {
  id: 'nanning@2022-01-01',
  region: 'nanning',
  name: '南宁市（实施办法，叠加法律援助法）',
  effectiveFrom: '2022-01-01' as LocalDate,
  effectiveFromNote: '南宁实施办法为未注明日期的代拟稿；本配置自法律援助法施行之日（2022年1月1日）起叠加适用。',
  sources: [NANNING_SOURCE, LAW_SOURCE, RULES_SOURCE],
  matters: NANNING_MATTERS,
  scopeCitations: [nn('二（三）1'), nn('二（三）3'), ...NATIONAL_PROFILE.scopeCitations],
  hardship: {
    type: 'min-wage',
    description: '经济困难认定标准为南宁市最低工资标准',
    citations: [nn('二（三）2'), BELOW_INCLUDES_NUMBER],
  },
  exemptions: [
    ...exemptionsWithCitations(NATIONAL_EXEMPTIONS, {
      'abuse-or-domestic-violence': [nn('二（三）3（五）')],
      'no-fixed-income-vulnerable': [nn('三（七）')],
      'social-assistance-or-preferential-care': [nn('三（七）')],
    }),
    {
      reason: 'nn-certificate-holder',
      label: '持有低保证明、特困人员救助供养证明、残疾证、失业证的公民，视为经济困难，无须出具证明',
      kind: 'deemed-hardship',
      citations: [nn('二（三）3（一）')],
      test: (ctx) =>
        ctx.groups.some((g) =>
          ['low-income-allowance', 'extreme-poverty', 'disability-certificate', 'unemployment-certificate'].includes(g),
        ),
    },
    {
      reason: 'nn-elderly-or-seriously-ill',
      label: '70岁以上及患有重大疾病的老年人，视为经济困难',
      kind: 'deemed-hardship',
      citations: [nn('二（三）3（二）')],
      test: (ctx) =>
        anyOf(ctx.age === null ? 'unknown' : ctx.age >= 70, allOf(isElderly(ctx), ctx.groups.includes('seriously-ill'))),
      missing: ['applicant.birthDate'],
    },
    {
      reason: 'military-or-family',
      label: '义务兵、军属、烈士遗属等所列军人军属，视为经济困难',
      kind: 'deemed-hardship',
      citations: [nn('二（三）3（三）')],
      test: isMilitary,
    },
    {
      reason: 'nn-worker-labour-matter',
      label: '农民工、困难职工请求解决劳动保障、社会保险、劳动合同纠纷等事项，视为经济困难',
      kind: 'deemed-hardship',
      citations: [nn('二（三）3（四）')],
      test: (ctx) => migrantWagesOrWorkInjury(ctx, NN_WORKER_MATTERS),
      missing: ['workInjury'],
    },
    {
      reason: 'support-payments',
      label: '请求给付赡养费、抚养费、扶养费的，视为经济困难',
      kind: 'deemed-hardship',
      citations: [nn('二（三）3（六）')],
      test: (ctx) => ctx.matter === 'support-payments',
    },
  ],
  mandatoryTriggers: NATIONAL_MANDATORY,
  lawyerRules: NATIONAL_LAWYER_RULES.map((r) => ({ ...r, citations: [...r.citations, nn('三（五）')] })),
  timeLimits: NATIONAL_TIME_LIMITS,
  subsidy: {
    kinds: {
      criminal: { type: 'center-setting', perWorkingDay: false, citations: [nn('四（八）'), nn('三（六）')], note: '各县（区）结合实际制定' },
      civil: { type: 'center-setting', perWorkingDay: false, citations: [nn('四（八）'), nn('三（六）')], note: '各县（区）结合实际制定' },
      administrative: {
        type: 'center-setting',
        perWorkingDay: false,
        citations: [nn('四（八）'), nn('三（六）')],
        note: '各县（区）结合实际制定',
      },
      'death-penalty-second-instance': {
        type: 'center-setting',
        perWorkingDay: false,
        citations: [nn('四（八）'), nn('三（六）')],
        note: '各县（区）结合实际制定',
      },
      'duty-lawyer': { type: 'center-setting', perWorkingDay: true, citations: [nn('四（八）'), nn('三（六）')], note: '各县（区）结合实际制定' },
    },
    extras: null,
    localRaise: null,
    differential: {
      description: '探索推行办案质量与办案补贴挂钩的差别案件补贴制度，根据案件办理质量确定不同级别发放标准',
      citations: [nn('三（六）')],
    },
  },
  draftingOnly: {
    description: '对经济状况未达到困难标准，但法律关系简单、案件事实清楚、维权难度不大的案件，提供代书服务',
    citations: [nn('二（三）2')],
  },
  commitmentSystem: null,
  urgentAcceptance: { citations: [nn('三（七）')] },
  notes: [
    '南宁实施办法与法律援助法不一致的，适用法律援助法。',
    '《实施办法》第五部分要求各县（区）每三年审查、调整补充事项范围和经济困难标准（五（十一））。',
    ...NATIONAL_PROFILE.notes,
  ],
}
