/** Plain data returned by the finance channels. Money is integer fen. */
import { ExcelFile } from '../subsidy/dto'

export interface FinanceOverview {
  year: number
  budget: { amountFen: number; source: string; note: string | null } | null
  committedFen: number
  paidFen: number
  /** Budget − committed; null without a budget. */
  remainingFen: number | null
  byMonth: { month: string; committedFen: number; paidFen: number }[]
  byLawyer: { lawyerId: string; lawyerName: string; firmName: string | null; committedFen: number; paidFen: number; entries: number }[]
}

export interface DisclosureRow {
  seq: number
  caseNumber: string | null
  subsidyKindLabel: string
  lawyerName: string
  firmName: string | null
  paidOn: string
  amountFen: number
  note: string
}

export interface DisclosureList {
  period: string
  rows: DisclosureRow[]
  totalFen: number
  excel: ExcelFile
}
