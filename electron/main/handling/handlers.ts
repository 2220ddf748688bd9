/** Handlers of the handling channels (shared/handling/contract.ts). */
import type { HANDLING_CONTRACT } from '../../../shared/handling/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { addHandlingEvent, archiveCase, closeCase, concludeCase, handlingState, saveChecklist } from './handling-service'

export function handlingHandlers(ctx: ServiceContext): HandlersOf<typeof HANDLING_CONTRACT> {
  return {
    'handling:get': async (input) => handlingState(ctx, input.caseId),
    'handling:add-event': async (input, req) => addHandlingEvent(ctx, input, req.actor),
    'handling:conclude': async (input, req) => concludeCase(ctx, input, req.actor, req.roles),
    'handling:save-checklist': async (input, req) => saveChecklist(ctx, input, req.actor),
    'handling:close': async (input, req) => closeCase(ctx, input, req.actor, req.roles),
    'handling:archive': async (input, req) => archiveCase(ctx, input, req.actor, req.roles),
  }
}
