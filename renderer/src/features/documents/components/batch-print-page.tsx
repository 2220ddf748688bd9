/**
 * 批量打印: all documents of one type issued in a date range (e.g. today's 指派通知书, a month's
 * 补贴发放凭证) in ONE PDF, with progress; and the month's 补贴发放汇总表.
 *
 * Mount: `<BatchPrintPage />` from `renderer/src/features/documents/components/batch-print-page`,
 * suggested route `#/documents/batch`.
 */
import { PrinterOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Form, Input, Progress, Select, Space, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import type { BatchJobStatus } from '../../../../../shared/documents/schema'
import { BatchStartInput, DOC_TYPES } from '../../../../../shared/documents/schema'
import { chosen } from '../../../lib/form-fields'
import { errorMessage, invoke } from '../../../lib/ipc'
import { hasFieldIssues, useSchemaForm } from '../../../lib/use-schema-form'
import { formatMs } from '../../../utils/format'
import { previewPdf } from '../../../lib/preview-pdf'
import { useIssueDocument } from '../api/documents'

const POLL_MS = 400

function todayLocal(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** `BatchStartInput` with the type picked from the list. */
export const BatchStartFormInput = BatchStartInput.safeExtend({ type: chosen(BatchStartInput.shape.type, '请选择文书类型') })

export function BatchPrintPage() {
  const [job, setJob] = useState<BatchJobStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const { message } = App.useApp()
  const issueList = useIssueDocument()
  const [period, setPeriod] = useState(todayLocal().slice(0, 7))

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), [])

  const poll = (jobId: string) => {
    timer.current = setTimeout(async () => {
      try {
        const st = await invoke('documents:batch-status', { jobId })
        setJob(st)
        if (st.state === 'running') poll(jobId)
        else if (st.state === 'failed') setError(st.error)
      } catch (err) {
        setError(errorMessage(err))
        // Polling has stopped: the job no longer counts as running, so 生成合并文件 works again.
        setJob((j) => (j ? { ...j, state: 'failed' } : j))
      }
    }, POLL_MS)
  }

  const { form, submit } = useSchemaForm(BatchStartFormInput, (input) => invoke('documents:batch-start', input), {
    onSuccess: (st) => {
      setJob(st)
      poll(st.jobId)
    },
    // The reason above the progress; a date it names is marked on its field as well.
    onError: (err) => {
      setError(errorMessage(err))
      return !hasFieldIssues(err)
    },
  })

  const start = () => {
    setError(null)
    void submit()
  }

  const running = job?.state === 'running'
  const percent = job && job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
      <Card title="批量打印">
        <Form form={form} layout="inline" initialValues={{ type: 'assignment-notice', issuedFrom: todayLocal(), issuedTo: todayLocal() }}>
          <Form.Item name="type" label="文书类型" required>
            <Select style={{ width: 200 }} options={DOC_TYPES.map((t) => ({ value: t.code, label: t.label }))} />
          </Form.Item>
          <Form.Item name="issuedFrom" label="开具日期" required>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="issuedTo" label="至" required>
            <Input type="date" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" icon={<PrinterOutlined />} onClick={start} loading={running}>
              生成合并文件
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          按文号顺序合并为一个PDF，每份文书另起一页、页码各自从1开始；已作废的文书不打印。
        </Typography.Paragraph>
        {job && (
          <div aria-live="polite">
            <Progress percent={job.state === 'done' ? 100 : percent} status={job.state === 'failed' ? 'exception' : running ? 'active' : 'success'} />
            <Typography.Text>
              {running && `正在生成：${job.done} / ${job.total || '…'} 份`}
              {job.state === 'done' && `已完成：${job.total} 份，共 ${job.pages} 页，用时 ${formatMs(job.tookMs ?? 0)}。`}
            </Typography.Text>
            {job.state === 'done' && (
              <Button style={{ marginLeft: 12 }} onClick={() => void previewPdf({ batchJobId: job.jobId }).catch((err) => message.error(errorMessage(err)))}>
                预览并打印
              </Button>
            )}
          </div>
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      </Card>

      <Card title="月度补贴发放汇总表">
        <Space>
          <Input type="month" value={period} onChange={(e) => setPeriod(e.target.value)} aria-label="发放月份" />
          <Button
            loading={issueList.isPending}
            onClick={async () => {
              try {
                const r = await issueList.mutateAsync({ type: 'payment-list', extra: { period } })
                message.success(`已编制 ${r.document.docNumber}`)
                await previewPdf({ id: r.document.id })
              } catch (err) {
                message.error(errorMessage(err))
              }
            }}
          >
            编制并预览
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          汇总该月已开具且未作废的全部补贴发放凭证，生成带文号的汇总表。
        </Typography.Paragraph>
      </Card>
    </Space>
  )
}
