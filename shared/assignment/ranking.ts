/**
 * Ranking of the roster for one case: hard rules first (a lawyer who breaks one cannot be
 * assigned, not even by override), then soft factors that order the rest, each with a reason
 * a clerk can read. Pure; the assignment service supplies the candidates and the conflicts.
 *
 * Hard rules:
 *   - active on the roster;
 *   - criminal defence is done by lawyers (律师), not by grassroots workers or volunteers;
 *   - possible life/death sentence and death-penalty review: at least `lawyerMinYears` years of
 *     practice (the engine's lawyerMinYears; 程序规定第二十六条第一款);
 *   - minors: a lawyer marked as suited to minors' cases (程序规定第二十六条第二款);
 *   - no conflict of interest (acted for the opposing party, or in a related case).
 * Soft factors: the applicant's own choice (点援制), specialty, language, load vs capacity,
 * fair rotation (least recently assigned first).
 */
import { ageOn, type LocalDate } from '../domain/dates'
import { DEFENCE_KINDS, LANGUAGES, labelIn, type LawyerKind } from '../lawyers/roster'

export interface LawyerCandidate {
  id: string
  name: string
  kind: LawyerKind
  firmId: string | null
  firmName: string | null
  practiceStart: LocalDate | null
  specialties: readonly string[]
  languages: readonly string[]
  maxOpenCases: number
  openCases: number
  minorsSuited: boolean
  active: boolean
  lastAssignedAtMs: number | null
}

export interface AssignmentNeeds {
  /** The date practice years are counted to (the assignment date). */
  on: LocalDate
  caseType: string
  matter: string
  criminalDefence: boolean
  lawyerMinYears: number | null
  minorSpecialist: boolean
  language: string | null
  applicantChoiceLawyerId: string | null
  /** Conflicts found in the store: lawyer id → reasons. */
  conflicts: ReadonlyMap<string, readonly string[]>
  /** E.g. the lawyer being replaced (更换). */
  exclude: ReadonlyMap<string, string>
}

export interface Reason {
  text: string
  points: number
}

export interface Suggestion {
  rank: number
  lawyerId: string
  name: string
  kind: LawyerKind
  firmName: string | null
  score: number
  yearsOfPractice: number | null
  openCases: number
  maxOpenCases: number
  reasons: Reason[]
}

export interface BlockedLawyer {
  lawyerId: string
  name: string
  firmName: string | null
  reasons: string[]
}

export interface Ranking {
  suggestions: Suggestion[]
  blocked: BlockedLawyer[]
}

export function yearsOfPractice(start: LocalDate | null, on: LocalDate): number | null {
  if (!start || start > on) return start ? 0 : null
  return ageOn(start, on)
}

export function hardRuleFailures(l: LawyerCandidate, needs: AssignmentNeeds): string[] {
  const out: string[] = []
  if (!l.active) out.push('已停用（不在册）')
  const ex = needs.exclude.get(l.id)
  if (ex) out.push(ex)
  if (needs.criminalDefence && !DEFENCE_KINDS.includes(l.kind)) out.push('刑事辩护须由律师担任（基层法律服务工作者、志愿者不能担任辩护人）')
  if (needs.lawyerMinYears !== null) {
    const y = yearsOfPractice(l.practiceStart, needs.on)
    if (y === null) out.push(`本案须指派具有${needs.lawyerMinYears}年以上相关执业经历的律师，名册中未填写执业起始日期`)
    else if (y < needs.lawyerMinYears) out.push(`本案须指派具有${needs.lawyerMinYears}年以上相关执业经历的律师，该人员执业${y}年`)
  }
  if (needs.minorSpecialist && !l.minorsSuited) out.push('未成年人案件须指派熟悉未成年人身心特点的律师，该人员未标注「适合办理未成年人案件」')
  for (const c of needs.conflicts.get(l.id) ?? []) out.push(`利益冲突：${c}`)
  return out
}

/** Orders the candidates; blocked ones come back separately with every reason. */
export function rankLawyers(candidates: readonly LawyerCandidate[], needs: AssignmentNeeds): Ranking {
  const blocked: BlockedLawyer[] = []
  const eligible: LawyerCandidate[] = []
  for (const l of candidates) {
    const fails = hardRuleFailures(l, needs)
    if (fails.length > 0) {
      if (l.active || l.id === needs.applicantChoiceLawyerId) blocked.push({ lawyerId: l.id, name: l.name, firmName: l.firmName, reasons: fails })
    } else eligible.push(l)
  }
  // Rotation: rank by last assignment, never-assigned first.
  const byLast = [...eligible].sort((a, b) => (a.lastAssignedAtMs ?? -1) - (b.lastAssignedAtMs ?? -1) || a.id.localeCompare(b.id))
  const rotationIndex = new Map(byLast.map((l, i) => [l.id, i]))
  const n = eligible.length

  const scored = eligible.map((l) => {
    const reasons: Reason[] = []
    if (l.id === needs.applicantChoiceLawyerId) reasons.push({ text: '受援人点援（申请人选择了该律师，符合条件时优先）', points: 100 })
    if (l.specialties.includes(needs.matter)) reasons.push({ text: '专长与本案事项相符', points: 30 })
    else if (l.specialties.includes(needs.caseType)) reasons.push({ text: '专长与本案案件类型相符', points: 15 })
    else reasons.push({ text: '名册未登记与本案相符的专长', points: 0 })
    if (needs.language) {
      const name = labelIn(LANGUAGES, needs.language)
      if (l.languages.includes(needs.language)) reasons.push({ text: `通晓${name}`, points: 15 })
      else reasons.push({ text: `不通晓${name}（申请人可能需要）`, points: -10 })
    }
    if (l.maxOpenCases > 0 && l.openCases >= l.maxOpenCases) {
      reasons.push({ text: `在办案件已满（${l.openCases}/${l.maxOpenCases}）`, points: -40 })
    } else if (l.maxOpenCases > 0) {
      const free = (l.maxOpenCases - l.openCases) / l.maxOpenCases
      reasons.push({ text: `在办 ${l.openCases}/${l.maxOpenCases} 件`, points: Math.round(20 * free) })
    } else reasons.push({ text: '未设在办案件上限', points: 0 })
    const ri = rotationIndex.get(l.id) ?? 0
    const rotationPoints = n <= 1 ? 15 : Math.round(15 * (1 - ri / (n - 1)))
    reasons.push({
      text: l.lastAssignedAtMs === null ? '轮案：从未获指派' : `轮案：按上次获指派时间排第 ${ri + 1}/${n}（越久未获指派越靠前）`,
      points: rotationPoints,
    })
    const y = yearsOfPractice(l.practiceStart, needs.on)
    if (needs.lawyerMinYears !== null && y !== null) reasons.unshift({ text: `执业${y}年，符合${needs.lawyerMinYears}年以上的要求`, points: 0 })
    if (needs.minorSpecialist) reasons.unshift({ text: '适合办理未成年人案件', points: 0 })
    const score = reasons.reduce((s, r) => s + r.points, 0)
    return { l, reasons, score, y }
  })
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.l.lastAssignedAtMs ?? -1) - (b.l.lastAssignedAtMs ?? -1) ||
      a.l.name.localeCompare(b.l.name, 'zh-Hans-CN') ||
      a.l.id.localeCompare(b.l.id),
  )
  const suggestions: Suggestion[] = scored.map((s, i) => ({
    rank: i + 1,
    lawyerId: s.l.id,
    name: s.l.name,
    kind: s.l.kind,
    firmName: s.l.firmName,
    score: s.score,
    yearsOfPractice: s.y,
    openCases: s.l.openCases,
    maxOpenCases: s.l.maxOpenCases,
    reasons: s.reasons,
  }))
  return { suggestions, blocked }
}
