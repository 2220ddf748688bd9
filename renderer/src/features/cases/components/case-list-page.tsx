import { PlusOutlined, SearchOutlined } from '@ant-design/icons'
import { App, Button, Col, DatePicker, Input, Row, Select, Space, Table, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import { CASE_TYPES, caseTypeLabel } from '../../../../../shared/codes'
import { CASE_STATUSES } from '../../../../../shared/domain/enums'
import type { CaseListRow } from '../../../../../shared/cases/case-file'
import { canOpen } from '../../../lib/access'
import { navigate, paths } from '../../../lib/router'
import { useSessionUser } from '../../../lib/session'
import { QueryError } from '../../../components/ui/query-error'
import { errorMessage, openCaseWindow } from '../../../lib/ipc'
import { useDebounced } from '../../../lib/use-debounced'
import { formatMs, label, optionsOf, orDash } from '../../../utils/format'
import { useMatterNames } from '../api/matter-names'
import { useCaseSearch } from '../api/search-cases'

const PAGE_SIZE = 20

const STATUS_COLORS: Record<string, string> = {
  registered: 'blue',
  'awaiting-materials': 'orange',
  reviewing: 'geekblue',
  granted: 'green',
  refused: 'red',
  objection: 'volcano',
  assigned: 'cyan',
  handling: 'processing',
  closed: 'default',
  archived: 'default',
  terminated: 'default',
  withdrawn: 'default',
}

export function StatusTag({ status }: { status: string }) {
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{label(CASE_STATUSES, status)}</Tag>
}

export function CaseListPage() {
  const { message } = App.useApp()
  const [q, setQ] = useState('')
  const [status, setStatus] = useState<string[]>([])
  const [caseType, setCaseType] = useState<string[]>([])
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null)
  const [page, setPage] = useState(1)
  const debouncedQ = useDebounced(q, 150)

  const input = useMemo(
    () => ({
      ...(debouncedQ.trim() ? { q: debouncedQ.trim() } : {}),
      status: status as never[],
      caseType: caseType as never[],
      ...(range?.[0] ? { receivedFrom: range[0].format('YYYY-MM-DD') } : {}),
      ...(range?.[1] ? { receivedTo: range[1].format('YYYY-MM-DD') } : {}),
      page,
      pageSize: PAGE_SIZE,
    }),
    [debouncedQ, status, caseType, range, page],
  )
  const search = useCaseSearch(input)
  const matterNames = useMatterNames((search.data?.total ?? 0) > 0)

  const open = (row: CaseListRow) => {
    openCaseWindow(row.id).catch((err: unknown) => void message.error(errorMessage(err)))
  }

  const mayRegister = canOpen('intake', useSessionUser()?.roles ?? null)

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          案件列表
        </Typography.Title>
        {mayRegister ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(paths.intake)}>
            受理登记
          </Button>
        ) : null}
      </Space>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} lg={10}>
          <Input
            autoFocus
            allowClear
            size="large"
            prefix={<SearchOutlined />}
            placeholder="姓名、拼音首字母（如 wf）、证件号、案号、电话、对方当事人"
            aria-label="搜索案件"
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setPage(1)
            }}
            onKeyDown={(e) => {
              // Enter opens the only hit; ↓ moves into the table.
              if (e.key === 'Enter' && search.data?.rows.length === 1 && search.data.rows[0]) open(search.data.rows[0])
              if (e.key === 'ArrowDown') {
                const first = document.querySelector<HTMLElement>('.case-table tr[data-row-key]')
                if (first) {
                  e.preventDefault()
                  first.focus()
                }
              }
            }}
          />
        </Col>
        <Col xs={24} md={8} lg={4}>
          <Select
            mode="multiple"
            allowClear
            size="large"
            style={{ width: '100%' }}
            placeholder="状态"
            aria-label="按状态筛选"
            options={optionsOf(CASE_STATUSES)}
            value={status}
            onChange={(v) => {
              setStatus(v)
              setPage(1)
            }}
            maxTagCount="responsive"
          />
        </Col>
        <Col xs={24} md={8} lg={4}>
          <Select
            mode="multiple"
            allowClear
            size="large"
            style={{ width: '100%' }}
            placeholder="案件类型"
            aria-label="按案件类型筛选"
            options={optionsOf(CASE_TYPES)}
            value={caseType}
            onChange={(v) => {
              setCaseType(v)
              setPage(1)
            }}
            maxTagCount="responsive"
          />
        </Col>
        <Col xs={24} md={8} lg={6}>
          <DatePicker.RangePicker
            size="large"
            style={{ width: '100%' }}
            placeholder={['受理日期起', '受理日期止']}
            value={range}
            onChange={(v) => {
              setRange(v)
              setPage(1)
            }}
            allowEmpty={[true, true]}
          />
        </Col>
      </Row>
      {search.isError ? (
        <div style={{ marginBottom: 12 }}>
          <QueryError error={search.error} onRetry={() => void search.refetch()} title="搜索失败" />
        </div>
      ) : null}
      <Table<CaseListRow>
        className="case-table"
        rowKey="id"
        scroll={{ x: 1100 }}
        size="middle"
        loading={search.isFetching && !search.data}
        dataSource={search.data?.rows ?? []}
        locale={{ emptyText: debouncedQ ? `没有找到与「${debouncedQ}」相符的案件` : '暂无案件。点击右上角「受理登记」登记第一件申请。' }}
        onRow={(row) => ({
          tabIndex: 0,
          style: { cursor: 'pointer' },
          title: '双击或回车打开案卷',
          onDoubleClick: () => open(row),
          onKeyDown: (e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              open(row)
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              const tr = e.currentTarget as HTMLElement
              const sibling = (e.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling) as HTMLElement | null
              if (sibling?.dataset.rowKey) {
                e.preventDefault()
                sibling.focus()
              }
            }
          },
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: search.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 件`,
        }}
        footer={() =>
          search.data ? (
            <Typography.Text type="secondary" data-testid="search-stats">
              共 {search.data.total} 件，用时 {formatMs(search.data.tookMs)}
              {search.isFetching ? '（更新中…）' : ''}
            </Typography.Text>
          ) : null
        }
        columns={[
          { title: '案号', dataIndex: 'caseNumber', width: 110, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
          { title: '申请人', dataIndex: 'applicantName', width: 100 },
          { title: '证件号', dataIndex: 'idNumberMasked', width: 170, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
          { title: '案件类型', dataIndex: 'caseType', width: 90, render: (v: string) => caseTypeLabel(v) },
          {
            title: '事项',
            dataIndex: 'matter',
            minWidth: 200,
            ellipsis: { showTitle: true },
            render: (v: string) => <span title={matterNames.get(v) ?? v}>{matterNames.get(v) ?? v}</span>,
          },
          { title: '对方当事人', dataIndex: 'opposingParty', width: 130, ellipsis: true, render: (v: string | null) => orDash(v) },
          {
            title: '状态',
            dataIndex: 'status',
            width: 130,
            render: (v: string, r) => (
              <Space size={4} wrap>
                <StatusTag status={v} />
                {r.urgent ? <Tag color="red">紧急</Tag> : null}
                {r.acceptFirst ? <Tag color="orange">先行受理</Tag> : null}
              </Space>
            ),
          },
          { title: '受理日期', dataIndex: 'receivedOn', width: 110 },
          {
            title: '操作',
            key: 'open',
            width: 60,
            fixed: 'right',
            render: (_: unknown, r) => (
              <a
                href={paths.caseFile(r.id)}
                onClick={(e) => {
                  e.preventDefault()
                  open(r)
                }}
              >
                打开
              </a>
            ),
          },
        ]}
      />
    </div>
  )
}
