/**
 * 统计报表: the figures of a period (and optionally one clerk's cases), charts where a picture
 * reads faster than a table, every breakdown as a table, export to Excel and the printed monthly
 * and yearly reports. All numbers come from stats:summary; the Excel file and the PDF are made
 * by the main process from the same figures.
 */
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, DatePicker, Empty, Row, Select, Skeleton, Space, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import { formatFen } from '../../../../../shared/domain/money'
import type { BreakdownRow, StatsSummary, SubsidyFigures } from '../../../../../shared/statistics/schema'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { STAT_MEASURES } from '../../../../../shared/statistics/schema'
import { QueryError } from '../../../components/ui/query-error'
import { errorMessage } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { downloadFile, PDF_MIME, useExportStatsExcel, useStatsReportPdf, useStatsSubsidies, useStatsSummary, XLSX_MIME } from '../api/statistics'
import { EChart } from './echart'

const { RangePicker } = DatePicker
const FMT = 'YYYY-MM-DD'
const COLORS = ['#1f5fa8', '#52a36b', '#e0a030', '#c0504d', '#7b61a8', '#3a9fb0', '#8c8c8c']

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)

function presets(): { label: string; value: [Dayjs, Dayjs] }[] {
  const now = dayjs()
  return [
    { label: '本月', value: [now.startOf('month'), now] },
    { label: '上月', value: [now.subtract(1, 'month').startOf('month'), now.subtract(1, 'month').endOf('month')] },
    { label: '本季度', value: [now.month(Math.floor(now.month() / 3) * 3).startOf('month'), now] },
    { label: '本年', value: [now.startOf('year'), now] },
    { label: '上年', value: [now.subtract(1, 'year').startOf('year'), now.subtract(1, 'year').endOf('year')] },
  ]
}

function BreakdownTable({ rows, first, testId }: { rows: BreakdownRow[]; first: string; testId: string }) {
  const total = STAT_MEASURES.map((m) => rows.reduce((s, r) => s + r.counts[m.code], 0))
  return (
    <Table<BreakdownRow>
      size="small"
      rowKey="code"
      data-testid={testId}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      dataSource={rows}
      columns={[
        { title: first, dataIndex: 'label', ellipsis: true },
        ...STAT_MEASURES.map((m) => ({
          title: <Tooltip title={m.hint}>{m.label}</Tooltip>,
          key: m.code,
          width: 88,
          align: 'right' as const,
          render: (_: unknown, r: BreakdownRow) => r.counts[m.code].toLocaleString('zh-CN'),
        })),
      ]}
      summary={() =>
        first === '特殊群体' ? null : (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            {total.map((v, i) => (
              <Table.Summary.Cell key={i} index={i + 1} align="right">
                {v.toLocaleString('zh-CN')}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )
      }
    />
  )
}

function SubsidyTable({ sub }: { sub: SubsidyFigures }) {
  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={sub.byKind}
      data-testid="table-subsidy"
      columns={[
        { title: '类别', dataIndex: 'label' },
        { title: '核定件数', dataIndex: 'committedCount', align: 'right' },
        { title: '核定金额', dataIndex: 'committedFen', align: 'right', render: (v: number) => formatFen(v) },
        { title: '发放件数', dataIndex: 'paidCount', align: 'right' },
        { title: '发放金额', dataIndex: 'paidFen', align: 'right', render: (v: number) => formatFen(v) },
      ]}
      summary={() => (
        <Table.Summary.Row style={{ fontWeight: 600 }}>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">{sub.committedCount}</Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">{formatFen(sub.committedFen)}</Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">{sub.paidCount}</Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">{formatFen(sub.paidFen)}</Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  )
}

/** Finance: the subsidy figures of a period, without the case statistics. */
function SubsidyOnlyPage() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('year'), dayjs()])
  const q = useStatsSubsidies({ from: range[0].format(FMT), to: range[1].format(FMT) }, true)
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="statistics-page">
      <Card size="small">
        <Space wrap>
          <span>统计期间</span>
          <RangePicker value={range} presets={presets()} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
        </Space>
      </Card>
      {q.isError ? <QueryError error={q.error} onRetry={() => void q.refetch()} title="补贴统计加载失败" /> : null}
      {q.data ? (
        <Card size="small" title={`办案补贴（待审批 ${q.data.pendingApprovalCount} 件，${formatFen(q.data.pendingApprovalFen)}）`}>
          <SubsidyTable sub={q.data} />
        </Card>
      ) : (
        <Skeleton active />
      )}
    </Space>
  )
}

function useCharts(s: StatsSummary | undefined) {
  return useMemo(() => {
    if (!s) return null
    const months = s.byMonth.map((m) => m.month)
    const measure = (code: (typeof STAT_MEASURES)[number]['code']) => STAT_MEASURES.find((m) => m.code === code)!.label
    const monthly = {
      color: COLORS,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['applications', 'grants', 'assignments', 'closings'] as const).map((code) => ({
        name: measure(code),
        type: months.length > 1 ? 'line' : 'bar',
        smooth: true,
        data: s.byMonth.map((m) => m.counts[code]),
      })),
    }
    const caseType = {
      color: COLORS,
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
      legend: { bottom: 0 },
      series: [{ name: '收案', type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}\n{c}' }, data: s.byCaseType.map((r) => ({ name: r.label, value: r.counts.applications })) }],
    }
    const channel = {
      color: COLORS,
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: s.byChannel.map((r) => r.label), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '收案', type: 'bar', data: s.byChannel.map((r) => r.counts.applications) }],
    }
    const groups = {
      color: ['#52a36b', '#1f5fa8'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: s.byGroup.map((r) => r.label), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '收案', type: 'bar', data: s.byGroup.map((r) => r.counts.applications) },
        { name: '指派', type: 'bar', data: s.byGroup.map((r) => r.counts.assignments) },
      ],
    }
    const deadlines = {
      color: ['#52a36b', '#e0a030', '#c0504d', '#bfbfbf'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 150, right: 16, top: 36, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: s.deadlines.map((d) => d.label), axisLabel: { width: 140, overflow: 'truncate' } },
      series: (
        [
          ['metOnTime', '按期完成'],
          ['metLate', '逾期完成'],
          ['overdue', '逾期未完成'],
          ['pending', '未到期'],
        ] as const
      ).map(([key, name]) => ({ name, type: 'bar', stack: 'all', data: s.deadlines.map((d) => d[key]) })),
    }
    const top = s.lawyers.slice(0, 15).reverse()
    const lawyers = {
      color: ['#1f5fa8', '#52a36b', '#e0a030'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 72, right: 16, top: 36, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map((l) => l.name) },
      series: [
        { name: '期间指派', type: 'bar', data: top.map((l) => l.assigned) },
        { name: '期间结案', type: 'bar', data: top.map((l) => l.closed) },
        { name: '当前在办', type: 'bar', data: top.map((l) => l.openNow) },
      ],
    }
    return { monthly, caseType, channel, groups, deadlines, lawyers }
  }, [s])
}

function ReportButtons() {
  const { message } = App.useApp()
  const report = useStatsReportPdf()
  const [month, setMonth] = useState<Dayjs>(() => dayjs().subtract(1, 'month'))
  const [year, setYear] = useState<Dayjs>(() => dayjs().subtract(1, 'year'))
  async function make(input: { kind: 'month'; month: string } | { kind: 'year'; year: number }) {
    try {
      const r = await report.mutateAsync(input)
      downloadFile(r.contentBase64, r.fileName, PDF_MIME)
      void message.success(`已生成「${r.title}」（${r.pages} 页）`)
    } catch (err) {
      void message.error(errorMessage(err))
    }
  }
  return (
    <Space wrap>
      <DatePicker picker="month" value={month} onChange={(v) => v && setMonth(v)} allowClear={false} aria-label="月报月份" />
      <Button icon={<FilePdfOutlined />} loading={report.isPending} onClick={() => void make({ kind: 'month', month: month.format('YYYY-MM') })}>
        打印月报表
      </Button>
      <DatePicker picker="year" value={year} onChange={(v) => v && setYear(v)} allowClear={false} aria-label="年报年份" />
      <Button icon={<FilePdfOutlined />} loading={report.isPending} onClick={() => void make({ kind: 'year', year: year.year() })}>
        打印年报表
      </Button>
    </Space>
  )
}

export function StatisticsPage() {
  const user = useSessionUser()
  return isAllowed('stats:summary', user?.roles ?? null) ? <FullStatisticsPage /> : <SubsidyOnlyPage />
}

function FullStatisticsPage() {
  const { message } = App.useApp()
  // This month by default: a month's figures come back in about a tenth of a second even at the
  // scale of a province; a whole year takes a couple of seconds (docs/benchmarks.md).
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()])
  const [clerk, setClerk] = useState<string | undefined>(undefined)
  const filter = { from: range[0].format(FMT), to: range[1].format(FMT), clerk }
  const summary = useStatsSummary(filter)
  const exportExcel = useExportStatsExcel()
  const s = summary.data
  const charts = useCharts(s)

  async function onExport() {
    try {
      const r = await exportExcel.mutateAsync({ from: filter.from, to: filter.to, ...(clerk ? { clerk } : {}) })
      downloadFile(r.contentBase64, r.fileName, XLSX_MIME)
      void message.success(`已导出「${r.fileName}」`)
    } catch (err) {
      void message.error(errorMessage(err))
    }
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="statistics-page">
      <Card size="small">
        <Space wrap size={12} style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <span>统计期间</span>
            <span data-testid="stats-range">
              <RangePicker
                value={range}
                presets={presets()}
                allowClear={false}
                onChange={(v) => {
                  if (v?.[0] && v[1]) setRange([v[0], v[1]])
                }}
              />
            </span>
            <span>受理员</span>
            <Select
              allowClear
              placeholder="全部受理员"
              style={{ width: 160 }}
              value={clerk}
              onChange={(v: string | undefined) => setClerk(v)}
              options={(s?.clerks ?? []).map((c) => ({ value: c, label: c }))}
              id="stats-clerk"
            />
            <Button type="primary" icon={<FileExcelOutlined />} loading={exportExcel.isPending} onClick={() => void onExport()} disabled={!s}>
              导出 Excel
            </Button>
          </Space>
          <ReportButtons />
        </Space>
      </Card>

      {summary.isLoading ? <Skeleton active /> : null}
      {summary.isError ? <QueryError error={summary.error} onRetry={() => void summary.refetch()} title="统计数据加载失败" /> : null}
      {s && charts ? (
        <>
          <Typography.Text type="secondary" data-testid="stats-period">
            {`${s.from} 至 ${s.to}${s.clerk ? `，受理员：${s.clerk}` : '，全中心'}（逾期以 ${s.today} 为准；用时 ${Math.round(s.tookMs)} 毫秒）`}
            {summary.isFetching ? <Tag style={{ marginLeft: 8 }}>更新中…</Tag> : null}
          </Typography.Text>
          <Row gutter={[12, 12]} data-testid="stats-kpis">
            {[
              ['法律咨询', s.totals.consultations, '人次'],
              ...STAT_MEASURES.map((m) => [m.label, s.totals[m.code], '件'] as const),
            ].map(([label, value, unit]) => (
              <Col key={label} xs={12} sm={8} md={6} lg={3}>
                <Card size="small">
                  <Statistic title={label} value={value} suffix={unit} />
                </Card>
              </Col>
            ))}
            <Col xs={12} sm={8} md={6} lg={3}>
              <Card size="small">
                <Statistic title="期限按期率" value={pct(s.deadlineTotals.onTimeRate)} />
              </Card>
            </Col>
            <Col xs={12} sm={8} md={6} lg={3}>
              <Card size="small">
                <Statistic title="补贴发放" value={formatFen(s.subsidies.paidFen)} />
              </Card>
            </Col>
          </Row>

          <Row gutter={[12, 12]}>
            <Col xs={24} xl={16}>
              <Card size="small" title="按月趋势">
                <EChart option={charts.monthly} testId="chart-monthly" ariaLabel="按月收案、给予、指派、结案趋势图" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title="案件类型（收案）">
                <EChart option={charts.caseType} testId="chart-case-type" ariaLabel="案件类型构成图" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title="受理渠道（收案）">
                <EChart option={charts.channel} testId="chart-channel" ariaLabel="受理渠道柱状图" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title="特殊群体">
                <EChart option={charts.groups} testId="chart-groups" ariaLabel="特殊群体柱状图" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={`期限执行（按期率 ${pct(s.deadlineTotals.onTimeRate)}）`}>
                <EChart option={charts.deadlines} testId="chart-deadlines" ariaLabel="期限执行情况图" />
              </Card>
            </Col>
            <Col xs={24}>
              <Card size="small" title="法律援助人员工作量（期间指派最多的 15 人）">
                {s.lawyers.length ? <EChart option={charts.lawyers} height={360} testId="chart-lawyers" ariaLabel="律师工作量图" /> : <Empty description="期间内没有指派" />}
              </Card>
            </Col>
          </Row>

          <Card size="small">
            <Tabs
              items={[
                { key: 'type', label: '案件类型', children: <BreakdownTable rows={s.byCaseType} first="案件类型" testId="table-case-type" /> },
                { key: 'matter', label: '援助事项', children: <BreakdownTable rows={s.byMatter} first="援助事项" testId="table-matter" /> },
                { key: 'channel', label: '受理渠道', children: <BreakdownTable rows={s.byChannel} first="受理渠道" testId="table-channel" /> },
                {
                  key: 'group',
                  label: '特殊群体',
                  children: (
                    <>
                      <Alert type="info" showIcon style={{ marginBottom: 8 }} title="同一受援人可能同时属于几个群体，各群体数字不能相加。未成年人、老年人按受理日的周岁计算（老年人为六十周岁以上），妇女按性别统计。" />
                      <BreakdownTable rows={s.byGroup} first="特殊群体" testId="table-group" />
                    </>
                  ),
                },
                {
                  key: 'outcome',
                  label: '办理结果',
                  children: (
                    <Table
                      size="small"
                      rowKey="code"
                      pagination={false}
                      dataSource={s.byOutcome}
                      columns={[
                        { title: '期间内受理案件的办理结果', dataIndex: 'label' },
                        { title: '案件数', dataIndex: 'count', align: 'right', width: 120 },
                      ]}
                      summary={() => (
                        <Table.Summary.Row style={{ fontWeight: 600 }}>
                          <Table.Summary.Cell index={0}>合计（等于收案数）</Table.Summary.Cell>
                          <Table.Summary.Cell index={1} align="right">
                            {s.byOutcome.reduce((t, o) => t + o.count, 0)}
                          </Table.Summary.Cell>
                        </Table.Summary.Row>
                      )}
                    />
                  ),
                },
                {
                  key: 'consultation',
                  label: '法律咨询',
                  children: (
                    <Table
                      size="small"
                      rowKey="code"
                      pagination={false}
                      dataSource={s.consultationsByChannel}
                      columns={[
                        { title: '咨询方式', dataIndex: 'label' },
                        { title: '人次', dataIndex: 'count', align: 'right', width: 120 },
                      ]}
                    />
                  ),
                },
                {
                  key: 'deadline',
                  label: '期限执行',
                  children: (
                    <Table
                      size="small"
                      rowKey="kind"
                      pagination={false}
                      dataSource={s.deadlines}
                      columns={[
                        { title: '期限（到期日在期间内）', dataIndex: 'label' },
                        { title: '按期完成', dataIndex: 'metOnTime', align: 'right' },
                        { title: '逾期完成', dataIndex: 'metLate', align: 'right' },
                        { title: '逾期未完成', dataIndex: 'overdue', align: 'right' },
                        { title: '未到期', dataIndex: 'pending', align: 'right' },
                        { title: '按期率', dataIndex: 'onTimeRate', align: 'right', render: (v: number | null) => pct(v) },
                      ]}
                    />
                  ),
                },
                {
                  key: 'lawyer',
                  label: '律师工作量',
                  children: (
                    <Table
                      size="small"
                      rowKey="lawyerId"
                      dataSource={s.lawyers}
                      pagination={{ pageSize: 20, showSizeChanger: false }}
                      columns={[
                        { title: '姓名', dataIndex: 'name', width: 100 },
                        { title: '执业机构', dataIndex: 'firm', ellipsis: true },
                        { title: '期间指派', dataIndex: 'assigned', align: 'right', width: 90 },
                        { title: '期间结案', dataIndex: 'closed', align: 'right', width: 90 },
                        { title: '期间终止', dataIndex: 'terminated', align: 'right', width: 90 },
                        { title: '被更换', dataIndex: 'changedAway', align: 'right', width: 80 },
                        { title: '当前在办', dataIndex: 'openNow', align: 'right', width: 90 },
                        { title: '在办上限', dataIndex: 'capacity', align: 'right', width: 90 },
                      ]}
                    />
                  ),
                },
                {
                  key: 'subsidy',
                  label: '办案补贴',
                  children: <SubsidyTable sub={s.subsidies} />,
                },
              ]}
            />
          </Card>
        </>
      ) : null}
    </Space>
  )
}
