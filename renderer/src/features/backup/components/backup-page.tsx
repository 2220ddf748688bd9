import { CloudUploadOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Descriptions, Skeleton, Space, Typography } from 'antd'
import { useState } from 'react'
import type { BackupInfo, BackupRunResult } from '../../../../../shared/backup/dto'
import { QueryError } from '../../../components/ui/query-error'
import { errorMessage } from '../../../lib/ipc'
import { backupKeys } from '../../../lib/query-keys'
import { formatDateTime } from '../../../utils/format'
import { useBackupSettings, useRunBackup } from '../api/backup'
import { formatBytes, formatDuration } from '../utils/labels'
import { AuditCheckCard } from './audit-check-card'
import { BackupSettingsForm } from './backup-settings-form'
import { BackupTable } from './backup-table'
import { RestoreDialog } from './restore-dialog'

function RunResult({ result }: { result: BackupRunResult }) {
  if (!result.backup) return <Alert type="info" showIcon title="没有做新的备份" description={result.skippedReason ?? ''} />
  const b = result.backup
  return (
    <Alert
      type="success"
      showIcon
      data-testid="backup-result"
      title="备份完成"
      description={
        <Descriptions column={1} size="small" style={{ marginTop: 4 }}>
          <Descriptions.Item label="文件">
            <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
              {b.file}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="大小">{formatBytes(b.sizeBytes)}</Descriptions.Item>
          <Descriptions.Item label="时间">{`${formatDateTime(b.createdAtMs)}（用时 ${formatDuration(result.tookMs)}）`}</Descriptions.Item>
          {b.counts ? <Descriptions.Item label="内容">{`案件 ${b.counts.cases} 件，咨询 ${b.counts.consultations} 条`}</Descriptions.Item> : null}
          {result.deleted.length > 0 ? (
            <Descriptions.Item label="自动清理">{`按保留规则删除了 ${result.deleted.length} 份较早的备份`}</Descriptions.Item>
          ) : null}
        </Descriptions>
      }
    />
  )
}

/** 立即备份: one copy now, with a spinner while it runs and the file it made. */
function RunBackupCard() {
  const run = useRunBackup()
  return (
    <Card size="small" title="立即备份" style={{ marginBottom: 16 }}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          把当前数据库完整复制到备份文件夹（使用中也可以备份）。在大量登记、导入巡回受案数据或升级程序之前，建议先手动备份一次。
        </Typography.Text>
        <div>
          <Button type="primary" size="large" icon={<CloudUploadOutlined />} loading={run.isPending} onClick={() => run.mutate()}>
            {run.isPending ? '正在备份，请稍候…' : '立即备份'}
          </Button>
        </div>
        {run.isError ? <Alert type="error" showIcon role="alert" title="备份失败" description={errorMessage(run.error)} /> : null}
        {run.data && !run.isPending ? <RunResult result={run.data} /> : null}
      </Space>
    </Card>
  )
}

/**
 * 数据备份 (administrators): settings, a copy now, the copies with their checks, restore from
 * a copy, and the audit log check. `reload` is how the page restarts after a restore.
 */
export function BackupPage({ reload = () => window.location.reload() }: { reload?: () => void }) {
  const settings = useBackupSettings()
  const qc = useQueryClient()
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)

  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        数据备份
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        所有案件和咨询都保存在本机的一个数据库文件中。请定期把备份放到U盘或另一块磁盘上，并不时校验备份是否完好；电脑损坏或误操作时，可以从备份恢复。
      </Typography.Paragraph>
      <RunBackupCard />
      <Card size="small" title="备份列表" style={{ marginBottom: 16 }}>
        <BackupTable onRestore={setRestoring} />
      </Card>
      <Card size="small" title="备份设置" style={{ marginBottom: 16 }}>
        {settings.isLoading ? (
          <Skeleton active />
        ) : settings.isError ? (
          <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : settings.data ? (
          <BackupSettingsForm initial={settings.data} />
        ) : null}
      </Card>
      <AuditCheckCard />
      <RestoreDialog
        backup={restoring}
        onClose={() => {
          setRestoring(null)
          // A refused restore may mean the file has gone (a USB drive taken out): read the folder again.
          void qc.invalidateQueries({ queryKey: backupKeys.list })
        }}
        onRestored={() => {
          // Every cached answer describes the database that was just replaced.
          qc.clear()
        }}
        onReload={reload}
      />
    </div>
  )
}
