/**
 * Fake data for the 质量评查 / 回访 / 投诉 panels, built with the shared rubric and scoring
 * rules and the shared labels, and a small in-memory stand-in for the quality service: a write
 * changes what the next `quality:get` returns, as in the app.
 */
import {
  COMPLAINANT_ROLES,
  COMPLAINT_CHANNELS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  FOLLOW_UP_CHANNELS,
  labelIn,
  QUALITY_GRADE_LABELS,
  SATISFACTION_LEVELS,
} from '../../../../shared/handling/labels'
import { DEFAULT_RUBRIC, scoreReview, type Rubric } from '../../../../shared/quality/quality'
import type { ComplaintDto, FollowUpDto, QualityReviewDto, QualityState } from '../../../../shared/quality/dto'
import { AppError } from '../../../../shared/ipc/result'
import type { FakeHandlers } from '../../../kit/fake-api'

export const CASE_ID = 'case-2026-0012'
export const LAWYER_ID = 'lawyer-7'

/** A center's own rubric (not the default): four items adding up to 100, its own grade lines. */
export const CENTER_RUBRIC: Rubric = {
  items: [
    { code: 'file', label: '卷宗归档规范', maxPoints: 30 },
    { code: 'procedure', label: '办案程序', maxPoints: 30 },
    { code: 'documents', label: '法律文书', maxPoints: 20 },
    { code: 'satisfaction', label: '受援人评价', maxPoints: 20 },
  ],
  thresholds: { excellent: 85, good: 75, pass: 60 },
  isDefault: false,
  source: '阿拉善左旗法律援助中心案件质量评查办法（2026年修订）',
  effectiveFrom: '2026-01-01',
  id: 'rubric-2026',
}

let reviewSeq = 0
/** A review as the service stores it: lines, score and grade from the shared scoring. */
export function review(rubric: Rubric, scores: Record<string, number>, over: Partial<QualityReviewDto> = {}): QualityReviewDto {
  const scored = scoreReview(rubric, scores)
  if (!scored.ok) throw new Error(scored.problems.map((p) => p.message).join('；'))
  return {
    id: `review-${++reviewSeq}`,
    caseId: CASE_ID,
    lawyerId: LAWYER_ID,
    reviewedOn: '2026-03-09',
    reviewer: '赵审查',
    score: scored.value.score,
    grade: scored.value.grade,
    gradeLabel: labelIn(QUALITY_GRADE_LABELS, scored.value.grade),
    lines: scored.value.lines,
    rubricIsDefault: rubric.isDefault,
    courtAttendance: null,
    judicialOpinion: null,
    peerReview: null,
    comments: null,
    current: true,
    recordedAtMs: Date.UTC(2026, 2, 9, 2, 0),
    ...over,
  }
}

export const followUp = (id: string, visitedOn: string, channel: string, satisfaction: string, notes: string | null, visitor = '张丽'): FollowUpDto => ({
  id,
  visitedOn,
  channel,
  channelLabel: labelIn(FOLLOW_UP_CHANNELS, channel),
  satisfaction,
  satisfactionLabel: labelIn(SATISFACTION_LEVELS, satisfaction),
  notes,
  visitor,
})

export function complaint(id: string, over: Partial<ComplaintDto> = {}): ComplaintDto {
  const base: ComplaintDto = {
    id,
    caseId: CASE_ID,
    caseNumber: '2026-0012',
    lawyerId: LAWYER_ID,
    lawyerName: '刘建国',
    receivedOn: '2026-03-02',
    channel: 'phone',
    channelLabel: '',
    complainantRole: 'assisted-person',
    complainantRoleLabel: '',
    content: '律师开庭前一直没有联系我',
    status: 'received',
    statusLabel: '',
    investigation: null,
    outcome: null,
    outcomeLabel: null,
    outcomeNote: null,
    actionTaken: null,
    concludedOn: null,
    reply: null,
    repliedOn: null,
    handledBy: null,
  }
  return withLabels({ ...base, ...over })
}

function withLabels(c: ComplaintDto): ComplaintDto {
  return {
    ...c,
    channelLabel: labelIn(COMPLAINT_CHANNELS, c.channel),
    complainantRoleLabel: labelIn(COMPLAINANT_ROLES, c.complainantRole),
    statusLabel: labelIn(COMPLAINT_STATUSES, c.status),
    outcomeLabel: c.outcome ? labelIn(COMPLAINT_OUTCOMES, c.outcome) : null,
  }
}

export function qualityState(over: Partial<QualityState> = {}): QualityState {
  return { caseId: CASE_ID, rubric: DEFAULT_RUBRIC, current: null, history: [], followUps: [], complaints: [], ...over }
}

/**
 * The quality service in miniature: a review is scored with the shared rules and replaces the
 * current one (kept in the history); follow-ups and complaints are added; a complaint moves
 * through 调查 → 处理结果 → 答复.
 */
export function qualityServer(initial: QualityState) {
  let st = initial
  let seq = 0
  const handlers: FakeHandlers = {
    'quality:get': () => st,
    'quality:review-save': (i) => {
      const { caseId: _caseId, reviewedOn, scores, ...texts } = i
      const next = review(st.rubric, scores, { reviewedOn, reviewer: '张丽', ...texts })
      st = { ...st, current: next, history: [next, ...st.history.map((h) => ({ ...h, current: false }))] }
      return st
    },
    'followup:add': (i) => {
      st = { ...st, followUps: [...st.followUps, followUp(`fu-new-${++seq}`, i.visitedOn, i.channel, i.satisfaction, i.notes ?? null)] }
      return st
    },
    'complaint:add': (i) => {
      const c = complaint(`cp-new-${++seq}`, { receivedOn: i.receivedOn, channel: i.channel, complainantRole: i.complainantRole, content: i.content })
      st = { ...st, complaints: [...st.complaints, c] }
      return c
    },
    'complaint:update': (i) => {
      const c = st.complaints.find((x) => x.id === i.id)
      if (!c) throw new AppError('NOT_FOUND', '找不到该投诉记录')
      const next =
        i.step === 'investigate'
          ? { ...c, status: 'investigating', investigation: i.investigation }
          : i.step === 'conclude'
            ? { ...c, status: 'concluded', outcome: i.outcome, outcomeNote: i.outcomeNote, actionTaken: i.actionTaken ?? null, concludedOn: i.concludedOn }
            : { ...c, status: 'replied', reply: i.reply, repliedOn: i.repliedOn }
      const updated = withLabels({ ...next, handledBy: '赵审查' })
      st = { ...st, complaints: st.complaints.map((x) => (x.id === i.id ? updated : x)) }
      return updated
    },
  }
  return {
    handlers,
    get state() {
      return st
    },
  }
}
