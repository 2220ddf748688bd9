/**
 * 回访 section of a case file: channel, satisfaction and notes of each follow-up visit.
 *
 * Mount: `<FollowUpPanel caseId={file.id} />` from `renderer/src/features/quality/components/follow-up-panel`.
 */
import { Alert, App, Button, Card, Form, Input, Select, Table } from 'antd'
import { FOLLOW_UP_CHANNELS, SATISFACTION_LEVELS } from '../../../../../shared/handling/labels'
import { FollowUpInput } from '../../../../../shared/handling/schema'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { errorMessage } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { optionsOf } from '../../../utils/format'
import { useAddFollowUp, useQuality } from '../api/quality'

export interface FollowUpPanelProps {
  caseId: string
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

export function FollowUpPanel({ caseId }: FollowUpPanelProps) {
  const { message } = App.useApp()
  const q = useQuality(caseId)
  const add = useAddFollowUp(caseId)
  const { form, onFinish } = useSchemaForm(FollowUpInput, add, {
    extra: { caseId },
    onSuccess: () => form.resetFields(['notes']),
    onError: toastRefusal((text) => message.error(text)),
  })
  const mayAdd = isAllowed('followup:add', useSessionUser()?.roles ?? null)
  if (q.error) return <Alert type="error" message={errorMessage(q.error)} />
  return (
    <Card title="回访" loading={q.isLoading}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={q.data?.followUps ?? []}
        columns={[
          { title: '日期', dataIndex: 'visitedOn', width: 120 },
          { title: '方式', dataIndex: 'channelLabel', width: 100 },
          { title: '满意度', dataIndex: 'satisfactionLabel', width: 110 },
          { title: '记录', dataIndex: 'notes' },
          { title: '回访人', dataIndex: 'visitor', width: 100 },
        ]}
      />
      {mayAdd && (
      <Form
        form={form}
        name="follow-up"
        layout="inline"
        style={{ marginTop: 8 }}
        initialValues={{ visitedOn: today(), channel: 'phone', satisfaction: 'satisfied' }}
        onFinish={onFinish}
      >
        <Form.Item name="visitedOn" required>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="channel">
          <Select style={{ width: 120 }} options={optionsOf(FOLLOW_UP_CHANNELS)} />
        </Form.Item>
        <Form.Item name="satisfaction">
          <Select style={{ width: 130 }} options={optionsOf(SATISFACTION_LEVELS)} />
        </Form.Item>
        <Form.Item name="notes" style={{ flex: 1, minWidth: 200 }}>
          <Input maxLength={2000} placeholder="回访记录" />
        </Form.Item>
        <Button htmlType="submit" loading={add.isPending}>
          登记回访
        </Button>
      </Form>
      )}
    </Card>
  )
}
