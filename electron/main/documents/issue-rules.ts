/**
 * Enforces shared/documents/rules.ts when a document is issued: the caller's roles (from the
 * login, never from input), the case's state, the step the document records, and its lawyer.
 */
import type { Kysely } from 'kysely'
import type { DocType } from '../../../shared/documents/schema'
import { issueRefusal } from '../../../shared/documents/rules'
import type { Role } from '../../../shared/domain/roles'
import { AppError } from '../../../shared/ipc/result'
import { caseLawyer, type CaseRecord } from '../cases/case-record'
import type { DB } from '../db/schema'

/** Who is issuing: the signed-in user's name and roles (roles absent: an internal caller). */
export interface Issuer {
  actor: string
  roles?: readonly Role[]
}

/** Throws the rule's refusal (PERMISSION or POLICY_VIOLATION, in Chinese) when this issue is not allowed. */
export async function checkIssueRule(db: Kysely<DB>, type: DocType, roles: readonly Role[] | null, c: CaseRecord | null): Promise<void> {
  // The role and ledger refusals need no case; read the case's facts only when they pass.
  const first = issueRefusal(type, roles, null)
  if (first) throw new AppError(first.code, first.message)
  if (!c) return
  const steps = await db.selectFrom('case_transition').select('action').where('case_id', '=', c.id).execute()
  const lawyer = await caseLawyer(db, c.id)
  const refusal = issueRefusal(type, roles, { status: c.status, steps: new Set(steps.map((s) => s.action)), hasLawyer: lawyer?.active === true })
  if (refusal) throw new AppError(refusal.code, refusal.message, { issues: [{ path: ['type'], message: refusal.message }] })
}
