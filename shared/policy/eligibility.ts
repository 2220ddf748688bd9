/**
 * Eligibility: scope, mandatory appointment, economic hardship (or its exemption), lawyer
 * qualification and the decision deadline, judged by the profile in force on the receipt date.
 */
import { ageOn, type LocalDate } from '../domain/dates'
import { formatFen, type Fen } from '../domain/money'
import { law } from './citations'
import { computeDeadlines, type Deadline, type SupplementRequest } from './deadlines'
import { listProfiles, profileFor, REGION_NAMES } from './registry'
import { EMPTY_SETTINGS, lookupSetting, notConfiguredMessage, type CenterSettings, type SettingKey } from './settings'
import {
  REGION_CODES,
  fail,
  ok,
  type ApplicantContext,
  type ApplicantGroup,
  type CaseType,
  type Circumstance,
  type Citation,
  type CriminalRole,
  type Disability,
  type ExemptReason,
  type LawyerRule,
  type MandatoryTrigger,
  type MatterDef,
  type PolicyProfile,
  type PolicyResult,
  type PossibleSentence,
  type RegionCode,
} from './types'

/** An amount as the clerk reads it: 1,930.00 元 (the engine counts in fen; people read yuan). */
const yuan = (fen: number): string => `${formatFen(fen).replace('¥', '')} 元`

export interface EligibilityInput {
  region: RegionCode
  receivedOn: LocalDate
  caseType: CaseType
  /** Required except for criminal cases, where it follows from criminalRole. */
  matter?: string | null
  criminalRole?: CriminalRole | null
  /** 'notification' = 通知辩护/通知代理 from a court, procuratorate or police (receivedOn = notification received). */
  via?: 'application' | 'notification'
  applicant?: {
    birthDate?: LocalDate | null
    residence?: 'urban' | 'rural' | null
    disability?: readonly Disability[]
    cannotFullyRecognizeOwnConduct?: boolean
    groups?: readonly ApplicantGroup[]
    /** 无固定生活来源; null/absent = not stated. */
    noFixedIncome?: boolean | null
  }
  criminal?: {
    possibleSentence?: PossibleSentence | null
    deathPenaltyReview?: boolean
    inAbsentia?: boolean
    hasOwnCounsel?: boolean
  }
  circumstances?: readonly Circumstance[]
  income?: { householdMonthlyIncomeFen: Fen; householdSize: number } | null
  /** For matters that mix work injury with other accidents (personal-injury-accident). */
  workInjury?: boolean | null
  /** Nanning drafting-only rule: 法律关系简单、案件事实清楚、维权难度不大. */
  simpleClearCase?: boolean | null
  supplementRequests?: readonly SupplementRequest[]
  /** Per-request overrides (CLI): the monthly per-capita hardship threshold to use. */
  settings?: { hardshipMonthlyPerCapitaFen?: Fen | null }
}

export type Outcome = 'mandatory-appointment' | 'eligible' | 'ineligible' | 'drafting-only'
export type CriterionResult = 'pass' | 'fail' | 'unknown' | 'not-applicable'

export interface Criterion {
  criterion: 'profile' | 'scope' | 'mandatory' | 'own-counsel' | 'hardship' | 'drafting' | 'lawyer' | 'deadline'
  result: CriterionResult
  text: string
  basis: Citation[]
}

export interface HardshipTest {
  /** Which standard was applied. */
  standard: 'provincial-standard' | 'minimum-wage' | 'rural-disposable-income' | 'minimum-living-standard-multiple' | 'override'
  settingKey: SettingKey | 'settings.hardshipMonthlyPerCapitaFen'
  settingSource: string
  settingEffectiveFrom: LocalDate | null
  /** The monthly per-capita limit in fen (for the rural annual standard: annual ÷ 12, for display). */
  monthlyPerCapitaLimitFen: number
  householdMonthlyIncomeFen: number
  householdSize: number
  /** Income per person per month, rounded down to the fen (display only; the comparison is exact). */
  monthlyPerCapitaIncomeFen: number
}

export interface EligibilityResult {
  region: RegionCode
  profileId: string
  profileName: string
  outcome: Outcome
  /** true when information is missing and the outcome is not final. */
  provisional: boolean
  inScope: boolean
  matter: { code: string; name: string } | null
  hardship: {
    required: boolean
    met: boolean | null
    exemptReason: ExemptReason | null
    exemptLabel: string | null
    test: HardshipTest | null
  }
  mandatoryTriggers: { code: MandatoryTrigger['code']; label: string }[]
  lawyerMinYears: number | null
  lawyerRequirements: { code: LawyerRule['code']; label: string }[]
  decideBy: LocalDate | null
  deadlines: Deadline[]
  needsMoreInfo: { field: string; reason: string }[]
  requiresDirectorDecision: boolean
  criteria: Criterion[]
  notes: string[]
  warnings: string[]
  basis: Citation[]
}

function dedupe(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>()
  const out: Citation[] = []
  for (const c of citations) {
    const k = `${c.doc}|${c.clause}`
    if (seen.has(k)) continue
    seen.add(k)
    out.push(c)
  }
  return out
}

/** Codes known in any region's profile (used to tell "not in this region's scope" from a typo). */
function knownMatterCodes(): Set<string> {
  const s = new Set<string>()
  for (const r of REGION_CODES) for (const p of listProfiles(r)) for (const m of p.matters) s.add(m.code)
  return s
}

function resolveMatter(
  profile: PolicyProfile,
  input: EligibilityInput,
): PolicyResult<{ matter: MatterDef | null; code: string }> {
  if (input.caseType === 'criminal') {
    if (!input.criminalRole) {
      return fail({ code: 'VALIDATION', message: '刑事案件须填写刑事诉讼身份（criminalRole）', path: ['criminalRole'] })
    }
    const role = input.criminalRole
    const byRole = profile.matters.find((m) => m.criminalRoles?.includes(role))
    if (!byRole) return fail({ code: 'VALIDATION', message: `本地区政策没有对应刑事诉讼身份的事项：${role}`, path: ['criminalRole'] })
    if (input.matter && input.matter !== byRole.code) {
      return fail({
        code: 'VALIDATION',
        message: `事项「${input.matter}」与刑事诉讼身份不一致，该身份对应的事项为「${byRole.code}」（${byRole.name}）`,
        path: ['matter'],
      })
    }
    return ok({ matter: byRole, code: byRole.code })
  }
  if (!input.matter) {
    return fail({ code: 'VALIDATION', message: '请填写事项代码（matter）；可用 `npm run -s policy -- matters <地区>` 查询', path: ['matter'] })
  }
  const m = profile.matters.find((x) => x.code === input.matter)
  if (!m) {
    if (knownMatterCodes().has(input.matter)) return ok({ matter: null, code: input.matter })
    return fail({
      code: 'VALIDATION',
      message: `未知的事项代码「${input.matter}」；可用 \`npm run -s policy -- matters ${profile.region}\` 查询本地区事项代码`,
      path: ['matter'],
    })
  }
  if (!m.caseTypes.includes(input.caseType)) {
    return fail({
      code: 'VALIDATION',
      message: `事项「${m.name}」不属于所选案件类型（${input.caseType}），应为：${m.caseTypes.join('、')}`,
      path: ['caseType'],
    })
  }
  return ok({ matter: m, code: m.code })
}

function buildContext(input: EligibilityInput, matterCode: string): ApplicantContext {
  const a = input.applicant ?? {}
  return {
    region: input.region,
    receivedOn: input.receivedOn,
    caseType: input.caseType,
    matter: matterCode,
    criminalRole: input.criminalRole ?? null,
    age: a.birthDate ? ageOn(a.birthDate, input.receivedOn) : null,
    residence: a.residence ?? null,
    disability: a.disability ?? [],
    cannotFullyRecognizeOwnConduct: a.cannotFullyRecognizeOwnConduct ?? false,
    groups: a.groups ?? [],
    circumstances: input.circumstances ?? [],
    noFixedIncome: a.noFixedIncome ?? null,
    workInjury: input.workInjury ?? null,
    simpleClearCase: input.simpleClearCase ?? null,
  }
}

const FIELD_REASONS: Record<string, string> = {
  'applicant.birthDate': '出生日期（判断未成年人、老年人）',
  'applicant.noFixedIncome': '是否无固定生活来源',
  'applicant.residence': '城镇或农村（牧区）居民，决定适用的经济困难标准',
  income: '家庭月收入和家庭人口',
  workInjury: '是否为工伤事故（进城务工人员工伤赔偿免予核查经济困难）',
  simpleClearCase: '是否法律关系简单、案件事实清楚、维权难度不大（南宁代书服务）',
}

type Threshold =
  | { kind: 'per-capita'; limitFen: number; test: Omit<HardshipTest, 'householdMonthlyIncomeFen' | 'householdSize' | 'monthlyPerCapitaIncomeFen'> }
  | { kind: 'annual-per-capita'; annualFen: number; test: Omit<HardshipTest, 'householdMonthlyIncomeFen' | 'householdSize' | 'monthlyPerCapitaIncomeFen'> }

function resolveThreshold(
  profile: PolicyProfile,
  input: EligibilityInput,
  ctx: ApplicantContext,
  settings: CenterSettings,
): PolicyResult<Threshold> | 'needs-residence' {
  const override = input.settings?.hardshipMonthlyPerCapitaFen
  if (override !== undefined && override !== null) {
    return ok({
      kind: 'per-capita',
      limitFen: override,
      test: {
        standard: 'override',
        settingKey: 'settings.hardshipMonthlyPerCapitaFen',
        settingSource: '本次请求提供的经济困难标准',
        settingEffectiveFrom: null,
        monthlyPerCapitaLimitFen: override,
      },
    })
  }
  const regionName = REGION_NAMES[profile.region]
  const need = (key: SettingKey, hint?: string): PolicyResult<never> =>
    fail({
      code: 'NOT_CONFIGURED',
      setting: key,
      message: notConfiguredMessage(key, regionName, hint ?? '或在输入的 settings.hardshipMonthlyPerCapitaFen 中提供月人均标准'),
    })
  const perCapita = (key: SettingKey, standard: HardshipTest['standard'], multiple = 1): PolicyResult<Threshold> => {
    const e = lookupSetting(settings, profile.region, key, input.receivedOn)
    if (!e) return need(key)
    const limit = (e.value as number) * multiple
    return ok({
      kind: 'per-capita',
      limitFen: limit,
      test: { standard, settingKey: key, settingSource: e.source, settingEffectiveFrom: e.effectiveFrom, monthlyPerCapitaLimitFen: limit },
    })
  }
  switch (profile.hardship.type) {
    case 'provincial-standard':
      return perCapita('hardship.provincialStandardMonthlyPerCapitaFen', 'provincial-standard')
    case 'min-wage':
      return perCapita('hardship.minimumWageMonthlyFen', 'minimum-wage')
    case 'min-wage-or-rural-income': {
      if (ctx.residence === null) return 'needs-residence'
      if (ctx.residence === 'urban') return perCapita('hardship.minimumWageMonthlyFen', 'minimum-wage')
      const key: SettingKey = 'hardship.ruralDisposableIncomeAnnualPerCapitaFen'
      const e = lookupSetting(settings, profile.region, key, input.receivedOn)
      if (!e) return need(key)
      const annual = e.value as number
      return ok({
        kind: 'annual-per-capita',
        annualFen: annual,
        test: {
          standard: 'rural-disposable-income',
          settingKey: key,
          settingSource: e.source,
          settingEffectiveFrom: e.effectiveFrom,
          monthlyPerCapitaLimitFen: Math.floor(annual / 12),
        },
      })
    }
    case 'min-living-multiple': {
      if (ctx.residence === null) return 'needs-residence'
      const key: SettingKey =
        ctx.residence === 'urban' ? 'hardship.minimumLivingStandardMonthlyFen.urban' : 'hardship.minimumLivingStandardMonthlyFen.rural'
      return perCapita(key, 'minimum-living-standard-multiple', profile.hardship.multiple)
    }
  }
}

export function assessEligibility(input: EligibilityInput, settings: CenterSettings = EMPTY_SETTINGS): PolicyResult<EligibilityResult> {
  const pr = profileFor(input.region, input.receivedOn, settings)
  if (!pr.ok) return fail({ ...pr.error, path: ['receivedOn'] })
  const profile = pr.value
  const rm = resolveMatter(profile, input)
  if (!rm.ok) return rm
  const matter = rm.value.matter
  const ctx = buildContext(input, rm.value.code)

  const criteria: Criterion[] = []
  const notes: string[] = []
  const warnings: string[] = []
  const needs = new Map<string, string>()
  const need = (field: string) => needs.set(field, FIELD_REASONS[field] ?? field)
  const basis: Citation[] = []

  criteria.push({
    criterion: 'profile',
    result: 'pass',
    text: `按受理日期 ${input.receivedOn} 适用「${profile.name}」（自 ${profile.effectiveFrom} 起施行）`,
    basis: profile.sources.map((s) => ({ doc: s.doc, clause: '全文' })),
  })
  if (profile.effectiveFromUnconfirmed && input.receivedOn.slice(0, 4) === profile.effectiveFrom.slice(0, 4)) {
    warnings.push(profile.effectiveFromNote ?? '本政策版本的生效日期未经核实')
  }

  // ---------- scope ----------
  let inScope = matter !== null
  let scopeUnknown = false
  if (matter === null) {
    criteria.push({
      criterion: 'scope',
      result: 'fail',
      text: `事项「${ctx.matter}」不在${REGION_NAMES[profile.region]}法律援助事项范围内`,
      basis: [...profile.scopeCitations],
    })
  } else {
    let scopeText = `事项「${matter.name}」属于法律援助事项范围`
    let result: CriterionResult = 'pass'
    if (matter.condition) {
      const t = matter.condition.test(ctx)
      if (t === false) {
        inScope = false
        result = 'fail'
        scopeText = `事项「${matter.name}」有适用条件：${matter.condition.description}；申请人不符合`
      } else if (t === 'unknown') {
        scopeUnknown = true
        result = 'unknown'
        scopeText = `事项「${matter.name}」有适用条件：${matter.condition.description}；现有信息不足以判断`
        need('applicant.birthDate')
      } else {
        scopeText += `（${matter.condition.description}：符合）`
      }
    }
    criteria.push({ criterion: 'scope', result, text: scopeText, basis: [...matter.citations] })
    basis.push(...matter.citations)
  }

  // ---------- criminal: own counsel and mandatory appointment ----------
  const isDefence = ctx.criminalRole === 'suspect' || ctx.criminalRole === 'defendant'
  const crim = input.criminal ?? {}
  const hasOwnCounsel = crim.hasOwnCounsel === true
  const fired: MandatoryTrigger[] = []
  const lawyerRules: LawyerRule[] = []
  let lawyerMinYears: number | null = null
  if (input.caseType === 'criminal' && (isDefence || ctx.criminalRole === 'compulsory-medical-respondent')) {
    const trig = (code: MandatoryTrigger['code']) => profile.mandatoryTriggers.find((t) => t.code === code)
    const fire = (code: MandatoryTrigger['code']) => {
      const t = trig(code)
      if (t) fired.push(t)
    }
    if (isDefence) {
      if (ctx.age !== null && ctx.age < 18) fire('minor')
      if (ctx.disability.some((d) => d === 'visual' || d === 'hearing' || d === 'speech')) fire('visual-hearing-speech-disability')
      if (ctx.cannotFullyRecognizeOwnConduct) fire('cannot-fully-recognize-conduct')
      if (crim.possibleSentence === 'life' || crim.possibleSentence === 'death') fire('possible-life-or-death')
      if (crim.deathPenaltyReview) fire('death-penalty-review')
      if (crim.inAbsentia) fire('in-absentia')
      if (crim.possibleSentence === 'life' || crim.possibleSentence === 'death' || crim.deathPenaltyReview) {
        const r = profile.lawyerRules.find((x) => x.code === 'min-3-years-criminal-defence')
        if (r) {
          lawyerRules.push(r)
          lawyerMinYears = 3
        }
      }
      if (ctx.age !== null && ctx.age < 18) {
        const r = profile.lawyerRules.find((x) => x.code === 'minor-specialist')
        if (r) lawyerRules.push(r)
      }
    } else {
      fire('compulsory-medical')
    }
    if (hasOwnCounsel) {
      // recorded below for every criminal role
    } else if (fired.length > 0) {
      criteria.push({
        criterion: 'mandatory',
        result: 'pass',
        text: `没有委托${isDefence ? '辩护人' : '诉讼代理人'}，且属于应当通知指派的情形：${fired.map((t) => t.label).join('；')}。无需审查经济困难状况`,
        basis: fired.flatMap((t) => [...t.citations]),
      })
    } else {
      if (isDefence && ctx.age === null) need('applicant.birthDate')
      criteria.push({
        criterion: 'mandatory',
        result: isDefence && ctx.age === null ? 'unknown' : 'fail',
        text:
          isDefence && ctx.age === null
            ? '未提供出生日期，无法判断是否为未成年人；其他应当指派的情形均不具备'
            : '不属于应当通知指派辩护的情形，按申请审查',
        basis: [law('第二十五条第一款')],
      })
    }
    for (const r of lawyerRules) {
      criteria.push({ criterion: 'lawyer', result: 'pass', text: r.label, basis: [...r.citations] })
      basis.push(...r.citations)
    }
  }

  if (input.caseType === 'criminal' && hasOwnCounsel) {
    criteria.push({
      criterion: 'own-counsel',
      result: 'fail',
      text: isDefence ? '已委托辩护人，无需指派辩护' : '已委托诉讼代理人，无需指派代理',
      basis: fired.length > 0 ? fired.flatMap((t) => [...t.citations]) : [law('第二十五条第一款')],
    })
  }
  const mandatory = !hasOwnCounsel && fired.length > 0
  const lawyerRequirements = lawyerRules.map((r) => ({ code: r.code, label: r.label }))

  const deadlineFor = (via: 'application' | 'notification') => {
    const d = computeDeadlines(
      { region: input.region, receivedOn: input.receivedOn, via, supplementRequests: input.supplementRequests ?? [] },
      settings,
    )
    return d
  }

  if (mandatory) {
    for (const t of fired) basis.push(...t.citations)
    const dl = deadlineFor('notification')
    if (!dl.ok) return dl
    for (const d of dl.value.deadlines) {
      basis.push(...d.basis)
      warnings.push(...d.warnings.filter((w) => !w.startsWith('届满日遇节假日顺延')))
      criteria.push({
        criterion: 'deadline',
        result: 'pass',
        text: `收到通知后三日内指派律师：应于 ${d.due ?? '—'} 前指派${d.extended ? `（${d.extended.reason}）` : ''}`,
        basis: d.basis,
      })
    }
    return ok({
      region: input.region,
      profileId: profile.id,
      profileName: profile.name,
      outcome: 'mandatory-appointment',
      provisional: false,
      inScope: true,
      matter: matter ? { code: matter.code, name: matter.name } : null,
      hardship: { required: false, met: true, exemptReason: 'mandatory-appointment', exemptLabel: '通知辩护（代理）案件，不审查经济困难状况', test: null },
      mandatoryTriggers: fired.map((t) => ({ code: t.code, label: t.label })),
      lawyerMinYears,
      lawyerRequirements,
      decideBy: null,
      deadlines: dl.value.deadlines,
      needsMoreInfo: [],
      requiresDirectorDecision: false,
      criteria,
      notes,
      warnings,
      basis: dedupe(basis),
    })
  }

  // ---------- hardship ----------
  let required = true
  let met: boolean | null = null
  let exemptReason: ExemptReason | null = null
  let exemptLabel: string | null = null
  let test: HardshipTest | null = null
  let thresholdError: PolicyResult<never> | null = null

  if (matter?.noHardshipLimit) {
    required = false
    met = true
    exemptReason = matter.noHardshipLimit.reason
    exemptLabel = `事项「${matter.name}」不受经济困难条件限制`
    criteria.push({ criterion: 'hardship', result: 'pass', text: exemptLabel, basis: [...matter.noHardshipLimit.citations] })
    basis.push(...matter.noHardshipLimit.citations)
  } else {
    const unknownRules: string[] = []
    for (const rule of profile.exemptions) {
      const t = rule.test(ctx)
      if (t === true) {
        required = false
        met = true
        exemptReason = rule.reason
        exemptLabel = rule.label
        criteria.push({ criterion: 'hardship', result: 'pass', text: rule.label, basis: [...rule.citations] })
        basis.push(...rule.citations)
        break
      }
      if (t === 'unknown') {
        unknownRules.push(rule.label)
        for (const f of rule.missing ?? []) {
          if (f === 'applicant.birthDate' && ctx.age !== null) continue
          if (f === 'applicant.noFixedIncome' && ctx.noFixedIncome !== null) continue
          if (f === 'workInjury' && ctx.workInjury !== null) continue
          need(f)
        }
      }
    }
    if (required) {
      const th = resolveThreshold(profile, input, ctx, settings)
      if (th === 'needs-residence') {
        need('applicant.residence')
        criteria.push({ criterion: 'hardship', result: 'unknown', text: '未说明城镇或农村（牧区）居民，无法确定适用的经济困难标准', basis: [...profile.hardship.citations] })
        basis.push(...profile.hardship.citations)
      } else if (!input.income) {
        need('income')
        if (!th.ok) thresholdError = th
        criteria.push({ criterion: 'hardship', result: 'unknown', text: `未提供家庭收入，无法按「${profile.hardship.description}」审查`, basis: [...profile.hardship.citations] })
        basis.push(...profile.hardship.citations)
      } else if (!th.ok) {
        return th
      } else {
        const { householdMonthlyIncomeFen: income, householdSize: size } = input.income
        met = th.value.kind === 'per-capita' ? income <= th.value.limitFen * size : income * 12 <= th.value.annualFen * size
        test = { ...th.value.test, householdMonthlyIncomeFen: income, householdSize: size, monthlyPerCapitaIncomeFen: Math.floor(income / size) }
        const cmp = met ? '不高于' : '高于'
        const limitText =
          th.value.kind === 'annual-per-capita'
            ? `农村牧区常住居民人均可支配收入（年 ${yuan(th.value.annualFen)}，折合月 ${yuan(test.monthlyPerCapitaLimitFen)}）`
            : `标准（月人均 ${yuan(th.value.limitFen)}）`
        const cit = test.standard === 'override' ? [...profile.hardship.citations] : [...profile.hardship.citations, { doc: test.settingSource, clause: `${test.settingKey}（自 ${test.settingEffectiveFrom ?? '—'} 起）` }]
        criteria.push({
          criterion: 'hardship',
          result: met ? 'pass' : 'fail',
          text: `家庭月收入 ${yuan(income)}、${size} 人，月人均 ${yuan(test.monthlyPerCapitaIncomeFen)}，${cmp}${limitText}：${met ? '符合' : '不符合'}经济困难标准`,
          basis: cit,
        })
        basis.push(...cit)
        if (!met && unknownRules.length > 0) {
          met = null
          warnings.push(`以下免予核查或视为困难的情形因信息不足未能判断：${unknownRules.join('；')}`)
        }
      }
    }
  }

  // ---------- outcome ----------
  let outcome: Outcome
  let requiresDirectorDecision = false
  if (!inScope) outcome = 'ineligible'
  else if (hasOwnCounsel && input.caseType === 'criminal') outcome = 'ineligible'
  else if (met === true) outcome = 'eligible'
  else if (met === false && profile.draftingOnly) {
    if (ctx.simpleClearCase === true) {
      outcome = 'drafting-only'
      criteria.push({ criterion: 'drafting', result: 'pass', text: profile.draftingOnly.description, basis: [...profile.draftingOnly.citations] })
      basis.push(...profile.draftingOnly.citations)
    } else {
      outcome = 'ineligible'
      if (ctx.simpleClearCase === null) need('simpleClearCase')
      criteria.push({
        criterion: 'drafting',
        result: ctx.simpleClearCase === null ? 'unknown' : 'fail',
        text: `${profile.draftingOnly.description}${ctx.simpleClearCase === null ? '；未说明案件是否简单清楚' : '；本案不属于此类'}`,
        basis: [...profile.draftingOnly.citations],
      })
      basis.push(...profile.draftingOnly.citations)
    }
  } else outcome = 'ineligible'

  if (matter?.discretionary) {
    requiresDirectorDecision = true
    warnings.push('该事项须由法律援助机构个案认定是否援助')
  }
  if (thresholdError && !thresholdError.ok) {
    warnings.push(thresholdError.error.message)
  }
  if (isDefence && required && outcome !== 'eligible') {
    notes.push('犯罪嫌疑人、被告人因经济困难“或者其他原因”没有委托辩护人的均可申请（法律援助法第二十四条）：其他原因由审查员个案认定。')
  }
  if (profile.commitmentSystem && required) notes.push(`${profile.commitmentSystem.description}（${profile.commitmentSystem.citations.map((c) => `${c.doc}${c.clause}`).join('、')}）`)
  if (profile.urgentAcceptance) notes.push(`情况紧急的，可先行受理（提供法律援助），事后补办手续（${profile.urgentAcceptance.citations.map((c) => `${c.doc}${c.clause}`).join('、')}）`)

  // ---------- decision deadline ----------
  const dl = deadlineFor('application')
  if (!dl.ok) return dl
  const decision = dl.value.deadlines.find((d) => d.code === 'decision')
  let decideBy: LocalDate | null = null
  if (decision) {
    decideBy = (decision.due as LocalDate | null) ?? null
    warnings.push(...decision.warnings.filter((w) => !w.startsWith('届满日遇节假日顺延')))
    basis.push(...decision.basis)
    criteria.push({
      criterion: 'deadline',
      result: decision.status === 'paused' ? 'unknown' : 'pass',
      text:
        decision.status === 'paused'
          ? '正在等待补充材料，审查期限暂停计算'
          : `应自收到申请之日起七日内作出决定：${decideBy}${decision.pausedDays > 0 ? `（已扣除补充材料期间 ${decision.pausedDays} 日）` : ''}${decision.extended ? `（${decision.extended.reason}）` : ''}`,
      basis: decision.basis,
    })
  }

  return ok({
    region: input.region,
    profileId: profile.id,
    profileName: profile.name,
    outcome,
    provisional: (scopeUnknown || needs.size > 0) && outcome !== 'eligible',
    inScope,
    matter: matter ? { code: matter.code, name: matter.name } : null,
    hardship: { required, met, exemptReason, exemptLabel, test },
    mandatoryTriggers: [],
    lawyerMinYears,
    lawyerRequirements,
    decideBy,
    deadlines: dl.value.deadlines,
    needsMoreInfo: [...needs].map(([field, reason]) => ({ field, reason })),
    requiresDirectorDecision,
    criteria,
    notes,
    warnings,
    basis: dedupe([...basis, ...criteria.filter((c) => c.criterion !== 'profile').flatMap((c) => c.basis)]),
  })
}
