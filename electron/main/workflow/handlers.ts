/** Handlers of the workflow, review, policy settings, roster, assignment and deadline channels. */
import type { WORKFLOW_CONTRACT } from '../../../shared/workflow/contract'
import type { Handlers } from '../ipc/types'
import type { ServiceContext } from '../services/context'
import { assignLawyer, suggestAssignment } from './assignment-service'
import { addPolicySetting, listPolicySettings } from './policy-settings-service'
import { assessReview, getReview, saveReview } from './review-service'
import { exportLawyersExcel, importLawyersExcel, listFirms, listLawyers, saveFirm, saveLawyer } from './roster-service'
import { deadlinesBoard, transitionCase, workflowState } from './workflow-service'

type WorkflowChannel = keyof typeof WORKFLOW_CONTRACT

export function workflowHandlers(ctx: ServiceContext): Pick<Handlers, WorkflowChannel> {
  return {
    'workflow:transition': async (input, req) => transitionCase(ctx, input, req.actor, req.roles),
    'workflow:history': async (input) => workflowState(ctx, input.caseId),
    'review:get': async (input) => getReview(ctx, input.caseId),
    'review:save': async (input, req) => saveReview(ctx, input, req.actor),
    'review:assess': async (input) => assessReview(ctx, input.caseId, input.evidence),
    'policy-settings:list': async (input) => listPolicySettings(ctx, input.region),
    'policy-settings:add': async (input, req) => addPolicySetting(ctx, input, req.actor),
    'lawyer:list': async (input) => listLawyers(ctx, input),
    'lawyer:save': async (input, req) => saveLawyer(ctx, input, req.actor),
    'firm:list': async () => listFirms(ctx),
    'firm:save': async (input, req) => saveFirm(ctx, input, req.actor),
    'lawyer:import-excel': async (input, req) => importLawyersExcel(ctx, input, req.actor),
    'lawyer:export-excel': async (input) => exportLawyersExcel(ctx, input),
    'assignment:suggest': async (input) => suggestAssignment(ctx, input),
    'assignment:assign': async (input, req) => assignLawyer(ctx, input, req.actor, req.roles),
    'deadlines:board': async (input) => deadlinesBoard(ctx, input),
  }
}
