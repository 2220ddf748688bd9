/** Handlers of the subsidy channels (shared/subsidy/contract.ts). */
import type { SUBSIDY_CONTRACT } from '../../../shared/subsidy/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { recomputeDutyClaim } from '../duty/duty-service'
import { approveBatch, createBatch, exportBatchExcel, getBatch, issuePaymentList, listBatches, payBatch, startVoucherJob, voucherJobStatus } from './batch-service'
import { approveClaim, computeClaim, correctClaim, decideExtra, listClaims, requestExtra, subsidyState } from './subsidy-service'

export function subsidyHandlers(ctx: ServiceContext): HandlersOf<typeof SUBSIDY_CONTRACT> {
  return {
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
  }
}
