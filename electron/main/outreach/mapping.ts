import type { ApplicationInputIn, ConsultationInputIn } from '../../../shared/intake/schema'
import { parseCase, type CaseRow } from '../cases/case-record'
import type { ConsultationTable } from '../db/schema'

const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v)

/**
 * A stored case back into the application form's input (the inverse of intake-service's
 * buildCaseRow). The package carries inputs, not rows, so that the center parses them with the
 * same ApplicationInput schema as any registration and builds its own row with buildCaseRow.
 * Round-trip tested: buildCaseRow(parse(caseRowToApplicationInput(row))) gives the row back.
 */
export function caseRowToApplicationInput(stored: CaseRow): ApplicationInputIn {
  const row = parseCase(stored)
  const facts = row.policyFacts
  const input = {
    applicant: {
      name: row.applicant_name,
      gender: row.applicant_gender,
      ethnicity: row.applicant_ethnicity,
      idType: row.applicant_id_type,
      idNumber: row.applicant_id_number,
      phone: row.applicant_phone,
      address: row.applicant_address,
      residence: row.applicant_residence,
      specialGroups: row.applicantGroups,
      birthDate: orUndefined(row.applicant_birth_date),
      disability: facts.disability,
      cannotFullyRecognizeOwnConduct: facts.cannotFullyRecognizeOwnConduct,
    },
    agent: orUndefined(row.agent),
    case: {
      caseType: row.case_type,
      matter: row.matter,
      criminalRole: orUndefined(row.criminal_role),
      criminalStage: orUndefined(row.criminal_stage),
      possibleSentence: facts.possibleSentence ?? undefined,
      inAbsentia: facts.inAbsentia ?? undefined,
      hasOwnCounsel: facts.hasOwnCounsel ?? undefined,
      circumstances: facts.circumstances,
      cause: row.cause,
      handlingOrgan: orUndefined(row.handling_organ),
      opposingParty: orUndefined(row.opposing_party),
      facts: row.facts,
    },
    intake: {
      channel: row.channel,
      notice: orUndefined(row.notice),
      receivedOn: row.received_on,
      urgent: row.urgent === 1,
      acceptFirst: row.accept_first === 1,
      owedPapers: row.owedPapers.length ? row.owedPapers : undefined,
    },
    consultationId: orUndefined(row.consultation_id),
  }
  // JSON drops the undefined keys; the center validates every value with ApplicationInput.
  return JSON.parse(JSON.stringify(input)) as ApplicationInputIn
}

export function consultationRowToInput(row: ConsultationTable): ConsultationInputIn {
  const input = {
    channel: row.channel,
    consultedOn: row.consulted_on,
    name: orUndefined(row.name),
    phone: orUndefined(row.phone),
    topic: row.topic,
    summary: row.summary,
    adviceGiven: row.advice_given,
    referToApplication: row.refer_to_application === 1,
    matter: orUndefined(row.matter),
  }
  return JSON.parse(JSON.stringify(input)) as ConsultationInputIn
}

/** The stored row of a consultation made elsewhere: the intake service's mapping, keeping its id, origin, author and time. */
export { buildConsultationRow } from '../intake/intake-service'
