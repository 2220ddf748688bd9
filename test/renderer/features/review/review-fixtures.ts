/**
 * Review data as the main process returns it for one case (王芳, 2026-0017, 内蒙古): the policy
 * engine's assessments in the shape review-service.ts builds (criterion codes, clauses as
 * 《文件》条款), the saved review and the workflow state with its open actions.
 */
import type { ReviewAssessment, ReviewDto } from '../../../../shared/review/dto'
import type { WorkflowState } from '../../../../shared/cases/dto'

export const CASE_ID = 'case-0017'

const NM = '《内政发〔2023〕7号》'
const LAW = '《中华人民共和国法律援助法》'

/** 符合: income under the minimum wage. */
export const GRANT: ReviewAssessment = {
  outcome: 'eligible',
  outcomeLabel: '符合法律援助条件，建议给予法律援助',
  provisional: false,
  expectedDecision: 'grant',
  criteria: [
    { criterion: 'profile', result: 'pass', text: '按受理日期 2026-03-02 适用「内蒙古自治区（内政发〔2023〕7号）」（自 2023-01-01 起施行）', basis: [`${NM}全文`] },
    { criterion: 'scope', result: 'pass', text: '事项「请求确认劳动关系或者支付劳动报酬」属于法律援助事项范围', basis: [`${NM}二（一）2（4）`, `${LAW}第三十一条`] },
    {
      criterion: 'hardship',
      result: 'pass',
      text: '家庭月收入 1,800.00 元、3 人，月人均 600.00 元，不高于标准（月人均 1,980.00 元）：符合经济困难标准',
      basis: [`${NM}三（三）`, '《内人社发〔2024〕5号》hardship.minimumWageMonthlyFen（自 2024-12-01 起）'],
    },
    { criterion: 'deadline', result: 'pass', text: '应于 2026-03-09 前作出是否给予法律援助的决定', basis: [`${LAW}第四十三条`] },
  ],
  needsMoreInfo: [],
  lawyerMinYears: null,
  lawyerRequirements: [],
  decideBy: '2026-03-09',
  explanation: {
    heading: '法律援助审查意见（内蒙古自治区（内政发〔2023〕7号））',
    summary: '符合法律援助条件，建议给予法律援助',
    lines: [],
    basis: [`${NM}三（三）`],
  },
  warnings: [],
}

/** 不符合: income above the standard. */
export const REFUSE: ReviewAssessment = {
  ...GRANT,
  outcome: 'ineligible',
  outcomeLabel: '不符合法律援助条件，建议不予法律援助',
  expectedDecision: 'refuse',
  criteria: [
    GRANT.criteria[1]!,
    {
      criterion: 'hardship',
      result: 'fail',
      text: '家庭月收入 9,000.00 元、3 人，月人均 3,000.00 元，高于标准（月人均 1,980.00 元）：不符合经济困难标准',
      basis: [`${NM}三（三）`],
    },
  ],
  explanation: { ...GRANT.explanation, summary: '不符合法律援助条件，建议不予法律援助' },
}

/** 暂定: the engine points to 给予 but lacks the applicant's residence. */
export const PROVISIONAL: ReviewAssessment = {
  ...GRANT,
  provisional: true,
  criteria: [
    GRANT.criteria[1]!,
    { criterion: 'hardship', result: 'unknown', text: '未说明城镇或农村（牧区）居民，无法确定适用的经济困难标准', basis: [`${NM}三（三）`] },
  ],
  needsMoreInfo: [{ field: 'applicant.residence', reason: '城镇或农村（牧区）居民，决定适用的经济困难标准' }],
  explanation: {
    ...GRANT.explanation,
    summary: '暂不能作出最终认定：需补充城镇或农村（牧区）居民，决定适用的经济困难标准。按现有信息：符合法律援助条件，建议给予法律援助',
  },
}

/** 代书服务 (南宁): points neither to 给予 nor to 不予. */
export const DRAFTING: ReviewAssessment = {
  ...GRANT,
  outcome: 'drafting-only',
  outcomeLabel: '经济状况未达到困难标准，提供代书服务（不提供代理）',
  expectedDecision: null,
  criteria: [{ criterion: 'drafting', result: 'pass', text: '法律关系简单、事实清楚的，提供代书服务', basis: ['《南宁市法律援助办法》二（三）2'] }],
  explanation: { ...GRANT.explanation, summary: '经济状况未达到困难标准，提供代书服务（不提供代理）' },
}

// 2026-03-05 10:30 in Beijing time.
export const SAVED_AT = Date.UTC(2026, 2, 5, 2, 30)

export const REVIEW: ReviewDto = {
  caseId: CASE_ID,
  caseNumber: '2026-0017',
  status: 'reviewing',
  channel: 'window',
  applicantName: '王芳',
  evidence: { basis: 'income-proof', householdMonthlyIncomeFen: 180000, householdSize: 3, certificates: [] },
  opinion: 'grant',
  opinionText: '申请人家庭月人均收入低于最低工资标准，符合经济困难条件',
  reviewer: '李娜',
  assessment: GRANT,
  assessedAtMs: SAVED_AT,
  engineError: null,
  decision: null,
  decidedOn: null,
  approvedBy: null,
  overrideReason: null,
  refusalReasons: null,
  updatedBy: '李娜',
  updatedAtMs: SAVED_AT,
}

type Action = WorkflowState['actions'][number]
const act = (action: string, label: string, roles: string[]): Action => ({ action, label, via: 'workflow:transition', roles })
export const ACTIONS = {
  startReview: act('start-review', '开始审查', ['clerk', 'reviewer']),
  requestMaterials: act('request-materials', '通知补充材料', ['clerk', 'reviewer']),
  receiveMaterials: act('receive-materials', '收到补充材料', ['clerk', 'reviewer']),
  decideGrant: act('decide-grant', '决定给予法律援助', ['director']),
  decideRefuse: act('decide-refuse', '决定不予法律援助', ['director']),
}

export const WORKFLOW: WorkflowState = {
  caseId: CASE_ID,
  caseNumber: '2026-0017',
  status: 'reviewing',
  statusLabel: '审查中',
  channel: 'window',
  acceptFirst: false,
  owedPapersOutstanding: [],
  transitions: [],
  deadlines: [
    {
      kind: 'decision',
      label: '作出给予/不予法律援助决定',
      dueOn: '2026-03-09',
      status: 'open',
      basis: '法律援助法第四十三条：7日内',
      pausedDays: 0,
      completedOn: null,
      responsible: '张丽',
    },
  ],
  actions: [ACTIONS.requestMaterials, ACTIONS.decideGrant, ACTIONS.decideRefuse],
}
