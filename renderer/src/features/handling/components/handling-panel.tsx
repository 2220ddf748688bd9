/**
 * 承办 section of a case file: the handling log (会见、阅卷、出庭 …), 办结 (outcome and date, which
 * starts the closing-materials period), the closing-materials checklist, 结案 and 归档.
 *
 * Mount: `<HandlingPanel caseId={file.id} />` from
 * `renderer/src/features/handling/components/handling-panel`.
 */
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { ClosingDto } from '../../../../../shared/handling/dto'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { CASE_OUTCOMES, HANDLING_EVENT_KINDS } from '../../../../../shared/handling/labels'
import { ConcludeInput, HandlingEventInput } from '../../../../../shared/handling/schema'
import { mayTakeStep, whoTakesStep } from '../../../lib/access'
import { errorMessage } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { formatDate, optionsOf } from '../../../utils/format'
import { useHandling, useHandlingAction } from '../api/handling'

export interface HandlingPanelProps {
  caseId: string
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

function Checklist({ caseId, closing }: { caseId: string; closing: ClosingDto }) {
  const { message } = App.useApp()
  const save = useHandlingAction(caseId, 'handling:save-checklist')
  const close = useHandlingAction(caseId, 'handling:close')
  const [ticks, setTicks] = useState<Record<string, boolean>>(() => Object.fromEntries(closing.checklist.map((i) => [i.code, i.done])))
  const [submittedOn, setSubmittedOn] = useState(today())
  const roles = useSessionUser()?.roles ?? null
  const maySave = isAllowed('handling:save-checklist', roles)
  const mayClose = mayTakeStep('handling:close', 'close', roles)
  const items = closing.checklist.map((i) => ({ code: i.code, done: ticks[i.code] ?? false }))
  const locked = closing.closedOn !== null
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {closing.checklist.map((i) => (
        <Checkbox key={i.code} checked={ticks[i.code] ?? false} disabled={locked || !(maySave || mayClose)} onChange={(e) => setTicks({ ...ticks, [i.code]: e.target.checked })}>
          {i.label} {i.required ? <Tag color="red">必交</Tag> : <Tag>选交</Tag>}
        </Checkbox>
      ))}
      {!locked && (maySave || mayClose) && (
        <Space wrap>
          {maySave && <Button onClick={() => save.mutate({ caseId, items }, { onSuccess: () => void message.success('已保存结案材料清单'), onError: (e) => void message.error(errorMessage(e)) })}>保存清单</Button>}
          {mayClose && (
            <>
              <Input type="date" value={submittedOn} onChange={(e) => setSubmittedOn(e.target.value)} style={{ width: 170 }} addonBefore="材料提交日" />
              <Button
                type="primary"
                loading={close.isPending}
                onClick={() => close.mutate({ caseId, materialsSubmittedOn: submittedOn, items }, { onSuccess: () => void message.success('已结案'), onError: (e) => void message.error(errorMessage(e)) })}
              >
                结案
              </Button>
            </>
          )}
        </Space>
      )}
      {!locked && !mayClose && <Typography.Text type="secondary">结案须由{whoTakesStep('close')}办理。</Typography.Text>}
    </Space>
  )
}

export function HandlingPanel({ caseId }: HandlingPanelProps) {
  const { message } = App.useApp()
  const q = useHandling(caseId)
  const addEvent = useHandlingAction(caseId, 'handling:add-event')
  const conclude = useHandlingAction(caseId, 'handling:conclude')
  const archive = useHandlingAction(caseId, 'handling:archive')
  const toastError = toastRefusal((text) => message.error(text))
  const { form: eventForm, onFinish: addEventSubmit } = useSchemaForm(HandlingEventInput, addEvent, {
    extra: { caseId },
    onSuccess: () => eventForm.resetFields(['summary']),
    onError: toastError,
  })
  const { form: concludeForm, onFinish: concludeSubmit } = useSchemaForm(ConcludeInput, conclude, { extra: { caseId }, onError: toastError })
  const [location, setLocation] = useState('')
  const roles = useSessionUser()?.roles ?? null
  if (q.isLoading) return <Card loading title="承办与结案" />
  if (q.error) return <Alert type="error" message={errorMessage(q.error)} />
  const st = q.data!
  const fail = (e: unknown) => void message.error(errorMessage(e))
  return (
    <Card title="承办与结案" extra={<Tag>{st.statusLabel}</Tag>}>
      <Space direction="vertical" style={{ width: '100%' }} size="large">
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="承办律师">{st.lawyer ? `${st.lawyer.name}（${st.lawyer.firmName ?? '—'}）` : '未指派'}</Descriptions.Item>
          {st.closingDeadline && (
            <Descriptions.Item label="结案材料期限">
              {formatDate(st.closingDeadline.dueOn)} {st.closingDeadline.overdue ? <Tag color="red">已逾期</Tag> : st.closingDeadline.status === 'met' ? <Tag color="green">已提交</Tag> : <Tag color="blue">未到期</Tag>}
            </Descriptions.Item>
          )}
        </Descriptions>

        <div>
          <Typography.Title level={5}>办案活动</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={st.events}
            columns={[
              { title: '日期', dataIndex: 'on', width: 120 },
              { title: '活动', dataIndex: 'kindLabel', width: 120 },
              { title: '情况', dataIndex: 'summary' },
              { title: '登记人', dataIndex: 'recordedBy', width: 100 },
            ]}
          />
          {['assigned', 'handling'].includes(st.status) && isAllowed('handling:add-event', roles) && (
            <Form
              form={eventForm}
              layout="inline"
              style={{ marginTop: 8 }}
              initialValues={{ on: today(), kind: 'meeting' }}
              onFinish={addEventSubmit}
            >
              <Form.Item name="kind" required>
                <Select style={{ width: 140 }} options={optionsOf(HANDLING_EVENT_KINDS)} />
              </Form.Item>
              <Form.Item name="on" required>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="summary" required style={{ flex: 1, minWidth: 240 }}>
                <Input maxLength={2000} placeholder="活动情况（如会见地点、庭审要点）" />
              </Form.Item>
              <Button htmlType="submit" loading={addEvent.isPending}>
                登记
              </Button>
            </Form>
          )}
        </div>

        {st.status === 'handling' && !st.closing && (
          <div>
            <Typography.Title level={5}>办结</Typography.Title>
            {!mayTakeStep('handling:conclude', 'report-concluded', roles) ? (
              <Typography.Paragraph type="secondary">办结须由{whoTakesStep('report-concluded')}登记。</Typography.Paragraph>
            ) : (
            <>
            <Form form={concludeForm} layout="inline" initialValues={{ concludedOn: today(), outcome: 'judgment' }} onFinish={concludeSubmit}>
              <Form.Item name="outcome" label="结案方式" required>
                <Select style={{ width: 160 }} options={optionsOf(CASE_OUTCOMES)} />
              </Form.Item>
              <Form.Item name="concludedOn" label="办结日期" required>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="outcomeNote">
                <Input placeholder="结果说明（可选）" maxLength={1000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={conclude.isPending}>
                登记办结
              </Button>
            </Form>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              登记办结后开始计算律师提交结案材料的期限，逾期未交的案件会出现在期限看板上。
            </Typography.Paragraph>
            </>
            )}
          </div>
        )}

        {st.closing && (
          <div>
            <Typography.Title level={5}>
              结案材料（{st.closing.outcomeLabel}，办结于 {formatDate(st.closing.concludedOn)}）
            </Typography.Title>
            {st.closing.missingRequired.length > 0 && !st.closing.closedOn && <Alert type="warning" showIcon message={`尚缺：${st.closing.missingRequired.join('、')}`} style={{ marginBottom: 8 }} />}
            <Checklist key={`${st.closing.closedOn ?? 'open'}`} caseId={caseId} closing={st.closing} />
          </div>
        )}

        {st.closing?.closedOn && (
          <div>
            <Typography.Title level={5}>归档</Typography.Title>
            {st.closing.archiveNumber ? (
              <Descriptions size="small" column={3}>
                <Descriptions.Item label="档案号">{st.closing.archiveNumber}</Descriptions.Item>
                <Descriptions.Item label="归档日期">{formatDate(st.closing.archivedOn)}</Descriptions.Item>
                <Descriptions.Item label="存放位置">{st.closing.archiveLocation ?? '—'}</Descriptions.Item>
              </Descriptions>
            ) : !mayTakeStep('handling:archive', 'archive', roles) ? (
              <Typography.Paragraph type="secondary">尚未归档。归档须由{whoTakesStep('archive')}办理。</Typography.Paragraph>
            ) : (
              <Space>
                <Input placeholder="案卷存放位置（可选）" value={location} onChange={(e) => setLocation(e.target.value)} maxLength={100} />
                <Button type="primary" loading={archive.isPending} onClick={() => archive.mutate({ caseId, ...(location ? { location } : {}) }, { onSuccess: (r) => void message.success(`已归档，档案号 ${r.closing?.archiveNumber ?? ''}`), onError: fail })}>
                  归档（自动编档案号）
                </Button>
              </Space>
            )}
          </div>
        )}
      </Space>
    </Card>
  )
}
