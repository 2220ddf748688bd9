/** The channels of assignment (指派) and its suggestions: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, CASE_WORK } from '../ipc/define'
import type { AssignmentResult, AssignmentSuggestions } from './dto'
import { AssignmentAssignInput, AssignmentSuggestInput } from './schema'

export const ASSIGNMENT_CONTRACT = {
  'assignment:suggest': channel<typeof AssignmentSuggestInput, AssignmentSuggestions>(AssignmentSuggestInput, CASE_WORK),
  'assignment:assign': channel<typeof AssignmentAssignInput, AssignmentResult>(AssignmentAssignInput, ['clerk', 'director', 'admin']),
}
