/**
 * Client-side check of a small form with a shared zod schema (the one the main process uses):
 * the parsed value, or null after putting each problem on its field. Empty strings count as
 * "not filled in", so an empty box reads 「请输入…」 rather than a length message.
 */
import type { FormInstance } from 'antd'
import type { z } from 'zod'
import type { FieldIssue } from '../../../shared/ipc/result'
import { applyIssuesToForm, fromZodIssues } from './form-errors'

/** Any antd form, whatever its values type: the helpers only use field names and errors. */
type AnyForm = FormInstance<any>

export function withoutEmptyStrings<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== null && v !== undefined)) as Partial<T>
}

/** Removes every error shown on the form. */
export function clearFormErrors(form: AnyForm): void {
  const withErrors = form.getFieldsError().filter((f) => f.errors.length > 0)
  if (withErrors.length) form.setFields(withErrors.map((f) => ({ name: f.name, errors: [] })))
}

/** Puts issues (the renderer's or the main process's) on their fields; focuses the first. */
export function showFieldIssues(form: AnyForm, issues: readonly FieldIssue[]): void {
  applyIssuesToForm(form, issues)
}

export function checkForm<S extends z.ZodType>(
  form: AnyForm,
  schema: S,
  values: unknown,
  extraIssues: readonly FieldIssue[] = [],
): z.output<S> | null {
  clearFormErrors(form)
  const parsed = schema.safeParse(values)
  const issues = [...(parsed.success ? [] : fromZodIssues(parsed.error.issues)), ...extraIssues]
  if (issues.length === 0 && parsed.success) return parsed.data
  applyIssuesToForm(form, issues)
  return null
}
