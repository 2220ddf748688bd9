import { CHANNELS, type Channel } from '../../../shared/ipc/channels'
import { contract } from '../../../shared/ipc/contract'

/**
 * The channels the main process hands to the job process (jobs/job-runner.ts): those declared
 * with `runsIn: 'job'` in their contract entries (shared/ipc/define.ts says which work that is).
 * Everything else (case list, case file, forms, the deadline board, single documents) stays in
 * the main process. A batch printed in the job process is read back and opened by the main
 * process (documents:read / documents:open with its job id): main adopts it when its status says
 * done. The permission guard and the restore gate run in the main process before a call is
 * handed on.
 */
export const JOB_CHANNELS: ReadonlySet<Channel> = new Set(CHANNELS.filter((c) => contract[c].runsIn === 'job'))

/** What main does after a routed call succeeded (the job process has no planner of its own). */
export const AFTER_JOB: Partial<Record<Channel, 'plan-deadlines' | 'adopt-batch'>> = {
  'outreach:import': 'plan-deadlines',
  'documents:batch-start': 'adopt-batch',
  'documents:batch-status': 'adopt-batch',
}

/**
 * V8 flags for the job process. Its young generation is capped: a report or an import allocates
 * in bursts, and V8 would otherwise grow the young generation to 128 MB and keep it
 * (docs/benchmarks.md). The main process cannot be given flags this way (Electron reads
 * --js-flags for it only from the command line), which is one reason this work moved out of it.
 */
export const JOB_PROCESS_FLAGS: readonly string[] = ['--max-semi-space-size=8']
