import { ExclamationCircleFilled } from '@ant-design/icons'
import { Alert, Button, Descriptions, Input, Modal, Result, Space, Spin, Steps, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { localDateOf } from '../../../../../shared/domain/dates'
import type { BackupInfo, RestoreResult } from '../../../../../shared/backup/dto'
import { errorMessage } from '../../../lib/ipc'
import { formatDateTime } from '../../../utils/format'
import { useRestoreBackup } from '../api/backup'
import { BACKUP_KIND_LABEL, formatBytes, formatDuration } from '../utils/labels'

export const RESTORE_WORD = '恢复'
/** Seconds before the page reloads by itself once the restore is done. */
const RELOAD_AFTER_S = 8

type Step = 'explain' | 'confirm' | 'done'

/** Typed confirmation: the word 恢复, or the backup's date as shown (YYYY-MM-DD). */
export function restoreConfirmed(typed: string, backup: Pick<BackupInfo, 'createdAtMs'>): boolean {
  const t = typed.trim()
  return t === RESTORE_WORD || t === localDateOf(backup.createdAtMs)
}

/**
 * 从此备份恢复, in two steps: first what will happen (the current database is copied first, all
 * data is replaced, the program reloads), then a typed confirmation. Only then is
 * `backup:restore` called. Once done, `onRestored` runs (the page drops every cached answer)
 * and the page reloads, by the button or after a few seconds.
 */
export function RestoreDialog({
  backup,
  onClose,
  onRestored,
  onReload,
}: {
  backup: BackupInfo | null
  onClose: () => void
  onRestored: (result: RestoreResult) => void
  onReload: () => void
}) {
  const restore = useRestoreBackup()
  const [step, setStep] = useState<Step>('explain')
  const [typed, setTyped] = useState('')
  const [result, setResult] = useState<RestoreResult | null>(null)
  const [countdown, setCountdown] = useState(RELOAD_AFTER_S)

  useEffect(() => {
    if (!backup) return
    setStep('explain')
    setTyped('')
    setResult(null)
    setCountdown(RELOAD_AFTER_S)
    restore.reset()
  }, [backup])

  useEffect(() => {
    if (step !== 'done') return
    if (countdown <= 0) {
      onReload()
      return
    }
    const t = setTimeout(() => setCountdown((c) => c - 1), 1000)
    return () => clearTimeout(t)
  }, [step, countdown])

  if (!backup) return null
  const date = localDateOf(backup.createdAtMs)
  const confirmed = restoreConfirmed(typed, backup)
  const running = restore.isPending

  async function run() {
    if (!backup || !confirmed || running) return
    try {
      const r = await restore.mutateAsync(backup.file)
      setResult(r)
      setStep('done')
      onRestored(r)
    } catch {
      // Shown below from restore.error; nothing was changed.
    }
  }

  const what = (
    <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }} styles={{ label: { width: 100, whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label="备份时间">{formatDateTime(backup.createdAtMs)}</Descriptions.Item>
      <Descriptions.Item label="类型">{BACKUP_KIND_LABEL[backup.kind]}</Descriptions.Item>
      <Descriptions.Item label="大小">{formatBytes(backup.sizeBytes)}</Descriptions.Item>
      {backup.counts ? (
        <Descriptions.Item label="其中">{`案件 ${backup.counts.cases} 件，咨询 ${backup.counts.consultations} 条`}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label="文件">
        <Typography.Text style={{ wordBreak: 'break-all' }}>{backup.file}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  )

  let body: React.ReactNode
  let footer: React.ReactNode
  if (step === 'explain') {
    body = (
      <>
        {what}
        <Alert
          type="warning"
          showIcon
          title="恢复会用这份备份替换当前的全部数据"
          description={
            <ol style={{ margin: 0, paddingInlineStart: 18 }}>
              <li>程序先把当前数据库完整备份一份（「恢复前自动」备份，不会被自动删除），万一选错还能恢复回来；</li>
              <li>然后用所选备份替换当前数据库：备份时间之后登记、修改的案件和咨询都将不在系统中；</li>
              <li>恢复期间其他操作会暂停，其他窗口和浏览器页面请先关闭；</li>
              <li>恢复完成后程序会重新载入页面。</li>
            </ol>
          }
        />
      </>
    )
    footer = (
      <Space>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" danger onClick={() => setStep('confirm')}>
          我已了解，下一步
        </Button>
      </Space>
    )
  } else if (step === 'confirm') {
    body = (
      <Spin spinning={running} description="正在恢复：先备份当前数据库，再替换为所选备份……请勿关闭程序">
        {what}
        <Typography.Paragraph>
          请在下面输入 <Typography.Text strong code>{RESTORE_WORD}</Typography.Text> 或备份日期{' '}
          <Typography.Text strong code>{date}</Typography.Text> 以确认恢复。
        </Typography.Paragraph>
        <Input
          aria-label="确认恢复"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onPressEnter={() => void run()}
          placeholder={`输入「${RESTORE_WORD}」或 ${date}`}
          autoFocus
          disabled={running}
          status={typed.trim() !== '' && !confirmed ? 'warning' : ''}
          autoComplete="off"
        />
        {restore.isError ? (
          <Alert style={{ marginTop: 16 }} type="error" showIcon role="alert" title="未能恢复" description={errorMessage(restore.error)} />
        ) : null}
      </Spin>
    )
    footer = (
      <Space>
        <Button onClick={() => setStep('explain')} disabled={running}>
          上一步
        </Button>
        <Button onClick={onClose} disabled={running}>
          取消
        </Button>
        <Button type="primary" danger disabled={!confirmed} loading={running} onClick={() => void run()}>
          确认恢复
        </Button>
      </Space>
    )
  } else {
    body = result ? (
      <Result
        status="success"
        title={`已恢复到 ${formatDateTime(backup.createdAtMs)} 的备份`}
        subTitle={`${countdown} 秒后自动重新载入页面`}
        extra={
          <Descriptions column={1} size="small" bordered style={{ textAlign: 'left' }}>
            <Descriptions.Item label="恢复后">{`案件 ${result.counts.cases} 件，咨询 ${result.counts.consultations} 条`}</Descriptions.Item>
            <Descriptions.Item label="恢复前的数据已备份到">
              <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                {result.safetyBackup}
              </Typography.Text>
            </Descriptions.Item>
            {result.migrated.length > 0 ? (
              <Descriptions.Item label="数据库升级">{`备份来自旧版本，已自动升级（${result.migrated.length} 步）`}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label="用时">{formatDuration(result.tookMs)}</Descriptions.Item>
          </Descriptions>
        }
      />
    ) : null
    footer = (
      <Button type="primary" onClick={onReload}>
        立即重新载入
      </Button>
    )
  }

  return (
    <Modal
      open
      width={640}
      title={
        <Space>
          <ExclamationCircleFilled style={{ color: '#faad14' }} />
          {`从备份恢复（${date}）`}
        </Space>
      }
      footer={footer}
      closable={!running && step !== 'done'}
      mask={{ closable: false }}
      keyboard={!running && step !== 'done'}
      onCancel={onClose}
    >
      <Steps
        size="small"
        current={step === 'explain' ? 0 : step === 'confirm' ? 1 : 2}
        style={{ marginBottom: 16 }}
        items={[{ title: '了解后果' }, { title: '输入确认' }, { title: '完成' }]}
      />
      {body}
    </Modal>
  )
}
