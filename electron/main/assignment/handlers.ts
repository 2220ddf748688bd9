/** Handlers of the assignment channels (shared/assignment/contract.ts). */
import type { ASSIGNMENT_CONTRACT } from '../../../shared/assignment/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { assignLawyer, suggestAssignment } from './assignment-service'

export function assignmentHandlers(ctx: ServiceContext): HandlersOf<typeof ASSIGNMENT_CONTRACT> {
  return {
    'assignment:suggest': async (input) => suggestAssignment(ctx, input),
    'assignment:assign': async (input, req) => assignLawyer(ctx, input, req.actor, req.roles),
  }
}
