import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../shared/ipc/result'
import { createHttpApi, invoke, openCaseWindow } from '../../../renderer/src/lib/ipc'
import { createFakeApi } from '../../kit/fake-api'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('invoke (Electron transport: window.api)', () => {
  it('returns the value of an ok Result', async () => {
    window.api = createFakeApi({ 'settings:get': () => null, 'case:get': ({ id }) => ({ id }) as never })
    await expect(invoke('settings:get', {})).resolves.toBeNull()
  })

  it('throws an AppError carrying code, message and details on ok:false', async () => {
    window.api = createFakeApi({
      'application:create': () => {
        throw new AppError('VALIDATION', '所选事项不在本地区法律援助事项范围内，请重新选择', {
          issues: [{ path: ['case', 'matter'], message: '事项不在本地区事项范围内' }],
        })
      },
    })
    const err = await invoke('application:create', {} as never).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('VALIDATION')
    expect((err as AppError).message).toBe('所选事项不在本地区法律援助事项范围内，请重新选择')
    expect((err as AppError).details?.issues).toEqual([{ path: ['case', 'matter'], message: '事项不在本地区事项范围内' }])
  })
})

describe('HTTP transport (browser mode)', () => {
  it('POSTs JSON to /api/<channel> with same-origin credentials', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { total: 0 } }), { headers: { 'content-type': 'application/json' } }))
    const api = createHttpApi(fetchMock as unknown as typeof fetch)
    const result = await api.invoke('case:search', { q: 'wf' })
    expect(result).toEqual({ ok: true, value: { total: 0 } })
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/case%3Asearch')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('same-origin')
    expect(new Headers(init.headers).get('content-type')).toBe('application/json')
    expect(JSON.parse(String(init.body))).toEqual({ q: 'wf' })
  })

  it('passes the bridge’s refusals through as Results', async () => {
    const body = { ok: false, error: { code: 'PERMISSION', message: '会话无效，请刷新页面' } }
    const api = createHttpApi((async () => new Response(JSON.stringify(body), { status: 403 })) as typeof fetch)
    expect(await api.invoke('app:info', {})).toEqual(body)
  })

  it('reports an unreachable or garbled service in Chinese, as IO', async () => {
    const down = createHttpApi((async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch)
    const r1 = await down.invoke('app:info', {})
    expect(r1.ok === false && r1.error.code).toBe('IO')
    expect(r1.ok === false && r1.error.message).toContain('无法连接本机服务')

    const garbled = createHttpApi((async () => new Response('<html>502</html>', { status: 502 })) as typeof fetch)
    const r2 = await garbled.invoke('app:info', {})
    expect(r2.ok === false && r2.error.message).toContain('HTTP 502')
  })
})

describe('openCaseWindow', () => {
  it('opens a new tab at the case route when the main process could not open a window', async () => {
    window.api = createFakeApi({ 'case:open-window': ({ id }) => ({ opened: false, url: `#/case/${id}` }) })
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    await openCaseWindow('abc')
    expect(open).toHaveBeenCalledTimes(1)
    const [url, target] = open.mock.calls[0] as [string, string]
    expect(url).toBe(new URL('#/case/abc', window.location.href).href)
    expect(target).toBe('_blank')
  })

  it('does nothing more when Electron opened the window', async () => {
    window.api = createFakeApi({ 'case:open-window': () => ({ opened: true, url: '' }) })
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    await openCaseWindow('abc')
    expect(open).not.toHaveBeenCalled()
  })
})
