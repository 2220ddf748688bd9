/**
 * One submit path for every form: the form is checked with the zod schema the main process
 * parses the call with (shared/<feature>/schema.ts, or a renderer-local refinement built on it),
 * and only a value that passes is sent.
 *
 * `submit` (also `onFinish`, for antd's Form):
 * 1. clears the errors shown;
 * 2. reads the mounted fields, leaves out empty ones ('' and null count as not filled in, so an
 *    empty box reads 「请填写…」 rather than a length message), shapes them (`toInput`) and adds
 *    the values that are not fields (`extra`: the case id, the record's id…);
 * 3. parses that with the schema; on failure each issue goes on its field and into `problem`
 *    (for <ProblemSummary>), and nothing is sent;
 * 4. otherwise sends the parsed value; a refusal's field issues (VALIDATION, or a CONFLICT that
 *    names its field) go back on their fields, any other error into `problem` — unless `onError`
 *    shows it the form's own way (a toast, an alert).
 */
import { Form, type FormInstance } from 'antd'
import { useCallback, useRef, useState } from 'react'
import type { z } from 'zod'
import { AppError, type FieldIssue } from '../../../shared/ipc/result'
import { fieldIssues, fromZodIssues, type NamePath } from './form-errors'
import { errorMessage } from './ipc'
import { useFormIssues, type FormProblem } from './use-form-issues'

/** What sends the parsed value: a TanStack Query mutation, or any async function. */
export type Send<I, R> = ((input: I) => Promise<R>) | { mutateAsync: (input: I) => Promise<R> }

export interface SchemaFormOptions<S extends z.ZodType, R, V> {
  /** Field labels by dotted path ('applicant.idNumber'), in the form's order: the summary names fields with them and lists issues in that order. */
  labels?: Record<string, string>
  /** Values that are not form fields, put over the fields' values before parsing. */
  extra?: Partial<z.input<S>>
  /** The fields' values (empty ones left out) → the schema's input, when the two are not the same shape. */
  toInput?: (values: V) => unknown
  /** The form field that shows an issue at this schema path, when the field is named differently. */
  fieldOf?: (path: NamePath) => NamePath
  /** After the main process accepted the value. */
  onSuccess?: (result: R, input: z.output<S>) => void
  /**
   * Called first with a refusal (any error the send throws). Return true when the form has shown
   * it its own way; otherwise its field issues go on their fields, anything else into `problem`.
   */
  onError?: (err: unknown) => boolean | void
}

export interface SchemaForm<S extends z.ZodType, R, V> {
  form: FormInstance<V>
  /** Checks and sends; the main process's answer, or undefined when nothing was sent or it refused. */
  submit: (extra?: Partial<z.input<S>>) => Promise<R | undefined>
  /** `submit` for antd's `onFinish` / a button's `onClick`. */
  onFinish: () => void
  /** What is wrong, for the summary; null when nothing is. */
  problem: FormProblem | null
  /** Scrolls to a field and focuses it (the summary's links). */
  jumpTo: (name: NamePath) => void
  /** Removes the errors and the summary (e.g. when the form is emptied). */
  clear: () => void
  /** True while the value is being sent. */
  pending: boolean
}

/** Drops '' / null / undefined values from plain objects, at any depth (array items stay where they are). */
export function withoutBlanks<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withoutBlanks(v)) as T
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (v !== '' && v !== null && v !== undefined) out[k] = withoutBlanks(v)
  return out as T
}

/** True when the error names fields (`details.issues`): those belong on the form, not in a toast. */
export function hasFieldIssues(err: unknown): boolean {
  return err instanceof AppError && Array.isArray(err.details?.issues) && err.details.issues.length > 0
}

/**
 * `onError` for the forms that report a refusal in a toast (`message.error`): the toast, and
 * the issues that name a field on that field as well.
 */
export function toastRefusal(toast: (text: string) => unknown): (err: unknown) => boolean {
  return (err) => {
    void toast(errorMessage(err))
    return !hasFieldIssues(err)
  }
}

/** Issues in the order of `order` (dotted field paths), by their deepest listed ancestor; the rest after, as they came. */
function sortByFields(issues: FieldIssue[], order: readonly string[]): FieldIssue[] {
  if (order.length === 0) return issues
  const rank = (path: FieldIssue['path']) => {
    for (let n = path.length; n > 0; n--) {
      const at = order.indexOf(path.slice(0, n).join('.'))
      if (at >= 0) return at
    }
    return order.length
  }
  return issues
    .map((issue, at) => ({ issue, at, rank: rank(issue.path) }))
    .sort((x, y) => x.rank - y.rank || x.at - y.at)
    .map((x) => x.issue)
}

export function useSchemaForm<S extends z.ZodType, R, V = Partial<z.input<S>>>(
  schema: S,
  send: Send<z.output<S>, R>,
  options: SchemaFormOptions<S, R, V> = {},
): SchemaForm<S, R, V> {
  const [form] = Form.useForm<V>()
  const [labels] = useState(() => options.labels ?? {})
  const issues = useFormIssues(form as FormInstance, labels)
  const [pending, setPending] = useState(false)
  const busy = useRef(false)
  // The latest schema, send and options, so `submit` stays the same function across renders.
  const latest = useRef({ schema, send, options })
  latest.current = { schema, send, options }

  const submit = useCallback(
    async (callExtra?: Partial<z.input<S>>): Promise<R | undefined> => {
      if (busy.current) return undefined
      const { schema, send, options } = latest.current
      const order = Object.keys(options.labels ?? {})
      const place = (found: readonly FieldIssue[]) => sortByFields(found.map((i) => ({ ...i, path: options.fieldOf ? options.fieldOf(i.path) : i.path })), order)

      issues.clear()
      const values = withoutBlanks(form.getFieldsValue()) as V
      const shaped = options.toInput ? options.toInput(values) : values
      const input = typeof shaped === 'object' && shaped !== null && !Array.isArray(shaped) ? { ...shaped, ...options.extra, ...callExtra } : shaped
      const parsed = schema.safeParse(input)
      if (!parsed.success) {
        issues.showIssues(place(fromZodIssues(parsed.error.issues)), 'CLIENT')
        return undefined
      }

      busy.current = true
      setPending(true)
      try {
        const result = await (typeof send === 'function' ? send(parsed.data) : send.mutateAsync(parsed.data))
        options.onSuccess?.(result, parsed.data)
        return result
      } catch (err) {
        if (options.onError?.(err) === true) return undefined
        const found = fieldIssues(err)
        if (found) issues.showIssues(place(found), err instanceof AppError ? err.code : 'INTERNAL')
        else issues.showError(err)
        return undefined
      } finally {
        busy.current = false
        setPending(false)
      }
    },
    [form, issues.clear, issues.showIssues, issues.showError],
  )

  const onFinish = useCallback(() => void submit(), [submit])

  return { form, submit, onFinish, problem: issues.problem, jumpTo: issues.jumpTo, clear: issues.clear, pending }
}
