/**
 * 值班律师 page: duty posts, the roster by week, the services given on each shift, and the
 * monthly statements (working days from the holiday calendar × the per-day standard).
 *
 * Mount: `<DutyPage />` from `renderer/src/features/duty/components/duty-page`
 * (route `/duty`, menu label 「值班律师」).
 */
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import type { DutyShiftDto } from '../../../../../shared/duty/dto'
import { DutyPostSaveInput, DutyServiceAddInput, DutyShiftSaveInput } from '../../../../../shared/duty/schema'
import { CLAIM_STATUSES, DUTY_POST_KINDS, DUTY_SERVICE_KINDS, DUTY_SHIFT_STATUSES, labelIn } from '../../../../../shared/handling/labels'
import { useMayCall, whoMayCall } from '../../../lib/access'
import { chosen } from '../../../lib/form-fields'
import { errorMessage, invoke } from '../../../lib/ipc'
import { lawyerKeys } from '../../../lib/query-keys'
import { optionsOf } from '../../../utils/format'
import { Money } from '../../../components/ui/money'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { useDutyAction, usePosts, useRoster, useStatements } from '../api/duty'
import { useQuery } from '@tanstack/react-query'

const todayStr = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const addDays = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10)

/** `DutyShiftSaveInput` with the post and the lawyer picked from lists. */
export const DutyShiftFormInput = DutyShiftSaveInput.extend({
  postId: chosen(DutyShiftSaveInput.shape.postId, '请选择岗位'),
  lawyerId: chosen(DutyShiftSaveInput.shape.lawyerId, '请选择律师'),
})

function useLawyerOptions() {
  return useQuery({
    queryKey: lawyerKeys.activeOptions,
    queryFn: () => invoke('lawyer:list', { page: 1, pageSize: 500, activeOnly: true }),
    select: (p) => p.rows.map((l) => ({ value: l.id, label: l.name })),
  })
}

function Posts() {
  const { message } = App.useApp()
  const posts = usePosts()
  const save = useDutyAction('duty:post-save')
  const may = useMayCall()
  const maySave = may('duty:post-save')
  const { form, onFinish } = useSchemaForm(DutyPostSaveInput, save, {
    onSuccess: () => form.resetFields(),
    onError: toastRefusal((text) => message.error(text)),
  })
  return (
    <Card>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={posts.data ?? []}
        columns={[
          { title: '岗位', dataIndex: 'name' },
          { title: '类别', dataIndex: 'kindLabel' },
          { title: '地址', dataIndex: 'address' },
          { title: '状态', render: (_, p) => (p.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          { title: '', render: (_, p) => (!maySave ? null : <Button size="small" onClick={() => save.mutate({ id: p.id, name: p.name, kind: p.kind as 'court', ...(p.address ? { address: p.address } : {}), active: !p.active }, { onError: (e) => void message.error(errorMessage(e)) })}>{p.active ? '停用' : '启用'}</Button>) },
        ]}
      />
      {maySave && (
      <Form form={form} layout="inline" style={{ marginTop: 8 }} initialValues={{ kind: 'court' }} onFinish={onFinish}>
        <Form.Item name="name" required>
          <Input placeholder="岗位名称（如 某区人民法院值班室）" maxLength={100} />
        </Form.Item>
        <Form.Item name="kind">
          <Select style={{ width: 200 }} options={optionsOf(DUTY_POST_KINDS)} />
        </Form.Item>
        <Form.Item name="address">
          <Input placeholder="地址" maxLength={200} />
        </Form.Item>
        <Button htmlType="submit">新增岗位</Button>
      </Form>
      )}
    </Card>
  )
}

function ServiceForm({ shift }: { shift: DutyShiftDto }) {
  const { message } = App.useApp()
  const add = useDutyAction('duty:service-add')
  const { form, onFinish } = useSchemaForm(DutyServiceAddInput, add, {
    extra: { shiftId: shift.id },
    onSuccess: () => form.resetFields(),
    onError: toastRefusal((text) => message.error(text)),
  })
  const may = useMayCall()
  if (!may('duty:service-add')) return null
  return (
    <Form form={form} layout="inline" initialValues={{ kind: 'consultation', count: 1 }} onFinish={onFinish}>
      <Form.Item name="kind">
        <Select style={{ width: 220 }} options={optionsOf(DUTY_SERVICE_KINDS)} />
      </Form.Item>
      <Form.Item name="count">
        <InputNumber min={1} max={1000} precision={0} addonAfter="次" />
      </Form.Item>
      <Form.Item name="note">
        <Input placeholder="服务情况" maxLength={1000} />
      </Form.Item>
      <Button htmlType="submit" size="small">登记服务</Button>
    </Form>
  )
}

function Roster() {
  const { message } = App.useApp()
  const [from, setFrom] = useState(todayStr())
  const roster = useRoster(from, addDays(from, 6))
  const posts = usePosts()
  const lawyers = useLawyerOptions()
  const save = useDutyAction('duty:shift-save')
  const may = useMayCall()
  const maySave = may('duty:shift-save')
  const fail = (e: unknown) => void message.error(errorMessage(e))
  const { form, onFinish } = useSchemaForm(DutyShiftFormInput, save, { extra: { status: 'scheduled' }, onError: toastRefusal((text) => message.error(text)) })
  return (
    <Card>
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={() => setFrom(addDays(from, -7))}>上一周</Button>
        <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} style={{ width: 160 }} />
        <Button onClick={() => setFrom(addDays(from, 7))}>下一周</Button>
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={roster.data ?? []}
        expandable={{
          expandedRowRender: (s) => (
            <Space direction="vertical">
              {s.services.map((v) => <span key={v.id}>{`${v.kindLabel} ${v.count} 次${v.note ? `：${v.note}` : ''}`}</span>)}
              {s.status === 'served' && <ServiceForm shift={s} />}
            </Space>
          ),
        }}
        columns={[
          { title: '日期', dataIndex: 'shiftDate' },
          { title: '岗位', dataIndex: 'postName' },
          { title: '律师', dataIndex: 'lawyerName' },
          {
            title: '状态',
            // The status is information: shown to everyone, changeable only by who may save shifts.
            render: (_, s) => (
              <Tooltip title={maySave ? undefined : `仅${whoMayCall('duty:shift-save')}可更改值班状态`}>
                <span style={{ display: 'inline-block' }}>
                <Select
                  size="small"
                  style={{ width: 110 }}
                  value={s.status}
                  disabled={!maySave}
                  options={optionsOf(DUTY_SHIFT_STATUSES)}
                  onChange={(status) => save.mutate({ id: s.id, postId: s.postId, lawyerId: s.lawyerId, shiftDate: s.shiftDate, status: status as 'served', ...(s.note ? { note: s.note } : {}) }, { onError: fail })}
                />
                </span>
              </Tooltip>
            ),
          },
          { title: '服务', render: (_, s) => s.services.reduce((n, v) => n + v.count, 0) },
        ]}
      />
      {maySave && (
      <Form form={form} layout="inline" style={{ marginTop: 8 }} initialValues={{ shiftDate: from }} onFinish={onFinish}>
        <Form.Item name="postId" required>
          <Select style={{ width: 220 }} placeholder="岗位" options={(posts.data ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="lawyerId" required>
          <Select style={{ width: 160 }} placeholder="律师" showSearch optionFilterProp="label" options={lawyers.data ?? []} />
        </Form.Item>
        <Form.Item name="shiftDate" required>
          <Input type="date" />
        </Form.Item>
        <Button htmlType="submit">排班</Button>
      </Form>
      )}
    </Card>
  )
}

function Statements() {
  const { message } = App.useApp()
  const [period, setPeriod] = useState(addDays(`${todayStr().slice(0, 7)}-01`, -1).slice(0, 7))
  const st = useStatements(period)
  const save = useDutyAction('duty:statement-save')
  const may = useMayCall()
  const maySave = may('duty:statement-save')
  return (
    <Card>
      <Space style={{ marginBottom: 8 }}>
        <Input type="month" value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: 160 }} />
      </Space>
      {st.error && <Alert type="error" message={errorMessage(st.error)} />}
      {st.data?.[0] && (
        <Typography.Paragraph type="secondary">
          {period} 共 {st.data[0].calendarWorkingDays} 个工作日（法定节假日 {st.data[0].calendarHolidays} 天，调休上班 {st.data[0].makeupWorkdays} 天）。休息日值班单独列出，不计入按工作日计发的补贴。
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="lawyerId"
        loading={st.isLoading}
        pagination={false}
        dataSource={st.data ?? []}
        expandable={{ expandedRowRender: (s) => <div>{s.servedDays.map((d) => `${d.date}${d.holidayName ? `（${d.holidayName}）` : ''}${d.counted ? '' : '（休息日，不计）'}`).join('、')}</div> }}
        columns={[
          { title: '律师', dataIndex: 'lawyerName' },
          { title: '律师事务所', dataIndex: 'firmName' },
          { title: '值班天数', render: (_, s) => s.servedDays.length },
          { title: '计发工作日', dataIndex: 'countedDays' },
          { title: '服务', render: (_, s) => s.services.map((v) => `${v.kindLabel}${v.count}`).join('，') },
          { title: '补贴', render: (_, s) => (s.amount ? <Money fen={s.amount.totalFen} /> : <Typography.Text type="danger">{s.amountError?.message}</Typography.Text>) },
          { title: '状态', render: (_, s) => (s.claimStatus ? labelIn(CLAIM_STATUSES, s.claimStatus) : '未保存') },
          {
            title: '',
            render: (_, s) =>
              maySave && s.amount && s.claimStatus !== 'paid' ? (
                <Button size="small" onClick={() => save.mutate({ period, lawyerId: s.lawyerId }, { onSuccess: () => void message.success('已保存，待负责人审批'), onError: (e) => void message.error(errorMessage(e)) })}>
                  保存统计
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  )
}

export function DutyPage() {
  return (
    <div style={{ padding: 16 }}>
      <Typography.Title level={3}>值班律师</Typography.Title>
      <Tabs
        items={[
          { key: 'roster', label: '排班与服务', children: <Roster /> },
          { key: 'statements', label: '月度统计', children: <Statements /> },
          { key: 'posts', label: '值班岗位', children: <Posts /> },
        ]}
      />
    </div>
  )
}
