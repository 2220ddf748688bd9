/** IPC contract entries of the workflow, review, policy settings, roster, assignment and deadline channels (spread into shared/ipc/contract.ts). */
import { channel, ALL_STAFF, CASE_WORK } from '../ipc/define'
import { FirmSaveInput, LawyerExportInput, LawyerImportInput, LawyerListInput, LawyerSaveInput } from '../schemas/lawyers'
import {
  AssignmentAssignInput,
  AssignmentSuggestInput,
  CaseIdInput,
  DeadlinesBoardInput,
  PolicySettingAddInput,
  PolicySettingListInput,
  ReviewAssessInput,
  ReviewSaveInput,
  TransitionInput,
} from '../schemas/workflow'
import { strict } from '../fields'
import type {
  AssignmentResult,
  AssignmentSuggestions,
  DeadlineBoard,
  FirmDto,
  LawyerDto,
  LawyerExportResult,
  LawyerImportResult,
  LawyerPage,
  PolicySettingDto,
  PolicySettingList,
  ReviewAssessment,
  ReviewDto,
  TransitionResult,
  WorkflowState,
} from './dto'

const FirmListInput = strict({})

export const WORKFLOW_CONTRACT = {
  'workflow:transition': channel<typeof TransitionInput, TransitionResult>(TransitionInput, CASE_WORK),
  'workflow:history': channel<typeof CaseIdInput, WorkflowState>(CaseIdInput, ALL_STAFF),
  'review:get': channel<typeof CaseIdInput, ReviewDto>(CaseIdInput, CASE_WORK),
  'review:save': channel<typeof ReviewSaveInput, ReviewDto>(ReviewSaveInput, ['reviewer', 'director', 'admin']),
  'review:assess': channel<typeof ReviewAssessInput, ReviewAssessment>(ReviewAssessInput, CASE_WORK),
  'policy-settings:list': channel<typeof PolicySettingListInput, PolicySettingList>(PolicySettingListInput, 'any-user'),
  'policy-settings:add': channel<typeof PolicySettingAddInput, PolicySettingDto>(PolicySettingAddInput, ['admin']),
  'lawyer:list': channel<typeof LawyerListInput, LawyerPage>(LawyerListInput, ALL_STAFF),
  'lawyer:save': channel<typeof LawyerSaveInput, LawyerDto>(LawyerSaveInput, ['admin']),
  'firm:list': channel<typeof FirmListInput, FirmDto[]>(FirmListInput, ALL_STAFF),
  'firm:save': channel<typeof FirmSaveInput, FirmDto>(FirmSaveInput, ['admin']),
  'lawyer:import-excel': channel<typeof LawyerImportInput, LawyerImportResult>(LawyerImportInput, ['admin']),
  'lawyer:export-excel': channel<typeof LawyerExportInput, LawyerExportResult>(LawyerExportInput, ['director', 'admin']),
  'assignment:suggest': channel<typeof AssignmentSuggestInput, AssignmentSuggestions>(AssignmentSuggestInput, CASE_WORK),
  'assignment:assign': channel<typeof AssignmentAssignInput, AssignmentResult>(AssignmentAssignInput, ['clerk', 'director', 'admin']),
  'deadlines:board': channel<typeof DeadlinesBoardInput, DeadlineBoard>(DeadlinesBoardInput, CASE_WORK),
}
