import { openDatabase } from '../db/connection'
import { migrateToLatest, type MigrateOptions } from '../db/migrate'
import type { Dispatch, Logger } from '../ipc/types'
import type { ServiceContext } from '../context'
import { exitBackup, startBackupScheduler, type BackupScheduler } from './backup-service'
import { createStoreControl } from './store-control'

/**
 * What startServices adds for data safety: the store control (close/reopen around a restore,
 * with a gate that refuses other requests meanwhile), the daily backup check and the backup on
 * close. `close()` must be awaited by the caller (Electron: in will-quit, before quitting).
 */
export function attachDataSafety(
  ctx: ServiceContext,
  options: { migrate: MigrateOptions; autoBackup: boolean; logger?: Logger; beforeClose?: () => Promise<void> },
): { gate(dispatch: Dispatch): Dispatch; close(): Promise<void> } {
  const logger = options.logger ?? console
  const control = createStoreControl({
    holder: ctx,
    dbPath: ctx.paths.dbPath,
    ...(options.beforeClose ? { beforeClose: options.beforeClose } : {}),
    reopen: async () => {
      const store = openDatabase(ctx.paths.dbPath)
      try {
        return { store, migration: await migrateToLatest(store, options.migrate) }
      } catch (err) {
        await store.close()
        throw err
      }
    },
  })
  ctx.storeControl = control
  const scheduler: BackupScheduler | null = options.autoBackup ? startBackupScheduler(ctx, { logger }) : null
  let closed = false
  return {
    gate: (dispatch) => control.gate(dispatch),
    async close() {
      if (closed) return
      closed = true
      await scheduler?.stop()
      if (options.autoBackup) {
        await exitBackup(ctx).catch((err: unknown) => logger.error('[backup] backup on exit failed', err))
      }
      await ctx.store.close()
    },
  }
}
