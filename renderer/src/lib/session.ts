/**
 * Who is using the app, as the renderer knows it. The main process decides (every call passes
 * its permission guard); this store only mirrors the answers so the right screen is shown:
 *
 * - `checking`     asking `auth:status` at start;
 * - `unavailable`  the main process could not be reached;
 * - `setup`        no user exists yet: the first-run screen creates the administrator;
 * - `login`        nobody logged in. `lastUser` is set when someone was using the app and the
 *                  session ended under them (logged out elsewhere, service restarted): the login
 *                  screen then covers the app instead of replacing it;
 * - `locked`       idle lock: the app stays mounted underneath, only the password is asked;
 * - `must-change`  the user has to choose a new password before anything else;
 * - `ready`        the app.
 *
 * `lib/ipc.ts` reports every PERMISSION refusal here, so a call from any page can switch to
 * the login or lock screen; a 'forbidden' refusal is passed to the listeners (a message).
 */
import { useSyncExternalStore } from 'react'
import type { UserDto } from '../../../shared/auth/dto'

export type SessionState =
  | { phase: 'checking' }
  | { phase: 'unavailable'; message: string }
  | { phase: 'setup' }
  | { phase: 'login'; lastUser: UserDto | null; notice: string | null }
  | { phase: 'locked'; user: UserDto }
  | { phase: 'must-change'; user: UserDto }
  | { phase: 'ready'; user: UserDto }

export type RefusalReason = 'login-required' | 'idle-locked'

const NOTICES: Record<RefusalReason, string> = {
  'login-required': '登录已失效，请重新登录',
  'idle-locked': '长时间未操作，已自动锁定，请重新登录',
}

export interface SessionStore {
  get(): SessionState
  subscribe(listener: () => void): () => void
  /** The answer of `auth:status` (or of a failed status call). */
  fromStatus(status: { needsSetup: boolean; user: UserDto | null; reason: RefusalReason | null }): void
  unavailable(message: string): void
  /** After a successful login, first-run setup or unlock. */
  signedIn(user: UserDto): void
  /** After logging out (or choosing 切换用户 on the lock screen). */
  signedOut(): void
  /** The main process refused a call: no session, or the session was idle-locked. */
  refused(reason: RefusalReason): void
  /** The renderer's own idle timer ran out. */
  lockNow(): void
  /** A call was refused because of the user's roles. */
  forbidden(message: string): void
  onForbidden(listener: (message: string) => void): () => void
  /** Epoch ms of the last call that reached the main process with a live session. */
  lastServerCallMs: number
  reset(): void
}

/** The user whose app is on screen (possibly under the lock or login screen), if any. */
export function sessionUser(state: SessionState): UserDto | null {
  switch (state.phase) {
    case 'ready':
    case 'locked':
    case 'must-change':
      return state.user
    case 'login':
      return state.lastUser
    default:
      return null
  }
}

export function createSessionStore(): SessionStore {
  let state: SessionState = { phase: 'checking' }
  const listeners = new Set<() => void>()
  const forbiddenListeners = new Set<(message: string) => void>()
  const set = (next: SessionState) => {
    state = next
    for (const l of [...listeners]) l()
  }
  const store: SessionStore = {
    lastServerCallMs: 0,
    get: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    fromStatus(status) {
      if (status.needsSetup) return set({ phase: 'setup' })
      if (status.user && status.reason === null) return store.signedIn(status.user)
      set({ phase: 'login', lastUser: null, notice: status.reason === 'idle-locked' ? NOTICES['idle-locked'] : null })
    },
    unavailable(message) {
      set({ phase: 'unavailable', message })
    },
    signedIn(user) {
      store.lastServerCallMs = Date.now()
      set(user.mustChangePassword ? { phase: 'must-change', user } : { phase: 'ready', user })
    },
    signedOut() {
      set({ phase: 'login', lastUser: null, notice: null })
    },
    refused(reason) {
      if (state.phase === 'ready') {
        set(reason === 'idle-locked' ? { phase: 'locked', user: state.user } : { phase: 'login', lastUser: state.user, notice: NOTICES[reason] })
      } else if (state.phase === 'must-change') {
        set({ phase: 'login', lastUser: null, notice: NOTICES[reason] })
      }
      // Already on the login or lock screen (or not started): nothing changes.
    },
    lockNow() {
      if (state.phase === 'ready') set({ phase: 'locked', user: state.user })
    },
    forbidden(message) {
      for (const l of [...forbiddenListeners]) l(message)
    },
    onForbidden(listener) {
      forbiddenListeners.add(listener)
      return () => forbiddenListeners.delete(listener)
    },
    reset() {
      store.lastServerCallMs = 0
      set({ phase: 'checking' })
    },
  }
  return store
}

/** The app's one session store (the IPC layer and the screens share it). */
export const session = createSessionStore()

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get, session.get)
}

/** The logged-in user's view of the app, for the shell and pages (null before login). */
export function useSessionUser(): UserDto | null {
  return sessionUser(useSession())
}
