import { join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, net, protocol, session, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { isSameAppOrigin } from './url-policy'

/**
 * The built renderer is served from a custom, privileged `app://renderer/` scheme rather than
 * file:// (Electron security checklist: "avoid the file:// protocol"), so the page has a real
 * origin and cannot read arbitrary local files. In development the electron-vite dev server is used.
 */
const APP_SCHEME = 'app'
const APP_HOST = 'renderer'

export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? `${APP_SCHEME}://${APP_HOST}/index.html`
}


const isOurUrl = (raw: string): boolean => isSameAppOrigin(raw, rendererUrl())

function registerAppProtocol(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
  app.whenReady().then(() => {
    const root = normalize(join(__dirname, '../renderer'))
    protocol.handle(APP_SCHEME, (request) => {
      const url = new URL(request.url)
      const file = normalize(join(root, decodeURIComponent(url.pathname)))
      if (url.host !== APP_HOST || (file !== root && !file.startsWith(root + sep))) {
        return new Response('Forbidden', { status: 403 })
      }
      return net.fetch(pathToFileURL(file).toString())
    })
  })
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
  registerAppProtocol()
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
