/**
 * The main process's side of the job process: starts it on the first routed call, hands calls
 * over and matches the replies, restarts it on the next call if it died or retired, stops it
 * when it offers to (idle: its memory goes back to the system), before a restore swaps the
 * database file, and when the app quits. Plain Node: how the process is started (Electron's
 * utilityProcess, Node's child_process.fork) is the spawner's business.
 */
import type { Result } from '../../../shared/ipc/result'
import type { Logger, RequestContext } from '../ipc/types'
import type { FromJob, JobInit, ToJob } from './protocol'

/** A started job process, as the runner sees it. */
export interface JobProcess {
  readonly pid: number | undefined
  send(message: ToJob): void
  onMessage(listener: (message: FromJob) => void): void
  onExit(listener: (code: number | null) => void): void
  kill(): void
}

export type JobSpawner = () => JobProcess

export interface JobRunner {
  call(channel: string, input: unknown, req: RequestContext): Promise<Result<unknown>>
  /** Lets the calls in progress finish, closes the job process's store and ends it (a later call starts a new one). */
  stop(): Promise<void>
  /** The running job process's pid, or null (benchmark: its memory is reported on its own). */
  pid(): number | null
}

/** A director working through the statistics screen does not pay the start-up again between views. */
const DEFAULT_IDLE_MS = 3 * 60_000
const DIED = '后台任务进程意外退出，操作未完成（未完成的写入已由数据库撤销）。请重试；如仍失败，请联系管理员并提供日志。'
const FAILED_TO_START = '后台任务进程无法启动'

interface Running {
  proc: JobProcess
  ready: Promise<void>
  exited: Promise<void>
  pending: Map<number, (result: Result<unknown>) => void>
}

export function createJobRunner(options: {
  spawn: JobSpawner
  init: () => Omit<JobInit, 'idleAfterMs'>
  /** The main process's clock minus the system clock, sent with each call (default 0). */
  clockOffsetMs?: () => number
  idleAfterMs?: number
  logger?: Logger
  stopTimeoutMs?: number
}): JobRunner {
  const logger = options.logger ?? console
  const stopTimeoutMs = options.stopTimeoutMs ?? 30_000
  const idleAfterMs = options.idleAfterMs ?? DEFAULT_IDLE_MS
  /** The process taking calls, if any. */
  let current: Running | null = null
  /** A process being stopped: calls wait for it to be gone before a new one starts. */
  let retiring: Promise<void> | null = null
  let nextId = 1

  function start(): Running {
    const proc = options.spawn()
    const pending = new Map<number, (result: Result<unknown>) => void>()
    let markReady!: () => void
    let failReady!: (err: Error) => void
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve
      failReady = reject
    })
    ready.catch(() => {}) // the callers look at it; not an unhandled rejection here
    let markExited!: () => void
    const exited = new Promise<void>((resolve) => (markExited = resolve))
    const r: Running = { proc, ready, exited, pending }
    proc.onMessage((m) => {
      if (m.type === 'ready') markReady()
      else if (m.type === 'init-failed') failReady(new Error(m.message))
      else if (m.type === 'idle') {
        // Retire it only if no call is on its way; otherwise it offers again later.
        if (current === r && pending.size === 0) void retire(r)
      } else if (m.type === 'result') {
        const resolve = pending.get(m.id)
        pending.delete(m.id)
        resolve?.(m.result)
      }
    })
    proc.onExit((code) => {
      if (current === r) current = null
      failReady(new Error(`${FAILED_TO_START}（退出码 ${String(code)}）`))
      if (pending.size > 0) logger.error(`[jobs] job process exited (code ${String(code)}) with ${pending.size} call(s) unanswered`)
      for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message: DIED } })
      pending.clear()
      markExited()
    })
    proc.send({ type: 'init', init: { ...options.init(), idleAfterMs } })
    return r
  }

  /** Takes `r` out of service, lets its calls finish, and waits until it has exited. */
  function retire(r: Running): Promise<void> {
    if (current === r) current = null
    const done = (async () => {
      try {
        await r.ready
      } catch {
        return // it never started, and its exit has been handled
      }
      r.proc.send({ type: 'stop' })
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), stopTimeoutMs)))
      const how = await Promise.race([r.exited.then(() => 'exited' as const), timedOut])
      clearTimeout(timer)
      if (how === 'timeout') {
        logger.error('[jobs] job process did not stop in time; ending it')
        r.proc.kill()
        await r.exited
      }
    })()
    const mine: Promise<void> = done.finally(() => {
      if (retiring === mine) retiring = null
    })
    retiring = mine
    return mine
  }

  return {
    async call(channel, input, req) {
      while (!current && retiring) await retiring
      current ??= start()
      const r = current
      try {
        await r.ready
      } catch (err) {
        logger.error('[jobs] job process failed to start', err)
        return { ok: false, error: { code: 'INTERNAL', message: `${FAILED_TO_START}：${err instanceof Error ? err.message : String(err)}` } }
      }
      const id = nextId++
      return new Promise<Result<unknown>>((resolve) => {
        r.pending.set(id, resolve)
        r.proc.send({ type: 'call', id, channel, input, req, clockOffsetMs: options.clockOffsetMs?.() ?? 0 })
      })
    },
    async stop() {
      if (current) await retire(current)
      while (retiring) await retiring
    },
    pid() {
      return current?.proc.pid ?? null
    },
  }
}
