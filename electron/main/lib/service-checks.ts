/** Helpers shared by the handling, quality, subsidy, finance and duty services. */
import type { Kysely } from 'kysely'
import { compareDates, today, type LocalDate } from '../../../shared/domain/dates'
import { AppError } from '../../../shared/ipc/result'
import type { DB } from '../db/schema'
import type { ServiceContext } from '../context'

export function invalid(path: (string | number)[], message: string): never {
  throw new AppError('VALIDATION', message, { issues: [{ path, message }] })
}

/** A business date that must not lie after today (by the injected clock). */
export function notFuture(ctx: ServiceContext, d: LocalDate, path: string, label: string): void {
  const t = today(ctx.clock)
  if (compareDates(d, t) > 0) invalid([path], `${label}不能晚于今天（${t}）`)
}

export function notBefore(d: LocalDate, earliest: string, path: string, label: string, what: string): void {
  if (compareDates(d, earliest as LocalDate) < 0) invalid([path], `${label}不能早于${what}（${earliest}）`)
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

export function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T)
}
