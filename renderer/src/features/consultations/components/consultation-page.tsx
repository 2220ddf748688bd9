import { SaveOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Switch, Table, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { localDateOf } from '../../../../../shared/domain/dates'
import { CONSULTATION_CHANNELS } from '../../../../../shared/domain/enums'
import type { ConsultationDto } from '../../../../../shared/intake/dto'
import { ConsultationInput, type ConsultationInputIn } from '../../../../../shared/intake/schema'
import { ProblemSummary } from '../../../components/ui/issue-summary'
import { QueryError } from '../../../components/ui/query-error'
import { enterMovesToNextField, useSaveShortcut } from '../../../lib/keyboard'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { label, optionsOf, orDash } from '../../../utils/format'
import { useConsultations, useCreateConsultation } from '../api/consultations'

const LABELS: Record<string, string> = {
  channel: '咨询方式',
  consultedOn: '咨询日期',
  name: '咨询人姓名',
  phone: '联系电话',
  topic: '咨询事项',
  summary: '咨询内容摘要',
  adviceGiven: '解答意见',
  referToApplication: '转为援助申请',
}

type Values = Partial<ConsultationInputIn>

const DATE_FORMAT = 'YYYY-MM-DD'
const initialValues = (): Values => ({ channel: 'window', consultedOn: localDateOf(Date.now()), referToApplication: false })

function ConsultationForm() {
  const create = useCreateConsultation()
  const { message } = App.useApp()
  const { form, onFinish, problem, jumpTo, pending } = useSchemaForm(ConsultationInput, create, {
    labels: LABELS,
    onSuccess: () => {
      void message.success('咨询已登记')
      form.resetFields()
      form.focusField('topic')
    },
  })
  useSaveShortcut(onFinish)

  return (
    <div onKeyDown={enterMovesToNextField}>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues()} onFinish={onFinish} aria-label="咨询登记表">
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="channel" label="咨询方式" required>
              <Select options={optionsOf(CONSULTATION_CHANNELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="consultedOn"
              label="咨询日期"
              required
              getValueProps={(v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v, DATE_FORMAT) : null })}
              normalize={(d: Dayjs | null) => (d ? d.format(DATE_FORMAT) : undefined)}
            >
              <DatePicker style={{ width: '100%' }} allowClear={false} format={DATE_FORMAT} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="name" label="咨询人姓名">
              <Input maxLength={50} autoComplete="off" placeholder="可匿名" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="phone" label="联系电话">
              <Input maxLength={30} autoComplete="off" placeholder="可不填" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="topic" label="咨询事项" required>
              <Input autoFocus maxLength={100} autoComplete="off" placeholder="如：拖欠工资怎么办" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="summary" label="咨询内容摘要" required>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="adviceGiven" label="解答意见" required>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="referToApplication" label="转为法律援助申请" valuePropName="checked" extra="符合条件、需要申请法律援助的，打开此项（须填写咨询人姓名）">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
        </Row>
        <ProblemSummary problem={problem} onJump={jumpTo} />
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={pending}>
          登记咨询（Ctrl+S）
        </Button>
      </Form>
    </div>
  )
}

function ConsultationTable() {
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(20)
  const list = useConsultations(page, pageSize)
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />
  return (
    <Table<ConsultationDto>
      rowKey="id"
      size="small"
      loading={list.isFetching}
      dataSource={list.data?.rows ?? []}
      locale={{ emptyText: '暂无咨询记录' }}
      pagination={{
        current: page,
        pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => `共 ${total} 条`,
        onChange: (p, s) => {
          setPage(s !== pageSize ? 1 : p)
          setPageSize(s)
        },
      }}
      expandable={{
        expandedRowRender: (r) => (
          <div>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              <b>咨询内容：</b>
              {r.summary}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              <b>解答意见：</b>
              {r.adviceGiven}
            </Typography.Paragraph>
          </div>
        ),
      }}
      columns={[
        { title: '日期', dataIndex: 'consultedOn', width: 110 },
        { title: '方式', dataIndex: 'channel', width: 110, render: (v: string) => label(CONSULTATION_CHANNELS, v) },
        { title: '咨询人', dataIndex: 'name', width: 120, render: (v: string | null) => orDash(v) },
        { title: '电话', dataIndex: 'phone', width: 140, render: (v: string | null) => orDash(v) },
        { title: '咨询事项', dataIndex: 'topic', ellipsis: true },
        {
          title: '转申请',
          dataIndex: 'referToApplication',
          width: 90,
          render: (v: boolean, r) => (v ? <Tag color={r.referredCaseId ? 'green' : 'orange'}>{r.referredCaseId ? '已立案' : '待申请'}</Tag> : null),
        },
        { title: '登记人', dataIndex: 'createdBy', width: 100 },
      ]}
    />
  )
}

export function ConsultationPage() {
  return (
    <div style={{ maxWidth: 1200 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        法律咨询
      </Typography.Title>
      <Card title="登记咨询" size="small" style={{ marginBottom: 16 }}>
        <ConsultationForm />
      </Card>
      <Card title="最近的咨询" size="small">
        <ConsultationTable />
      </Card>
    </div>
  )
}
