import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { GuardedDispatch } from './auth/guard'

/**
 * Browser mode: the same renderer, talking to the same dispatcher over HTTP on the loopback
 * interface only. It is a transport, not a second implementation: every request goes through
 * the permission guard and then `dispatch`, exactly like Electron's IPC.
 *
 * Guards: binds 127.0.0.1; refuses non-loopback peers; checks the Host header (against DNS
 * rebinding) and the Origin; requires a session cookie (HttpOnly, SameSite=Strict) that only
 * pages served by this bridge receive, issued per browser and known only to this process;
 * caps request bodies.
 *
 * The cookie's token is also the login session key: each browser gets its own, so two browsers
 * on the machine are two sessions, while tabs of one browser share the cookie (a case file
 * opened in a new tab is logged in as the user of the tab that opened it).
 */

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

export interface WebBridgeOptions {
  /** The guarded dispatcher (services.guarded): login and role checks, then the handlers. */
  guarded: GuardedDispatch
  port?: number
  /** Built renderer (index.html and assets). */
  staticDir?: string
  /** Vite's dev middleware, used instead of staticDir by `npm run dev:web`. */
  devMiddleware?: Middleware
  maxBodyBytes?: number
}

export interface WebBridge {
  url: string
  port: number
  close(): Promise<void>
}

const COOKIE = 'lad_session'
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
const DEV_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function readCookie(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie
  if (!header) return null
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return null
}

function sameToken(a: string | null, b: string): boolean {
  if (!a || a.length !== b.length) return false
  return timingSafeEqual(Buffer.from(a), Buffer.from(b))
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  // Tokens this bridge issued, newest last; bounded so a misbehaving client cannot grow it forever.
  const issued = new Set<string>()
  const MAX_SESSIONS = 500
  const knownToken = (candidate: string | null): string | null => {
    if (!candidate || !/^[0-9a-f]{64}$/.test(candidate)) return null
    for (const t of issued) if (sameToken(candidate, t)) return t
    return null
  }
  const issueToken = (): string => {
    const t = randomBytes(32).toString('hex')
    issued.add(t)
    if (issued.size > MAX_SESSIONS) issued.delete(issued.values().next().value as string)
    return t
  }
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024
  const staticRoot = options.staticDir ? resolve(options.staticDir) : null
  let port = 0
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`])

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      console.error('[web-bridge]', err)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '内部错误' } })
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopback(req.socket.remoteAddress) || !allowedHosts().has(req.headers.host ?? '')) {
      res.writeHead(403).end('Forbidden')
      return
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'VALIDATION', message: '只接受 POST 请求' } })
      const origin = req.headers.origin
      if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
        return sendJson(res, 403, { ok: false, error: { code: 'PERMISSION', message: '来源不被允许' } })
      }
      const token = knownToken(readCookie(req, COOKIE))
      if (!token) {
        return sendJson(res, 403, { ok: false, error: { code: 'PERMISSION', message: '会话无效，请刷新页面' } })
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: '请求格式应为 JSON' } })
      }
      const body = await readBody(req, maxBody)
      if (body === null) {
        // The rest of the body was never read: close this connection rather than reuse it.
        res.setHeader('connection', 'close')
        res.once('finish', () => req.destroy())
        return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: '请求内容过大' } })
      }
      let input: unknown
      try {
        input = body.length === 0 ? {} : JSON.parse(body)
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: '请求不是有效的 JSON' } })
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      const result = await options.guarded(channel, input, { via: 'web', sessionKey: token })
      return sendJson(res, 200, result)
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    // Pages served here get the session cookie (a browser keeps the one it has); nothing else can obtain it.
    const token = knownToken(readCookie(req, COOKIE)) ?? issueToken()
    res.setHeader('set-cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`)
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('content-security-policy', options.devMiddleware ? DEV_CSP : CSP)

    if (options.devMiddleware) {
      options.devMiddleware(req, res, () => {
        res.writeHead(404).end('Not found')
      })
      return
    }
    if (!staticRoot) {
      res.writeHead(404).end('Not found')
      return
    }
    let file = normalize(join(staticRoot, decodeURIComponent(url.pathname)))
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) {
      res.writeHead(403).end('Forbidden')
      return
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticRoot, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('界面尚未构建：请先运行 npm run build:web')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file).pipe(res)
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => ok())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
