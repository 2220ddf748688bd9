/** Handlers of the cases channels: the case list, the case file and its window, and the state machine. */
import type { CASES_CONTRACT } from '../../../shared/cases/contract'
import type { HandlersOf } from '../ipc/types'
import { transitionCase, workflowState } from './workflow-service'
import { getCaseFile, searchCaseList } from './case-service'
import type { ServiceContext } from '../context'

export function caseHandlers(ctx: ServiceContext): HandlersOf<typeof CASES_CONTRACT> {
  return {
    'case:search': async (input, req) => searchCaseList(ctx, input, req.roles),
    'case:get': async (input, req) => getCaseFile(ctx, input.id, req.userId ? req.actor : undefined),
    'case:open-window': async (input) => {
      await getCaseFile(ctx, input.id) // NOT_FOUND for an unknown case, before any window opens
      return ctx.openCaseWindow(input.id)
    },
    'workflow:transition': async (input, req) => transitionCase(ctx, input, req.actor, req.roles),
    'workflow:history': async (input) => workflowState(ctx, input.caseId),
  }
}
