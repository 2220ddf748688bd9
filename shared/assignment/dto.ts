/** Plain data returned by the assignment channels. */
import { TransitionResult } from '../cases/dto'

export interface AssignmentDto {
  id: string
  lawyerId: string
  lawyerName: string
  firmName: string | null
  assignedOn: string
  assignedBy: string
  assignedAtMs: number
  suggestionRank: number | null
  overrideReason: string | null
  applicantChoice: boolean
  endedOn: string | null
  endKind: string | null
  endReason: string | null
}

export interface SuggestionDto {
  rank: number
  lawyerId: string
  name: string
  kind: string
  firmName: string | null
  score: number
  yearsOfPractice: number | null
  openCases: number
  maxOpenCases: number
  reasons: { text: string; points: number }[]
}

export interface AssignmentSuggestions {
  caseId: string
  caseNumber: string
  status: string
  needs: {
    lawyerMinYears: number | null
    minorSpecialist: boolean
    criminalDefence: boolean
    language: string | null
    languageLabel: string | null
    basis: string[]
  }
  suggestions: SuggestionDto[]
  eligibleTotal: number
  blocked: { lawyerId: string; name: string; firmName: string | null; reasons: string[] }[]
  blockedTotal: number
  current: AssignmentDto | null
  history: AssignmentDto[]
  tookMs: number
}

export interface AssignmentResult {
  transition: TransitionResult
  assignment: AssignmentDto
}
