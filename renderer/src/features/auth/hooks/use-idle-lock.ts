import { useEffect } from 'react'
import { invoke } from '../../../lib/ipc'
import { session } from '../../../lib/session'

/** Same as the main process's idle lock (auth-service.ts). */
export const IDLE_LOCK_MS = 15 * 60_000
/** While the clerk is typing, the main process hears from us at least this often. */
export const KEEPALIVE_MS = 60_000

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const

/**
 * Shows the lock screen after `idleMs` without keyboard, mouse or touch input. The main
 * process locks a session after the same time without calls; a clerk typing a long form
 * makes no calls, so while there is input a cheap call (app:info) is made at most once per
 * `keepAliveMs`, which keeps both clocks counting from the last input.
 */
export function useIdleLock(enabled: boolean, idleMs = IDLE_LOCK_MS, keepAliveMs = KEEPALIVE_MS): void {
  useEffect(() => {
    if (!enabled) return
    let lastInput = Date.now()
    const onActivity = () => {
      lastInput = Date.now()
      if (lastInput - session.lastServerCallMs >= keepAliveMs) {
        session.lastServerCallMs = lastInput
        invoke('app:info', {}).catch(() => undefined) // a refusal is reported to the session store
      }
    }
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true })
    const timer = window.setInterval(
      () => {
        if (Date.now() - lastInput >= idleMs) session.lockNow()
      },
      Math.max(250, Math.min(15_000, Math.floor(idleMs / 4))),
    )
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true })
      window.clearInterval(timer)
    }
  }, [enabled, idleMs, keepAliveMs])
}
