/** Plain data returned by the duty-lawyer channels. */
import type { DutyDayLine } from './duty'

export interface DutyPostDto {
  id: string
  name: string
  kind: string
  kindLabel: string
  address: string | null
  active: boolean
}

export interface DutyServiceDto {
  id: string
  kind: string
  kindLabel: string
  count: number
  note: string | null
  recordedBy: string
}

export interface DutyShiftDto {
  id: string
  postId: string
  postName: string
  lawyerId: string
  lawyerName: string
  shiftDate: string
  status: string
  statusLabel: string
  note: string | null
  services: DutyServiceDto[]
}

export interface DutyStatementDto {
  period: string
  lawyerId: string
  lawyerName: string
  firmName: string | null
  calendarWorkingDays: number
  calendarHolidays: number
  makeupWorkdays: number
  servedDays: DutyDayLine[]
  countedDays: number
  restDaysServed: number
  services: { kind: string; kindLabel: string; count: number }[]
  /** The engine's amount, or null with the reason (NOT_CONFIGURED names the setting). */
  amount: { unitFen: number; totalFen: number; steps: string[]; warnings: string[] } | null
  amountError: { code: string; message: string; setting?: string } | null
  claimId: string | null
  claimStatus: string | null
}
