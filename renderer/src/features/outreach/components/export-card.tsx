import { ExportOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Typography } from 'antd'
import { localDateOf } from '../../../../../shared/domain/dates'
import type { OutreachExportResult } from '../../../../../shared/outreach/dto'
import { OUTREACH_LIMITS, OutreachExportInput } from '../../../../../shared/outreach/schema'
import { ProblemSummary } from '../../../components/ui/issue-summary'
import { withConfirm } from '../../../lib/form-fields'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useExportPackage } from '../api/outreach'

const LABELS: Record<string, string> = {
  file: '保存位置',
  passphrase: '数据包口令',
  confirm: '再次输入口令',
  includeAll: '全部重新导出',
}

/** `OutreachExportInput` with the second passphrase box (only the form has it). */
export const OutreachExportFormInput = withConfirm(OutreachExportInput, 'passphrase', { missing: '请再次输入口令', mismatch: '两次输入的口令不一致' })

/** A file name for today's package, e.g. 巡回受案-2026-03-09.ladpkg. */
export function suggestedPackageName(nowMs = Date.now()): string {
  return `巡回受案-${localDateOf(nowMs)}.ladpkg`
}

function ExportDone({ result }: { result: OutreachExportResult }) {
  return (
    <Alert
      type="success"
      showIcon
      data-testid="export-result"
      title="受案包已导出"
      description={
        <>
          <Descriptions column={1} size="small" style={{ marginTop: 4 }}>
            <Descriptions.Item label="文件">
              <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                {result.file}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="内容">{`受理申请 ${result.applications} 件，法律咨询 ${result.consultations} 条`}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ margin: '8px 0 0' }}>
            请把U盘带回中心导入。口令请当面或电话告知中心的受理员，<Typography.Text strong>不要写在U盘上</Typography.Text>：数据包只有用这个口令才能打开。
          </Typography.Paragraph>
        </>
      }
    />
  )
}

/** 导出受案包, on the outreach laptop: the applications and consultations registered since the last export. */
export function ExportCard() {
  const exporter = useExportPackage()
  const { form, onFinish, problem, jumpTo, pending } = useSchemaForm(OutreachExportFormInput, exporter, {
    labels: LABELS,
    onSuccess: () => form.setFieldsValue({ passphrase: '', confirm: '', includeAll: false }),
  })

  return (
    <Card
      size="small"
      title={
        <span>
          <ExportOutlined style={{ marginRight: 8 }} />
          在巡回受案电脑上：导出受案包
        </span>
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary">
        把本机自上次导出以来登记的受理申请和法律咨询加密保存成一个数据包（.ladpkg 文件），带回中心导入。数据包用您设置的口令加密，U盘丢失也无法被他人读取。
      </Typography.Paragraph>
      <Form form={form} name="outreach-export" layout="vertical" aria-label="导出受案包" style={{ maxWidth: 640 }} onFinish={onFinish}>
        <Form.Item
          name="file"
          label="保存位置"
          required
          extra={
            <>
              填写U盘上的完整文件路径，以 .ladpkg 结尾，例如 <Typography.Text code>{`E:\\${suggestedPackageName()}`}</Typography.Text>。文件保存在运行法援工作台的这台电脑上。
            </>
          }
        >
          <Input placeholder={`E:\\${suggestedPackageName()}`} maxLength={1024} autoComplete="off" />
        </Form.Item>
        <Form.Item name="passphrase" label="数据包口令" required extra={`至少${OUTREACH_LIMITS.passphraseMin}个字符，中心导入时需要输入同一口令`}>
          <Input.Password autoComplete="new-password" maxLength={OUTREACH_LIMITS.passphraseMax} />
        </Form.Item>
        <Form.Item name="confirm" label="再次输入口令" required>
          <Input.Password autoComplete="new-password" maxLength={OUTREACH_LIMITS.passphraseMax} />
        </Form.Item>
        <Form.Item name="includeAll" valuePropName="checked" extra="只在上次的数据包丢失或损坏时使用。中心会自动识别已经导入过的记录，不会重复登记。">
          <Checkbox>全部重新导出（包括以前已导出过的记录）</Checkbox>
        </Form.Item>
        <ProblemSummary problem={problem} onJump={jumpTo} verb="导出" />
        <Button type="primary" htmlType="submit" icon={<ExportOutlined />} loading={pending}>
          {pending ? '正在加密导出…' : '导出受案包'}
        </Button>
      </Form>
      {exporter.data && !exporter.isPending ? (
        <div style={{ marginTop: 16 }}>
          <ExportDone result={exporter.data} />
        </div>
      ) : null}
    </Card>
  )
}
