/**
 * Inner Mongolia (内蒙古自治区).
 *
 * - nei-mongol@2022-01-01: the national law only. 内政发〔2010〕9号 was still in force until the 2023
 *   opinions repealed it, but its text is not loaded; its local standards must be entered as settings.
 * - nei-mongol@2023: 内政发〔2023〕7号 (seed 000), which restates the national scope in §二（一）,
 *   sets subsidy ranges in §二（二） and the hardship standard in §三（三）. The opinions take effect
 *   "自印发之日起"; the seed does not show the issue date, so the start date below is the first day
 *   of 2023 and is flagged as unconfirmed (a center can record the exact date as a setting).
 */
import type { LocalDate } from '../../domain/dates'
import { yuan } from '../../domain/money'
import { BELOW_INCLUDES_NUMBER, DOC, nm } from '../citations'
import type { PolicyProfile, SourceDocument } from '../types'
import { exemptionsWithCitations, triggersWithCitations } from './layer'
import {
  LAW_SOURCE,
  NATIONAL_EXEMPTIONS,
  NATIONAL_LAWYER_RULES,
  NATIONAL_MANDATORY,
  NATIONAL_MATTERS,
  NATIONAL_PROFILE,
  NATIONAL_TIME_LIMITS,
  RULES_SOURCE,
  restate,
} from './national'

export const NEI_MONGOL_2023_SOURCE: SourceDocument = {
  doc: DOC.neiMongol,
  title: '内蒙古自治区人民政府关于进一步加强法律援助工作的意见',
  issuer: '内蒙古自治区人民政府',
  date: null,
  note: '自印发之日起施行；同时废止内政发〔2010〕9号。种子文本未载明印发日期。',
}

export const NEI_MONGOL_2022: PolicyProfile = {
  ...NATIONAL_PROFILE,
  id: 'nei-mongol@2022-01-01',
  region: 'nei-mongol',
  name: '内蒙古自治区（法律援助法；内政发〔2010〕9号未收录）',
  effectiveFrom: '2022-01-01' as LocalDate,
  notes: [
    ...NATIONAL_PROFILE.notes,
    '此期间内政发〔2010〕9号仍有效，但其文本未收录：经济困难标准和补贴金额须由中心按当时适用的标准录入设置。',
  ],
}

export const NEI_MONGOL_2023: PolicyProfile = {
  id: 'nei-mongol@2023',
  region: 'nei-mongol',
  name: '内蒙古自治区（内政发〔2023〕7号）',
  effectiveFrom: '2023-01-01' as LocalDate,
  effectiveFromUnconfirmed: true,
  effectiveFromNote:
    '内政发〔2023〕7号“自印发之日起施行”，种子文本未载明印发日期；暂按2023年1月1日起适用，中心可在设置 profile.effectiveFrom 中录入核实后的日期。',
  sources: [NEI_MONGOL_2023_SOURCE, LAW_SOURCE, RULES_SOURCE],
  matters: restate(NATIONAL_MATTERS, {
    'criminal-defence': [nm('二（一）1（1）'), nm('二（一）1（2）')],
    'criminal-victim': [nm('二（一）1（4）')],
    'criminal-private-prosecution': [nm('二（一）1（4）')],
    'criminal-incidental-civil': [nm('二（一）1（4）')],
    'compulsory-medical': [nm('二（一）1（5）')],
    'social-insurance-or-assistance': [nm('二（一）2（1）')],
    pension: [nm('二（一）2（2）')],
    'support-payments': [nm('二（一）2（3）')],
    'labour-relation-or-pay': [nm('二（一）2（4）')],
    'capacity-declaration': [nm('二（一）2（5）')],
    'personal-injury-accident': [nm('二（一）2（6）')],
    'environmental-damage': [nm('二（一）2（7）')],
    'martyr-personality': [nm('二（一）2（8）')],
    'heroic-act': [nm('二（一）2（9）')],
    'abuse-dv-victim': [nm('二（一）2（10）')],
    'other-statutory': [nm('二（一）2（11）'), nm('二（一）3（2）')],
    'state-compensation': [nm('二（一）3（1）')],
    'petition-retrial': [nm('二（一）4')],
  }),
  scopeCitations: [nm('二（一）'), ...NATIONAL_PROFILE.scopeCitations],
  hardship: {
    type: 'min-wage-or-rural-income',
    description:
      '经济困难标准为城镇居民最低工资标准和农村牧区常住居民人均可支配收入以下；申请人住所地与受理机构所在地标准不一致的，按受理机构所在地标准执行',
    citations: [nm('三（三）'), BELOW_INCLUDES_NUMBER],
  },
  exemptions: [
    ...exemptionsWithCitations(NATIONAL_EXEMPTIONS, {
      'martyr-family': [nm('二（一）2（8）')],
      'heroic-act': [nm('二（一）2（9）')],
      'abuse-or-domestic-violence': [nm('二（一）2（10）')],
    }),
    {
      reason: 'natural-disaster',
      label: '因自然灾害或者其他不可抗力等原因造成经济困难、无力支付法律服务费的，视为经济困难',
      kind: 'deemed-hardship',
      citations: [nm('三（三）')],
      test: (ctx) => ctx.circumstances.includes('natural-disaster') || ctx.groups.includes('disaster-relief'),
    },
  ],
  mandatoryTriggers: triggersWithCitations(NATIONAL_MANDATORY, {
    minor: [nm('二（一）1（2）')],
    'visual-hearing-speech-disability': [nm('二（一）1（2）')],
    'cannot-fully-recognize-conduct': [nm('二（一）1（2）')],
    'possible-life-or-death': [nm('二（一）1（2）')],
    'death-penalty-review': [nm('二（一）1（2）')],
    'in-absentia': [nm('二（一）1（2）')],
    'compulsory-medical': [nm('二（一）1（5）')],
  }),
  lawyerRules: NATIONAL_LAWYER_RULES,
  timeLimits: NATIONAL_TIME_LIMITS,
  subsidy: {
    kinds: {
      criminal: { type: 'document', minFen: yuan(800), maxFen: yuan(1600), perWorkingDay: false, citations: [nm('二（二）')] },
      civil: { type: 'document', minFen: yuan(1000), maxFen: yuan(1800), perWorkingDay: false, citations: [nm('二（二）')] },
      administrative: {
        type: 'document',
        minFen: yuan(1000),
        maxFen: yuan(1800),
        perWorkingDay: false,
        citations: [nm('二（二）')],
      },
      'death-penalty-second-instance': {
        type: 'document',
        minFen: yuan(1400),
        maxFen: yuan(2600),
        perWorkingDay: false,
        citations: [nm('二（二）')],
      },
      'duty-lawyer': { type: 'document', minFen: yuan(200), maxFen: yuan(500), perWorkingDay: true, citations: [nm('二（二）')] },
    },
    extras: {
      allowed: ['off-site-evidence', 'complex'],
      approver: '受案法律援助机构负责人',
      citations: [nm('二（二）')],
    },
    localRaise: {
      description: '有条件的盟市可适当提高本地区法律援助补贴标准（由中心录入本盟市提高后的标准及其文件来源）',
      citations: [nm('二（二）')],
    },
    differential: null,
  },
  draftingOnly: null,
  commitmentSystem: {
    description: '全面推行经济困难告知承诺制：申请人可签署《经济困难状况承诺书》代替证明材料',
    citations: [nm('三（四）')],
  },
  urgentAcceptance: { citations: [nm('三（四）')] },
  notes: ['内政发〔2023〕7号同时废止内政发〔2010〕9号。', ...NATIONAL_PROFILE.notes],
}
