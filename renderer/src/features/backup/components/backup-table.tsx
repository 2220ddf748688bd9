import { CheckCircleOutlined, CloseCircleOutlined, ReloadOutlined, RollbackOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, Button, Space, Table, Tag, Tooltip, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { BackupCheck, BackupInfo, BackupVerifyResult } from '../../../../../shared/backup/dto'
import { QueryError } from '../../../components/ui/query-error'
import { errorMessage } from '../../../lib/ipc'
import { formatDateTime } from '../../../utils/format'
import { useBackupList, useVerifyBackups } from '../api/backup'
import { BACKUP_KIND_LABEL, CHECKSUM_LABEL, INTEGRITY_LABEL, formatBytes, formatDuration } from '../utils/labels'

/** The result of a check, in one or two lines; a failed copy in red with what is wrong. */
function CheckStatus({ info, check }: { info: BackupInfo; check: BackupCheck | undefined }) {
  if (!check) {
    return info.sha256 ? (
      <Typography.Text type="secondary">未校验</Typography.Text>
    ) : (
      <Tooltip title="这份备份没有校验值记录（可能是手工复制的），校验时只能检查数据库本身是否完整">
        <Typography.Text type="secondary">未校验（无校验值记录）</Typography.Text>
      </Tooltip>
    )
  }
  if (check.ok) {
    return (
      <Space size={4} wrap data-testid="check-ok">
        <Tag color="green" icon={<CheckCircleOutlined />}>
          完好
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {`${CHECKSUM_LABEL[check.checksum]}，${INTEGRITY_LABEL[check.integrity]}`}
        </Typography.Text>
      </Space>
    )
  }
  return (
    <div data-testid="check-failed">
      <Tag color="red" icon={<CloseCircleOutlined />}>
        已损坏，不能用于恢复
      </Tag>
      <Typography.Text type="danger" style={{ fontSize: 12 }}>
        {`${CHECKSUM_LABEL[check.checksum]}，${INTEGRITY_LABEL[check.integrity]}`}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18, color: '#cf1322', fontSize: 12 }}>
        {check.problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  )
}

/** 全部校验's outcome above the table. */
function VerifySummary({ result }: { result: BackupVerifyResult }) {
  const failed = result.checks.filter((c) => !c.ok).length
  const took = formatDuration(result.checks.reduce((s, c) => s + c.tookMs, 0))
  if (result.checks.length === 0) return <Alert type="info" showIcon title="备份文件夹中没有备份可校验" />
  return failed === 0 ? (
    <Alert type="success" showIcon title={`全部 ${result.checks.length} 份备份校验通过`} description={`校验值一致，数据库完整，可以用于恢复。用时 ${took}。`} />
  ) : (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={`${result.checks.length} 份备份中有 ${failed} 份未通过校验`}
      description="未通过的备份已在下表中标红，不能用于恢复。请立即做一次新备份；如果备份在U盘上，请检查或更换U盘。"
    />
  )
}

/** The copies in the backup folder, newest first, with 校验 and 从此备份恢复 per row. */
export function BackupTable({ onRestore }: { onRestore: (backup: BackupInfo) => void }) {
  const list = useBackupList()
  const verify = useVerifyBackups()
  const [checks, setChecks] = useState<Map<string, BackupCheck>>(new Map())
  const [all, setAll] = useState<BackupVerifyResult | null>(null)
  const [checking, setChecking] = useState<string | 'all' | null>(null)

  // A new list (a copy made or rotated away) makes the 全部校验 summary out of date; the
  // per-row results still hold for the files that are still there.
  useEffect(() => setAll(null), [list.dataUpdatedAt])

  async function check(file?: string) {
    if (checking) return
    setChecking(file ?? 'all')
    try {
      const r = await verify.mutateAsync(file)
      setChecks((prev) => {
        const next = new Map(file ? prev : [])
        for (const c of r.checks) next.set(c.file, c)
        return next
      })
      setAll(file ? null : r)
    } catch {
      // verify.error is shown above the table.
    } finally {
      setChecking(null)
    }
  }

  if (list.isError) return <QueryError title="无法读取备份文件夹" error={list.error} onRetry={() => void list.refetch()} />
  const backups = list.data?.backups ?? []

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text type="secondary">
          备份文件夹：<Typography.Text copyable>{list.data?.folder ?? '…'}</Typography.Text>
          {list.data ? `（共 ${backups.length} 份）` : null}
        </Typography.Text>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} loading={list.isFetching && !list.isLoading}>
            刷新
          </Button>
          <Button
            type="primary"
            ghost
            icon={<SafetyCertificateOutlined />}
            loading={checking === 'all'}
            disabled={backups.length === 0 || (checking !== null && checking !== 'all')}
            onClick={() => void check()}
          >
            {checking === 'all' ? '正在校验全部备份…' : '全部校验'}
          </Button>
        </Space>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        校验会核对每份备份的校验值（发现任何改动或损坏），并用数据库自带的完整性检查打开它，备份较大时需要一些时间。
      </Typography.Text>
      {verify.isError ? <Alert type="error" showIcon role="alert" title="校验未能完成" description={errorMessage(verify.error)} /> : null}
      {all ? <VerifySummary result={all} /> : null}
      <Table<BackupInfo>
        className="backup-table"
        rowKey="file"
        size="middle"
        loading={list.isLoading}
        dataSource={backups}
        pagination={backups.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        rowClassName={(b) => (checks.get(b.file)?.ok === false ? 'backup-row-failed' : '')}
        onRow={(b) => (checks.get(b.file)?.ok === false ? { style: { background: '#fff1f0' } } : {})}
        locale={{ emptyText: '备份文件夹中还没有备份。点击上方「立即备份」做第一份备份。' }}
        columns={[
          {
            title: '备份时间',
            dataIndex: 'createdAtMs',
            width: 150,
            render: (ms: number) => formatDateTime(ms),
          },
          { title: '类型', dataIndex: 'kind', width: 100, render: (k: BackupInfo['kind']) => BACKUP_KIND_LABEL[k] },
          { title: '大小', dataIndex: 'sizeBytes', width: 90, align: 'right', render: (n: number) => formatBytes(n) },
          {
            title: '内容',
            key: 'counts',
            width: 150,
            render: (_: unknown, b) => (b.counts ? `案件 ${b.counts.cases}，咨询 ${b.counts.consultations}` : <Typography.Text type="secondary">—</Typography.Text>),
          },
          { title: '校验状态', key: 'check', render: (_: unknown, b) => <CheckStatus info={b} check={checks.get(b.file)} /> },
          {
            title: '操作',
            key: 'actions',
            width: 200,
            render: (_: unknown, b) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<SafetyCertificateOutlined />}
                  loading={checking === b.file}
                  disabled={checking !== null && checking !== b.file}
                  onClick={() => void check(b.file)}
                  aria-label={`校验 ${formatDateTime(b.createdAtMs)} 的备份`}
                >
                  校验
                </Button>
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<RollbackOutlined />}
                  disabled={checks.get(b.file)?.ok === false}
                  onClick={() => onRestore(b)}
                  aria-label={`从 ${formatDateTime(b.createdAtMs)} 的备份恢复`}
                >
                  从此备份恢复
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  )
}
