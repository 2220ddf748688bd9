/** The case list's rows and the case file, as case:search and case:get return them. */

export interface CaseListRow {
  id: string
  caseNumber: string
  status: string
  receivedOn: string
  applicantName: string
  idNumberMasked: string
  phone: string
  caseType: string
  matter: string
  opposingParty: string | null
  channel: string
  urgent: boolean
  acceptFirst: boolean
}

export interface CaseEvent {
  seq: number
  atMs: number
  actor: string
  action: string
}

export interface CaseFileSection {
  key: string
  title: string
  /** False for sections whose features are not built yet; the case file shows them, marked as such. */
  built: boolean
  note?: string
}

export interface CaseFile {
  id: string
  caseNumber: string
  status: string
  region: string
  receivedOn: string
  channel: string
  notice: { organKind: string; organName: string; noticeNumber: string; noticeDate: string } | null
  urgent: boolean
  acceptFirst: boolean
  owedPapers: string[]
  caseType: string
  matter: string
  matterName: string | null
  criminalRole: string | null
  criminalStage: string | null
  cause: string
  handlingOrgan: string | null
  opposingParty: string | null
  facts: string
  applicant: {
    name: string
    gender: string
    ethnicity: string
    idType: string
    idNumber: string
    birthDate: string | null
    phone: string
    address: string
    residence: string
    specialGroups: string[]
  }
  agent: { name: string; relation: string; idType?: string | null; idNumber?: string | null; phone: string } | null
  consultationId: string | null
  createdBy: string
  createdAtMs: number
  updatedAtMs: number
  sections: CaseFileSection[]
  events: CaseEvent[]
}

export interface OpenWindowResult {
  /** In browser mode the renderer opens this URL in a new tab itself. */
  opened: boolean
  url: string
}
