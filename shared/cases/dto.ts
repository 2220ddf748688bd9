/** Plain data returned by the case's state-machine channels. */
import type { StepChannel } from './transitions'

export interface TransitionResult {
  caseId: string
  transitionId: string
  action: string
  from: string
  to: string
  on: string
}

export interface TransitionDto {
  id: string
  seq: number
  action: string
  actionLabel: string
  from: string
  fromLabel: string
  to: string
  toLabel: string
  on: string
  reason: string | null
  payload: Record<string, unknown>
  actor: string
  atMs: number
}

export interface CaseDeadlineDto {
  kind: string
  label: string
  dueOn: string | null
  status: string
  basis: string
  pausedDays: number
  completedOn: string | null
  responsible: string
}

export interface WorkflowState {
  caseId: string
  caseNumber: string
  status: string
  statusLabel: string
  channel: string
  acceptFirst: boolean
  owedPapersOutstanding: string[]
  transitions: TransitionDto[]
  deadlines: CaseDeadlineDto[]
  /** Actions open now, each with the one channel that takes it. */
  actions: { action: string; label: string; via: StepChannel; roles: string[] }[]
}
