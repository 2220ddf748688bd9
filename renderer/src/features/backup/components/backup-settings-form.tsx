import { SaveOutlined } from '@ant-design/icons'
import { App, Button, Form, Input, InputNumber, Space, Switch, Typography } from 'antd'
import type { BackupSettings } from '../../../../../shared/backup/dto'
import { BACKUP_LIMITS, BackupSettingsInput } from '../../../../../shared/backup/schema'
import { ProblemSummary } from '../../../components/ui/issue-summary'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { formatDateTime } from '../../../utils/format'
import { useSaveBackupSettings } from '../api/backup'

const LABELS: Record<string, string> = {
  folder: '备份文件夹',
  keepDaily: '保留每日备份',
  keepMonthly: '保留每月备份',
  onExit: '退出时备份',
  daily: '每日备份',
}

interface Values {
  folder?: string | null
  keepDaily?: number | null
  keepMonthly?: number | null
  onExit?: boolean
  daily?: boolean
}

/** The form's values in the schema's shape: an empty folder box means the default folder. */
function toInput(values: Values): Record<string, unknown> {
  const folder = typeof values.folder === 'string' && values.folder.trim() !== '' ? values.folder : null
  return {
    folder,
    keepDaily: values.keepDaily ?? undefined,
    keepMonthly: values.keepMonthly ?? undefined,
    onExit: values.onExit ?? false,
    daily: values.daily ?? false,
  }
}

/** Where and how often copies are made, and how many are kept (administrators). */
export function BackupSettingsForm({ initial }: { initial: BackupSettings }) {
  const save = useSaveBackupSettings()
  const { message } = App.useApp()
  const { form, onFinish, problem, jumpTo, pending } = useSchemaForm(BackupSettingsInput, save, {
    labels: LABELS,
    toInput,
    onSuccess: (saved) => {
      form.setFieldsValue({ folder: saved.folder ?? '' })
      void message.success('备份设置已保存')
    },
  })

  return (
    <Form<Values>
      form={form}
      name="backup-settings"
      layout="vertical"
      aria-label="备份设置"
      style={{ maxWidth: 640 }}
      initialValues={{ folder: initial.folder ?? '', keepDaily: initial.keepDaily, keepMonthly: initial.keepMonthly, onExit: initial.onExit, daily: initial.daily }}
      onFinish={onFinish}
    >
      <Form.Item
        name="folder"
        label="备份文件夹"
        extra={
          <>
            填写完整路径，例如 <Typography.Text code>E:\法援备份</Typography.Text>（U盘或移动硬盘）或{' '}
            <Typography.Text code>D:\法援备份</Typography.Text>。最好放在另一块磁盘或U盘上，电脑损坏时数据仍在。留空则使用默认位置：
            <Typography.Text copyable>{initial.effectiveFolder}</Typography.Text>
            {initial.folder ? null : ''}
          </>
        }
      >
        <Input placeholder="留空使用默认位置" maxLength={1024} autoComplete="off" allowClear />
      </Form.Item>
      <div style={{ display: 'flex', gap: 32, flexWrap: 'wrap' }}>
        <Form.Item name="keepDaily" label="保留每日备份" required style={{ width: 260 }} extra={`最近几天，每天保留最新的一份（1–${BACKUP_LIMITS.keepDailyMax}）`}>
          <InputNumber precision={0} suffix="天" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="keepMonthly" label="保留每月备份" required style={{ width: 300 }} extra={`最近几个月，每月保留最新的一份（0–${BACKUP_LIMITS.keepMonthlyMax}，0 表示不另外保留）`}>
          <InputNumber precision={0} suffix="个月" style={{ width: 140 }} />
        </Form.Item>
      </div>
      <Space size={32} wrap>
        <Form.Item name="daily" label="每日备份" valuePropName="checked" extra="程序运行时，每天自动备份一次">
          <Switch checkedChildren="开" unCheckedChildren="关" />
        </Form.Item>
        <Form.Item name="onExit" label="退出时备份" valuePropName="checked" extra="关闭程序时备份（数据没有变化则跳过）">
          <Switch checkedChildren="开" unCheckedChildren="关" />
        </Form.Item>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        超出保留范围的每日、退出时和手动备份会自动删除；恢复前和升级前的备份不会自动删除，需要时请在备份文件夹中手工清理。
        {initial.updatedAtMs ? ` 上次保存：${formatDateTime(initial.updatedAtMs)}` : ' 尚未保存过，当前为默认设置。'}
      </Typography.Paragraph>
      <ProblemSummary problem={problem} onJump={jumpTo} />
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={pending}>
        保存备份设置
      </Button>
    </Form>
  )
}
