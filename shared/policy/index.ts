/**
 * Public API of the policy engine (pure TypeScript; safe for main process, renderer and CLI).
 *
 *   listMatters(region, date, settings?)            matters in force on a date, with Chinese names
 *   profileFor(region, date, settings?)             the profile version in force on a date
 *   assessEligibility(input, settings?)             outcome, scope, hardship, lawyer rules, decideBy
 *   computeDeadlines(input, settings?)              every time limit with its basis
 *   computeSubsidy(input, settings?)                subsidy in fen with range, formula and extras
 *   explainEligibility(result), explainSubsidy(r)   Chinese text for screens and documents
 *   parseEligibilityInput(raw), parseSubsidyInput   zod validation with Chinese messages
 *
 * Every function returns { ok: true, value } or { ok: false, error: { code, message, setting?, path? } }.
 */
export * from './types'
export { calendarCoverage, hasCalendarYear, dayInfo, isWorkingDay, addWorkingDays, nextWorkingDayOnOrAfter, countWorkingDays, CalendarNoDataError } from './calendar'
export type { DayInfo, DayKind } from './calendar'
export { DOC } from './citations'
export { REGION_NAMES, describeMatter, listMatters, listProfiles, profileFor } from './registry'
export type { MatterListing } from './registry'
export {
  DEFAULT_HOLIDAY_EXTENSION,
  DEFAULT_SUBSIDY_FORMULA,
  EMPTY_SETTINGS,
  SETTING_LABELS,
  lookupSetting,
  settingOrDefault,
} from './settings'
export type { CenterSettings, SettingEntry, SettingKey, SettingValueMap, SubsidyAmountSetting, SubsidyFormula } from './settings'
export { assessEligibility } from './eligibility'
export type { Criterion, EligibilityInput, EligibilityResult, HardshipTest, Outcome } from './eligibility'
export { computeDeadlines, computePeriod, pausedDaysOf } from './deadlines'
export type { Deadline, DeadlineInput, DeadlinesResult, HolidayExtension, PeriodResult, SupplementRequest } from './deadlines'
export { computeSubsidy } from './subsidy'
export type { SubsidyExtraInput, SubsidyInput, SubsidyResult } from './subsidy'
export { CRITERION_NAMES, OUTCOME_NAMES, explainEligibility, explainSubsidy, formatCitation } from './explain'
export type { Explanation } from './explain'
export { eligibilityInputSchema, parseEligibilityInput, parseSubsidyInput, subsidyInputSchema } from './schemas'
export type { ValidationIssue } from './schemas'
export { parseCenterSettings, runPolicyCli } from './cli'
export type { CliOutput } from './cli'
