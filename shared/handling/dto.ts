/** Plain data returned by the handling channels (办理、办结、结案、归档). Dates YYYY-MM-DD. */
import type { ChecklistItemDef } from './closing'

export interface HandlingEventDto {
  id: string
  kind: string
  kindLabel: string
  on: string
  summary: string
  lawyerId: string | null
  recordedBy: string
  recordedAtMs: number
}

export interface ClosingDto {
  outcome: string
  outcomeLabel: string
  outcomeNote: string | null
  concludedOn: string
  materialsSubmittedOn: string | null
  closedOn: string | null
  closedBy: string | null
  archiveNumber: string | null
  archivedOn: string | null
  archivedBy: string | null
  archiveLocation: string | null
  checklist: (ChecklistItemDef & { done: boolean; note: string | null })[]
  missingRequired: string[]
}

export interface HandlingState {
  caseId: string
  caseNumber: string
  status: string
  statusLabel: string
  caseType: string
  lawyer: { id: string; name: string; firmName: string | null } | null
  events: HandlingEventDto[]
  closing: ClosingDto | null
  /** The closing-materials deadline from the workflow's case_deadline, if planned. */
  closingDeadline: { dueOn: string | null; status: string; basis: string; overdue: boolean } | null
  /** The default checklist for an outcome not yet recorded, to show before 办结. */
  checklistPreview: Record<string, ChecklistItemDef[]>
}
