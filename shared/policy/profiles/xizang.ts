/**
 * Tibet (西藏自治区), seed 004: 自治区司法厅《关于加强法律援助工作的意见》, forwarded by the regional
 * government office on 2010-07-09 (dated 2010-05-19). It predates the national law; it is applied
 * layered on the national law from 2022-01-01, and where they conflict the national law prevails
 * (e.g. victims of domestic violence, abuse or abandonment are not means-tested under the law even
 * though the 2010 text lists them among matters for "经济困难的公民").
 */
import type { LocalDate } from '../../domain/dates'
import { BELOW_INCLUDES_NUMBER, DOC, law, xz } from '../citations'
import type { MatterDef, PolicyProfile, SourceDocument } from '../types'
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
  isDisabled,
  isElderly,
  isMinor,
} from './national'

export const XIZANG_SOURCE: SourceDocument = {
  doc: DOC.xizang,
  title: '西藏自治区人民政府办公厅转发自治区司法厅关于加强法律援助工作意见的通知',
  issuer: '西藏自治区司法厅（自治区人民政府办公厅转发）',
  date: '2010-07-09' as LocalDate,
  note: '意见落款2010年5月19日，2010年7月9日发布；早于法律援助法，冲突处以法律援助法为准',
}

const XIZANG_MATTERS: MatterDef[] = [
  ...NATIONAL_MATTERS,
  {
    code: 'xz-work-traffic-injury',
    name: '请求给予工伤事故、交通事故损害赔偿',
    caseTypes: ['civil'],
    citations: [xz('二（二）一')],
    addedBy: 'xizang',
  },
  {
    code: 'xz-dv-abuse-abandonment',
    name: '因遭受家庭暴力、虐待、遗弃请求维护合法权益',
    caseTypes: ['civil'],
    citations: [xz('二（二）二')],
    noHardshipLimit: { reason: 'abuse-or-domestic-violence', citations: [law('第三十二条（四）')] },
    addedBy: 'xizang',
  },
  { code: 'xz-marriage', name: '涉及婚姻纠纷', caseTypes: ['civil'], citations: [xz('二（二）三')], addedBy: 'xizang' },
  {
    code: 'xz-vulnerable-personal-injury',
    name: '老年人、未成年人以及残疾人请求人身损害赔偿',
    caseTypes: ['civil'],
    citations: [xz('二（二）四')],
    condition: {
      description: '申请人须为老年人（六十周岁以上）、未成年人或者残疾人',
      test: (ctx) => anyOf(isElderly(ctx), isMinor(ctx), isDisabled(ctx)),
    },
    addedBy: 'xizang',
  },
  {
    code: 'xz-land-demolition',
    name: '因征地、拆迁使合法权益受到损害',
    caseTypes: ['civil', 'administrative'],
    citations: [xz('二（二）五')],
    addedBy: 'xizang',
  },
  {
    code: 'xz-fake-agri-env',
    name: '因假劣种子、农药、化肥以及环境污染使合法权益受到损害',
    caseTypes: ['civil'],
    citations: [xz('二（二）六')],
    addedBy: 'xizang',
  },
  {
    code: 'xz-other-approved',
    name: '法律援助机构认为可以援助的其他事项',
    caseTypes: ['civil', 'administrative'],
    citations: [xz('二（二）七')],
    discretionary: true,
    addedBy: 'xizang',
  },
]

export const XIZANG: PolicyProfile = {
  id: 'xizang@2022-01-01',
  region: 'xizang',
  name: '西藏自治区（2010年意见，叠加法律援助法）',
  effectiveFrom: '2022-01-01' as LocalDate,
  effectiveFromNote: '2010年意见早于法律援助法；本配置自法律援助法施行之日（2022年1月1日）起叠加适用，冲突处以法律援助法为准。',
  sources: [LAW_SOURCE, RULES_SOURCE, XIZANG_SOURCE],
  matters: XIZANG_MATTERS,
  scopeCitations: [xz('二（二）'), ...NATIONAL_PROFILE.scopeCitations],
  hardship: {
    type: 'min-living-multiple',
    multiple: 2,
    description: '城乡居民中收入在城乡最低生活保障标准2倍以下的人员，认定为经济困难',
    citations: [xz('二（三）一'), BELOW_INCLUDES_NUMBER],
  },
  exemptions: [
    ...exemptionsWithCitations(NATIONAL_EXEMPTIONS, {
      'social-assistance-or-preferential-care': [xz('二（三）二'), xz('二（三）四')],
      'no-fixed-income-vulnerable': [xz('二（三）五')],
      'migrant-worker-wages-or-work-injury': [xz('二（三）')],
    }),
    {
      reason: 'xz-welfare-institution',
      label: '社会福利机构中由政府供养的人员，认定为经济困难',
      kind: 'deemed-hardship',
      citations: [xz('二（三）三')],
      test: (ctx) => ctx.groups.includes('welfare-institution'),
    },
    {
      reason: 'xz-five-guarantees',
      label: '农村“五保户”人员，认定为经济困难',
      kind: 'deemed-hardship',
      citations: [xz('二（三）四')],
      test: (ctx) => ctx.groups.includes('five-guarantees'),
    },
    {
      reason: 'xz-disaster-relief',
      label: '因自然灾害或者其他不可抗力造成经济困难，正在接受国家救济的人员，认定为经济困难',
      kind: 'deemed-hardship',
      citations: [xz('二（三）六')],
      test: (ctx) => ctx.groups.includes('disaster-relief'),
    },
  ],
  mandatoryTriggers: NATIONAL_MANDATORY,
  lawyerRules: NATIONAL_LAWYER_RULES,
  timeLimits: NATIONAL_TIME_LIMITS,
  subsidy: {
    kinds: {
      criminal: { type: 'center-setting', perWorkingDay: false, citations: [xz('三（一）')], note: '意见未规定金额，由中心录入' },
      civil: { type: 'center-setting', perWorkingDay: false, citations: [xz('三（一）')], note: '意见未规定金额，由中心录入' },
      administrative: { type: 'center-setting', perWorkingDay: false, citations: [xz('三（一）')], note: '意见未规定金额，由中心录入' },
      'death-penalty-second-instance': {
        type: 'center-setting',
        perWorkingDay: false,
        citations: [xz('三（一）')],
        note: '意见未规定金额，由中心录入',
      },
      'duty-lawyer': { type: 'center-setting', perWorkingDay: true, citations: [xz('三（一）')], note: '意见未规定金额，由中心录入' },
    },
    extras: null,
    localRaise: null,
    differential: null,
  },
  draftingOnly: null,
  commitmentSystem: null,
  urgentAcceptance: NATIONAL_PROFILE.urgentAcceptance,
  notes: [
    '西藏2010年意见与法律援助法不一致的，适用法律援助法。',
    '“其他因经济困难无力支付法律服务费用的人员”（二（三）七）须由审查员个案认定，本引擎不自动认定。',
    ...NATIONAL_PROFILE.notes,
  ],
}
