import { AuditOutlined, CheckCircleFilled } from '@ant-design/icons'
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd'
import type { AuditBreakDto, AuditVerifyResult } from '../../../../../shared/backup/dto'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { errorMessage } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { useAuditVerify } from '../api/backup'
import { AUDIT_BREAK_LABEL, formatDuration } from '../utils/labels'

function Outcome({ result }: { result: AuditVerifyResult }) {
  if (result.ok) {
    const anchors = result.anchors.checked > 0 ? `另与 ${result.anchors.checked} 份备份中记录的日志位置核对，均一致。` : ''
    return (
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleFilled />}
        data-testid="audit-ok"
        title="审计日志完整"
        description={`共检查 ${result.checked} 条审计记录，没有发现被修改、被删除、顺序被调换或未经系统写入的记录。${anchors}用时 ${formatDuration(result.tookMs)}。`}
      />
    )
  }
  const problems = result.breaks.length + result.anchors.mismatches.length
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Alert
        type="error"
        showIcon
        role="alert"
        title={`审计日志不完整：发现 ${problems}${result.breaksTruncated ? ' 处以上' : ' 处'}问题`}
        description="审计日志记录了每一次登记和修改，本应只能由本程序追加。下列记录被改动过，请不要再修改数据库文件，保留现有备份，并报告中心负责人和系统管理员。"
      />
      {result.breaks.length > 0 ? (
        <Table<AuditBreakDto>
          className="audit-breaks"
          rowKey={(b) => `${b.seq}-${b.kind}`}
          size="small"
          pagination={result.breaks.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          dataSource={result.breaks}
          columns={[
            { title: '记录序号', dataIndex: 'seq', width: 100 },
            { title: '问题', dataIndex: 'kind', width: 130, render: (k: AuditBreakDto['kind']) => <Tag color="red">{AUDIT_BREAK_LABEL[k]}</Tag> },
            { title: '说明', dataIndex: 'message' },
          ]}
        />
      ) : null}
      {result.breaksTruncated ? <Typography.Text type="secondary">问题较多，只列出了前面的部分。</Typography.Text> : null}
      {result.anchors.mismatches.length > 0 ? (
        <Alert
          type="error"
          title="与备份中记录的不一致"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {result.anchors.mismatches.map((m) => (
                <li key={`${m.file}-${m.seq}`}>{m.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Space>
  )
}

/** 审计日志校验 (director, administrator): is the audit log as the program wrote it? */
export function AuditCheckCard() {
  const verify = useAuditVerify()
  return (
    <Card
      size="small"
      title={
        <Space>
          <AuditOutlined />
          审计日志校验
        </Space>
      }
      extra={
        <Button type="primary" ghost loading={verify.isPending} onClick={() => verify.mutate()}>
          {verify.isPending ? '正在校验…' : verify.data ? '重新校验' : '开始校验'}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: verify.data || verify.isError ? 12 : 0 }}>
        每一次登记、修改和导入都会写入审计日志，每条记录都与前一条环环相扣。校验会逐条检查，发现被修改、被删除、顺序被调换或不是由本程序写入的记录。
      </Typography.Paragraph>
      {verify.isError ? <Alert type="error" showIcon role="alert" title="校验未能完成" description={errorMessage(verify.error)} /> : null}
      {verify.data ? <Outcome result={verify.data} /> : null}
    </Card>
  )
}

/**
 * The card on the home screen for those who may check the audit log but cannot open 数据备份
 * (负责人); administrators find it on the backup page.
 */
export function HomeAuditCheck() {
  const roles = useSessionUser()?.roles ?? null
  if (!isAllowed('audit:verify', roles) || isAllowed('backup:list', roles)) return null
  return (
    <div style={{ marginBottom: 16 }}>
      <AuditCheckCard />
    </div>
  )
}
