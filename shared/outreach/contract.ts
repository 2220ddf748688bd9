/** The channels of outreach packages (外出受理): each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel } from '../ipc/define'
import type { OutreachExportResult, OutreachImportResult, OutreachPreview } from './dto'
import { OutreachExportInput, OutreachImportInput, OutreachPreviewInput } from './schema'

export const OUTREACH_CONTRACT = {
  'outreach:export': channel<typeof OutreachExportInput, OutreachExportResult>(OutreachExportInput, ['clerk', 'admin'], 'job'),
  'outreach:preview-import': channel<typeof OutreachPreviewInput, OutreachPreview>(OutreachPreviewInput, ['clerk', 'director', 'admin'], 'job'),
  'outreach:import': channel<typeof OutreachImportInput, OutreachImportResult>(OutreachImportInput, ['clerk', 'director', 'admin'], 'job'),
}
