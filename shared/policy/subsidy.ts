/**
 * Case subsidy (办案补贴) in integer fen.
 *
 * total = base + approved extras
 * base  = min + (max − min) × gradePosition × stagesCovered / stagesTotal   (default formula)
 *         or the fixed amount for the grade (差别案件补贴 table), or 0 when a failed case is withheld;
 *         for duty lawyers the same per working day × working days.
 * Extras (异地取证, 疑难复杂) count only when approved by the center's head (内政发〔2023〕7号 二（二）).
 */
import type { LocalDate } from '../domain/dates'
import { asFen, formatFen, type Fen } from '../domain/money'

/** Amounts in the steps a clerk reads are in yuan (¥1,400.00); the figures themselves stay in fen. */
const yuan = (fen: number): string => formatFen(fen)
import { DOC } from './citations'
import { profileFor, REGION_NAMES } from './registry'
import { DEFAULT_SUBSIDY_FORMULA, EMPTY_SETTINGS, localRaiseKey, lookupSetting, notConfiguredMessage, subsidySettingKey, type CenterSettings, type SubsidyAmountSetting, type SubsidyFormula } from './settings'
import {
  QUALITY_GRADES,
  fail,
  ok,
  type Citation,
  type ExtraReason,
  type PolicyResult,
  type QualityGrade,
  type RegionCode,
  type SubsidyKind,
} from './types'

export interface SubsidyExtraInput {
  reason: ExtraReason
  amountFen: Fen
  /** Name of the approving head; null/empty = not yet approved. */
  approvedBy: string | null
}

export interface SubsidyInput {
  region: RegionCode
  kind: SubsidyKind
  decidedOn: LocalDate
  qualityGrade: QualityGrade
  /** Working days served, for duty lawyers. */
  dutyDays?: number
  /** Procedural stages the lawyer covered (e.g. 侦查、审查起诉、审判), for the default stage weighting. */
  stagesCovered?: number
  stagesTotal?: number
  extras?: readonly SubsidyExtraInput[]
  /** Per-request overrides (CLI), used instead of the stored center settings. */
  settings?: {
    rangeFen?: { min: Fen; max: Fen }
    byGradeFen?: Readonly<Record<QualityGrade, Fen>>
    localRaiseFen?: { min: Fen; max: Fen }
    formula?: Partial<SubsidyFormula>
    extraCapFen?: Fen
  }
}

export interface SubsidyResult {
  region: RegionCode
  profileId: string
  profileName: string
  kind: SubsidyKind
  perWorkingDay: boolean
  /** Per case, or per working day for duty lawyers. */
  rangeFen: { min: number; max: number }
  rangeSource: 'document' | 'center-setting' | 'local-raise' | 'override'
  rangeSourceNote: string
  /** Per working day (duty lawyers) before multiplying by days; equals baseFen otherwise. */
  unitFen: number
  dutyDays: number | null
  baseFen: number
  extrasFen: number
  totalFen: number
  needsApproval: boolean
  withheld: boolean
  formula: SubsidyFormula & { isDefault: boolean; source: string }
  extras: { reason: ExtraReason; amountFen: number; approvedBy: string | null; counted: number; note: string }[]
  steps: string[]
  warnings: string[]
  basis: Citation[]
}

const KIND_NAMES: Record<SubsidyKind, string> = {
  criminal: '刑事案件',
  civil: '民事案件',
  administrative: '行政案件',
  'death-penalty-second-instance': '死刑二审案件',
  'duty-lawyer': '值班律师',
}
const GRADE_NAMES: Record<QualityGrade, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' }
const EXTRA_NAMES: Record<ExtraReason, string> = { 'off-site-evidence': '异地取证', complex: '疑难复杂' }

/** round(a × b / c) half-up for non-negative safe integers. */
function mulDivRound(a: number, b: number, c: number): number {
  const num = a * b
  if (!Number.isSafeInteger(num)) throw new RangeError('金额计算溢出')
  return Math.floor((2 * num + c) / (2 * c))
}

function dedupe(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>()
  return citations.filter((c) => {
    const k = `${c.doc}|${c.clause}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

type Amount = { type: 'range'; min: number; max: number } | { type: 'by-grade'; byGrade: Readonly<Record<QualityGrade, number>> }

function toAmount(s: SubsidyAmountSetting): Amount {
  return 'byGradeFen' in s ? { type: 'by-grade', byGrade: s.byGradeFen } : { type: 'range', min: s.minFen, max: s.maxFen }
}

export function computeSubsidy(input: SubsidyInput, settings: CenterSettings = EMPTY_SETTINGS): PolicyResult<SubsidyResult> {
  const pr = profileFor(input.region, input.decidedOn, settings)
  if (!pr.ok) return fail({ ...pr.error, path: ['decidedOn'] })
  const profile = pr.value
  const src = profile.subsidy.kinds[input.kind]
  const regionName = REGION_NAMES[profile.region]
  const basis: Citation[] = [...src.citations]
  const steps: string[] = []
  const warnings: string[] = []
  const o = input.settings ?? {}

  // ----- range -----
  let amount: Amount
  let rangeSource: SubsidyResult['rangeSource']
  let rangeSourceNote: string
  if (o.byGradeFen) {
    amount = { type: 'by-grade', byGrade: o.byGradeFen }
    rangeSource = 'override'
    rangeSourceNote = '本次请求提供的分级补贴标准'
  } else if (o.rangeFen) {
    amount = { type: 'range', min: o.rangeFen.min, max: o.rangeFen.max }
    rangeSource = 'override'
    rangeSourceNote = '本次请求提供的补贴区间'
  } else if (src.type === 'document') {
    amount = { type: 'range', min: src.minFen, max: src.maxFen }
    rangeSource = 'document'
    rangeSourceNote = src.citations.map((c) => `${c.doc}${c.clause}`).join('、')
  } else {
    const key = subsidySettingKey(input.kind)
    const e = lookupSetting(settings, profile.region, key, input.decidedOn)
    if (!e) {
      return fail({
        code: 'NOT_CONFIGURED',
        setting: key,
        message: notConfiguredMessage(key, regionName, `${src.note}；或在输入的 settings.rangeFen / settings.byGradeFen 中提供`),
      })
    }
    amount = toAmount(e.value)
    rangeSource = 'center-setting'
    rangeSourceNote = `${e.source}（自 ${e.effectiveFrom} 起）`
    basis.push({ doc: e.source, clause: `${key}` })
  }

  // League/city raise (Inner Mongolia 二（二）).
  if (amount.type === 'range' && profile.subsidy.localRaise) {
    const raisedOverride = o.localRaiseFen
    const raisedSetting = raisedOverride ? null : lookupSetting(settings, profile.region, localRaiseKey(input.kind), input.decidedOn)
    const raised = raisedOverride
      ? { min: raisedOverride.min, max: raisedOverride.max, source: '本次请求提供的盟市提高标准' }
      : raisedSetting
        ? { min: raisedSetting.value.minFen, max: raisedSetting.value.maxFen, source: `${raisedSetting.source}（自 ${raisedSetting.effectiveFrom} 起）` }
        : null
    if (raised) {
      if (raised.min < amount.min || raised.max < amount.max) {
        return fail({
          code: 'VALIDATION',
          message: `盟市提高后的补贴标准（${yuan(raised.min)}—${yuan(raised.max)}）不得低于自治区标准（${yuan(amount.min)}—${yuan(amount.max)}）`,
          path: ['settings', 'localRaiseFen'],
        })
      }
      steps.push(`适用盟市提高后的标准 ${yuan(raised.min)}—${yuan(raised.max)}（${raised.source}）`)
      amount = { type: 'range', min: raised.min, max: raised.max }
      rangeSource = 'local-raise'
      rangeSourceNote = raised.source
      basis.push(...profile.subsidy.localRaise.citations, { doc: raised.source, clause: '盟市提高后的补贴标准' })
    }
  }
  if (amount.type === 'range' && amount.min > amount.max) {
    return fail({ code: 'VALIDATION', message: `补贴区间下限 ${yuan(amount.min)} 高于上限 ${yuan(amount.max)}`, path: ['settings', 'rangeFen'] })
  }

  // ----- formula -----
  const stored = o.formula ? null : lookupSetting(settings, profile.region, 'subsidy.formula', input.decidedOn)
  const formula: SubsidyResult['formula'] = o.formula
    ? { ...DEFAULT_SUBSIDY_FORMULA, ...o.formula, isDefault: false, source: '本次请求提供的计算公式' }
    : stored
      ? { ...stored.value, isDefault: false, source: `${stored.source}（自 ${stored.effectiveFrom} 起）` }
      : { ...DEFAULT_SUBSIDY_FORMULA, isDefault: true, source: '系统默认公式（可在设置中修改）' }
  for (const g of QUALITY_GRADES) {
    const bps = formula.gradePositionBps[g]
    if (!Number.isSafeInteger(bps) || bps < 0 || bps > 10_000) {
      return fail({ code: 'VALIDATION', message: `质量等级「${GRADE_NAMES[g]}」的区间位置须为 0—10000 的整数基点`, path: ['settings', 'formula', 'gradePositionBps', g] })
    }
  }
  basis.push({ doc: formula.isDefault ? DOC.center : formula.source, clause: formula.isDefault ? '补贴计算公式（系统默认值）' : '补贴计算公式' })
  if (profile.subsidy.differential) basis.push(...profile.subsidy.differential.citations)

  const perWorkingDay = src.perWorkingDay
  let dutyDays: number | null = null
  if (perWorkingDay) {
    if (input.dutyDays === undefined || !Number.isSafeInteger(input.dutyDays) || input.dutyDays < 1) {
      return fail({ code: 'VALIDATION', message: '值班律师补贴须填写值班工作日数（不少于1天的整数）', path: ['dutyDays'] })
    }
    dutyDays = input.dutyDays
  }
  const covered = input.stagesCovered ?? 1
  const total = input.stagesTotal ?? 1
  if (!Number.isSafeInteger(covered) || !Number.isSafeInteger(total) || total < 1 || covered < 0 || covered > total) {
    return fail({ code: 'VALIDATION', message: '办理阶段数须为整数，且已办阶段数不超过阶段总数', path: ['stagesCovered'] })
  }

  // ----- base -----
  const grade = input.qualityGrade
  let unit: number
  let withheld = false
  let rangeFen: { min: number; max: number }
  if (amount.type === 'by-grade') {
    const values = QUALITY_GRADES.map((g) => amount.byGrade[g])
    rangeFen = { min: Math.min(...values), max: Math.max(...values) }
    unit = amount.byGrade[grade]
    steps.push(`差别补贴：质量等级「${GRADE_NAMES[grade]}」对应 ${yuan(unit)}${perWorkingDay ? '/工作日' : ''}`)
  } else {
    rangeFen = { min: amount.min, max: amount.max }
    const span = amount.max - amount.min
    const pos = formula.gradePositionBps[grade]
    const weightCovered = formula.stageWeighting === 'proportional-above-min' && !perWorkingDay ? covered : 1
    const weightTotal = formula.stageWeighting === 'proportional-above-min' && !perWorkingDay ? total : 1
    let above = mulDivRound(span * pos, weightCovered, 10_000 * weightTotal)
    unit = amount.min + above
    if (formula.roundTo === 'yuan') {
      const rounded = Math.floor((unit + 50) / 100) * 100
      unit = Math.min(amount.max, Math.max(amount.min, rounded))
      above = unit - amount.min
    }
    steps.push(
      `${KIND_NAMES[input.kind]}补贴区间 ${yuan(amount.min)}—${yuan(amount.max)}${perWorkingDay ? '/工作日' : ''}；质量等级「${GRADE_NAMES[grade]}」位于区间 ${pos / 100}%` +
        (weightTotal > 1 ? `，办理 ${weightCovered}/${weightTotal} 个阶段` : '') +
        `：${yuan(amount.min)} + ${yuan(above)} = ${yuan(unit)}${formula.roundTo === 'yuan' ? '（取整到元）' : ''}`,
    )
  }
  if (grade === 'fail' && formula.failPolicy === 'withhold') {
    withheld = true
    unit = 0
    steps.push('质量评查不合格：按中心设置不予发放补贴')
  } else if (grade === 'fail') {
    warnings.push('质量评查不合格：按中心公式计算（默认按区间下限）；中心可设置为不予发放')
  }
  const base = perWorkingDay ? unit * (dutyDays ?? 0) : unit
  if (perWorkingDay) steps.push(`${yuan(unit)}/工作日 × ${dutyDays} 个工作日 = ${yuan(base)}`)
  if (formula.isDefault) warnings.push('区间内计算使用系统默认公式（优秀=上限、良好=中值、合格=下限），可在设置中修改')

  // ----- extras -----
  const extrasIn = input.extras ?? []
  const extras: SubsidyResult['extras'] = []
  let extrasFen = 0
  let needsApproval = false
  const rule = profile.subsidy.extras
  const capSetting = o.extraCapFen ?? lookupSetting(settings, profile.region, 'subsidy.extraCapFen', input.decidedOn)?.value ?? null
  if (extrasIn.length > 0) {
    if (rule) basis.push(...rule.citations)
    else warnings.push(`${regionName}政策文件未规定增加补贴，增加部分须依本中心制度并经负责人核准`)
  }
  for (const e of extrasIn) {
    const approved = typeof e.approvedBy === 'string' && e.approvedBy.trim() !== ''
    if (rule && !rule.allowed.includes(e.reason)) {
      return fail({ code: 'VALIDATION', message: `不支持的增加补贴事由：${e.reason}`, path: ['extras'] })
    }
    let counted = 0
    let note: string
    if (!approved) {
      needsApproval = true
      note = `${EXTRA_NAMES[e.reason]}增加 ${yuan(e.amountFen)}，待${rule?.approver ?? '负责人'}核准，暂不计入`
    } else {
      counted = e.amountFen
      if (capSetting !== null && extrasFen + counted > capSetting) {
        counted = Math.max(0, capSetting - extrasFen)
        warnings.push(`核准增加补贴超过中心上限 ${yuan(capSetting)}，超出部分不计入`)
      }
      note = `${EXTRA_NAMES[e.reason]}增加 ${yuan(e.amountFen)}，已由 ${e.approvedBy} 核准，计入 ${yuan(counted)}`
    }
    extrasFen += counted
    extras.push({ reason: e.reason, amountFen: e.amountFen, approvedBy: approved ? e.approvedBy : null, counted, note })
    steps.push(note)
  }
  const totalFen = asFen(base + extrasFen)
  steps.push(`合计 ${yuan(base)} + ${yuan(extrasFen)} = ${yuan(totalFen)}`)

  return ok({
    region: input.region,
    profileId: profile.id,
    profileName: profile.name,
    kind: input.kind,
    perWorkingDay,
    rangeFen,
    rangeSource,
    rangeSourceNote,
    unitFen: unit,
    dutyDays,
    baseFen: base,
    extrasFen,
    totalFen,
    needsApproval,
    withheld,
    formula,
    extras,
    steps,
    warnings,
    basis: dedupe(basis),
  })
}
