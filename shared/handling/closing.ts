/**
 * Closing materials (结案材料) the lawyer hands in, as a checklist. Which items are required
 * depends on the case type and the outcome: a judgment needs the judgment, a criminal defence
 * needs the meeting records, a non-litigation resolution needs the agreement or the record of
 * the resolution. The list is the product's default (no policy text lists the items); a
 * checked item may carry a note (e.g. 份数、页数).
 */
import type { CaseOutcome } from './labels'

export interface ChecklistItemDef {
  code: string
  label: string
  required: boolean
}

export interface ChecklistEntry {
  code: string
  done: boolean
  note?: string | undefined
}

export function closingChecklist(caseType: string, outcome: CaseOutcome): ChecklistItemDef[] {
  const litigated = outcome === 'judgment' || outcome === 'mediation' || outcome === 'withdrawal' || outcome === 'settlement'
  const criminal = caseType === 'criminal'
  return [
    { code: 'closing-report', label: '结案报告（办案情况小结）', required: true },
    { code: 'agreement', label: '委托协议、授权委托书', required: true },
    { code: 'aid-letter', label: '法律援助公函或指派通知书', required: true },
    { code: 'meeting-records', label: '会见笔录', required: criminal },
    { code: 'file-reading-records', label: '阅卷笔录', required: criminal },
    { code: 'pleading', label: '辩护词、代理词或法律意见书', required: litigated },
    {
      code: 'outcome-document',
      label: outcome === 'mediation' ? '调解书' : outcome === 'withdrawal' ? '准予撤诉裁定书' : outcome === 'judgment' ? '判决书（裁定书）' : '和解协议、调解协议或其他结果材料',
      required: outcome !== 'other',
    },
    { code: 'feedback-form', label: '受援人意见反馈表', required: false },
    { code: 'other', label: '其他办案材料', required: false },
  ]
}

/** Required items not yet ticked. */
export function missingChecklistItems(defs: readonly ChecklistItemDef[], entries: readonly ChecklistEntry[]): ChecklistItemDef[] {
  return defs.filter((d) => d.required && !entries.some((e) => e.code === d.code && e.done))
}

/** Archive number, gap-free per year: 2026-归-0001. */
export function formatArchiveNumber(year: number, seq: number): string {
  return `${year}-归-${String(seq).padStart(4, '0')}`
}
