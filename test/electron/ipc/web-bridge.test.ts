import { writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebBridge, type WebBridge } from '../../../electron/main/web-bridge'
import { makeTestServices, type TestServices } from '../../kit/services'

let s: TestServices
let bridge: WebBridge

beforeAll(async () => {
  s = await makeTestServices()
  writeFileSync(join(s.dir, 'index.html'), '<!doctype html><title>法援工作台</title>')
  bridge = await startWebBridge({ guarded: s.guarded, staticDir: s.dir, port: 0 })
})
afterAll(async () => {
  await bridge.close()
  await s.dispose()
})

async function cookieOfNewBrowser(): Promise<string> {
  const res = await fetch(bridge.url)
  const set = res.headers.get('set-cookie') ?? ''
  expect(set).toMatch(/HttpOnly/)
  expect(set).toMatch(/SameSite=Strict/)
  return set.split(';')[0]!
}

const api = (channel: string, body: unknown, cookie?: string, headers: Record<string, string> = {}) =>
  fetch(`${bridge.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

function rawRequest(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path, method: 'GET', headers: { host } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('loopback bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('refuses API calls without the cookie a page of this bridge received', async () => {
    const r = await api('auth:status', {})
    expect(r.status).toBe(403)
    const forged = await api('auth:status', {}, `lad_session=${'a'.repeat(64)}`)
    expect(forged.status).toBe(403)
  })

  it('gives each browser its own session, shared by its tabs', async () => {
    const a = await cookieOfNewBrowser()
    const b = await cookieOfNewBrowser()
    expect(a).not.toBe(b)
    // A second page load in browser A keeps A's cookie.
    const again = await fetch(bridge.url, { headers: { cookie: a } })
    expect(again.headers.get('set-cookie')?.split(';')[0]).toBe(a)

    const setup = await (await api('auth:setup-admin', { username: 'admin', displayName: '管理员', password: 'Bridge2026ok' }, a)).json()
    expect(setup.ok).toBe(true)
    const inA = await (await api('case:search', {}, a)).json()
    const inB = await (await api('case:search', {}, b)).json()
    expect(inA.ok).toBe(true)
    expect(inB).toMatchObject({ ok: false, error: { code: 'PERMISSION', details: { reason: 'login-required' } } })
  })

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect(await rawRequest('/', 'evil.example:80')).toBe(403)
    const cookie = await cookieOfNewBrowser()
    const r = await api('auth:status', {}, cookie, { origin: 'http://evil.example' })
    expect(r.status).toBe(403)
  })

  it('accepts only JSON POSTs of bounded size', async () => {
    const cookie = await cookieOfNewBrowser()
    expect((await fetch(`${bridge.url}api/auth:status`, { headers: { cookie } })).status).toBe(405)
    expect((await api('auth:status', '{}', cookie, { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await api('auth:status', '{not json', cookie)).status).toBe(400)
    expect((await api('auth:status', JSON.stringify({ x: 'x'.repeat(3 * 1024 * 1024) }), cookie)).status).toBe(413)
  })

  it('never serves files outside the renderer folder', async () => {
    const status = await rawRequest('/..%2f..%2fetc%2fpasswd', `127.0.0.1:${bridge.port}`)
    expect([403, 200]).toContain(status)
    const body = await (await fetch(`${bridge.url}..%2f..%2fetc%2fpasswd`)).text()
    expect(body).not.toContain('root:')
  })
})
