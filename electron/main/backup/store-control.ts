import { AppError, type Result } from '../../../shared/ipc/result'
import type { OpenDb } from '../db/connection'
import type { StoreControl } from '../context'
import type { MigrateResult } from '../db/migrate'
import type { Dispatch } from '../ipc/types'

export type { StoreControl }

export interface StoreHolder {
  store: OpenDb
  db: OpenDb['db']
}

const BUSY_MESSAGE = '正在从备份恢复数据库，请稍候片刻再操作。'

/** Channels that themselves swap the store (their own request must not wait for itself). */
const SELF_SWAPPING = new Set(['backup:restore'])

export function createStoreControl(options: {
  holder: StoreHolder
  dbPath: string
  reopen(): Promise<{ store: OpenDb; migration: MigrateResult }>
  /** Runs after the requests in progress have finished, before the store closes (the job process lets go of the file). */
  beforeClose?: () => Promise<void>
  drainTimeoutMs?: number
}): StoreControl & { gate(dispatch: Dispatch): Dispatch } {
  let busy = false
  let inFlight = 0
  const drainTimeoutMs = options.drainTimeoutMs ?? 15_000

  async function drain(): Promise<void> {
    const until = Date.now() + drainTimeoutMs
    while (inFlight > 0) {
      if (Date.now() > until) throw new AppError('CONFLICT', '还有其他操作正在进行，暂时不能恢复。请稍后再试。')
      await new Promise((r) => setTimeout(r, 10))
    }
  }

  return {
    get busy() {
      return busy
    },
    gate(dispatch: Dispatch): Dispatch {
      return async (channel, input, req): Promise<Result<unknown>> => {
        if (busy) return { ok: false, error: { code: 'CONFLICT', message: BUSY_MESSAGE } }
        const counted = !(typeof channel === 'string' && SELF_SWAPPING.has(channel))
        if (counted) inFlight++
        try {
          return await dispatch(channel, input, req)
        } finally {
          if (counted) inFlight--
        }
      }
    },
    async withStoreClosed(fn) {
      if (busy) throw new AppError('CONFLICT', BUSY_MESSAGE)
      busy = true
      let migration: MigrateResult | undefined
      try {
        await drain()
        await options.beforeClose?.()
        // Wait for a transaction still holding the connection, then close (checkpoints the WAL).
        await options.holder.db.connection().execute(async () => {})
        await options.holder.store.close()
        let result: Awaited<ReturnType<typeof fn>>
        try {
          result = await fn(options.dbPath)
        } finally {
          // Whatever fn did, reopen what is now in place; fn is responsible for leaving a good file.
          const reopened = await options.reopen().catch((err: unknown) => {
            throw new AppError('IO', `数据库无法重新打开，请退出并重新启动法援工作台：${err instanceof Error ? err.message : String(err)}`)
          })
          options.holder.store = reopened.store
          options.holder.db = reopened.store.db
          migration = reopened.migration
        }
        return { result, migration: migration }
      } finally {
        busy = false
      }
    },
  }
}
