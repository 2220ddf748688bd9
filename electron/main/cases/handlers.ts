/** Handlers of case:*: the case list, the case file and its window. */
import type { Channel } from '../../../shared/ipc/channels'
import type { Handlers } from '../ipc/types'
import { getCaseFile, searchCaseList } from '../services/case-service'
import type { ServiceContext } from '../services/context'

export function caseHandlers(ctx: ServiceContext): Pick<Handlers, Extract<Channel, `case:${string}`>> {
  return {
    'case:search': async (input, req) => searchCaseList(ctx, input, req.roles),
    'case:get': async (input, req) => getCaseFile(ctx, input.id, req.userId ? req.actor : undefined),
    'case:open-window': async (input) => {
      await getCaseFile(ctx, input.id) // NOT_FOUND for an unknown case, before any window opens
      return ctx.openCaseWindow(input.id)
    },
  }
}
