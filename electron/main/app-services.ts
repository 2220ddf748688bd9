import { mkdirSync } from 'node:fs'
import { systemClock, type Clock } from '../../shared/domain/dates'
import { openDatabase, type OpenDb } from './db/connection'
import { migrateToLatest, type MigrateResult } from './db/migrate'
import { readSetting, writeSetting } from './settings/setting-repo'
import { writeTx } from './db/tx'
import { AuthService, type AuthOptions } from './auth/auth-service'
import { createGuardedDispatch, type GuardedDispatch } from './auth/guard'
import { createHandlers } from './handlers'
import { createDeadlinePlanner, type DeadlinePlanner } from './deadlines/deadline-planner'
import { attachDataSafety } from './backup/wiring'
import { createDispatcher } from './ipc/router'
import type { Dispatch, Handlers, Logger, RequestContext } from './ipc/types'
import { AFTER_JOB, JOB_CHANNELS } from './jobs/job-channels'
import { createJobRunner, type JobRunner, type JobSpawner } from './jobs/job-runner'
import { explicitResources } from './pdf/fonts'
import { adoptFinishedBatch } from './documents/document-service'
import type { BatchJobStatus } from '../../shared/documents/schema'
import { AppError } from '../../shared/ipc/result'
import type { DataPaths } from './paths'
import { newUuidV7, type ServiceContext } from './context'

export interface StartOptions {
  paths: DataPaths
  mode: 'electron' | 'web'
  appVersion?: string
  clock?: Clock
  logger?: Logger
  openCaseWindow?: ServiceContext['openCaseWindow']
  /** Electron: opens a stored PDF in a preview window (documents/preview-window.ts). */
  openPdf?: ServiceContext['openPdf']
  auth?: AuthOptions
  /** Daily backup check and backup on close (default: on in the desktop app, off otherwise). */
  autoBackup?: boolean
  /**
   * Plan queued cases' deadlines in the background, at start-up and after an import (default: on).
   * Tests that compare whole-table snapshots turn it off; the board still plans what it shows.
   */
  backgroundPlanning?: boolean
  /**
   * Runs the long report, export, import and voucher channels (jobs/job-channels.ts) in a job
   * process started by this spawner. Absent: they run in this process (tests, scripts).
   */
  jobs?: { spawn: JobSpawner; idleAfterMs?: number }
}

export interface Services {
  ctx: ServiceContext
  /** Trusted, in-process calls (scripts, tests): no permission check. */
  dispatch: Dispatch
  /** What the renderer's transports use: login and role checks first (auth/guard.ts). */
  guarded: GuardedDispatch
  auth: AuthService
  migration: MigrateResult
  /** The background deadline planner (idle() for tests and benchmarks). */
  planner: DeadlinePlanner | null
  /** The job process's runner, when StartOptions.jobs was given. */
  jobs: JobRunner | null
  close(): Promise<void>
}

async function deviceOrigin(store: OpenDb, clock: Clock): Promise<string> {
  return writeTx(store.db, async (trx) => {
    const existing = await readSetting(trx, 'device')
    const id = (existing?.value as { id?: unknown } | undefined)?.id
    if (typeof id === 'string') return id
    const fresh = newUuidV7()
    await writeSetting(trx, 'device', { id: fresh }, clock.now())
    return fresh
  })
}

/**
 * Opens and migrates the store and wires the services and the dispatcher. Plain Node: used by
 * the Electron main process, the browser-mode bridge, scripts and tests alike.
 */
export async function startServices(options: StartOptions): Promise<Services> {
  const clock = options.clock ?? systemClock
  mkdirSync(options.paths.dataDir, { recursive: true })
  const store = openDatabase(options.paths.dbPath)
  let migration: MigrateResult
  try {
    migration = await migrateToLatest(store, { backupDir: options.paths.backupsDir, appVersion: options.appVersion ?? 'dev', now: () => clock.now() })
  } catch (err) {
    await store.close()
    throw err
  }
  const origin = await deviceOrigin(store, clock)
  const ctx: ServiceContext = {
    store,
    db: store.db,
    clock,
    paths: options.paths,
    appVersion: options.appVersion ?? 'dev',
    mode: options.mode,
    origin,
    newId: newUuidV7,
    openCaseWindow: options.openCaseWindow ?? (async (id) => ({ opened: false, url: `#/case/${encodeURIComponent(id)}` })),
    ...(options.openPdf ? { openPdf: options.openPdf } : {}),
  }
  const auth = new AuthService(ctx, options.auth)
  const jobs = options.jobs
    ? createJobRunner({
        spawn: options.jobs.spawn,
        ...(options.jobs.idleAfterMs !== undefined ? { idleAfterMs: options.jobs.idleAfterMs } : {}),
        init: () => ({ paths: options.paths, appVersion: ctx.appVersion, mode: options.mode, resourcesDir: explicitResources() }),
        clockOffsetMs: () => clock.now() - Date.now(),
        ...(options.logger ? { logger: options.logger } : {}),
      })
    : null
  const migrate = { backupDir: options.paths.backupsDir, appVersion: options.appVersion ?? 'dev', now: () => clock.now() }
  const safety = attachDataSafety(ctx, {
    migrate,
    autoBackup: options.autoBackup ?? options.mode === 'electron',
    // A restore replaces the file: the job process must let go of it first (restarts on its next call).
    ...(jobs ? { beforeClose: () => jobs.stop() } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  })
  const handlers = createHandlers(ctx, auth)
  if (jobs) routeToJobs(handlers, jobs, ctx)
  const dispatch = safety.gate(createDispatcher(handlers, options.logger))
  const guarded = createGuardedDispatch(dispatch, auth)
  const planner = options.backgroundPlanning === false ? null : createDeadlinePlanner(ctx, options.logger ? { logger: options.logger } : {})
  if (planner) {
    ctx.planDeadlines = () => planner.kick()
    planner.kick()
  }
  return {
    ctx,
    dispatch,
    guarded,
    auth,
    migration,
    planner,
    jobs,
    close: async () => {
      await planner?.stop()
      await jobs?.stop()
      await safety.close()
    },
  }
}

/**
 * Replaces the routed channels' handlers with hand-overs to the job process. The dispatcher has
 * already parsed the input and the guard has checked the caller; the job's Result comes back as
 * the same AppError (code, message, field issues) the in-process handler would have thrown.
 */
function routeToJobs(handlers: Handlers, jobs: JobRunner, ctx: ServiceContext): void {
  const table = handlers as unknown as Record<string, (input: unknown, req: RequestContext) => Promise<unknown>>
  for (const channel of JOB_CHANNELS) {
    table[channel] = async (input, req) => {
      const r = await jobs.call(channel, input, req)
      if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details)
      const after = AFTER_JOB[channel]
      if (after === 'plan-deadlines') ctx.planDeadlines?.()
      if (after === 'adopt-batch') adoptFinishedBatch(ctx, r.value as BatchJobStatus)
      return r.value
    }
  }
}
