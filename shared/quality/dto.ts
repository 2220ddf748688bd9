/** Plain data returned by the quality, follow-up and complaint channels. */
import type { Rubric } from './quality'

export interface QualityReviewDto {
  id: string
  caseId: string
  lawyerId: string | null
  reviewedOn: string
  reviewer: string
  score: number
  grade: string
  gradeLabel: string
  lines: { code: string; label: string; maxPoints: number; points: number }[]
  rubricIsDefault: boolean
  courtAttendance: string | null
  judicialOpinion: string | null
  peerReview: string | null
  comments: string | null
  current: boolean
  recordedAtMs: number
}

export interface FollowUpDto {
  id: string
  visitedOn: string
  channel: string
  channelLabel: string
  satisfaction: string
  satisfactionLabel: string
  notes: string | null
  visitor: string
}

export interface ComplaintDto {
  id: string
  caseId: string
  caseNumber: string
  lawyerId: string | null
  lawyerName: string | null
  receivedOn: string
  channel: string
  channelLabel: string
  complainantRole: string
  complainantRoleLabel: string
  content: string
  status: string
  statusLabel: string
  investigation: string | null
  outcome: string | null
  outcomeLabel: string | null
  outcomeNote: string | null
  actionTaken: string | null
  concludedOn: string | null
  reply: string | null
  repliedOn: string | null
  handledBy: string | null
}

export interface QualityState {
  caseId: string
  rubric: Rubric
  current: QualityReviewDto | null
  history: QualityReviewDto[]
  followUps: FollowUpDto[]
  complaints: ComplaintDto[]
}
