/** Plain data returned by the sign-in and user channels. */

export interface UserDto {
  id: string
  username: string
  displayName: string
  roles: ('clerk' | 'reviewer' | 'director' | 'finance' | 'admin')[]
  active: boolean
  mustChangePassword: boolean
  /** Locked after repeated wrong passwords (until the lockout ends or an admin resets it). */
  locked: boolean
}

export interface AuthStatus {
  /** No user exists yet: the first-run screen creates the administrator. */
  needsSetup: boolean
  user: UserDto | null
  reason: 'login-required' | 'idle-locked' | null
}
