/**
 * The main-process services for the benchmark, in a process of their own (forked by
 * scripts/bench.ts). It is bundled like the Electron main bundle — our code compiled into one
 * CommonJS file, the npm packages loaded from node_modules — so its memory is what the desktop
 * app's main process would hold, without tsx's compiler or the benchmark's own data generation.
 *
 * Protocol: the parent sends `{ id, op, args }`; the host answers `{ id, ok: true, value }` or
 * `{ id, ok: false, error }`. Operations run one at a time, in order.
 */
import { join } from 'node:path'
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8'
import { startServices, type Services } from '../electron/main/app-services'
import { resolveDataPaths } from '../electron/main/paths'
import type { LocalDate } from '../shared/domain/dates'
import { seedWorkflowForBench } from './bench-seed-workflow'
import { seedPaidBatchForBench } from './bench-seed-subsidy'
import { forkSpawner } from '../electron/main/jobs/fork-spawn'
import { JOB_PROCESS_FLAGS } from '../electron/main/jobs/job-channels'

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
/** The job process, bundled beside this file (scripts/bench.ts builds both), as in the desktop app. */
// BENCH_JOB_FLAGS replaces the job process's V8 flags (to compare settings; off by default).
const jobFlags = process.env.BENCH_JOB_FLAGS === undefined ? JOB_PROCESS_FLAGS : process.env.BENCH_JOB_FLAGS.split(/\s+/).filter(Boolean)
const jobs = { spawn: forkSpawner(join(__dirname, 'job-process.cjs'), jobFlags, { inheritExecArgv: false }) }
const dispatchOk = async (channel: string, input: unknown): Promise<unknown> => {
  const r = await need().dispatch(channel, input, req)
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`)
  return r.value
}

/** Starts a background job through its start channel and polls its status channel until it ends. */
async function runToEnd<T>(start: string, status: string, input: unknown): Promise<T> {
  type Status = { jobId: string; state: string; error: string | null }
  let s = (await dispatchOk(start, input)) as Status
  while (s.state === 'running') {
    await new Promise((r) => setTimeout(r, 50))
    s = (await dispatchOk(status, { jobId: s.jobId })) as Status
  }
  if (s.state !== 'done') throw new Error(`${start} ${s.state}: ${s.error ?? ''}`)
  return s as unknown as T
}

const ops: Record<string, (args: Record<string, unknown>) => Promise<unknown>> = {
  async startupTimes(args) {
    dataDir = String(args.dataDir)
    const times: number[] = []
    for (let i = 0; i < Number(args.runs); i++) {
      const t = performance.now()
      const s = await startServices({ paths: paths(), mode: 'web', appVersion: 'bench', jobs })
      times.push(performance.now() - t)
      // Closing waits for the background planner's batch in progress, if any: not start-up.
      await s.close()
    }
    return times
  },
  async start(args) {
    dataDir = String(args.dataDir)
    services = await startServices({ paths: paths(), mode: 'web', appVersion: 'bench', ...(args.jobs === false ? {} : { jobs }) })
    return null
  },
  async dispatch(args) {
    const value = await dispatchOk(String(args.channel), args.input)
    return args.discard ? null : value
  },
  /** The job process's pid (null until its first call), so the driver can read its memory. */
  async jobPid() {
    return need().jobs?.pid() ?? null
  },
  async all(args) {
    return need()
      .ctx.store.sqlite.prepare(String(args.sql))
      .all(...((args.params as unknown[]) ?? []))
  },
  async pragma(args) {
    return need().ctx.store.sqlite.pragma(String(args.pragma))
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
  /** As the finance screen does it: start the voucher run, poll until it is done. */
  async issueVouchers(args) {
    const status = await runToEnd<{ voucherDocIds: string[] }>('subsidy-batch:vouchers-start', 'subsidy-batch:vouchers-status', { batchId: String(args.batchId) })
    return status.voucherDocIds
  },
  /** As the documents screen does it: start the batch, poll until it is done. */
  async renderVoucherBatch(args) {
    await runToEnd('documents:batch-start', 'documents:batch-status', { type: 'subsidy-voucher', issuedFrom: '2000-01-01', issuedTo: '2099-12-31', ids: args.ids as string[] })
    return null
  },
  async paymentList(args) {
    await dispatchOk('subsidy-batch:payment-list', { batchId: String(args.batchId) })
    return null
  },
  async paymentExcel(args) {
    await dispatchOk('subsidy-batch:export-excel', { batchId: String(args.batchId) })
    return null
  },
  async memory() {
    const h = getHeapStatistics()
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size, physical: s.physical_space_size }]))
    return { ...process.memoryUsage(), maxRss: process.resourceUsage().maxRSS * 1024, heapPhysical: h.total_physical_size, malloced: h.malloced_memory, spaces }
  },
  /** A full collection, when the host runs with --expose-gc (BENCH_HOST_FLAGS); for probing what is live. */
  async gc() {
    const g = (globalThis as { gc?: () => void }).gc
    if (!g) return false
    g()
    return true
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
