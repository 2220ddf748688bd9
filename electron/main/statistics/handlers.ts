/** Handlers of the stats:* channels: figures, the report PDF and the Excel workbook. */
import type { STATISTICS_CONTRACT } from '../../../shared/schemas/statistics'
import type { Handlers } from '../ipc/types'
import type { ServiceContext } from '../services/context'
import { exportStatisticsExcel } from './excel'
import { statisticsReportPdf } from './report'
import { readSnapshot, statisticsSummary } from './statistics-service'
import { subsidyFigures } from './subsidy-stats'

type StatisticsChannel = keyof typeof STATISTICS_CONTRACT

export function statisticsHandlers(ctx: ServiceContext): Pick<Handlers, StatisticsChannel> {
  return {
    'stats:summary': async (input) => statisticsSummary(ctx, input),
    'stats:export-excel': async (input) => exportStatisticsExcel(ctx, input),
    'stats:report-pdf': async (input, req) => statisticsReportPdf(ctx, input, req.actor),
    'stats:subsidies': async (input) => readSnapshot(ctx.store.sqlite, () => subsidyFigures(ctx.store.sqlite, input)),
  }
}
