/** Plain data returned by the review channels. */

export interface ReviewAssessment {
  outcome: string
  outcomeLabel: string
  provisional: boolean
  /** The decision the engine's outcome points to; null = neither (a reason is needed either way). */
  expectedDecision: 'grant' | 'refuse' | null
  criteria: { criterion: string; result: string; text: string; basis: string[] }[]
  needsMoreInfo: { field: string; reason: string }[]
  lawyerMinYears: number | null
  lawyerRequirements: { code: string; label: string }[]
  decideBy: string | null
  explanation: { heading: string; summary: string; lines: string[]; basis: string[] }
  warnings: string[]
}

export interface ReviewEvidence {
  basis: 'income-proof' | 'certificates' | 'commitment'
  householdMonthlyIncomeFen?: number
  householdSize?: number
  certificates: string[]
  commitment?: { signedOn: string; signedBy: string }
  noFixedIncome?: boolean
  workInjury?: boolean
  simpleClearCase?: boolean
  note?: string
}

export interface ReviewDto {
  caseId: string
  caseNumber: string
  status: string
  channel: string
  applicantName: string
  evidence: ReviewEvidence | null
  opinion: 'grant' | 'refuse' | null
  opinionText: string | null
  reviewer: string | null
  assessment: ReviewAssessment | null
  assessedAtMs: number | null
  /** The engine's refusal when the review was saved (e.g. NOT_CONFIGURED with the setting to enter). */
  engineError: { code: string; message: string; setting: string | null; settingLabel: string | null } | null
  decision: 'grant' | 'refuse' | null
  decidedOn: string | null
  approvedBy: string | null
  overrideReason: string | null
  refusalReasons: string | null
  updatedBy: string | null
  updatedAtMs: number | null
}
