/** Plain data returned by the consultation and application channels. */

export interface ConsultationDto {
  id: string
  channel: string
  consultedOn: string
  name: string | null
  phone: string | null
  topic: string
  summary: string
  adviceGiven: string
  matter: string | null
  referToApplication: boolean
  referredCaseId: string | null
  createdBy: string
  createdAtMs: number
}

export interface CreatedApplication {
  id: string
  caseNumber: string
}
