/**
 * Center settings: the numbers the policy documents leave to the center (wage levels, minimum
 * living standard, rural disposable income, subsidy amounts) and the center's own choices
 * (subsidy formula, holiday extension). Every value carries its source and the date from which
 * it applies; a lookup takes the latest value effective on or before the case's own date.
 *
 * Nothing here has an invented default amount. Choices that have a default (formula, holiday
 * extension) expose it with `isDefault: true` so screens can show it as such.
 */
import type { LocalDate } from '../domain/dates'
import type { Fen } from '../domain/money'
import type { PeriodCounting, QualityGrade, RegionCode, SubsidyKind, TimeLimitCode } from './types'

export type SubsidyAmountSetting =
  | { minFen: Fen; maxFen: Fen }
  /** Fixed amount per quality grade (差别案件补贴). */
  | { byGradeFen: Readonly<Record<QualityGrade, Fen>> }

export interface SubsidyFormula {
  /** Position inside [min, max] per quality grade, in basis points (0 = min, 10000 = max). */
  gradePositionBps: Readonly<Record<QualityGrade, number>>
  /** 'position': a failed case is paid at its grade position; 'withhold': nothing is paid. */
  failPolicy: 'position' | 'withhold'
  /** 'proportional-above-min': the part above the minimum is scaled by stages covered / stages total. */
  stageWeighting: 'proportional-above-min' | 'none'
  roundTo: 'fen' | 'yuan'
}

export interface SettingValueMap {
  'hardship.provincialStandardMonthlyPerCapitaFen': Fen
  'hardship.minimumWageMonthlyFen': Fen
  'hardship.ruralDisposableIncomeAnnualPerCapitaFen': Fen
  'hardship.minimumLivingStandardMonthlyFen.urban': Fen
  'hardship.minimumLivingStandardMonthlyFen.rural': Fen
  'subsidy.criminal': SubsidyAmountSetting
  'subsidy.civil': SubsidyAmountSetting
  'subsidy.administrative': SubsidyAmountSetting
  'subsidy.death-penalty-second-instance': SubsidyAmountSetting
  'subsidy.duty-lawyer': SubsidyAmountSetting
  /** League/city raised standard (内政发〔2023〕7号 二（二）). Replaces the document range when higher. */
  'subsidy.localRaise.criminal': { minFen: Fen; maxFen: Fen }
  'subsidy.localRaise.civil': { minFen: Fen; maxFen: Fen }
  'subsidy.localRaise.administrative': { minFen: Fen; maxFen: Fen }
  'subsidy.localRaise.death-penalty-second-instance': { minFen: Fen; maxFen: Fen }
  'subsidy.localRaise.duty-lawyer': { minFen: Fen; maxFen: Fen }
  'subsidy.formula': SubsidyFormula
  'subsidy.extraCapFen': Fen
  'deadline.holidayExtension': 'next-working-day' | 'none'
  'deadline.counting': Partial<Record<TimeLimitCode, Exclude<PeriodCounting, 'hours'>>>
  'deadline.closingMaterialsDays': number
  /** Confirmed start date of a profile version whose date the seed does not give. Keyed by profile id in `note`. */
  'profile.effectiveFrom': { profileId: string; date: LocalDate }
}

export type SettingKey = keyof SettingValueMap

export interface SettingEntry<K extends SettingKey = SettingKey> {
  key: K
  region: RegionCode
  value: SettingValueMap[K]
  /** Where the number comes from, e.g. 内人社发〔2024〕X号. Required. */
  source: string
  effectiveFrom: LocalDate
  note?: string
}

export interface CenterSettings {
  entries: readonly SettingEntry[]
}

export const EMPTY_SETTINGS: CenterSettings = { entries: [] }

export const SETTING_LABELS: Readonly<Record<SettingKey, string>> = {
  'hardship.provincialStandardMonthlyPerCapitaFen': '经济困难标准（省级规定，月人均收入，分）',
  'hardship.minimumWageMonthlyFen': '最低工资标准（月，分）',
  'hardship.ruralDisposableIncomeAnnualPerCapitaFen': '农村（牧区）常住居民人均可支配收入（年，分）',
  'hardship.minimumLivingStandardMonthlyFen.urban': '城镇居民最低生活保障标准（月，分）',
  'hardship.minimumLivingStandardMonthlyFen.rural': '农村居民最低生活保障标准（月，分）',
  'subsidy.criminal': '刑事案件办案补贴标准',
  'subsidy.civil': '民事案件办案补贴标准',
  'subsidy.administrative': '行政案件办案补贴标准',
  'subsidy.death-penalty-second-instance': '死刑二审案件办案补贴标准',
  'subsidy.duty-lawyer': '值班律师每个工作日补贴标准',
  'subsidy.localRaise.criminal': '盟市提高后的刑事案件补贴标准',
  'subsidy.localRaise.civil': '盟市提高后的民事案件补贴标准',
  'subsidy.localRaise.administrative': '盟市提高后的行政案件补贴标准',
  'subsidy.localRaise.death-penalty-second-instance': '盟市提高后的死刑二审案件补贴标准',
  'subsidy.localRaise.duty-lawyer': '盟市提高后的值班律师补贴标准',
  'subsidy.formula': '补贴区间内的计算公式（质量等级、阶段）',
  'subsidy.extraCapFen': '核准增加补贴的上限（分）',
  'deadline.holidayExtension': '期限届满日遇节假日的顺延规则',
  'deadline.counting': '期限计算方式（自然日/工作日）',
  'deadline.closingMaterialsDays': '提交结案材料的期限（日）',
  'profile.effectiveFrom': '政策版本的核实生效日期',
}

export const DEFAULT_SUBSIDY_FORMULA: SubsidyFormula = {
  gradePositionBps: { excellent: 10_000, good: 5_000, pass: 0, fail: 0 },
  failPolicy: 'position',
  stageWeighting: 'proportional-above-min',
  roundTo: 'yuan',
}

export const DEFAULT_HOLIDAY_EXTENSION: SettingValueMap['deadline.holidayExtension'] = 'next-working-day'

export function subsidySettingKey(kind: SubsidyKind): `subsidy.${SubsidyKind}` {
  return `subsidy.${kind}`
}
export function localRaiseKey(kind: SubsidyKind): `subsidy.localRaise.${SubsidyKind}` {
  return `subsidy.localRaise.${kind}`
}

/** The latest entry for (region, key) effective on or before `on`; null when none. */
export function lookupSetting<K extends SettingKey>(
  settings: CenterSettings,
  region: RegionCode,
  key: K,
  on: LocalDate,
  filter?: (entry: SettingEntry<K>) => boolean,
): SettingEntry<K> | null {
  let best: SettingEntry<K> | null = null
  for (const e of settings.entries) {
    if (e.key !== key || e.region !== region || e.effectiveFrom > on) continue
    const entry = e as SettingEntry<K>
    if (filter && !filter(entry)) continue
    if (best === null || entry.effectiveFrom >= best.effectiveFrom) best = entry
  }
  return best
}

export interface Resolved<T> {
  value: T
  isDefault: boolean
  source: string
  effectiveFrom: LocalDate | null
}

export function settingOrDefault<K extends SettingKey>(
  settings: CenterSettings,
  region: RegionCode,
  key: K,
  on: LocalDate,
  fallback: SettingValueMap[K],
): Resolved<SettingValueMap[K]> {
  const e = lookupSetting(settings, region, key, on)
  if (e) return { value: e.value, isDefault: false, source: e.source, effectiveFrom: e.effectiveFrom }
  return { value: fallback, isDefault: true, source: '系统默认值（可在设置中修改）', effectiveFrom: null }
}

export function notConfiguredMessage(key: SettingKey, regionName: string, hint?: string): string {
  return `未配置设置项「${key}」（${SETTING_LABELS[key]}，${regionName}）：政策文件未给出该数值，请管理员录入数值、来源文件和生效日期后再计算${
    hint ? `；${hint}` : ''
  }`
}
