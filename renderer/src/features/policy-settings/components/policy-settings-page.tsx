import { App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Skeleton, Table, Tag, Typography } from 'antd'
import { useEffect, useMemo } from 'react'
import { z } from 'zod'
import { REGIONS, regionLabel } from '../../../../../shared/codes'
import type { PolicySettingDto } from '../../../../../shared/policy-settings/dto'
import { PolicySettingAddInput } from '../../../../../shared/policy-settings/schema'
import { QueryError } from '../../../components/ui/query-error'
import { useCenterSettings } from '../../../lib/center'
import type { NamePath } from '../../../lib/form-errors'
import { chosen, yuanAsFen } from '../../../lib/form-fields'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { formatDateTime } from '../../../utils/format'
import { useAddPolicySetting, usePolicySettings } from '../api/policy-settings'
import { formatFen } from '../../../../../shared/domain/money'

export interface PolicySettingsPageProps {
  /** Preselects a setting, e.g. the one named by a NOT_CONFIGURED answer. */
  focusKey?: string
}

const isFenKey = (key: string) => key.endsWith('Fen') || /Fen\.(urban|rural)$/.test(key)
const isDaysKey = (key: string) => key.endsWith('Days')

function showValue(key: string, v: unknown): string {
  if (typeof v === 'number' && isFenKey(key)) return `${formatFen(v).replace('¥', '')} 元`
  if (typeof v === 'number' && isDaysKey(key)) return `${v} 日`
  return JSON.stringify(v)
}

type ValueKind = 'fen' | 'days' | 'json'
const kindOf = (key: string): ValueKind => (isFenKey(key) ? 'fen' : isDaysKey(key) ? 'days' : 'json')

/** The box that holds the value, by kind: an amount in 元, a number of days, or JSON text. */
const VALUE_FIELD = { fen: 'amountYuan', days: 'days', json: 'json' } as const

/**
 * The value as typed in the box its key's kind uses (`{ kind, typed }`), turned into the value the
 * shared schema then checks against the key: 元 → 分, days as they are, JSON text → its value.
 */
const TypedValue = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('fen'), typed: yuanAsFen(z.number(), '请填写金额') }),
      z.object({ kind: z.literal('days'), typed: z.number({ error: '请填写天数' }) }),
      z.object({
        kind: z.literal('json'),
        typed: z.string({ error: '请填写数值' }).transform((text, ctx): unknown => {
          try {
            return JSON.parse(text)
          } catch {
            ctx.addIssue({ code: 'custom', message: '数值应为有效的 JSON' })
            return z.NEVER
          }
        }),
      }),
    ],
    { error: '请填写数值' },
  )
  .transform((v): unknown => v.typed)

/** `PolicySettingAddInput` as the form gives it: the setting picked from the list, the value as typed for its kind. */
export const PolicySettingFormInput = PolicySettingAddInput.safeExtend({
  key: chosen(PolicySettingAddInput.shape.key, '请选择设置项'),
  value: TypedValue,
})

interface Values {
  key?: string
  region?: string
  amountYuan?: number
  days?: number
  json?: string
  source?: string
  effectiveFrom?: string
  note?: string
  supersede?: boolean
}

/** 政策设置: the numbers the policy texts leave to the center, each with its source and effective date. */
export function PolicySettingsPage({ focusKey }: PolicySettingsPageProps) {
  const list = usePolicySettings()
  const center = useCenterSettings()
  const add = useAddPolicySetting()
  const { message } = App.useApp()
  const { form, onFinish, pending } = useSchemaForm(PolicySettingFormInput, add, {
    toInput: ({ amountYuan, days, json, ...rest }: Values) => {
      if (!rest.key) return rest
      const kind = kindOf(rest.key)
      return { ...rest, value: { kind, typed: { fen: amountYuan, days, json }[kind] } }
    },
    // Every problem with the value (missing, not a number, refused for its key) goes on its box.
    fieldOf: (path): NamePath => (path[0] === 'value' ? [VALUE_FIELD[kindOf(String(form.getFieldValue('key') ?? ''))]] : path),
    onSuccess: () => {
      void message.success('已保存')
      form.resetFields(['amountYuan', 'days', 'json', 'source', 'note', 'supersede'])
    },
    onError: toastRefusal((text) => message.error(text)),
  })
  const key = Form.useWatch('key', form)
  const info = useMemo(() => list.data?.keys.find((k) => k.key === key), [list.data, key])

  useEffect(() => {
    if (focusKey) form.setFieldValue('key', focusKey)
  }, [focusKey, form])
  useEffect(() => {
    if (center.data?.region && !form.getFieldValue('region')) form.setFieldValue('region', center.data.region)
  }, [center.data, form])
  useEffect(() => {
    if (info && info.defaultValue !== undefined && !isFenKey(info.key) && !isDaysKey(info.key)) form.setFieldValue('json', JSON.stringify(info.defaultValue, null, 2))
  }, [info, form])

  if (list.isLoading) return <Skeleton active />
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />
  const data = list.data!
  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        政策设置
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        政策文件没有给出的数值（最低工资、低保标准、补贴标准等）须由中心录入，并注明来源文件和生效日期；未录入前，相关审查和计算会提示「缺少政策设置」。带默认值的选项在未录入时按系统默认值执行。
      </Typography.Paragraph>
      <Card size="small" title="录入一项设置" style={{ marginBottom: 16 }}>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 640 }}>
          <Form.Item name="key" label="设置项" required>
            <Select showSearch optionFilterProp="label" options={data.keys.map((k) => ({ value: k.key, label: `${k.label}（${k.key}）` }))} />
          </Form.Item>
          {info?.defaultNote ? <Typography.Paragraph type="secondary">{info.defaultNote}</Typography.Paragraph> : null}
          <Form.Item name="region" label="地区" required>
            <Select options={REGIONS.map((r) => ({ value: r.code, label: r.label }))} />
          </Form.Item>
          {key && isFenKey(key) ? (
            <Form.Item name="amountYuan" label="金额（元，保存为分）" required>
              <InputNumber min={0} precision={2} style={{ width: 240 }} />
            </Form.Item>
          ) : key && isDaysKey(key) ? (
            <Form.Item name="days" label="天数" required>
              <InputNumber min={1} max={365} precision={0} />
            </Form.Item>
          ) : key ? (
            <Form.Item name="json" label="数值（JSON）" required extra='例如补贴标准：{"minFen":80000,"maxFen":160000}'>
              <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          ) : null}
          <Form.Item name="source" label="来源文件（文号）" required>
            <Input maxLength={200} placeholder="如：内人社发〔2024〕X号" />
          </Form.Item>
          <Form.Item name="effectiveFrom" label="生效日期" required>
            <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="supersede" valuePropName="checked">
            <Checkbox>更正原值（同一设置项、地区、生效日期已有数值时替换它，原值留档）</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={pending}>
            保存
          </Button>
        </Form>
      </Card>
      <Table<PolicySettingDto>
        size="small"
        rowKey="id"
        dataSource={data.entries}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: '设置项', dataIndex: 'label', render: (v: string, r) => (<span>{v}<br /><Typography.Text type="secondary">{r.key}</Typography.Text>{r.key === focusKey ? <Tag color="orange">待核对</Tag> : null}</span>) },
          { title: '地区', dataIndex: 'region', width: 100, render: (v: string) => regionLabel(v) },
          { title: '数值', dataIndex: 'value', render: (v: unknown, r) => showValue(r.key, v) },
          { title: '来源', dataIndex: 'source' },
          { title: '生效日期', dataIndex: 'effectiveFrom', width: 110 },
          { title: '录入', dataIndex: 'enteredBy', width: 160, render: (v: string, r) => `${v} ${formatDateTime(r.enteredAtMs)}` },
        ]}
      />
    </div>
  )
}
