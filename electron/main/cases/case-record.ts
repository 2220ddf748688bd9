/**
 * The one way to read a case. `loadCase` reads a row of legal_case and parses its JSON columns
 * once; its codes and dates are typed by the table's column types (db/schema.ts), so readers
 * need no casts. `eligibilityInput` is the only place a case becomes the policy engine's input.
 * `caseLawyer` is the case's lawyer. Every service reads cases through this module.
 */
import type { Kysely, Selectable } from 'kysely'
import type { HistoryEntry } from '../../../shared/deadlines/deadlines'
import { supplementRequestsOf } from '../../../shared/deadlines/deadlines'
import { toPolicyGroups, type SpecialGroup } from '../../../shared/domain/enums'
import type { CaseAgent, CaseNotice } from '../../../shared/intake/schema'
import { AppError } from '../../../shared/ipc/result'
import type { EligibilityInput } from '../../../shared/policy/eligibility'
import type { ApplicantGroup, Circumstance, Disability, PossibleSentence } from '../../../shared/policy/types'
import type { HardshipEvidenceOut } from '../../../shared/review/schema'
import type { DB, LegalCaseTable } from '../db/schema'

export type CaseRow = Selectable<LegalCaseTable>

/** The facts the policy engine reads, kept with the case (policy_facts_json). */
export interface PolicyFacts {
  disability: Disability[]
  cannotFullyRecognizeOwnConduct: boolean
  possibleSentence: PossibleSentence | null
  inAbsentia: boolean | null
  hasOwnCounsel: boolean | null
  circumstances: Circumstance[]
}

type JsonColumn = 'notice_json' | 'owed_papers_json' | 'applicant_groups_json' | 'agent_json' | 'policy_facts_json'

/** A case as the services use it: the row's columns, and its JSON columns parsed. */
export interface CaseRecord extends Omit<CaseRow, JsonColumn> {
  notice: CaseNotice | null
  owedPapers: string[]
  applicantGroups: SpecialGroup[]
  agent: CaseAgent | null
  policyFacts: PolicyFacts
}

const parsed = <T>(text: string | null): T | null => (text === null || text === '' ? null : (JSON.parse(text) as T))

/** The stored facts, with the defaults an older or imported row may leave out. */
function policyFactsOf(text: string | null): PolicyFacts {
  const f = parsed<Partial<PolicyFacts>>(text) ?? {}
  return {
    disability: f.disability ?? [],
    cannotFullyRecognizeOwnConduct: f.cannotFullyRecognizeOwnConduct === true,
    possibleSentence: f.possibleSentence ?? null,
    inAbsentia: f.inAbsentia ?? null,
    hasOwnCounsel: f.hasOwnCounsel ?? null,
    circumstances: f.circumstances ?? [],
  }
}

/** Parses a row read elsewhere (a bulk read, an export) the same way `loadCase` does. */
export function parseCase(row: CaseRow): CaseRecord {
  const { notice_json, owed_papers_json, applicant_groups_json, agent_json, policy_facts_json, ...columns } = row
  return {
    ...columns,
    notice: parsed<CaseNotice>(notice_json),
    owedPapers: parsed<string[]>(owed_papers_json) ?? [],
    applicantGroups: parsed<SpecialGroup[]>(applicant_groups_json) ?? [],
    agent: parsed<CaseAgent>(agent_json),
    policyFacts: policyFactsOf(policy_facts_json),
  }
}

/** The case, or null when there is none with this id. */
export async function findCase(db: Kysely<DB>, id: string): Promise<CaseRecord | null> {
  const row = await db.selectFrom('legal_case').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? parseCase(row) : null
}

/** The case; NOT_FOUND (on the caseId field) when there is none. */
export async function loadCase(db: Kysely<DB>, id: string): Promise<CaseRecord> {
  const found = await findCase(db, id)
  if (!found) throw new AppError('NOT_FOUND', '找不到该案件，请核对案件编号', { issues: [{ path: ['caseId'], message: '案件不存在' }] })
  return found
}

/**
 * The policy engine's input for a case: its stored facts, plus the reviewer's evidence when there
 * is a review (certificates join the applicant's groups; income, work injury and the simple-case
 * finding come from it), plus the supplement requests in its history.
 */
export function eligibilityInput(c: CaseRecord, evidence: HardshipEvidenceOut | null, history: readonly HistoryEntry[]): EligibilityInput {
  const facts = c.policyFacts
  const groups = new Set<ApplicantGroup>(toPolicyGroups(c.applicantGroups))
  for (const cert of evidence?.certificates ?? []) groups.add(cert as ApplicantGroup)
  const criminal = c.case_type === 'criminal'
  const income =
    evidence && evidence.householdMonthlyIncomeFen !== undefined && evidence.householdSize !== undefined
      ? { householdMonthlyIncomeFen: evidence.householdMonthlyIncomeFen as never, householdSize: evidence.householdSize }
      : null
  return {
    region: c.region,
    receivedOn: c.received_on,
    caseType: c.case_type,
    ...(criminal ? { criminalRole: c.criminal_role } : { matter: c.matter }),
    via: c.channel === 'notification' ? 'notification' : 'application',
    applicant: {
      birthDate: c.applicant_birth_date,
      residence: c.applicant_residence,
      disability: facts.disability,
      cannotFullyRecognizeOwnConduct: facts.cannotFullyRecognizeOwnConduct,
      groups: [...groups],
      noFixedIncome: evidence?.noFixedIncome ?? null,
    },
    ...(criminal
      ? {
          criminal: {
            possibleSentence: facts.possibleSentence,
            deathPenaltyReview: c.criminal_stage === 'death-penalty-review',
            inAbsentia: facts.inAbsentia === true,
            hasOwnCounsel: facts.hasOwnCounsel === true,
          },
        }
      : {}),
    circumstances: facts.circumstances,
    income,
    workInjury: evidence?.workInjury ?? null,
    simpleClearCase: evidence?.simpleClearCase ?? null,
    supplementRequests: supplementRequestsOf(history),
  }
}

export interface CaseLawyer {
  assignmentId: string
  id: string
  name: string
  firmId: string | null
  firmName: string | null
  active: boolean
}

/** The case's lawyer: the active assignment, else the one that ended with 结案. */
export async function caseLawyer(db: Kysely<DB>, caseId: string): Promise<CaseLawyer | null> {
  const row = await db
    .selectFrom('case_assignment')
    .select(['id', 'lawyer_id', 'lawyer_name', 'firm_id', 'firm_name', 'ended_at_ms', 'end_kind'])
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('ended_at_ms', 'is', null), eb('end_kind', '=', 'closed')]))
    .orderBy('assigned_at_ms', 'desc')
    .executeTakeFirst()
  if (!row) return null
  return { assignmentId: row.id, id: row.lawyer_id, name: row.lawyer_name, firmId: row.firm_id, firmName: row.firm_name, active: row.ended_at_ms === null }
}
