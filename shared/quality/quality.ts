/**
 * Case-file review (质量评查): a rubric of items with maximum points adding up to 100, and the
 * score thresholds of the grades. The center configures both; until it does, the system
 * default below applies and is shown as the default (isDefault: true). The default is the
 * product's suggestion, not a figure from any policy text.
 */
import type { QualityGrade } from '../policy/types'

export interface RubricItem {
  code: string
  label: string
  maxPoints: number
}

/** Lowest score of each grade; below `pass` is 不合格. */
export interface GradeThresholds {
  excellent: number
  good: number
  pass: number
}

export interface Rubric {
  items: RubricItem[]
  thresholds: GradeThresholds
  isDefault: boolean
  source: string
  effectiveFrom: string | null
  id: string | null
}

export const DEFAULT_RUBRIC: Rubric = {
  items: [
    { code: 'file-complete', label: '案卷材料齐全、装订规范', maxPoints: 20 },
    { code: 'procedure', label: '办案程序合法、及时（会见、阅卷、调查取证）', maxPoints: 25 },
    { code: 'documents', label: '法律文书（辩护词、代理词等）质量', maxPoints: 20 },
    { code: 'court', label: '出庭表现及办案机关意见', maxPoints: 15 },
    { code: 'effect', label: '办案效果及受援人满意度', maxPoints: 20 },
  ],
  thresholds: { excellent: 90, good: 80, pass: 60 },
  isDefault: true,
  source: '系统默认评查标准（可在质量评查设置中修改）',
  effectiveFrom: null,
  id: null,
}

export interface RubricProblem {
  path: (string | number)[]
  message: string
}

/** Checks a rubric a center enters: items add up to 100, thresholds descend within 0–100. */
export function checkRubric(items: readonly RubricItem[], t: GradeThresholds): RubricProblem[] {
  const problems: RubricProblem[] = []
  const total = items.reduce((s, i) => s + i.maxPoints, 0)
  if (total !== 100) problems.push({ path: ['items'], message: `各评查项目满分合计应为 100 分，现为 ${total} 分` })
  const codes = new Set<string>()
  items.forEach((i, idx) => {
    if (codes.has(i.code)) problems.push({ path: ['items', idx, 'code'], message: `评查项目代码「${i.code}」重复` })
    codes.add(i.code)
  })
  if (!(t.excellent > t.good && t.good > t.pass && t.pass > 0 && t.excellent <= 100)) {
    problems.push({ path: ['thresholds'], message: '等级分数线应满足：100 ≥ 优秀 > 良好 > 合格 > 0' })
  }
  return problems
}

export function gradeForScore(score: number, t: GradeThresholds): QualityGrade {
  if (score >= t.excellent) return 'excellent'
  if (score >= t.good) return 'good'
  if (score >= t.pass) return 'pass'
  return 'fail'
}

export interface ScoredReview {
  score: number
  grade: QualityGrade
  lines: { code: string; label: string; maxPoints: number; points: number }[]
}

/**
 * Scores one review against a rubric. Every item must be scored, with whole points between 0
 * and its maximum; unknown items are refused.
 */
export function scoreReview(rubric: Pick<Rubric, 'items' | 'thresholds'>, scores: Readonly<Record<string, number>>): { ok: true; value: ScoredReview } | { ok: false; problems: RubricProblem[] } {
  const problems: RubricProblem[] = []
  for (const code of Object.keys(scores)) {
    if (!rubric.items.some((i) => i.code === code)) problems.push({ path: ['scores', code], message: `评查标准中没有项目「${code}」` })
  }
  const lines = rubric.items.map((item) => {
    const points = scores[item.code]
    if (points === undefined) problems.push({ path: ['scores', item.code], message: `请为「${item.label}」打分（0—${item.maxPoints} 分）` })
    else if (!Number.isInteger(points) || points < 0 || points > item.maxPoints) {
      problems.push({ path: ['scores', item.code], message: `「${item.label}」的得分应为 0—${item.maxPoints} 的整数` })
    }
    return { code: item.code, label: item.label, maxPoints: item.maxPoints, points: points ?? 0 }
  })
  if (problems.length) return { ok: false, problems }
  const score = lines.reduce((s, l) => s + l.points, 0)
  return { ok: true, value: { score, grade: gradeForScore(score, rubric.thresholds), lines } }
}
