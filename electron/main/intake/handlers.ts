/** Handlers of intake (受理登记): consultations and applications. */
import type { INTAKE_CONTRACT } from '../../../shared/intake/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { createApplication, createConsultation, listConsultations } from './intake-service'

export function intakeHandlers(ctx: ServiceContext): HandlersOf<typeof INTAKE_CONTRACT> {
  return {
    'consultation:create': async (input, req) => createConsultation(ctx, input, req.actor),
    'consultation:list': async (input) => listConsultations(ctx, input.page, input.pageSize),
    'application:create': async (input, req) => createApplication(ctx, input, req.actor),
  }
}
