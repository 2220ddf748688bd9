import type { Logger } from '../ipc/types'
import type { ServiceContext } from '../context'
import { drainPending } from '../cases/workflow-service'

/**
 * Plans queued cases' deadlines in the background: once at start-up (cases from before the
 * workflow migration, registrations a crash left unplanned) and again whenever a service queues
 * many at once (an outreach import). Works in small transactions and yields to the event loop
 * between them, so a clerk's request waits at most one batch (about 50–100 ms for 250 cases on
 * a 500,000-case store), and memory stays flat however long the queue is.
 *
 * The deadlines board still plans up to 200 queued cases itself before it reads, so what it shows
 * is right even while this runs; it tells the clerk how many are still waiting.
 */
export interface DeadlinePlanner {
  /** Start (or continue) working through the queue; returns at once. */
  kick(): void
  /**
   * Resolves when the planner is not working: the queue is empty, it has stopped, or it is
   * waiting to retry (after an error, or while a restore has the store closed). Tests, benchmarks.
   */
  idle(): Promise<void>
  /** Finishes the batch in progress and stops; later kicks do nothing. */
  stop(): Promise<void>
}

export function createDeadlinePlanner(ctx: ServiceContext, options: { batchSize?: number; logger?: Logger; retryMs?: number } = {}): DeadlinePlanner {
  const batchSize = options.batchSize ?? 250
  const retryMs = options.retryMs ?? 5_000
  const logger = options.logger ?? console
  let running: Promise<void> | null = null
  let again = false
  let stopped = false
  let retry: NodeJS.Timeout | null = null

  const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve))

  async function run(): Promise<void> {
    do {
      again = false
      for (;;) {
        if (stopped) return
        // A restore from backup swaps the store: leave it alone and come back afterwards.
        if (ctx.storeControl?.busy) {
          schedule(retryMs)
          return
        }
        let n: number
        try {
          n = await drainPending(ctx, batchSize)
        } catch (err) {
          logger.error('[deadlines] 后台计算期限失败，稍后重试', err)
          schedule(retryMs)
          return
        }
        if (n === 0) break
        await nextTick()
      }
    } while (again)
  }

  function schedule(ms: number): void {
    if (stopped || retry) return
    retry = setTimeout(() => {
      retry = null
      kick()
    }, ms)
    retry.unref?.()
  }

  function kick(): void {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    running = run().finally(() => {
      running = null
    })
  }

  return {
    kick,
    async idle() {
      while (running) await running
    },
    async stop() {
      stopped = true
      if (retry) clearTimeout(retry)
      retry = null
      await running
    },
  }
}
