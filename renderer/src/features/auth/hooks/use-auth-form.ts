/**
 * The submit path of the auth screens (first run, login, lock, change password): the shared
 * schema first (nothing is sent while a box is empty or wrong), then the call. A refusal that
 * names a field goes on it; any other (「用户名或密码错误」, a lockout, a lost connection) is
 * shown above the button as `error`.
 */
import { useState } from 'react'
import type { z } from 'zod'
import { errorMessage } from '../../../lib/ipc'
import { hasFieldIssues, useSchemaForm, type Send } from '../../../lib/use-schema-form'

export function useAuthForm<S extends z.ZodType, R>(
  schema: S,
  send: Send<z.output<S>, R>,
  { onDone, onRefused, extra }: { onDone: (result: R) => void; onRefused?: () => void; extra?: Partial<z.input<S>> },
) {
  const [error, setError] = useState<string | null>(null)
  const auth = useSchemaForm(schema, send, {
    extra,
    onSuccess: (result) => onDone(result),
    onError: (err) => {
      if (hasFieldIssues(err)) return false
      setError(errorMessage(err))
      onRefused?.()
      return true
    },
  })
  const submit = () => {
    setError(null)
    void auth.submit()
  }
  return { form: auth.form, submit, pending: auth.pending, error }
}
