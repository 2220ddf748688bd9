/**
 * Form error state shared by every form: the same handling for the renderer's zod check and
 * for errors the main process returns.
 * - VALIDATION issues (and those a CONFLICT names) go on their fields (and into the summary,
 *   with the field's label);
 * - any other error (NOT_CONFIGURED, CONFLICT, INTERNAL, …) becomes the summary's message.
 */
import type { FormInstance } from 'antd'
import { useCallback, useState } from 'react'
import type { SummaryItem } from '../components/ui/issue-summary'
import { AppError, type AppErrorCode, type FieldIssue } from '../../../shared/ipc/result'
import { applyIssuesToForm, fieldIssues, type NamePath } from './form-errors'
import { errorMessage } from './ipc'

export interface FormProblem {
  code: AppErrorCode | 'CLIENT'
  title: string
  items: SummaryItem[]
}

const key = (name: NamePath) => name.map(String).join('.')

export function useFormIssues(form: FormInstance, labels: Record<string, string>) {
  const [problem, setProblem] = useState<FormProblem | null>(null)

  const clear = useCallback(() => {
    setProblem(null)
    const withErrors = form.getFieldsError().filter((f) => f.errors.length > 0)
    if (withErrors.length) form.setFields(withErrors.map((f) => ({ name: f.name, errors: [] })))
  }, [form])

  const showIssues = useCallback(
    (issues: readonly FieldIssue[], code: FormProblem['code']) => {
      clear()
      const mapped = applyIssuesToForm(form, issues)
      const items: SummaryItem[] = [
        ...mapped.fields.flatMap((f) => f.errors.map((message) => ({ name: f.name, label: labels[key(f.name)], message }))),
        ...mapped.unmatched.map((message) => ({ message })),
      ]
      setProblem({ code, title: `未保存：有 ${items.length} 处需要修改`, items })
    },
    [clear, form, labels],
  )

  /** Shows any error from the main process in the right place. */
  const showError = useCallback(
    (err: unknown) => {
      const code = err instanceof AppError ? err.code : 'INTERNAL'
      const issues = fieldIssues(err)
      if (issues) {
        showIssues(issues, code)
        return
      }
      const title =
        code === 'NOT_CONFIGURED' ? '未保存：本中心尚未设置' : code === 'IO' ? '未保存：无法连接本机服务' : '未保存'
      setProblem({ code, title, items: [{ message: errorMessage(err) }] })
    },
    [showIssues],
  )

  const jumpTo = useCallback(
    (name: NamePath) => {
      form.scrollToField(name, { block: 'center', focus: true })
    },
    [form],
  )

  return { problem, clear, showIssues, showError, jumpTo }
}
