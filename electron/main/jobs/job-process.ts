/**
 * Entry of the job process. Electron starts it with utilityProcess.fork (messages on
 * process.parentPort); browser mode, the benchmark and the tests start it with Node's
 * child_process.fork (process.send / 'message'). Same code either way: job-host.ts.
 *
 * One call at a time is not required: calls run concurrently, as they would in the main process,
 * and SQLite's write lock (BEGIN IMMEDIATE, busy timeout) orders writes between the two processes.
 */
import { openJobHost, type JobHost } from './job-host'
import type { FromJob, ToJob } from './protocol'

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void
  postMessage(message: unknown): void
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort
const send = (m: FromJob): void => {
  if (parentPort) parentPort.postMessage(m)
  else process.send?.(m)
}

let host: JobHost | null = null
let stopping = false
let inFlight = 0
let lastActivity = Date.now()
let offeredIdle = false

/**
 * Offers to stop once idle: no call for idleAfterMs and no background job. The runner decides
 * (it may have a call on the way), so a call is never lost to a process that has just left.
 */
function watchIdle(idleAfterMs: number): void {
  const timer = setInterval(
    () => {
      if (stopping || !host || inFlight > 0 || host.backgroundJobs() > 0) {
        lastActivity = Date.now()
        return
      }
      if (!offeredIdle && Date.now() - lastActivity >= idleAfterMs) {
        offeredIdle = true
        send({ type: 'idle' })
      }
    },
    Math.max(50, Math.min(10_000, Math.floor(idleAfterMs / 4))),
  )
  timer.unref()
}

async function onMessage(m: ToJob): Promise<void> {
  if (m.type === 'init') {
    try {
      host = await openJobHost(m.init)
      send({ type: 'ready', pid: process.pid })
      watchIdle(m.init.idleAfterMs)
    } catch (err) {
      send({ type: 'init-failed', message: err instanceof Error ? err.message : String(err) })
      process.exit(1)
    }
    return
  }
  if (m.type === 'call') {
    if (!host || stopping) {
      send({ type: 'result', id: m.id, result: { ok: false, error: { code: 'CONFLICT', message: '后台任务进程正在关闭，请重试' } } })
      return
    }
    inFlight++
    offeredIdle = false
    lastActivity = Date.now()
    try {
      send({ type: 'result', id: m.id, result: await host.call(m.channel, m.input, m.req, m.clockOffsetMs) })
    } finally {
      inFlight--
      lastActivity = Date.now()
    }
    return
  }
  if (m.type === 'stop') {
    stopping = true
    // Calls already running finish first; the main process has stopped sending new ones.
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 10))
    await host?.close()
    send({ type: 'stopped' })
    process.exit(0)
  }
}

if (parentPort) parentPort.on('message', (e) => void onMessage(e.data as ToJob))
else {
  process.on('message', (m) => void onMessage(m as ToJob))
  // The parent went away (crash, kill): nothing left to serve.
  process.on('disconnect', () => {
    void (host?.close() ?? Promise.resolve()).finally(() => process.exit(0))
  })
}
