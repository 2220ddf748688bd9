/** The channels of subsidies (办案补贴) and payment batches: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, ALL_STAFF } from '../ipc/define'
import type { BatchDetail, BatchDto, ExcelFile, SubsidyClaimDto, SubsidyState, VoucherJobStatus } from './dto'
import { BatchCreateInput, BatchExportInput, BatchIdInput, BatchListInput, BatchPayInput, ClaimIdInput, ClaimListInput, ComputeInput, CorrectInput, ExtraDecideInput, ExtraRequestInput, JobStatusInput, SubsidyCaseInput } from './schema'

export const SUBSIDY_CONTRACT = {
  'subsidy:get': channel<typeof SubsidyCaseInput, SubsidyState>(SubsidyCaseInput, ALL_STAFF),
  'subsidy:extra-request': channel<typeof ExtraRequestInput, SubsidyState>(ExtraRequestInput, ['clerk', 'director', 'finance', 'admin']),
  'subsidy:extra-decide': channel<typeof ExtraDecideInput, SubsidyState>(ExtraDecideInput, ['director']),
  'subsidy:compute': channel<typeof ComputeInput, SubsidyState>(ComputeInput, ['clerk', 'director', 'finance', 'admin']),
  'subsidy:approve': channel<typeof ClaimIdInput, SubsidyClaimDto>(ClaimIdInput, ['director']),
  'subsidy:correct': channel<typeof CorrectInput, SubsidyClaimDto>(CorrectInput, ['director']),
  'subsidy:claims': channel<typeof ClaimListInput, SubsidyClaimDto[]>(ClaimListInput, ['director', 'finance', 'admin']),
  'subsidy-batch:create': channel<typeof BatchCreateInput, BatchDetail>(BatchCreateInput, ['finance', 'director', 'admin']),
  'subsidy-batch:list': channel<typeof BatchListInput, BatchDto[]>(BatchListInput, ['director', 'finance', 'admin']),
  'subsidy-batch:get': channel<typeof BatchIdInput, BatchDetail>(BatchIdInput, ['director', 'finance', 'admin']),
  'subsidy-batch:approve': channel<typeof BatchIdInput, BatchDetail>(BatchIdInput, ['director']),
  'subsidy-batch:pay': channel<typeof BatchPayInput, BatchDetail>(BatchPayInput, ['finance']),
  'subsidy-batch:vouchers-start': channel<typeof BatchIdInput, VoucherJobStatus>(BatchIdInput, ['finance', 'director'], 'job'),
  'subsidy-batch:vouchers-status': channel<typeof JobStatusInput, VoucherJobStatus>(JobStatusInput, ['finance', 'director'], 'job'),
  'subsidy-batch:payment-list': channel<typeof BatchIdInput, { documentId: string; docNumber: string; reused: boolean }>(BatchIdInput, ['finance', 'director'], 'job'),
  'subsidy-batch:export-excel': channel<typeof BatchExportInput, ExcelFile>(BatchExportInput, ['finance', 'director', 'admin'], 'job'),
}
