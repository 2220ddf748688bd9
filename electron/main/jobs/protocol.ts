import type { Result } from '../../../shared/ipc/result'
import type { DataPaths } from '../paths'
import type { RequestContext } from '../ipc/types'

/** What the job process needs to open the same store as the main process. */
export interface JobInit {
  paths: DataPaths
  appVersion: string
  mode: 'electron' | 'web'
  /** The fonts' resources folder when main set one (packaged app); null: discover as main does. */
  resourcesDir: string | null
  /** After this long with no call and no background job, the process offers to stop (ms). */
  idleAfterMs: number
}

export type ToJob =
  | { type: 'init'; init: JobInit }
  /** clockOffsetMs: the main process's clock minus the system clock (0 in the app; tests move main's clock). */
  | { type: 'call'; id: number; channel: string; input: unknown; req: RequestContext; clockOffsetMs: number }
  | { type: 'stop' }

export type FromJob =
  | { type: 'ready'; pid: number }
  /** Nothing running and nothing asked for a while: the runner may stop the process to free its memory. */
  | { type: 'idle' }
  | { type: 'init-failed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'stopped' }
