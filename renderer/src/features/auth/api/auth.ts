/** The auth channels, and what each answer means for the session store. */
import { useQueryClient } from '@tanstack/react-query'
import { App } from 'antd'
import { useCallback } from 'react'
import type { Input } from '../../../../../shared/ipc/contract'
import type { UserDto } from '../../../../../shared/auth/dto'
import { navigate, parseHash, paths } from '../../../lib/router'
import { errorMessage, invoke } from '../../../lib/ipc'
import { session } from '../../../lib/session'

/** Asks the main process who is logged in (on start, and after changing the password). */
export async function refreshStatus(): Promise<void> {
  try {
    session.fromStatus(await invoke('auth:status', {}))
  } catch (err) {
    session.unavailable(errorMessage(err))
  }
}

export const login = (input: Input<'auth:login'>): Promise<UserDto> => invoke('auth:login', input)
export const setupAdmin = (input: Input<'auth:setup-admin'>): Promise<UserDto> => invoke('auth:setup-admin', input)
export const changePassword = (input: Input<'auth:change-password'>) => invoke('auth:change-password', input)

/**
 * Logs out and forgets everything the previous user loaded (cache, toasts). The next login
 * starts at 案件列表, except in a case-file window, which stays on its case.
 */
export function useLogout(): () => Promise<void> {
  const qc = useQueryClient()
  const { message } = App.useApp()
  return useCallback(async () => {
    try {
      await invoke('auth:logout', {})
    } catch {
      // Already logged out, or the service is gone: the login screen is right either way.
    }
    qc.clear()
    message.destroy()
    session.signedOut()
    if (parseHash(window.location.hash).name !== 'case-file') navigate(paths.cases)
  }, [qc, message])
}
