/**
 * Puts validation problems where the clerk will look for them: on the field. Used for both the
 * renderer's own zod check (the same schema main uses) and the main process's VALIDATION
 * errors (`details.issues`), which carry the same paths.
 */
import type { FieldIssue } from '../../../shared/ipc/result'
import { AppError } from '../../../shared/ipc/result'

export type NamePath = (string | number)[]

export interface MappedIssues {
  /** One entry per form field that has problems, in the order first reported. */
  fields: { name: NamePath; errors: string[] }[]
  /** Issues that match no field on the form (shown in a summary alert instead). */
  unmatched: string[]
}

const key = (path: readonly (string | number)[]) => path.map(String).join('.')

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]))
}

/**
 * Matches each issue's path to a registered field name:
 * 1. the exact field (['applicant', 'idNumber']);
 * 2. else the deepest registered ancestor (['applicant', 'specialGroups', 0] → the multi-select);
 * 3. else the first registered field under it (an issue on the whole ['intake', 'notice'] object
 *    lands on its first field);
 * 4. else it is unmatched.
 */
export function mapIssuesToFields(issues: readonly FieldIssue[], registered: readonly NamePath[]): MappedIssues {
  const byKey = new Map<string, { name: NamePath; errors: string[] }>()
  const unmatched: string[] = []
  for (const issue of issues) {
    const path = issue.path
    let target: NamePath | undefined = registered.find((r) => key(r) === key(path))
    if (!target) {
      const ancestors = registered.filter((r) => r.length > 0 && startsWith(path, r)).sort((a, b) => b.length - a.length)
      target = ancestors[0]
    }
    if (!target && path.length > 0) target = registered.find((r) => startsWith(r, path))
    if (!target) {
      unmatched.push(issue.message)
      continue
    }
    const k = key(target)
    const entry = byKey.get(k) ?? { name: target, errors: [] }
    if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message)
    byKey.set(k, entry)
  }
  return { fields: [...byKey.values()], unmatched }
}

/** The field issues carried by a VALIDATION `AppError`, or null for any other error. */
export function validationIssues(err: unknown): FieldIssue[] | null {
  if (!(err instanceof AppError) || err.code !== 'VALIDATION') return null
  const issues = err.details?.issues
  if (Array.isArray(issues) && issues.length > 0) return issues
  return [{ path: [], message: err.message }]
}

/**
 * Field issues carried by any `AppError` (a CONFLICT can name its field too, e.g. a username
 * already taken), or a VALIDATION error's message as one unplaced issue; null otherwise.
 */
export function fieldIssues(err: unknown): FieldIssue[] | null {
  if (!(err instanceof AppError)) return null
  const issues = err.details?.issues
  if (Array.isArray(issues) && issues.length > 0) return issues
  return err.code === 'VALIDATION' ? [{ path: [], message: err.message }] : null
}

/** zod's issues in the IPC shape (symbols as strings). */
export function fromZodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }))
}

/** The minimal part of antd's FormInstance this module needs (keeps the helper testable). */
export interface FormLike {
  getFieldsError(): { name: NamePath; errors: string[] }[]
  setFields(fields: { name: NamePath; errors: string[] }[]): void
  scrollToField?(name: NamePath, options?: unknown): void
  getFieldInstance?(name: NamePath): unknown
}

/**
 * Shows the issues on the form; focuses and scrolls to the first bad field. Returns what
 * could not be placed on a field, plus the placed issues for a summary.
 */
export function applyIssuesToForm(form: FormLike, issues: readonly FieldIssue[]): MappedIssues {
  const registered = form.getFieldsError().map((f) => f.name)
  const mapped = mapIssuesToFields(issues, registered)
  if (mapped.fields.length > 0) {
    form.setFields(mapped.fields)
    const first = mapped.fields[0]
    if (first) {
      form.scrollToField?.(first.name, { block: 'center', focus: true })
    }
  }
  return mapped
}
