import { SaveOutlined } from '@ant-design/icons'
import { App, Button, Card, Descriptions, Form, Input, Select, Skeleton, Typography } from 'antd'
import { REGIONS } from '../../../../../shared/codes'
import type { CenterSettings } from '../../../../../shared/settings/dto'
import { CenterSettingsInput, type CenterSettingsInputIn } from '../../../../../shared/intake/schema'
import { ProblemSummary } from '../../../components/ui/issue-summary'
import { QueryError } from '../../../components/ui/query-error'
import { useAppInfo, useCenterSettings } from '../../../lib/center'
import { enterMovesToNextField, useSaveShortcut } from '../../../lib/keyboard'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { formatDateTime } from '../../../utils/format'
import { useSaveSettings } from '../api/save-settings'

const LABELS: Record<string, string> = {
  centerName: '中心名称',
  region: '适用地区',
  docPrefix: '文号前缀',
  address: '地址',
  phone: '电话',
}

/** How each region choice reads to a clerk: which texts apply. */
const REGION_OPTIONS = REGIONS.map((r) => ({
  value: r.code,
  label: r.code === 'national' ? '仅适用国家法（法律援助法）' : `${r.label}（地方规定 + 国家法）`,
}))

type Values = Partial<CenterSettingsInputIn>

function SettingsForm({ initial }: { initial: CenterSettings | null }) {
  const save = useSaveSettings()
  const { message } = App.useApp()
  const { form, onFinish, problem, jumpTo, pending } = useSchemaForm(CenterSettingsInput, save, {
    labels: LABELS,
    onSuccess: () => void message.success('中心设置已保存'),
  })
  useSaveShortcut(onFinish)

  return (
    <div onKeyDown={enterMovesToNextField}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial ? { centerName: initial.centerName, region: initial.region, docPrefix: initial.docPrefix, address: initial.address, phone: initial.phone } : {}}
        onFinish={onFinish}
        style={{ maxWidth: 560 }}
        aria-label="中心设置"
      >
        <Form.Item name="centerName" label="中心名称" required extra="例如：某某县法律援助中心">
          <Input autoFocus maxLength={60} autoComplete="off" />
        </Form.Item>
        <Form.Item name="region" label="适用地区" required extra="决定受理登记时可选的援助事项范围、经济困难标准等">
          <Select options={REGION_OPTIONS} placeholder="选择本中心所在地区" />
        </Form.Item>
        <Form.Item name="docPrefix" label="文号前缀" required extra="文书编号的前缀，如「某法援」→ 某法援指〔2026〕12号">
          <Input maxLength={10} autoComplete="off" />
        </Form.Item>
        <Form.Item name="address" label="地址" required>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label="电话" required>
          <Input maxLength={30} autoComplete="off" placeholder="如 0471-1234567" />
        </Form.Item>
        <ProblemSummary problem={problem} onJump={jumpTo} />
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={pending}>
          保存设置（Ctrl+S）
        </Button>
      </Form>
    </div>
  )
}

export function SettingsPage() {
  const settings = useCenterSettings()
  const info = useAppInfo()
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        设置
      </Typography.Title>
      <Card title="本中心" size="small" style={{ marginBottom: 16 }}>
        {settings.isLoading ? (
          <Skeleton active />
        ) : settings.isError ? (
          <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <>
            {settings.data === null ? (
              <Typography.Paragraph type="warning">首次使用：请填写以下信息并保存，之后才能受理登记。</Typography.Paragraph>
            ) : (
              <Typography.Paragraph type="secondary">上次保存：{formatDateTime(settings.data?.updatedAtMs)}</Typography.Paragraph>
            )}
            <SettingsForm initial={settings.data ?? null} />
          </>
        )}
      </Card>
      <Card title="关于与数据" size="small">
        {info.data ? (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="程序">{`${info.data.appName} ${info.data.version}（${info.data.mode === 'web' ? '浏览器模式' : '桌面版'}）`}</Descriptions.Item>
            <Descriptions.Item label="数据库文件">
              <Typography.Text copyable data-testid="db-path">
                {info.data.dbPath}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="数据目录">{info.data.dataDir}</Descriptions.Item>
            <Descriptions.Item label="备份目录">{info.data.backupsDir}</Descriptions.Item>
            <Descriptions.Item label="数据库结构版本">{info.data.schemaVersion}</Descriptions.Item>
          </Descriptions>
        ) : info.isError ? (
          <QueryError error={info.error} />
        ) : (
          <Skeleton active />
        )}
      </Card>
    </div>
  )
}
