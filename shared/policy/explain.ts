/**
 * Human-readable explanations (Chinese) for the review screen and printed decision documents.
 * Pure string building from a result; no policy logic here.
 */
import { formatChineseDate, type LocalDate } from '../domain/dates'
import { formatFen } from '../domain/money'
import { LAW_UNVERIFIED } from './citations'
import type { Criterion, EligibilityResult, Outcome } from './eligibility'
import type { SubsidyResult } from './subsidy'
import type { Citation } from './types'

export interface Explanation {
  heading: string
  summary: string
  lines: string[]
  basis: string[]
  /** The whole explanation as plain text, one item per line, ready to print. */
  text: string
}

export const OUTCOME_NAMES: Readonly<Record<Outcome, string>> = {
  'mandatory-appointment': '应当指派律师（通知辩护/通知代理，不审查经济困难）',
  eligible: '符合法律援助条件，建议给予法律援助',
  ineligible: '不符合法律援助条件，建议不予法律援助',
  'drafting-only': '经济状况未达到困难标准，提供代书服务（不提供代理）',
}

/** Each eligibility criterion's Chinese name (the engine reports them by code). */
export const CRITERION_NAMES: Readonly<Record<Criterion['criterion'], string>> = {
  profile: '适用政策',
  scope: '事项范围',
  mandatory: '指派辩护（代理）',
  'own-counsel': '委托情况',
  hardship: '经济困难',
  drafting: '代书服务',
  lawyer: '承办律师资质',
  deadline: '办理期限',
}

const RESULT_NAMES: Readonly<Record<Criterion['result'], string>> = {
  pass: '符合',
  fail: '不符合',
  unknown: '待补充信息',
  'not-applicable': '不适用',
}

export function formatCitation(c: Citation): string {
  return `《${c.doc}》${c.clause}${c.unverified && !c.clause.includes('待核') ? '（条号待核实）' : ''}`
}

const dateText = (d: LocalDate | null): string => (d ? formatChineseDate(d) : '—')

export function explainEligibility(r: EligibilityResult): Explanation {
  const heading = `法律援助审查意见（${r.profileName}）`
  const summary = r.provisional
    ? `暂不能作出最终认定：需补充${r.needsMoreInfo.map((n) => n.reason).join('；')}。按现有信息：${OUTCOME_NAMES[r.outcome]}`
    : OUTCOME_NAMES[r.outcome]
  const lines: string[] = []
  for (const c of r.criteria) {
    const cites = c.basis.length ? `（依据：${c.basis.map(formatCitation).join('；')}）` : ''
    lines.push(`【${CRITERION_NAMES[c.criterion]}】${RESULT_NAMES[c.result]}：${c.text}${cites}`)
  }
  if (r.lawyerMinYears !== null) lines.push(`【承办律师资质】须具有 ${r.lawyerMinYears} 年以上刑事辩护执业经历`)
  if (r.decideBy) lines.push(`【决定期限】应于 ${dateText(r.decideBy)} 前作出是否给予法律援助的决定`)
  for (const n of r.needsMoreInfo) lines.push(`【待补充】${n.reason}`)
  if (r.outcome === 'ineligible' || r.outcome === 'drafting-only') {
    lines.push(`【救济途径】申请人对不予法律援助决定有异议的，可以向设立该法律援助机构的司法行政部门提出（${formatCitation(LAW_UNVERIFIED.objection)}）`)
  }
  for (const n of r.notes) lines.push(`【说明】${n}`)
  for (const w of r.warnings) lines.push(`【提示】${w}`)
  const basis = r.basis.map(formatCitation)
  const text = [heading, `结论：${summary}`, ...lines, `依据：${basis.join('；')}`].join('\n')
  return { heading, summary, lines, basis, text }
}

export function explainSubsidy(r: SubsidyResult): Explanation {
  const heading = `办案补贴核算（${r.profileName}）`
  const summary = `补贴合计 ${formatFen(r.totalFen)}（基本补贴 ${formatFen(r.baseFen)}，核准增加 ${formatFen(r.extrasFen)}）${
    r.needsApproval ? '；有增加补贴待负责人核准' : ''
  }`
  const lines = [
    `【补贴标准】${formatFen(r.rangeFen.min)}—${formatFen(r.rangeFen.max)}${r.perWorkingDay ? '/工作日' : '/件'}（来源：${r.rangeSourceNote}）`,
    `【计算公式】${r.formula.isDefault ? '系统默认公式（可修改）' : r.formula.source}`,
    ...r.steps.map((s) => `【计算】${s}`),
    ...r.warnings.map((w) => `【提示】${w}`),
  ]
  const basis = r.basis.map(formatCitation)
  const text = [heading, summary, ...lines, `依据：${basis.join('；')}`].join('\n')
  return { heading, summary, lines, basis, text }
}
