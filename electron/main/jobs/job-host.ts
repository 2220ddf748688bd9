/**
 * The job process's side, in plain Node: opens the store the main process has already opened
 * and migrated, builds the same service context and handlers, and runs the routed channels
 * (job-channels.ts). Input arrives already parsed by the main process's dispatcher; the result
 * goes back as the dispatcher's Result, so errors keep their code, message and field issues.
 */
import { AppError, type Result } from '../../../shared/ipc/result'
import { AuthService } from '../auth/auth-service'
import { openDatabase, type OpenDb } from '../db/connection'
import { pendingMigrations } from '../db/migrate'
import { readSetting } from '../settings/setting-repo'
import { createHandlers } from '../handlers'
import { INTERNAL_MESSAGE } from '../ipc/router'
import type { Logger, RequestContext } from '../ipc/types'
import { setResourcesDir } from '../pdf/fonts'
import { newUuidV7, type ServiceContext } from '../context'
import { runningBatches } from '../documents/document-service'
import { runningVoucherJobs } from '../subsidy/batch-service'
import { JOB_CHANNELS } from './job-channels'
import type { JobInit } from './protocol'

export interface JobHost {
  /** clockOffsetMs: the main process's clock minus the system clock, taken with each call. */
  call(channel: string, input: unknown, req: RequestContext, clockOffsetMs?: number): Promise<Result<unknown>>
  /** Background work started by a call and still going (batch printing, voucher runs). */
  backgroundJobs(): number
  close(): Promise<void>
}

export async function openJobHost(init: JobInit, logger: Logger = console): Promise<JobHost> {
  if (init.resourcesDir) setResourcesDir(init.resourcesDir)
  const store: OpenDb = openDatabase(init.paths.dbPath)
  // The main process's time: the app runs on the system clock; tests run main on a fixed or moved one.
  let clockOffsetMs = 0
  let ctx: ServiceContext
  try {
    const pending = pendingMigrations(store)
    if (pending.length > 0) throw new Error(`数据库结构不是最新（缺少 ${pending.join('、')}），后台任务进程不能使用它`)
    const device = (await readSetting(store.db, 'device'))?.value as { id?: unknown } | undefined
    if (typeof device?.id !== 'string') throw new Error('数据库缺少设备标识（应由主进程在启动时写入）')
    ctx = {
      store,
      db: store.db,
      clock: { now: () => Date.now() + clockOffsetMs },
      paths: init.paths,
      appVersion: init.appVersion,
      mode: init.mode,
      origin: device.id,
      newId: newUuidV7,
      // Routed channels never open windows; the main process does that after they return.
      openCaseWindow: async (id) => ({ opened: false, url: `#/case/${encodeURIComponent(id)}` }),
    }
  } catch (err) {
    await store.close()
    throw err
  }
  const all = createHandlers(ctx, new AuthService(ctx))
  const handlers = new Map<string, (input: unknown, req: RequestContext) => Promise<unknown>>()
  for (const channel of JOB_CHANNELS) handlers.set(channel, all[channel] as (input: unknown, req: RequestContext) => Promise<unknown>)

  let closed = false
  return {
    async call(channel, input, req, offset = 0) {
      clockOffsetMs = offset
      const handler = handlers.get(channel)
      if (!handler || closed) return { ok: false, error: { code: 'INTERNAL', message: `后台任务进程不处理该操作：${channel.slice(0, 80)}` } }
      try {
        return { ok: true, value: await handler(input, req) }
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: err.toData() }
        logger.error(`[jobs] ${channel} failed`, err)
        return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } }
      }
    },
    backgroundJobs: () => runningBatches(ctx) + runningVoucherJobs(ctx),
    async close() {
      if (closed) return
      closed = true
      await store.close()
    },
  }
}
