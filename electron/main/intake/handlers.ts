/** Handlers of intake (受理登记): consultations and applications. */
import type { Handlers } from '../ipc/types'
import type { ServiceContext } from '../services/context'
import { createApplication, createConsultation, listConsultations } from '../services/intake-service'

export function intakeHandlers(ctx: ServiceContext): Pick<Handlers, 'consultation:create' | 'consultation:list' | 'application:create'> {
  return {
    'consultation:create': async (input, req) => createConsultation(ctx, input, req.actor),
    'consultation:list': async (input) => listConsultations(ctx, input.page, input.pageSize),
    'application:create': async (input, req) => createApplication(ctx, input, req.actor),
  }
}
