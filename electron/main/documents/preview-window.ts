/**
 * Electron-only: shows a stored PDF in a window of its own, in Chromium's built-in PDF viewer,
 * which has Print and Save-as in its toolbar. Thin on purpose and not unit-tested; everything it
 * shows was produced and verified by the plain-Node document service.
 *
 * Wire it in electron/main/index.ts: `startServices({ …, openPdf: openPdfWindow })`.
 *
 * The window has no preload and no Node, runs sandboxed in its own in-memory session (so the
 * app's CSP header and permission handlers are not in the way of the viewer, and nothing it
 * does is shared with the app's session), and may not navigate or open other windows.
 */
import { BrowserWindow, session } from 'electron'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const PARTITION = 'pdf-preview'
const previews = new Map<string, BrowserWindow>()
let sessionReady = false

function previewSession(): Electron.Session {
  const s = session.fromPartition(PARTITION, { cache: false })
  if (!sessionReady) {
    s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    s.setPermissionCheckHandler(() => false)
    sessionReady = true
  }
  return s
}

/** Opens (or focuses) the preview of one PDF. Resolves false when the file is gone. */
export async function openPdfWindow(absPath: string, title: string): Promise<boolean> {
  if (!existsSync(absPath)) return false
  const existing = previews.get(absPath)
  if (existing && !existing.isDestroyed()) {
    if (existing.isMinimized()) existing.restore()
    existing.focus()
    return true
  }
  const url = pathToFileURL(absPath).toString()
  const win = new BrowserWindow({
    width: 900,
    height: 1000,
    title: `${title} - 打印预览`,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      session: previewSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      plugins: true, // Chromium's PDF viewer
      spellcheck: false,
    },
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-navigate', (e, target) => {
    if (target !== url) e.preventDefault()
  })
  win.once('ready-to-show', () => win.show())
  previews.set(absPath, win)
  win.on('closed', () => previews.delete(absPath))
  await win.loadURL(url)
  return true
}
