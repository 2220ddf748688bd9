/** Handlers of handling, quality, follow-up, complaints, subsidy, finance and duty-lawyer channels. */
import type { LocalDate } from '../../../shared/domain/dates'
import type { HANDLING_CONTRACT } from '../../../shared/handling/contract'
import type { Handlers } from '../ipc/types'
import type { ServiceContext } from '../services/context'
import { addService, listPosts, recomputeDutyClaim, roster, savePost, saveShift, saveStatement, statements } from './duty/duty-service'
import { disclosureList, financeOverview, saveBudget } from './finance/finance-service'
import { addHandlingEvent, archiveCase, closeCase, concludeCase, handlingState, saveChecklist } from './handling-service'
import { addComplaint, addFollowUp, listComplaints, qualityState, rubricOn, saveQualityReview, saveRubric, updateComplaint } from './quality-service'
import { approveBatch, createBatch, exportBatchExcel, getBatch, issuePaymentList, listBatches, payBatch, startVoucherJob, voucherJobStatus } from './subsidy/batch-service'
import { approveClaim, computeClaim, correctClaim, decideExtra, listClaims, requestExtra, subsidyState } from './subsidy/subsidy-service'
import { today } from '../../../shared/domain/dates'

type HandlingChannel = keyof typeof HANDLING_CONTRACT

export function handlingHandlers(ctx: ServiceContext): Pick<Handlers, HandlingChannel> {
  return {
    'handling:get': async (input) => handlingState(ctx, input.caseId),
    'handling:add-event': async (input, req) => addHandlingEvent(ctx, input, req.actor),
    'handling:conclude': async (input, req) => concludeCase(ctx, input, req.actor, req.roles),
    'handling:save-checklist': async (input, req) => saveChecklist(ctx, input, req.actor),
    'handling:close': async (input, req) => closeCase(ctx, input, req.actor, req.roles),
    'handling:archive': async (input, req) => archiveCase(ctx, input, req.actor, req.roles),
    'quality:get': async (input) => qualityState(ctx, input.caseId),
    'quality:rubric-get': async (input) => rubricOn(ctx.db, (input.on ?? today(ctx.clock)) as LocalDate),
    'quality:rubric-save': async (input, req) => saveRubric(ctx, input, req.actor),
    'quality:review-save': async (input, req) => saveQualityReview(ctx, input, req.actor),
    'followup:add': async (input, req) => addFollowUp(ctx, input, req.actor),
    'complaint:add': async (input, req) => addComplaint(ctx, input, req.actor),
    'complaint:update': async (input, req) => updateComplaint(ctx, input, req.actor),
    'complaint:list': async (input) => listComplaints(ctx, input),
    'subsidy:get': async (input) => subsidyState(ctx, input.caseId),
    'subsidy:extra-request': async (input, req) => requestExtra(ctx, input, req.actor),
    'subsidy:extra-decide': async (input, req) => decideExtra(ctx, input, req.actor),
    'subsidy:compute': async (input, req) => computeClaim(ctx, input, req.actor),
    'subsidy:approve': async (input, req) => approveClaim(ctx, input.claimId, req.actor),
    'subsidy:correct': async (input, req) => correctClaim(ctx, input, req.actor, recomputeDutyClaim),
    'subsidy:claims': async (input) => listClaims(ctx, input),
    'subsidy-batch:create': async (input, req) => createBatch(ctx, input.period, req.actor),
    'subsidy-batch:list': async (input) => listBatches(ctx, input.year),
    'subsidy-batch:get': async (input) => getBatch(ctx, input.batchId),
    'subsidy-batch:approve': async (input, req) => approveBatch(ctx, input.batchId, req.actor),
    'subsidy-batch:pay': async (input, req) => payBatch(ctx, input.batchId, input.paidOn, req.actor),
    'subsidy-batch:vouchers-start': async (input, req) => startVoucherJob(ctx, input.batchId, req.actor),
    'subsidy-batch:vouchers-status': async (input) => voucherJobStatus(ctx, input.jobId),
    'subsidy-batch:payment-list': async (input, req) => issuePaymentList(ctx, input.batchId, req.actor),
    'subsidy-batch:export-excel': async (input) => exportBatchExcel(ctx, input.batchId, input.filePath),
    'finance:budget-save': async (input, req) => saveBudget(ctx, input, req.actor),
    'finance:overview': async (input) => financeOverview(ctx, input.year),
    'finance:disclosure': async (input) => disclosureList(ctx, input.period, input.filePath),
    'duty:posts': async (input) => listPosts(ctx, input),
    'duty:post-save': async (input, req) => savePost(ctx, input, req.actor),
    'duty:roster': async (input) => roster(ctx, input),
    'duty:shift-save': async (input, req) => saveShift(ctx, input, req.actor),
    'duty:service-add': async (input, req) => addService(ctx, input, req.actor),
    'duty:statement': async (input) => statements(ctx, input),
    'duty:statement-save': async (input, req) => saveStatement(ctx, input, req.actor),
  }
}
