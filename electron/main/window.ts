import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { registerOurWebContents, rendererUrl } from './security'

/** The one factory for every window: sandboxed, isolated, no Node in the renderer. */
export function createAppWindow(options: { hash?: string; title?: string; width?: number; height?: number } = {}): BrowserWindow {
  const win = new BrowserWindow({
    width: options.width ?? 1280,
    height: options.height ?? 820,
    minWidth: 960,
    minHeight: 600,
    title: options.title ?? '法援工作台',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  })
  registerOurWebContents(win.webContents)
  win.once('ready-to-show', () => win.show())
  const url = rendererUrl() + (options.hash ? `#${options.hash}` : '')
  void win.loadURL(url)
  return win
}

const caseWindows = new Map<string, BrowserWindow>()

/** Opens (or focuses) the window of one case file. */
export function openCaseWindow(id: string): void {
  const existing = caseWindows.get(id)
  if (existing && !existing.isDestroyed()) {
    if (existing.isMinimized()) existing.restore()
    existing.focus()
    return
  }
  const win = createAppWindow({ hash: `/case/${encodeURIComponent(id)}`, title: '案卷 - 法援工作台', width: 1100, height: 860 })
  caseWindows.set(id, win)
  win.on('closed', () => caseWindows.delete(id))
}
