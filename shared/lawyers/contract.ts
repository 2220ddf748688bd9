/** The channels of the roster of lawyers and firms: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, ALL_STAFF } from '../ipc/define'
import type { FirmDto, LawyerDto, LawyerExportResult, LawyerImportResult, LawyerPage } from './dto'
import { FirmListInput, FirmSaveInput, LawyerExportInput, LawyerImportInput, LawyerListInput, LawyerSaveInput } from './schema'

export const LAWYERS_CONTRACT = {
  'lawyer:list': channel<typeof LawyerListInput, LawyerPage>(LawyerListInput, ALL_STAFF),
  'lawyer:save': channel<typeof LawyerSaveInput, LawyerDto>(LawyerSaveInput, ['admin']),
  'firm:list': channel<typeof FirmListInput, FirmDto[]>(FirmListInput, ALL_STAFF),
  'firm:save': channel<typeof FirmSaveInput, FirmDto>(FirmSaveInput, ['admin']),
  'lawyer:import-excel': channel<typeof LawyerImportInput, LawyerImportResult>(LawyerImportInput, ['admin']),
  'lawyer:export-excel': channel<typeof LawyerExportInput, LawyerExportResult>(LawyerExportInput, ['director', 'admin']),
}
