/** The channels of handling, conclusion, closing and archiving (办理、办结、结案、归档): each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, ALL_STAFF } from '../ipc/define'
import type { HandlingState } from './dto'
import { ArchiveInput, ChecklistSaveInput, CloseInput, ConcludeInput, HandlingCaseInput, HandlingEventInput } from './schema'

export const HANDLING_CONTRACT = {
  'handling:get': channel<typeof HandlingCaseInput, HandlingState>(HandlingCaseInput, ALL_STAFF),
  'handling:add-event': channel<typeof HandlingEventInput, HandlingState>(HandlingEventInput, ['clerk', 'director', 'admin']),
  'handling:conclude': channel<typeof ConcludeInput, HandlingState>(ConcludeInput, ['clerk', 'director', 'admin']),
  'handling:save-checklist': channel<typeof ChecklistSaveInput, HandlingState>(ChecklistSaveInput, ['clerk', 'director', 'admin']),
  'handling:close': channel<typeof CloseInput, HandlingState>(CloseInput, ['clerk', 'director', 'admin']),
  'handling:archive': channel<typeof ArchiveInput, HandlingState>(ArchiveInput, ['clerk', 'director', 'admin']),
}
