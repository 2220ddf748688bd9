/**
 * 投诉 section of a case file: intake, investigation, outcome and reply, linked to the case and
 * its lawyer.
 *
 * Mount: `<ComplaintsPanel caseId={file.id} />` from `renderer/src/features/quality/components/complaints-panel`.
 */
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import type { ComplaintDto } from '../../../../../shared/quality/dto'
import { COMPLAINANT_ROLES, COMPLAINT_CHANNELS, COMPLAINT_OUTCOMES } from '../../../../../shared/handling/labels'
import { ComplaintAddInput, ComplaintUpdateInput } from '../../../../../shared/handling/schema'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { errorMessage } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { optionsOf } from '../../../utils/format'
import { useAddComplaint, useQuality, useUpdateComplaint } from '../api/quality'

export interface ComplaintsPanelProps {
  caseId: string
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
type Step = 'investigate' | 'conclude' | 'reply'

function StepDialog({ caseId, complaint, step, onClose }: { caseId: string; complaint: ComplaintDto; step: Step; onClose: () => void }) {
  const { message } = App.useApp()
  const update = useUpdateComplaint(caseId)
  const { form, onFinish } = useSchemaForm(ComplaintUpdateInput, update, {
    extra: { id: complaint.id, step },
    onSuccess: onClose,
    onError: toastRefusal((text) => message.error(text)),
  })
  const title = step === 'investigate' ? '登记调查情况' : step === 'conclude' ? '登记处理结果' : '登记答复'
  return (
    <Modal open title={title} onOk={onFinish} onCancel={onClose} confirmLoading={update.isPending} okText="保存" cancelText="取消">
      <Form form={form} layout="vertical" initialValues={{ concludedOn: today(), repliedOn: today(), outcome: 'unsubstantiated' }}>
        {step === 'investigate' && (
          <Form.Item name="investigation" label="调查情况" required>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        )}
        {step === 'conclude' && (
          <>
            <Form.Item name="outcome" label="调查结论">
              <Select options={optionsOf(COMPLAINT_OUTCOMES)} />
            </Form.Item>
            <Form.Item name="outcomeNote" label="处理结果" required>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="actionTaken" label="对承办人员的处理措施">
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {step === 'reply' && (
          <Form.Item name="reply" label="答复内容" required>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        )}
        {step !== 'investigate' && (
          <Form.Item name={step === 'conclude' ? 'concludedOn' : 'repliedOn'} label="日期" required>
            <Input type="date" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}

export function ComplaintsPanel({ caseId }: ComplaintsPanelProps) {
  const { message } = App.useApp()
  const q = useQuality(caseId)
  const add = useAddComplaint(caseId)
  const { form, onFinish } = useSchemaForm(ComplaintAddInput, add, {
    extra: { caseId },
    onSuccess: () => form.resetFields(['content']),
    onError: toastRefusal((text) => message.error(text)),
  })
  const [dialog, setDialog] = useState<{ c: ComplaintDto; step: Step } | null>(null)
  const roles = useSessionUser()?.roles ?? null
  const mayAdd = isAllowed('complaint:add', roles)
  const mayUpdate = isAllowed('complaint:update', roles)
  if (q.error) return <Alert type="error" message={errorMessage(q.error)} />
  return (
    <Card title="投诉" loading={q.isLoading}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={q.data?.complaints ?? []}
        expandable={{ expandedRowRender: (c) => <div>调查：{c.investigation ?? '—'}；结果：{c.outcomeNote ?? '—'}；答复：{c.reply ?? '—'}</div> }}
        columns={[
          { title: '日期', dataIndex: 'receivedOn', width: 110 },
          { title: '投诉人', dataIndex: 'complainantRoleLabel', width: 100 },
          { title: '被投诉律师', dataIndex: 'lawyerName', width: 100 },
          { title: '内容', dataIndex: 'content' },
          { title: '状态', width: 120, render: (_, c) => <Tag>{c.outcomeLabel ?? c.statusLabel}</Tag> },
          // 调查、处理结果、答复 (complaint:update) only for the roles that may record them.
          ...(mayUpdate
            ? [
                {
                  title: '处理',
                  width: 200,
                  render: (_: unknown, c: ComplaintDto) => (
                    <Space>
                      {['received', 'investigating'].includes(c.status) && <Button size="small" onClick={() => setDialog({ c, step: 'investigate' })}>调查</Button>}
                      {c.status === 'investigating' && <Button size="small" onClick={() => setDialog({ c, step: 'conclude' })}>处理结果</Button>}
                      {c.status === 'concluded' && <Button size="small" onClick={() => setDialog({ c, step: 'reply' })}>答复</Button>}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {mayAdd && (
      <Form
        form={form}
        name="complaint"
        layout="inline"
        style={{ marginTop: 8 }}
        initialValues={{ receivedOn: today(), channel: 'phone', complainantRole: 'assisted-person' }}
        onFinish={onFinish}
      >
        <Form.Item name="receivedOn">
          <Input type="date" />
        </Form.Item>
        <Form.Item name="channel">
          <Select style={{ width: 110 }} options={optionsOf(COMPLAINT_CHANNELS)} />
        </Form.Item>
        <Form.Item name="complainantRole">
          <Select style={{ width: 140 }} options={optionsOf(COMPLAINANT_ROLES)} />
        </Form.Item>
        <Form.Item name="content" required style={{ flex: 1, minWidth: 200 }}>
          <Input maxLength={2000} placeholder="投诉内容" />
        </Form.Item>
        <Button htmlType="submit" loading={add.isPending}>
          登记投诉
        </Button>
      </Form>
      )}
      {dialog && <StepDialog caseId={caseId} complaint={dialog.c} step={dialog.step} onClose={() => setDialog(null)} />}
    </Card>
  )
}
