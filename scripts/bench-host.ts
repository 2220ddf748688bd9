/**
 * The main-process services for the benchmark, in a process of their own (forked by
 * scripts/bench.ts). It is bundled like the Electron main bundle — our code compiled into one
 * CommonJS file, the npm packages loaded from node_modules — so its memory is what the desktop
 * app's main process would hold, without tsx's compiler or the benchmark's own data generation.
 *
 * Protocol: the parent sends `{ id, op, args }`; the host answers `{ id, ok: true, value }` or
 * `{ id, ok: false, error }`. Operations run one at a time, in order.
 */
import { getHeapStatistics } from 'node:v8'
import { startServices, type Services } from '../electron/main/app-services'
import { resolveDataPaths } from '../electron/main/paths'
import type { LocalDate } from '../shared/domain/dates'
import { seedWorkflowForBench } from '../electron/main/workflow/bench-seed'
import { seedPaidBatchForBench } from '../electron/main/handling/bench-seed'
import { exportBatchExcel, issueBatchVouchers, issuePaymentList } from '../electron/main/handling/subsidy/batch-service'
import { renderBatch } from '../electron/main/documents/document-service'

export interface HostRequest {
  id: number
  op: string
  args: Record<string, unknown>
}
export type HostReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }

const req = { actor: 'bench', via: 'web' as const }
let services: Services | null = null
let dataDir = ''

const need = (): Services => {
  if (!services) throw new Error('services not started')
  return services
}
const paths = () => resolveDataPaths({ argv: [`--data-dir=${dataDir}`], env: {} })

const ops: Record<string, (args: Record<string, unknown>) => Promise<unknown>> = {
  async startupTimes(args) {
    dataDir = String(args.dataDir)
    const times: number[] = []
    for (let i = 0; i < Number(args.runs); i++) {
      const t = performance.now()
      const s = await startServices({ paths: paths(), mode: 'web', appVersion: 'bench' })
      times.push(performance.now() - t)
      // Closing waits for the background planner's batch in progress, if any: not start-up.
      await s.close()
    }
    return times
  },
  async start(args) {
    dataDir = String(args.dataDir)
    services = await startServices({ paths: paths(), mode: 'web', appVersion: 'bench' })
    return null
  },
  async dispatch(args) {
    const r = await need().dispatch(String(args.channel), args.input, req)
    if (!r.ok) throw new Error(`${String(args.channel)}: ${JSON.stringify(r.error)}`)
    return args.discard ? null : r.value
  },
  async all(args) {
    return need()
      .ctx.store.sqlite.prepare(String(args.sql))
      .all(...((args.params as unknown[]) ?? []))
  },
  async seedWorkflow() {
    return seedWorkflowForBench(need())
  },
  async plannerIdle() {
    await need().planner?.idle()
    return null
  },
  async seedPaidBatch(args) {
    return seedPaidBatchForBench(need(), Number(args.n), String(args.period), args.paidOn as LocalDate)
  },
  async issueVouchers(args) {
    return issueBatchVouchers(need().ctx, String(args.batchId), 'bench')
  },
  async renderVoucherBatch(args) {
    await renderBatch(need().ctx, { type: 'subsidy-voucher', issuedFrom: '2000-01-01', issuedTo: '2099-12-31', ids: args.ids as string[] }, 'bench')
    return null
  },
  async paymentList(args) {
    await issuePaymentList(need().ctx, String(args.batchId), 'bench')
    return null
  },
  async paymentExcel(args) {
    await exportBatchExcel(need().ctx, String(args.batchId))
    return null
  },
  async memory() {
    const h = getHeapStatistics()
    return { ...process.memoryUsage(), maxRss: process.resourceUsage().maxRSS * 1024, heapPhysical: h.total_physical_size, malloced: h.malloced_memory }
  },
  async close() {
    await services?.close()
    services = null
    return null
  },
}

let queue = Promise.resolve()
process.on('message', (m: HostRequest) => {
  queue = queue.then(async () => {
    let reply: HostReply
    try {
      const op = ops[m.op]
      if (!op) throw new Error(`unknown op ${m.op}`)
      reply = { id: m.id, ok: true, value: await op(m.args) }
    } catch (err) {
      reply = { id: m.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }
    }
    process.send!(reply)
  })
})
process.on('disconnect', () => {
  void (services?.close() ?? Promise.resolve()).finally(() => process.exit(0))
})
