/**
 * Rendering a screen for a DOM test: the app's providers, a fake `window.api` built from the
 * contract, a signed-in user when the test names roles, and user-event without per-keystroke
 * delays. The DOM setup itself (jsdom gaps, cleanup after each test) is in setup-dom.ts, which
 * the dom project loads through `setupFiles`.
 *
 * antd's styles are generated as in the app but kept out of jsdom's document (StyleProvider
 * `mock="server"`): jsdom parses every stylesheet inserted into it, which was a quarter of the
 * dom project's time (67 s → 51 s on 2 workers), and no test reads computed styles.
 */
import { StyleProvider } from '@ant-design/cssinjs'
import { render, type RenderOptions, type RenderResult } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement, ReactNode } from 'react'
import type { Role } from '../../shared/domain/roles'
import type { UserDto } from '../../shared/auth/dto'
import { AppProvider } from '../../renderer/src/app/provider'
import { session } from '../../renderer/src/lib/session'
import { createFakeApi, type FakeApi, type FakeHandlers } from './fake-api'

export type User = ReturnType<typeof userEvent.setup>

/** user-event as a fast typist: no timer between keystrokes (the default waits a macrotask each). */
export function newUser(): User {
  return userEvent.setup({ delay: null })
}

/** A signed-in staff member with these roles. */
export function staff(roles: Role[], displayName = '张丽', id = 'u-1'): UserDto {
  return { id, username: `user-${id}`, displayName, roles, active: true, mustChangePassword: false, locked: false }
}

export interface AppRender extends RenderResult {
  api: FakeApi
  user: User
}

/**
 * Renders `ui` inside the app's providers.
 * @param options.api the fake's handlers, or a ready fake (a guarded one, say)
 * @param options.signedIn who is signed in: a user, or the roles of one (default: nobody)
 */
export function renderWithApp(ui: ReactElement, options: { api?: FakeHandlers | FakeApi; signedIn?: UserDto | Role[] } = {}): AppRender {
  const api = options.api && 'invoke' in options.api ? (options.api as FakeApi) : createFakeApi((options.api as FakeHandlers | undefined) ?? {})
  window.api = api
  if (options.signedIn) session.signedIn(Array.isArray(options.signedIn) ? staff(options.signedIn) : options.signedIn)
  const user = newUser()
  const rendered: RenderResult = render(ui, { wrapper: AppWrapper })
  return { api, user, ...rendered }
}

/** The app's providers as the tests render them (also a `wrapper` for testing-library's render and renderHook). */
export function AppWrapper({ children }: { children: ReactNode }) {
  return (
    <StyleProvider mock="server">
      <AppProvider>{children}</AppProvider>
    </StyleProvider>
  )
}

export type { RenderOptions }
