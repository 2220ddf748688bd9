import { useQueryClient } from '@tanstack/react-query'
import { App, Button, Result, Spin } from 'antd'
import { useCallback, useEffect, type ReactNode } from 'react'
import type { UserDto } from '../../../../../shared/auth/dto'
import { session, sessionUser, useSession } from '../../../lib/session'
import { refreshStatus, useLogout } from '../api/auth'
import { useIdleLock } from '../hooks/use-idle-lock'
import { MustChangePasswordScreen } from './change-password'
import { LockScreen } from './lock-screen'
import { LoginScreen } from './login-screen'
import { SetupAdminScreen } from './setup-admin-screen'

export const FORBIDDEN_MESSAGE = '您的角色无权执行此操作，请联系管理员'

/**
 * In front of the whole app (main window and case-file windows alike): asks `auth:status` on
 * start and shows the first-run, login or change-password screen until there is a user.
 * Once the app is on screen it stays mounted under the lock screen (idle lock) and under the
 * login screen when the session ends by itself, so the page and unsaved form contents
 * survive; if a different user logs in, the app is started afresh and the cache cleared.
 */
export function AuthGate({ children, idleMs }: { children: ReactNode; idleMs?: number }) {
  const state = useSession()
  const qc = useQueryClient()
  const logout = useLogout()
  const { message } = App.useApp()

  useEffect(() => {
    void refreshStatus()
  }, [])

  useEffect(
    () =>
      session.onForbidden(() => {
        void message.error({ content: FORBIDDEN_MESSAGE, key: 'forbidden' })
      }),
    [message],
  )

  useIdleLock(state.phase === 'ready', idleMs)

  const signedIn = useCallback(
    (user: UserDto) => {
      const before = sessionUser(session.get())
      if (before && before.id !== user.id) qc.clear()
      session.signedIn(user)
      // Calls refused while locked are asked again; everything else keeps its data.
      if (before?.id === user.id) void qc.refetchQueries({ predicate: (q) => q.state.status === 'error' })
    },
    [qc],
  )

  switch (state.phase) {
    case 'checking':
      return (
        <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Spin size="large" description="正在连接…" />
        </div>
      )
    case 'unavailable':
      return (
        <Result
          status="error"
          title="无法连接本机服务"
          subTitle={state.message}
          extra={
            <Button type="primary" onClick={() => void refreshStatus()}>
              重试
            </Button>
          }
        />
      )
    case 'setup':
      return <SetupAdminScreen onSignedIn={signedIn} />
    case 'must-change':
      return <MustChangePasswordScreen user={state.user} onChanged={() => void refreshStatus()} onLogout={() => void logout()} />
    default:
      break
  }

  const user = sessionUser(state)
  if (!user) return <LoginScreen onSignedIn={signedIn} notice={state.phase === 'login' ? state.notice : null} />
  const covered = state.phase !== 'ready'
  return (
    <>
      <div key={user.id} inert={covered} aria-hidden={covered || undefined}>
        {children}
      </div>
      {state.phase === 'locked' ? <LockScreen user={state.user} onUnlocked={signedIn} onSwitchUser={() => void logout()} /> : null}
      {state.phase === 'login' ? <LoginScreen overlay onSignedIn={signedIn} notice={state.notice} /> : null}
    </>
  )
}
