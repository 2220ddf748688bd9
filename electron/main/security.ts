import { app, session, type IpcMainInvokeEvent, type WebContents } from 'electron'

/** The renderer's origin: the dev server in development, file:// when packaged. */
export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? new URL('../renderer/index.html', `file://${__dirname}/`).toString()
}

function isOurUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    const ours = new URL(rendererUrl())
    if (ours.protocol === 'file:') return url.protocol === 'file:' && url.pathname === ours.pathname
    return url.origin === ours.origin
  } catch {
    return false
  }
}

const ourWindows = new Set<number>()

export function registerOurWebContents(contents: WebContents): void {
  ourWindows.add(contents.id)
  contents.once('destroyed', () => ourWindows.delete(contents.id))
}

/** Every IPC call must come from the top frame of one of our windows, showing our page. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  if (!frame || frame !== event.sender.mainFrame) return false
  if (!ourWindows.has(event.sender.id)) return false
  return isOurUrl(frame.url)
}

/** App-wide lockdown: no navigation away, no new windows, no webviews, no permissions. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (e, url) => {
      if (!isOurUrl(url)) e.preventDefault()
    })
    contents.on('will-redirect', (e, url) => {
      if (!isOurUrl(url)) e.preventDefault()
    })
    contents.on('will-attach-webview', (e) => e.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    if (!process.env.ELECTRON_RENDERER_URL) {
      session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
        callback({
          responseHeaders: {
            ...details.responseHeaders,
            'Content-Security-Policy': [
              "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'self' blob:; frame-src 'self' blob:; base-uri 'none'; form-action 'none'",
            ],
          },
        })
      })
    }
  })
}
