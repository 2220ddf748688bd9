/** The channels of statistics and the monthly report: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel } from '../ipc/define'
import { StatsExportInput, StatsPeriodInput, StatsReportInput } from './schema'
import type { StatsFile, StatsReportPdf, StatsSummary, SubsidyFigures } from './schema'

export const STATISTICS_CONTRACT = {
  'stats:summary': channel<typeof StatsPeriodInput, StatsSummary>(StatsPeriodInput, ['reviewer', 'director', 'admin'], 'job'),
  'stats:export-excel': channel<typeof StatsExportInput, StatsFile>(StatsExportInput, ['reviewer', 'director', 'admin'], 'job'),
  'stats:report-pdf': channel<typeof StatsReportInput, StatsReportPdf>(StatsReportInput, ['reviewer', 'director', 'admin'], 'job'),
  'stats:subsidies': channel<typeof StatsPeriodInput, SubsidyFigures>(StatsPeriodInput, ['reviewer', 'director', 'finance', 'admin'], 'job'),
}
