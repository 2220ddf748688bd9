/**
 * The renderer's one door to the main process. Electron's preload exposes `window.api`; in
 * browser mode the same channels are served by the loopback bridge at POST /api/<channel>.
 * Either way a `Result` comes back, and `invoke` turns `ok:false` into a thrown `AppError`
 * so react-query's error states and `try/catch` in forms work the same.
 *
 * PERMISSION refusals are also reported to the session store (lib/session.ts), whichever page
 * made the call: no session or an idle-locked one switches to the login or lock screen, a call
 * the user's roles do not allow shows a message. While the lock or login screen is up, the
 * app's own calls are refused here without reaching the main process, so nothing the page does
 * in the background keeps a locked session alive.
 */
import type { Channel } from '../../../shared/ipc/channels'
import type { Api, Input, Output } from '../../../shared/ipc/contract'
import type { OpenWindowResult } from '../../../shared/cases/case-file'
import { CHANNEL_ACCESS } from '../../../shared/ipc/permissions'
import { APP_ERROR_CODES, AppError, type AppErrorCode, type AppErrorData, type Result } from '../../../shared/ipc/result'
import { session } from './session'

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const v = value as { ok: unknown; error?: unknown }
  if (v.ok === true) return 'value' in v
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false
  const e = v.error as { code?: unknown; message?: unknown }
  return typeof e.message === 'string' && typeof e.code === 'string'
}

function toCode(code: string): AppErrorCode {
  return (APP_ERROR_CODES as readonly string[]).includes(code) ? (code as AppErrorCode) : 'INTERNAL'
}

/** The browser-mode transport: same contract, carried as JSON over same-origin HTTP. */
export function createHttpApi(fetchImpl: typeof fetch = (...args) => fetch(...args)): Api {
  return {
    async invoke(channel, input) {
      let response: Response
      try {
        response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        })
      } catch {
        return { ok: false, error: { code: 'IO', message: '无法连接本机服务，请确认法援工作台仍在运行后重试。' } }
      }
      let body: unknown
      try {
        body = await response.json()
      } catch {
        return { ok: false, error: { code: 'IO', message: `本机服务返回了无法识别的内容（HTTP ${response.status}），请刷新页面后重试。` } }
      }
      if (!isResult(body)) {
        return { ok: false, error: { code: 'IO', message: `本机服务返回了无法识别的内容（HTTP ${response.status}），请刷新页面后重试。` } }
      }
      return body as Result<never>
    },
  }
}

let httpApi: Api | null = null

/** `window.api` when running in Electron, otherwise the HTTP bridge. */
export function getApi(): Api {
  if (typeof window !== 'undefined' && window.api) return window.api
  httpApi ??= createHttpApi()
  return httpApi
}

/** Unwraps a `Result`: the value, or a thrown `AppError` carrying the code, message and details. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  const { code, message, details } = result.error
  throw new AppError(toCode(code), message, details)
}

/** Tells the session store about a refusal (see the header comment). */
function reportRefusal(error: AppErrorData): void {
  if (error.code !== 'PERMISSION') return
  const reason = error.details?.reason
  if (reason === 'login-required' || reason === 'idle-locked') session.refused(reason)
  else if (reason === 'forbidden') session.forbidden(error.message)
}

export async function invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>> {
  const state = session.get()
  if (!channel.startsWith('auth:') && (state.phase === 'locked' || state.phase === 'login')) {
    throw state.phase === 'locked'
      ? new AppError('PERMISSION', '已锁定，请输入密码解锁', { reason: 'idle-locked' })
      : new AppError('PERMISSION', '请先登录', { reason: 'login-required' })
  }
  const result = await getApi().invoke(channel, input)
  if (!isResult(result)) throw new AppError('INTERNAL', '主进程返回了无法识别的结果，请重试。')
  if (result.ok) {
    if (CHANNEL_ACCESS[channel] !== 'public') session.lastServerCallMs = Date.now()
  } else {
    reportRefusal(result.error)
  }
  return unwrap(result as Result<Output<K>>)
}

/** The URL of a case file page, relative to the app's page (hash route). */
export function caseFileHash(id: string): string {
  return `#/case/${encodeURIComponent(id)}`
}

/**
 * Opens a case file in its own window. Electron opens a BrowserWindow itself (`opened: true`);
 * in browser mode the main process cannot, so the page opens a new tab.
 */
export async function openCaseWindow(id: string): Promise<OpenWindowResult> {
  const result = await invoke('case:open-window', { id })
  if (!result.opened) {
    const url = new URL(result.url || caseFileHash(id), window.location.href).href
    window.open(url, '_blank', 'noopener')
  }
  return result
}

/** A message for any thrown value, Chinese and fit to show to the clerk. */
export function errorMessage(err: unknown): string {
  if (err instanceof AppError) return err.message
  if (err instanceof Error && err.message) return `操作失败：${err.message}`
  return '操作失败，请重试。'
}
