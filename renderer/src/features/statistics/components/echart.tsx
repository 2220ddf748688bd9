/**
 * A small React wrapper around ECharts (SVG renderer, so the chart's text is in the DOM).
 * The option is applied whole on every change (notMerge). The series data is mirrored in a
 * data attribute, so tests and assistive tools can read what the chart shows.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, TitleComponent, DatasetComponent, SVGRenderer])

export interface EChartProps {
  option: EChartsCoreOption
  height?: number
  /** Names the chart for tests (data-testid). */
  testId?: string
  ariaLabel: string
}

function seriesSummary(option: EChartsCoreOption): string {
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as { name?: string; data?: unknown[] }[]
  return JSON.stringify(series.map((s) => ({ name: s.name ?? '', data: s.data ?? [] })))
}

export function EChart({ option, height = 280, testId, ariaLabel }: EChartProps) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | null>(null)

  useEffect(() => {
    if (!el.current) return
    const c = init(el.current, null, { renderer: 'svg', locale: 'ZH' })
    chart.current = c
    const resize = () => c.resize()
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize)
    observer?.observe(el.current)
    window.addEventListener('resize', resize)
    return () => {
      observer?.disconnect()
      window.removeEventListener('resize', resize)
      c.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true })
  }, [option])

  return <div ref={el} role="img" aria-label={ariaLabel} data-testid={testId} data-series={seriesSummary(option)} style={{ width: '100%', height }} />
}
