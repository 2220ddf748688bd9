import { Alert, Card, Col, Empty, Row, Segmented, Skeleton, Statistic, Table, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import type { DeadlineBoardItem } from '../../../../../shared/deadlines/dto'
import { QueryError } from '../../../components/ui/query-error'
import { useDeadlinesBoard } from '../api/deadlines-board'

export interface DeadlinesBoardProps {
  /** The signed-in user's name (what cases record as who registered them); when given, the board can switch between 「我的」 and the whole center. */
  responsible?: string
  /** Which view to open on when `responsible` is given (default 「我的」; directors and reviewers look at the whole center first). */
  initialScope?: 'mine' | 'center'
  /** Opens a case file (e.g. navigate to #/case/<id> or openCaseWindow). */
  onOpenCase?: (caseId: string) => void
}

function dueText(item: DeadlineBoardItem): string {
  if (item.daysLeft < 0) return `已逾期 ${-item.daysLeft} 日`
  if (item.daysLeft === 0) return '今日到期'
  return `还有 ${item.daysLeft} 日`
}

function ItemsTable({ items, tone, onOpenCase }: { items: DeadlineBoardItem[]; tone: 'overdue' | 'today' | 'week'; onOpenCase?: (id: string) => void }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有事项" />
  return (
    <Table<DeadlineBoardItem>
      size="small"
      rowKey={(r) => `${r.caseId}:${r.kind}`}
      pagination={false}
      dataSource={items}
      onRow={(r) => ({
        onClick: () => onOpenCase?.(r.caseId),
        style: { cursor: onOpenCase ? 'pointer' : undefined, ...(tone === 'overdue' ? { background: '#fff1f0' } : {}) },
      })}
      columns={[
        {
          title: '到期日',
          dataIndex: 'dueOn',
          width: 110,
          render: (v: string, r) => <span style={tone === 'overdue' ? { color: '#cf1322', fontWeight: 600 } : undefined}>{v}{tone === 'overdue' ? `（逾期${-r.daysLeft}日）` : ''}</span>,
        },
        { title: '案号', dataIndex: 'caseNumber', width: 100 },
        { title: '申请人', dataIndex: 'applicantName', width: 100 },
        {
          title: '事项',
          dataIndex: 'label',
          render: (v: string, r) => (
            <Tooltip title={`依据：${r.basis}`}>
              <span>
                {v} {tone === 'overdue' ? <Tag color="red">{dueText(r)}</Tag> : tone === 'today' ? <Tag color="orange">{dueText(r)}</Tag> : <Tag>{dueText(r)}</Tag>}
                {r.pausedDays > 0 ? <Tag color="blue">已扣除补充材料 {r.pausedDays} 日</Tag> : null}
              </span>
            </Tooltip>
          ),
        },
        { title: '状态', dataIndex: 'caseStatusLabel', width: 100 },
        { title: '受理员', dataIndex: 'responsible', width: 100 },
      ]}
    />
  )
}

/** 期限看板: overdue (red), due today, due later this week; for one clerk or the whole center. */
export function DeadlinesBoard({ responsible, initialScope = 'mine', onOpenCase }: DeadlinesBoardProps) {
  const [scope, setScope] = useState<'mine' | 'center'>(responsible ? initialScope : 'center')
  const board = useDeadlinesBoard(scope === 'mine' ? responsible : undefined)
  if (board.isLoading) return <Skeleton active />
  if (board.isError) return <QueryError error={board.error} onRetry={() => void board.refetch()} title="期限看板加载失败" />
  const b = board.data!
  return (
    <Card
      size="small"
      title={`期限看板（${b.today}，本周至 ${b.weekEnd}）`}
      extra={responsible ? <Segmented value={scope} onChange={(v) => setScope(v as 'mine' | 'center')} options={[{ value: 'mine', label: '我的' }, { value: 'center', label: '全中心' }]} /> : null}
    >
      {b.pendingBacklog > 0 ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`还有 ${b.pendingBacklog} 件案件的期限正在计算，稍后刷新即可看到`} /> : null}
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={6}>
          <Statistic title="已逾期" value={b.counts.overdue} styles={{ content: { color: b.counts.overdue > 0 ? '#cf1322' : undefined } }} />
        </Col>
        <Col span={6}>
          <Statistic title="今日到期" value={b.counts.today} styles={{ content: { color: b.counts.today > 0 ? '#d46b08' : undefined } }} />
        </Col>
        <Col span={6}>
          <Statistic title="本周内到期" value={b.counts.thisWeek} />
        </Col>
        <Col span={6}>
          <Tooltip title="等待申请人补充材料，审查期限暂停计算">
            <Statistic title="期限暂停" value={b.counts.paused} />
          </Tooltip>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ color: '#cf1322' }}>
        已逾期
      </Typography.Title>
      <ItemsTable items={b.overdue} tone="overdue" {...(onOpenCase ? { onOpenCase } : {})} />
      <Typography.Title level={5}>今日到期</Typography.Title>
      <ItemsTable items={b.dueToday} tone="today" {...(onOpenCase ? { onOpenCase } : {})} />
      <Typography.Title level={5}>本周内到期</Typography.Title>
      <ItemsTable items={b.dueThisWeek} tone="week" {...(onOpenCase ? { onOpenCase } : {})} />
      {b.byResponsible.length > 0 ? (
        <>
          <Typography.Title level={5}>各受理员</Typography.Title>
          <Table
            size="small"
            rowKey="responsible"
            pagination={false}
            dataSource={b.byResponsible}
            columns={[
              { title: '受理员', dataIndex: 'responsible' },
              { title: '已逾期', dataIndex: 'overdue', render: (v: number) => <span style={v > 0 ? { color: '#cf1322', fontWeight: 600 } : undefined}>{v}</span> },
              { title: '今日到期', dataIndex: 'today' },
              { title: '本周内到期', dataIndex: 'thisWeek' },
            ]}
          />
        </>
      ) : null}
    </Card>
  )
}
