/** Plain data returned by the roster channels (lawyers and firms). */
import type { Page } from '../ipc/page'

export interface FirmDto {
  id: string
  name: string
  kind: string
  kindLabel: string
  licenceNo: string | null
  address: string | null
  contactName: string | null
  contactPhone: string | null
  active: boolean
  lawyerCount: number
}

export interface LawyerDto {
  id: string
  name: string
  kind: string
  kindLabel: string
  firmId: string | null
  firmName: string | null
  licenceNo: string | null
  practiceStart: string | null
  specialties: string[]
  languages: string[]
  maxOpenCases: number
  openCases: number
  minorsSuited: boolean
  active: boolean
  phone: string | null
  knownParties: string[]
  note: string | null
  lastAssignedAtMs: number | null
}

export type LawyerPage = Page<LawyerDto>

export interface LawyerImportResult {
  rows: number
  created: number
  updated: number
  firmsCreated: number
}

export interface LawyerExportResult {
  filePath: string | null
  fileName: string
  rows: number
  contentBase64: string
}
