import { Alert, Descriptions, List, Table, Tag, Typography } from 'antd'
import type { ReviewAssessment } from '../../../../../shared/review/dto'
import { CRITERION_NAMES } from '../../../../../shared/policy/explain'

const RESULT: Record<string, { color: string; text: string }> = {
  pass: { color: 'green', text: '符合' },
  fail: { color: 'red', text: '不符合' },
  unknown: { color: 'orange', text: '待补充信息' },
  'not-applicable': { color: 'default', text: '不适用' },
}

/** The engine's result, clause by clause, with its basis. */
export function AssessmentView({ a }: { a: ReviewAssessment }) {
  return (
    <div>
      <Alert
        type={a.expectedDecision === 'grant' ? 'success' : a.expectedDecision === 'refuse' ? 'error' : 'warning'}
        showIcon
        title={`政策审查结论：${a.outcomeLabel}${a.provisional ? '（暂定：信息不全）' : ''}`}
        description={a.explanation.summary}
        style={{ marginBottom: 8 }}
      />
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={a.criteria}
        columns={[
          { title: '审查项', dataIndex: 'criterion', width: 110, render: (v: string) => CRITERION_NAMES[v as keyof typeof CRITERION_NAMES] ?? v },
          { title: '结论', dataIndex: 'result', width: 100, render: (v: string) => <Tag color={RESULT[v]?.color}>{RESULT[v]?.text ?? v}</Tag> },
          { title: '说明', dataIndex: 'text' },
          { title: '依据', dataIndex: 'basis', render: (v: string[]) => <Typography.Text type="secondary">{v.join('；')}</Typography.Text> },
        ]}
      />
      {a.needsMoreInfo.length > 0 ? (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} title="需要补充的信息" description={<List size="small" dataSource={a.needsMoreInfo} renderItem={(n) => <List.Item>{n.reason}</List.Item>} />} />
      ) : null}
      <Descriptions size="small" column={2} style={{ marginTop: 8 }}>
        <Descriptions.Item label="决定期限">{a.decideBy ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="承办人员要求">{a.lawyerRequirements.map((r) => r.label).join('；') || '—'}</Descriptions.Item>
      </Descriptions>
      {a.warnings.map((w) => (
        <Typography.Paragraph key={w} type="warning" style={{ marginBottom: 0 }}>
          {w}
        </Typography.Paragraph>
      ))}
    </div>
  )
}
