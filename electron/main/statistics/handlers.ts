/** Handlers of the stats:* channels: figures, the report PDF and the Excel workbook. */
import type { STATISTICS_CONTRACT } from '../../../shared/statistics/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { exportStatisticsExcel } from './excel'
import { statisticsReportPdf } from './report'
import { readSnapshot, statisticsSummary } from './statistics-service'
import { subsidyFigures } from './subsidy-stats'

export function statisticsHandlers(ctx: ServiceContext): HandlersOf<typeof STATISTICS_CONTRACT> {
  return {
    'stats:summary': async (input) => statisticsSummary(ctx, input),
    'stats:export-excel': async (input) => exportStatisticsExcel(ctx, input),
    'stats:report-pdf': async (input, req) => statisticsReportPdf(ctx, input, req.actor),
    'stats:subsidies': async (input) => readSnapshot(ctx.store.sqlite, () => subsidyFigures(ctx.store.sqlite, input)),
  }
}
