/** Plain data returned by the deadlines board. */

export interface DeadlineBoardItem {
  caseId: string
  caseNumber: string
  applicantName: string
  caseStatus: string
  caseStatusLabel: string
  channel: string
  kind: string
  label: string
  dueOn: string
  /** Negative when overdue. */
  daysLeft: number
  basis: string
  responsible: string
  startsFrom: string
  pausedDays: number
}

export interface DeadlineBoard {
  today: string
  weekEnd: string
  responsible: string | null
  counts: { overdue: number; today: number; thisWeek: number; paused: number }
  byResponsible: { responsible: string; overdue: number; today: number; thisWeek: number }[]
  overdue: DeadlineBoardItem[]
  dueToday: DeadlineBoardItem[]
  dueThisWeek: DeadlineBoardItem[]
  /** Cases still waiting for their deadlines to be planned (normally 0). */
  pendingBacklog: number
  tookMs: number
}
