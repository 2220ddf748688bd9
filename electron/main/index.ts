import { join } from 'node:path'
import { app, dialog, ipcMain } from 'electron'
import { CHANNELS } from '../../shared/ipc/channels'
import { startServices, type Services } from './app-services'
import { DbFromNewerVersionError } from './db/migrate'
import { buildMenu } from './menu'
import { resolveDataPaths } from './paths'
import { hardenApp, isTrustedSender } from './security'
import { openPdfWindow } from './documents/preview-window'
import { setResourcesDir } from './pdf/fonts'
import { createAppWindow, openCaseWindow } from './window'
import { JOB_PROCESS_FLAGS } from './jobs/job-channels'
import { utilitySpawner } from './jobs/utility-spawn'

/** The desktop app's one session key (see auth/guard.ts): never supplied by the renderer. */
const DESKTOP_SESSION = 'desktop'

// The Electron-only layer: lifecycle, windows, the IPC registration and the menu. Everything it
// calls (store, services, dispatcher) is plain Node and tested without Electron.

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  hardenApp()
  let services: Services | null = null

  app.on('second-instance', () => {
    createAppWindow()
  })

  app.whenReady().then(async () => {
    // Same folder as browser mode (see paths.ts), so both modes share one store.
    const paths = resolveDataPaths({ argv: process.argv })
    // Packaged: electron-builder copies resources/fonts into the app's resources folder.
    if (app.isPackaged) setResourcesDir(process.resourcesPath)
    try {
      services = await startServices({
        paths,
        mode: 'electron',
        appVersion: app.getVersion(),
        openCaseWindow: async (id) => {
          openCaseWindow(id)
          return { opened: true, url: `#/case/${encodeURIComponent(id)}` }
        },
        openPdf: openPdfWindow,
        // Reports, exports, imports and voucher runs: a utility process (out/main/job-process.js).
        jobs: { spawn: utilitySpawner(join(__dirname, 'job-process.js'), JOB_PROCESS_FLAGS) },
      })
    } catch (err) {
      const message =
        err instanceof DbFromNewerVersionError
          ? err.message
          : `无法打开数据库：${paths.dbPath}\n${err instanceof Error ? err.message : String(err)}`
      dialog.showErrorBox('法援工作台无法启动', message)
      app.exit(1)
      return
    }
    // Every renderer call passes the permission guard. All desktop windows share one session:
    // logging in (or being locked) in one window applies to the case-file windows too.
    const guarded = services.guarded
    for (const channel of CHANNELS) {
      ipcMain.handle(channel, async (event, input: unknown) => {
        if (!isTrustedSender(event)) {
          return { ok: false, error: { code: 'PERMISSION', message: '请求来源不被信任' } }
        }
        return guarded(channel, input, { via: 'electron', sessionKey: DESKTOP_SESSION })
      })
    }
    buildMenu()
    createAppWindow()
  })

  app.on('window-all-closed', () => {
    app.quit()
  })

  // Closing the services takes the backup on exit: hold the quit until it has finished.
  let closed = false
  app.on('will-quit', (event) => {
    if (closed || !services) return
    event.preventDefault()
    const closing = services
    services = null
    closing
      .close()
      .catch((err: unknown) => console.error('[shutdown]', err))
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}
