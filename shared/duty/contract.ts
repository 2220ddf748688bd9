/** The channels of duty-lawyer posts, shifts and statements (值班律师): each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, ALL_STAFF } from '../ipc/define'
import type { DutyPostDto, DutyShiftDto, DutyStatementDto } from './dto'
import { DutyPostListInput, DutyPostSaveInput, DutyRosterInput, DutyServiceAddInput, DutyShiftSaveInput, DutyStatementInput, DutyStatementSaveInput } from './schema'

export const DUTY_CONTRACT = {
  'duty:posts': channel<typeof DutyPostListInput, DutyPostDto[]>(DutyPostListInput, ALL_STAFF),
  'duty:post-save': channel<typeof DutyPostSaveInput, DutyPostDto>(DutyPostSaveInput, ['clerk', 'director', 'admin']),
  'duty:roster': channel<typeof DutyRosterInput, DutyShiftDto[]>(DutyRosterInput, ALL_STAFF),
  'duty:shift-save': channel<typeof DutyShiftSaveInput, DutyShiftDto>(DutyShiftSaveInput, ['clerk', 'director', 'admin']),
  'duty:service-add': channel<typeof DutyServiceAddInput, DutyShiftDto>(DutyServiceAddInput, ['clerk', 'director', 'admin']),
  'duty:statement': channel<typeof DutyStatementInput, DutyStatementDto[]>(DutyStatementInput, ['clerk', 'director', 'finance', 'admin']),
  'duty:statement-save': channel<typeof DutyStatementSaveInput, DutyStatementDto>(DutyStatementSaveInput, ['clerk', 'director', 'finance', 'admin']),
}
