/**
 * 质量评查 section of a case file: scores per rubric item (the center's rubric or the system
 * default, marked as such), the resulting score and grade, court attendance, the judicial organs'
 * opinion and peer review. The grade feeds the subsidy.
 *
 * Mount: `<QualityPanel caseId={file.id} />` from `renderer/src/features/quality/components/quality-panel`.
 */
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Table, Tag, Tooltip, Typography } from 'antd'
import { useMemo } from 'react'
import { QualityReviewInput } from '../../../../../shared/handling/schema'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { errorMessage } from '../../../lib/ipc'
import { whoMayCall } from '../../../lib/access'
import { useSessionUser } from '../../../lib/session'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { useQuality, useSaveReview } from '../api/quality'

export interface QualityPanelProps {
  caseId: string
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

/** `QualityReviewInput` with every item of the rubric scored (the shared schema takes any subset of the items). */
export function qualityReviewFormInput(items: readonly { code: string }[]) {
  return QualityReviewInput.superRefine(
    (v, ctx) => {
      for (const i of items) if (typeof v.scores?.[i.code] !== 'number') ctx.addIssue({ code: 'custom', path: ['scores', i.code], message: '请打分' })
    },
    { when: () => true },
  )
}

export function QualityPanel({ caseId }: QualityPanelProps) {
  const { message } = App.useApp()
  const q = useQuality(caseId)
  const save = useSaveReview(caseId)
  const items = q.data?.rubric.items
  const schema = useMemo(() => qualityReviewFormInput(items ?? []), [items])
  const { form, onFinish } = useSchemaForm(schema, save, {
    extra: { caseId },
    onSuccess: (r) => void message.success(`评查得分 ${r.current?.score ?? ''}，等级 ${r.current?.gradeLabel ?? ''}`),
    onError: toastRefusal((text) => message.error(text)),
  })
  // Who may not score still sees the scores: the form stays, read-only.
  const maySave = isAllowed('quality:review-save', useSessionUser()?.roles ?? null)
  if (q.isLoading) return <Card loading title="质量评查" />
  if (q.error) return <Alert type="error" message={errorMessage(q.error)} />
  const st = q.data!
  const t = st.rubric.thresholds
  return (
    <Card title="质量评查" extra={st.current ? <Tag color="blue">{`${st.current.score} 分 · ${st.current.gradeLabel}`}</Tag> : <Tag>未评查</Tag>}>
      <Typography.Paragraph type="secondary">
        评查标准：{st.rubric.source}
        {st.rubric.isDefault && <Tag style={{ marginLeft: 8 }}>系统默认值</Tag>}；等级分数线：优秀 ≥ {t.excellent}，良好 ≥ {t.good}，合格 ≥ {t.pass}，其余为不合格。
      </Typography.Paragraph>
      {st.current && (
        <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="评查日期">{st.current.reviewedOn}</Descriptions.Item>
          <Descriptions.Item label="评查人">{st.current.reviewer}</Descriptions.Item>
          <Descriptions.Item label="出庭情况">{st.current.courtAttendance ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="办案机关意见">{st.current.judicialOpinion ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="同行评议">{st.current.peerReview ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="评查意见">{st.current.comments ?? '—'}</Descriptions.Item>
        </Descriptions>
      )}
      <Form form={form} layout="vertical" disabled={!maySave} initialValues={{ reviewedOn: today() }} onFinish={onFinish}>
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={st.rubric.items}
          columns={[
            { title: '评查项目', dataIndex: 'label' },
            { title: '满分', dataIndex: 'maxPoints', width: 70 },
            {
              title: '得分',
              width: 120,
              render: (_, item) => (
                <Form.Item name={['scores', item.code]} required style={{ margin: 0 }} initialValue={st.current?.lines.find((l) => l.code === item.code)?.points}>
                  <InputNumber min={0} max={item.maxPoints} precision={0} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Space wrap style={{ marginTop: 12 }}>
          <Form.Item name="reviewedOn" label="评查日期" required>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Form.Item name="courtAttendance" label="出庭情况">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="judicialOpinion" label="办案机关（法院、检察院、公安机关）意见">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="peerReview" label="同行评议">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="comments" label="评查意见">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {/* A disabled button takes no hover: the span carries the tooltip. */}
        <Tooltip title={maySave ? undefined : `仅${whoMayCall('quality:review-save')}可评查`}>
          <span style={{ display: 'inline-block' }}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {st.current ? '重新评查（保留原评查记录）' : '保存评查结果'}
            </Button>
          </span>
        </Tooltip>
      </Form>
    </Card>
  )
}
