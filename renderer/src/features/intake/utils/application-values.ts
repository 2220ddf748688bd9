/**
 * What the application form holds and how it becomes the `application:create` input. The
 * form keeps every section's values while the clerk works (so toggling 代理人 or switching
 * channel back and forth loses nothing); only the parts that apply are sent, because the
 * schema's objects are strict and would refuse stray keys.
 */
import { ApplicationInput, residentIdMessage, type ApplicationInputIn } from '../../../../../shared/intake/schema'

type Maybe<T> = T | undefined | null

export interface ApplicationFormValues {
  applicant?: {
    name?: Maybe<string>
    gender?: Maybe<string>
    ethnicity?: Maybe<string>
    idType?: Maybe<string>
    idNumber?: Maybe<string>
    birthDate?: Maybe<string>
    phone?: Maybe<string>
    address?: Maybe<string>
    residence?: Maybe<string>
    specialGroups?: Maybe<string[]>
    disability?: Maybe<string[]>
    cannotFullyRecognizeOwnConduct?: Maybe<boolean>
  }
  hasAgent?: Maybe<boolean>
  agent?: {
    name?: Maybe<string>
    relation?: Maybe<string>
    idType?: Maybe<string>
    idNumber?: Maybe<string>
    phone?: Maybe<string>
  }
  case?: {
    caseType?: Maybe<string>
    matter?: Maybe<string>
    criminalRole?: Maybe<string>
    criminalStage?: Maybe<string>
    possibleSentence?: Maybe<string>
    inAbsentia?: Maybe<boolean>
    hasOwnCounsel?: Maybe<boolean>
    circumstances?: Maybe<string[]>
    cause?: Maybe<string>
    handlingOrgan?: Maybe<string>
    opposingParty?: Maybe<string>
    facts?: Maybe<string>
  }
  intake?: {
    channel?: Maybe<string>
    notice?: {
      organKind?: Maybe<string>
      organName?: Maybe<string>
      noticeNumber?: Maybe<string>
      noticeDate?: Maybe<string>
    }
    receivedOn?: Maybe<string>
    urgent?: Maybe<boolean>
    acceptFirst?: Maybe<boolean>
    owedPapers?: Maybe<string[]>
  }
}

/** Drops undefined/null/'' entries so optional fields are simply absent. */
function compact<T extends Record<string, unknown>>(obj: T): Partial<T> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null) continue
    if (typeof v === 'string' && v.trim() === '') continue
    out[k] = v
  }
  return out as Partial<T>
}

/**
 * The input for `ApplicationInput` (not yet validated: the schema decides). Required fields
 * left empty stay absent so the schema reports 「请填写…」 for them.
 */
export function toApplicationInput(values: ApplicationFormValues): ApplicationInputIn {
  const a = values.applicant ?? {}
  const c = values.case ?? {}
  const i = values.intake ?? {}
  const criminal = c.caseType === 'criminal'
  const notification = i.channel === 'notification'

  const applicant = compact({
    name: a.name,
    gender: a.gender,
    ethnicity: a.ethnicity,
    idType: a.idType,
    idNumber: a.idNumber,
    phone: a.phone,
    address: a.address,
    residence: a.residence,
    specialGroups: a.specialGroups ?? [],
    // For resident IDs the birth date comes from the number; the schema derives it.
    birthDate: a.idType === 'resident-id' ? undefined : a.birthDate,
    disability: a.disability ?? [],
    cannotFullyRecognizeOwnConduct: a.cannotFullyRecognizeOwnConduct ?? false,
  })

  const agentValues = values.agent ?? {}
  const agent = values.hasAgent
    ? compact({
        name: agentValues.name,
        relation: agentValues.relation,
        idType: agentValues.idNumber ? agentValues.idType : undefined,
        idNumber: agentValues.idNumber,
        phone: agentValues.phone,
      })
    : undefined

  const caseInput = compact({
    caseType: c.caseType,
    matter: c.matter,
    criminalRole: criminal ? c.criminalRole : undefined,
    criminalStage: criminal ? c.criminalStage : undefined,
    possibleSentence: criminal ? c.possibleSentence : undefined,
    inAbsentia: criminal ? (c.inAbsentia ?? false) : undefined,
    hasOwnCounsel: criminal ? (c.hasOwnCounsel ?? false) : undefined,
    circumstances: c.circumstances ?? [],
    cause: c.cause,
    handlingOrgan: c.handlingOrgan,
    opposingParty: c.opposingParty,
    facts: c.facts,
  })

  const n = i.notice ?? {}
  const intake = compact({
    channel: i.channel,
    notice: notification ? compact({ organKind: n.organKind, organName: n.organName, noticeNumber: n.noticeNumber, noticeDate: n.noticeDate }) : undefined,
    receivedOn: i.receivedOn,
    urgent: i.urgent ?? false,
    acceptFirst: i.acceptFirst ?? false,
    owedPapers: i.acceptFirst ? (i.owedPapers ?? []).map((p) => p.trim()).filter((p) => p !== '') : undefined,
  })

  const input: Record<string, unknown> = { applicant, case: caseInput, intake }
  if (agent) input.agent = agent
  return input as ApplicationInputIn
}

/**
 * ID number checks the renderer runs alongside the schema. The schema checks a resident ID in
 * the applicant object's refinement, which zod skips while any other applicant field is still
 * missing; the clerk should not have to fix the gender first to learn the number is wrong.
 * Messages are the schema's own (`residentIdMessage`).
 */
export function idNumberIssues(values: ApplicationFormValues): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = []
  const a = values.applicant ?? {}
  if ((a.idType ?? 'resident-id') === 'resident-id' && a.idNumber && a.idNumber.trim() !== '') {
    const message = residentIdMessage(a.idNumber)
    if (message) out.push({ path: ['applicant', 'idNumber'], message })
  }
  const g = values.agent ?? {}
  if (values.hasAgent && g.idType === 'resident-id' && g.idNumber && g.idNumber.trim() !== '') {
    const message = residentIdMessage(g.idNumber)
    if (message) out.push({ path: ['agent', 'idNumber'], message })
  }
  return out
}

/**
 * `ApplicationInput` as the form checks it: the same schema, plus `idNumberIssues` reported
 * whatever else is missing (zod then skips the applicant's own ID check). A message the schema
 * reports as well is shown once: issues on one field are merged by message.
 */
export const ApplicationFormInput = ApplicationInput.superRefine(
  (input, ctx) => {
    const v = input as ApplicationFormValues & { agent?: ApplicationFormValues['agent'] }
    for (const i of idNumberIssues({ applicant: v.applicant, hasAgent: v.agent !== undefined, agent: v.agent })) {
      ctx.addIssue({ code: 'custom', path: i.path, message: i.message })
    }
  },
  { when: () => true },
)
