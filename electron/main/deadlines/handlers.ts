/** Handlers of the deadlines channels (shared/deadlines/contract.ts). */
import type { DEADLINES_CONTRACT } from '../../../shared/deadlines/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { deadlinesBoard } from '../cases/workflow-service'

export function deadlinesHandlers(ctx: ServiceContext): HandlersOf<typeof DEADLINES_CONTRACT> {
  return {
    'deadlines:board': async (input) => deadlinesBoard(ctx, input),
  }
}
