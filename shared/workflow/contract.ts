/** IPC contract entries of issue 4 (spread into shared/ipc/contract.ts). */
import type { z } from 'zod'
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
  strict,
} from '../schemas/workflow'
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

function entry<S extends z.ZodType, O>(input: S): { input: S; output: O } {
  return { input, output: undefined as unknown as O }
}

const FirmListInput = strict({})

export const WORKFLOW_CONTRACT = {
  'workflow:transition': entry<typeof TransitionInput, TransitionResult>(TransitionInput),
  'workflow:history': entry<typeof CaseIdInput, WorkflowState>(CaseIdInput),
  'review:get': entry<typeof CaseIdInput, ReviewDto>(CaseIdInput),
  'review:save': entry<typeof ReviewSaveInput, ReviewDto>(ReviewSaveInput),
  'review:assess': entry<typeof ReviewAssessInput, ReviewAssessment>(ReviewAssessInput),
  'policy-settings:list': entry<typeof PolicySettingListInput, PolicySettingList>(PolicySettingListInput),
  'policy-settings:add': entry<typeof PolicySettingAddInput, PolicySettingDto>(PolicySettingAddInput),
  'lawyer:list': entry<typeof LawyerListInput, LawyerPage>(LawyerListInput),
  'lawyer:save': entry<typeof LawyerSaveInput, LawyerDto>(LawyerSaveInput),
  'firm:list': entry<typeof FirmListInput, FirmDto[]>(FirmListInput),
  'firm:save': entry<typeof FirmSaveInput, FirmDto>(FirmSaveInput),
  'lawyer:import-excel': entry<typeof LawyerImportInput, LawyerImportResult>(LawyerImportInput),
  'lawyer:export-excel': entry<typeof LawyerExportInput, LawyerExportResult>(LawyerExportInput),
  'assignment:suggest': entry<typeof AssignmentSuggestInput, AssignmentSuggestions>(AssignmentSuggestInput),
  'assignment:assign': entry<typeof AssignmentAssignInput, AssignmentResult>(AssignmentAssignInput),
  'deadlines:board': entry<typeof DeadlinesBoardInput, DeadlineBoard>(DeadlinesBoardInput),
}
