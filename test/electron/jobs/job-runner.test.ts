/**
 * The job runner against a stand-in process (no fork): lazy start, reuse, a process that dies
 * with calls unanswered, a start that fails, the idle hand-shake and stop().
 */
import { describe, expect, it } from 'vitest'
import { createJobRunner, type JobProcess } from '../../../electron/main/jobs/job-runner'
import type { FromJob, ToJob } from '../../../electron/main/jobs/protocol'
import type { DataPaths } from '../../../electron/main/paths'

const REQ = { actor: '测试', via: 'web' as const }
/** Never opened: the stand-in process does not touch the store. */
const PATHS: DataPaths = { dataDir: '/nonexistent', dbPath: '/nonexistent/legalaid.sqlite', backupsDir: '/nonexistent/backups', documentsDir: '/nonexistent/documents' }

/** A process in memory: answers calls with `answer`, or holds them when `hold` is set. */
class StubProcess implements JobProcess {
  static spawned: StubProcess[] = []
  readonly pid = 1000 + StubProcess.spawned.length
  readonly received: ToJob[] = []
  hold = false
  failInit: string | null = null
  private messageListeners: ((m: FromJob) => void)[] = []
  private exitListeners: ((code: number | null) => void)[] = []
  alive = true
  constructor() {
    StubProcess.spawned.push(this)
  }
  send(m: ToJob): void {
    this.received.push(m)
    queueMicrotask(() => {
      if (!this.alive) return
      if (m.type === 'init') {
        if (this.failInit) {
          this.emit({ type: 'init-failed', message: this.failInit })
          this.exit(1)
        } else this.emit({ type: 'ready', pid: this.pid })
      } else if (m.type === 'call' && !this.hold) {
        this.emit({ type: 'result', id: m.id, result: { ok: true, value: { channel: m.channel, pid: this.pid } } })
      } else if (m.type === 'stop') {
        this.emit({ type: 'stopped' })
        this.exit(0)
      }
    })
  }
  onMessage(l: (m: FromJob) => void): void {
    this.messageListeners.push(l)
  }
  onExit(l: (code: number | null) => void): void {
    this.exitListeners.push(l)
  }
  kill(): void {
    this.exit(null)
  }
  emit(m: FromJob): void {
    for (const l of this.messageListeners) l(m)
  }
  exit(code: number | null): void {
    if (!this.alive) return
    this.alive = false
    for (const l of this.exitListeners) l(code)
  }
}

function runner(setup: (p: StubProcess) => void = () => {}, extra: { stopTimeoutMs?: number } = {}) {
  StubProcess.spawned = []
  const errors: string[] = []
  const r = createJobRunner({
    spawn: () => {
      const p = new StubProcess()
      setup(p)
      return p
    },
    init: () => ({ paths: PATHS, appVersion: 'test', mode: 'web', resourcesDir: null }),
    logger: { error: (m) => errors.push(m) },
    ...extra,
  })
  return { r, errors }
}

describe('job runner', () => {
  it('starts the process on the first call and reuses it', async () => {
    const { r } = runner()
    expect(r.pid()).toBeNull()
    expect(StubProcess.spawned).toHaveLength(0)
    const a = await r.call('stats:summary', { from: '2026-01-01' }, REQ)
    const b = await r.call('stats:report-pdf', {}, REQ)
    expect(a).toEqual({ ok: true, value: { channel: 'stats:summary', pid: 1000 } })
    expect(b).toEqual({ ok: true, value: { channel: 'stats:report-pdf', pid: 1000 } })
    expect(StubProcess.spawned).toHaveLength(1)
    const init = StubProcess.spawned[0]!.received[0]
    expect(init?.type).toBe('init')
    expect(r.pid()).toBe(1000)
  })

  it('a process that dies answers its waiting calls with an error, and the next call starts a new one', async () => {
    const { r, errors } = runner((p) => (p.hold = StubProcess.spawned.length === 1))
    const waiting = r.call('outreach:import', {}, REQ)
    await new Promise((res) => setTimeout(res, 5))
    StubProcess.spawned[0]!.exit(137)
    const lost = await waiting
    expect(lost.ok).toBe(false)
    if (!lost.ok) {
      expect(lost.error.code).toBe('INTERNAL')
      expect(lost.error.message).toContain('后台任务进程意外退出')
      expect(lost.error.message).toContain('撤销')
    }
    expect(errors.join('\n')).toContain('1 call(s) unanswered')
    const next = await r.call('stats:summary', {}, REQ)
    expect(next).toEqual({ ok: true, value: { channel: 'stats:summary', pid: 1001 } })
  })

  it('a process that cannot open the store: the call says why, in Chinese', async () => {
    const { r } = runner((p) => (p.failInit = '数据库结构不是最新（缺少 0099_x）'))
    const res = await r.call('stats:summary', {}, REQ)
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error.message).toBe('后台任务进程无法启动：数据库结构不是最新（缺少 0099_x）')
  })

  it('an idle offer stops the process when no call is waiting, and is ignored while one is', async () => {
    const { r } = runner()
    await r.call('stats:summary', {}, REQ)
    const first = StubProcess.spawned[0]!
    // A call on its way: the offer is ignored.
    first.hold = true
    const waiting = r.call('stats:summary', {}, REQ)
    await new Promise((res) => setTimeout(res, 5))
    first.emit({ type: 'idle' })
    await new Promise((res) => setTimeout(res, 5))
    expect(first.received.some((m) => m.type === 'stop')).toBe(false)
    first.hold = false
    const held = first.received.find((m) => m.type === 'call' && m.id === 2)
    if (held?.type === 'call') first.emit({ type: 'result', id: held.id, result: { ok: true, value: 'late' } })
    expect(await waiting).toEqual({ ok: true, value: 'late' })
    // Nothing waiting: the offer is taken, and the next call starts a fresh process.
    first.emit({ type: 'idle' })
    await new Promise((res) => setTimeout(res, 5))
    expect(first.received.at(-1)?.type).toBe('stop')
    expect(first.alive).toBe(false)
    expect(r.pid()).toBeNull()
    expect(await r.call('stats:summary', {}, REQ)).toEqual({ ok: true, value: { channel: 'stats:summary', pid: 1001 } })
  })

  it('stop() waits for the process to leave, and ends one that does not', async () => {
    const { r } = runner()
    await r.call('stats:summary', {}, REQ)
    await r.stop()
    expect(StubProcess.spawned[0]!.alive).toBe(false)
    expect(r.pid()).toBeNull()

    const stubborn = runner((p) => {
      const send = p.send.bind(p)
      p.send = (m) => (m.type === 'stop' ? void p.received.push(m) : send(m)) // never answers stop
    }, { stopTimeoutMs: 20 })
    await stubborn.r.call('stats:summary', {}, REQ)
    await stubborn.r.stop()
    expect(StubProcess.spawned[0]!.alive).toBe(false)
    expect(stubborn.errors.join('\n')).toContain('did not stop in time')
  })
})
