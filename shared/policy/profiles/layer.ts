import type { Citation, ExemptionRule, MandatoryTrigger } from '../types'

/** Adds a region's restating clauses to national exemption rules, keeping the national citations. */
export function exemptionsWithCitations(
  rules: readonly ExemptionRule[],
  extra: Partial<Record<ExemptionRule['reason'], Citation[]>>,
): ExemptionRule[] {
  return rules.map((r) => {
    const add = extra[r.reason]
    return add ? { ...r, citations: [...add, ...r.citations] } : r
  })
}

export function triggersWithCitations(
  triggers: readonly MandatoryTrigger[],
  extra: Partial<Record<MandatoryTrigger['code'], Citation[]>>,
): MandatoryTrigger[] {
  return triggers.map((t) => {
    const add = extra[t.code]
    return add ? { ...t, citations: [...add, ...t.citations] } : t
  })
}
