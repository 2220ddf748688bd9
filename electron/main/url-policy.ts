// Pure URL checks used by the Electron security layer (kept free of Electron so they can be tested).

/**
 * Compares scheme, host and port. (URL.origin is "null" for custom schemes such as app://, so it
 * cannot be used to tell two of them apart.)
 */
export function isSameAppOrigin(raw: string, ours: string): boolean {
  try {
    const a = new URL(raw)
    const b = new URL(ours)
    return a.protocol === b.protocol && a.host === b.host && a.host !== ''
  } catch {
    return false
  }
}
