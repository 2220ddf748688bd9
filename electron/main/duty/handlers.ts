/** Handlers of the duty channels (shared/duty/contract.ts). */
import type { DUTY_CONTRACT } from '../../../shared/duty/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { addService, listPosts, roster, savePost, saveShift, saveStatement, statements } from './duty-service'

export function dutyHandlers(ctx: ServiceContext): HandlersOf<typeof DUTY_CONTRACT> {
  return {
    'duty:posts': async (input) => listPosts(ctx, input),
    'duty:post-save': async (input, req) => savePost(ctx, input, req.actor),
    'duty:roster': async (input) => roster(ctx, input),
    'duty:shift-save': async (input, req) => saveShift(ctx, input, req.actor),
    'duty:service-add': async (input, req) => addService(ctx, input, req.actor),
    'duty:statement': async (input) => statements(ctx, input),
    'duty:statement-save': async (input, req) => saveStatement(ctx, input, req.actor),
  }
}
