/**
 * Policy engine types. Pure data; no Node, Electron or DOM.
 */
import { CASE_TYPE_CODES, type CaseType, type RegionCode } from '../codes'
import type { LocalDate } from '../domain/dates'
import type { Fen } from '../domain/money'

// Regions and case types are defined once, with their labels, in shared/codes.ts.
export { REGION_CODES, type CaseType, type RegionCode } from '../codes'
/** The engine's `caseType` codes (shared/codes.ts). */
export const CASE_TYPES = CASE_TYPE_CODES

export const CRIMINAL_ROLES = [
  'suspect',
  'defendant',
  'victim',
  'private-prosecutor',
  'civil-plaintiff',
  'compulsory-medical-respondent',
] as const
export type CriminalRole = (typeof CRIMINAL_ROLES)[number]

export const DISABILITIES = ['visual', 'hearing', 'speech', 'mental', 'physical'] as const
export type Disability = (typeof DISABILITIES)[number]

export const APPLICANT_GROUPS = [
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
] as const
export type ApplicantGroup = (typeof APPLICANT_GROUPS)[number]

export const CIRCUMSTANCES = [
  'domestic-violence',
  'abuse-or-abandonment',
  'heroic-act',
  'martyr-family',
  'natural-disaster',
  'retrial-acquittal-compensation',
] as const
export type Circumstance = (typeof CIRCUMSTANCES)[number]

export const POSSIBLE_SENTENCES = ['life', 'death', 'other'] as const
export type PossibleSentence = (typeof POSSIBLE_SENTENCES)[number]

export const SUBSIDY_KINDS = ['criminal', 'civil', 'administrative', 'death-penalty-second-instance', 'duty-lawyer'] as const
export type SubsidyKind = (typeof SUBSIDY_KINDS)[number]

export const QUALITY_GRADES = ['excellent', 'good', 'pass', 'fail'] as const
export type QualityGrade = (typeof QUALITY_GRADES)[number]

export const EXTRA_REASONS = ['off-site-evidence', 'complex'] as const
export type ExtraReason = (typeof EXTRA_REASONS)[number]

/** One document and clause a result rests on. `unverified` marks an article number we could not check. */
export interface Citation {
  doc: string
  clause: string
  unverified?: boolean
}

export interface SourceDocument {
  /** Short reference used in citations, e.g. 内政发〔2023〕7号. */
  doc: string
  title: string
  issuer: string
  /** Date of issue or entry into force where known. */
  date: LocalDate | null
  note?: string
}

export interface MatterDef {
  code: string
  name: string
  caseTypes: readonly CaseType[]
  citations: readonly Citation[]
  /** Matter is exempt from the economic-hardship condition (法律援助法第三十二条 and similar). */
  noHardshipLimit?: { reason: ExemptReason; citations: readonly Citation[] }
  /** Additional scope condition (e.g. Nanning's military-only list). */
  condition?: { description: string; test: (ctx: ApplicantContext) => boolean | 'unknown' }
  /** The criminal roles that this matter covers. */
  criminalRoles?: readonly CriminalRole[]
  /** Needs the center director's case-by-case decision (e.g. Tibet 其他事项). */
  discretionary?: boolean
  /** Region that added the matter, for display. */
  addedBy: RegionCode
}

export type ExemptReason =
  | 'mandatory-appointment'
  | 'martyr-family'
  | 'heroic-act'
  | 'retrial-acquittal-compensation'
  | 'abuse-or-domestic-violence'
  | 'no-fixed-income-vulnerable'
  | 'social-assistance-or-preferential-care'
  | 'migrant-worker-wages-or-work-injury'
  | 'natural-disaster'
  | 'nn-certificate-holder'
  | 'nn-elderly-or-seriously-ill'
  | 'military-or-family'
  | 'nn-worker-labour-matter'
  | 'support-payments'
  | 'xz-welfare-institution'
  | 'xz-five-guarantees'
  | 'xz-disaster-relief'

/** Everything the rules may look at, derived from the validated input. */
export interface ApplicantContext {
  region: RegionCode
  receivedOn: LocalDate
  caseType: CaseType
  matter: string
  criminalRole: CriminalRole | null
  /** Age in whole years on the receipt date; null when the birth date is unknown. */
  age: number | null
  residence: 'urban' | 'rural' | null
  disability: readonly Disability[]
  cannotFullyRecognizeOwnConduct: boolean
  groups: readonly ApplicantGroup[]
  circumstances: readonly Circumstance[]
  /** null = not stated. */
  noFixedIncome: boolean | null
  /** null = not stated; used where a matter covers both work injury and other accidents. */
  workInjury: boolean | null
  simpleClearCase: boolean | null
}

export interface ExemptionRule {
  reason: ExemptReason
  label: string
  kind: 'no-hardship-limit' | 'exempt-from-verification' | 'deemed-hardship'
  citations: readonly Citation[]
  /** true = applies, false = does not, 'unknown' = information missing (missing lists the fields). */
  test: (ctx: ApplicantContext) => boolean | 'unknown'
  missing?: readonly string[]
}

export type HardshipRule =
  | {
      type: 'provincial-standard'
      description: string
      citations: readonly Citation[]
    }
  | {
      type: 'min-wage-or-rural-income'
      description: string
      citations: readonly Citation[]
    }
  | {
      type: 'min-wage'
      description: string
      citations: readonly Citation[]
    }
  | {
      type: 'min-living-multiple'
      multiple: number
      description: string
      citations: readonly Citation[]
    }

export interface MandatoryTrigger {
  code:
    | 'minor'
    | 'visual-hearing-speech-disability'
    | 'cannot-fully-recognize-conduct'
    | 'possible-life-or-death'
    | 'death-penalty-review'
    | 'in-absentia'
    | 'compulsory-medical'
  label: string
  citations: readonly Citation[]
}

export interface LawyerRule {
  code: 'min-3-years-criminal-defence' | 'minor-specialist'
  label: string
  citations: readonly Citation[]
}

export type PeriodCounting = 'natural-days' | 'working-days' | 'hours'

export type TimeLimitCode =
  | 'decision'
  | 'assignment-after-decision'
  | 'assignment-after-notification'
  | 'detainee-forwarding'
  | 'agreement-signing'
  | 'closing-materials'
  | 'supplement-pause'

export interface TimeLimitDef {
  code: TimeLimitCode
  label: string
  /** Length of the period; for the pause rule it is 0 (the rule only stops the clock). */
  length: number
  counting: PeriodCounting
  from: string
  citations: readonly Citation[]
}

export type SubsidyRangeSource =
  | { type: 'document'; minFen: Fen; maxFen: Fen; perWorkingDay: boolean; citations: readonly Citation[] }
  | { type: 'center-setting'; perWorkingDay: boolean; citations: readonly Citation[]; note: string }

export interface SubsidyTable {
  kinds: Readonly<Record<SubsidyKind, SubsidyRangeSource>>
  extras: { allowed: readonly ExtraReason[]; approver: string; citations: readonly Citation[] } | null
  localRaise: { citations: readonly Citation[]; description: string } | null
  differential: { citations: readonly Citation[]; description: string } | null
}

export interface PolicyProfile {
  id: string
  region: RegionCode
  name: string
  effectiveFrom: LocalDate
  /** Set when the start date is not confirmed by the seed text. */
  effectiveFromNote?: string
  effectiveFromUnconfirmed?: boolean
  sources: readonly SourceDocument[]
  matters: readonly MatterDef[]
  /** The clauses that define the scope list as a whole (cited when a matter is outside it). */
  scopeCitations: readonly Citation[]
  hardship: HardshipRule
  exemptions: readonly ExemptionRule[]
  mandatoryTriggers: readonly MandatoryTrigger[]
  lawyerRules: readonly LawyerRule[]
  timeLimits: readonly TimeLimitDef[]
  subsidy: SubsidyTable
  /** Nanning: document-drafting help for applicants above the threshold with simple cases. */
  draftingOnly: { description: string; citations: readonly Citation[] } | null
  /** Inner Mongolia: economic-hardship commitment system. */
  commitmentSystem: { description: string; citations: readonly Citation[] } | null
  /** Urgent cases may be accepted first and paperwork completed later. */
  urgentAcceptance: { citations: readonly Citation[] } | null
  notes: readonly string[]
}

// ---------- errors and results ----------

export type PolicyErrorCode = 'NOT_CONFIGURED' | 'VALIDATION' | 'CALENDAR_NO_DATA' | 'NO_PROFILE'

export interface PolicyError {
  code: PolicyErrorCode
  message: string
  setting?: string
  path?: (string | number)[]
  year?: number
}

export type PolicyResult<T> = { ok: true; value: T } | { ok: false; error: PolicyError }

export const ok = <T>(value: T): PolicyResult<T> => ({ ok: true, value })
export const fail = <T = never>(error: PolicyError): PolicyResult<T> => ({ ok: false, error })
