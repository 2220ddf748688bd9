/** What crosses the IPC boundary: never a thrown error, always one of these. */

export const APP_ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'POLICY_VIOLATION',
  'NOT_CONFIGURED',
  'PERMISSION',
  'IO',
  'INTERNAL',
] as const

export type AppErrorCode = (typeof APP_ERROR_CODES)[number]

export interface FieldIssue {
  /** Path of the offending field, e.g. ['applicant', 'idNumber']. */
  path: (string | number)[]
  message: string
}

export interface AppErrorData {
  code: AppErrorCode
  /** Chinese, says what to fix. */
  message: string
  details?: { issues?: FieldIssue[]; setting?: string; [key: string]: unknown }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: AppErrorCode, message: string, details?: AppErrorData['details']): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
})

/** Thrown by services for expected failures; the router turns it into `{ ok: false }`. */
export class AppError extends Error {
  readonly code: AppErrorCode
  readonly details: AppErrorData['details']
  constructor(code: AppErrorCode, message: string, details?: AppErrorData['details']) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
  toData(): AppErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`)
}
