/** The channels of the case list, the case file and the case's state machine: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, ALL_STAFF, CASE_WORK } from '../ipc/define'
import type { CaseFile, OpenWindowResult, CaseListRow } from './case-file'
import type { TransitionResult, WorkflowState } from './dto'
import { CaseIdInput, IdInput, TransitionInput } from './schema'
import { CaseSearchInput } from '../intake/schema'
import type { Page } from '../ipc/page'

export const CASES_CONTRACT = {
  'case:search': channel<typeof CaseSearchInput, Page<CaseListRow>>(CaseSearchInput, ALL_STAFF),
  'case:get': channel<typeof IdInput, CaseFile>(IdInput, ALL_STAFF),
  'case:open-window': channel<typeof IdInput, OpenWindowResult>(IdInput, ALL_STAFF),
  'workflow:transition': channel<typeof TransitionInput, TransitionResult>(TransitionInput, CASE_WORK),
  'workflow:history': channel<typeof CaseIdInput, WorkflowState>(CaseIdInput, ALL_STAFF),
}
