/** The channels of consultations and applications (受理登记): each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, CASE_WORK } from '../ipc/define'
import type { ConsultationDto, CreatedApplication } from './dto'
import { ApplicationInput, ConsultationInput, ConsultationListInput } from './schema'
import type { Page } from '../ipc/page'

export const INTAKE_CONTRACT = {
  'consultation:create': channel<typeof ConsultationInput, ConsultationDto>(ConsultationInput, ['clerk', 'reviewer', 'director', 'admin']),
  'consultation:list': channel<typeof ConsultationListInput, Page<ConsultationDto>>(ConsultationListInput, CASE_WORK),
  'application:create': channel<typeof ApplicationInput, CreatedApplication>(ApplicationInput, ['clerk', 'reviewer', 'director', 'admin']),
}
