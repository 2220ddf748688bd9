/** Checks the services share: a field's VALIDATION error, business dates against today and a floor, and a nullable JSON column. */
import { compareDates, today, type LocalDate } from '../../../shared/domain/dates'
import { AppError } from '../../../shared/ipc/result'
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

export function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T)
}
