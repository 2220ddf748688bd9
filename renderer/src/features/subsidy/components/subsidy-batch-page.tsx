/**
 * 补贴发放 page: claims awaiting the director's approval, the monthly batch (create, approve,
 * pay), vouchers numbered with progress and printed in one PDF, the 汇总表 PDF and the Excel list.
 *
 * Mount: `<SubsidyBatchPage />` from `renderer/src/features/subsidy/components/subsidy-batch-page`
 * (route `/subsidy`, menu label 「补贴发放」; roles director, finance, admin).
 */
import { Alert, App, Button, Card, Input, InputNumber, Progress, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { VoucherJobStatus } from '../../../../../shared/subsidy/dto'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { useMayCall } from '../../../lib/access'
import { errorMessage, invoke } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { Money } from '../../../components/ui/money'
import { previewPdf } from '../../../lib/preview-pdf'
import { saveBase64 } from '../../../lib/save-file'
import { useBatch, useBatchAction, useBatches, useClaims } from '../api/subsidy'

const todayStr = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function BatchDetailCard({ batchId }: { batchId: string }) {
  const { message } = App.useApp()
  const q = useBatch(batchId)
  const approve = useBatchAction('subsidy-batch:approve')
  const pay = useBatchAction('subsidy-batch:pay')
  const list = useBatchAction('subsidy-batch:payment-list')
  const [paidOn, setPaidOn] = useState(todayStr())
  const [job, setJob] = useState<VoucherJobStatus | null>(null)
  const [printing, setPrinting] = useState<{ done: number; total: number } | null>(null)
  const may = useMayCall()
  if (q.isLoading || !q.data) return <Card loading />
  const b = q.data
  const fail = (e: unknown) => void message.error(errorMessage(e))

  const issueVouchers = async () => {
    try {
      let j = await invoke('subsidy-batch:vouchers-start', { batchId })
      setJob(j)
      while (j.state === 'running') {
        await sleep(300)
        j = await invoke('subsidy-batch:vouchers-status', { jobId: j.jobId })
        setJob(j)
      }
      if (j.state === 'failed') message.error(j.error ?? '开具失败')
      else message.success(`已开具 ${j.done} 张凭证`)
      await q.refetch()
    } catch (e) {
      fail(e)
    }
  }

  const printVouchers = async () => {
    const ids = b.rows.map((r) => r.voucherDocId).filter((x): x is string => x !== null)
    if (ids.length === 0) return void message.warning('本批次还没有开具凭证')
    try {
      let st = await invoke('documents:batch-start', { type: 'subsidy-voucher', issuedFrom: '2000-01-01', issuedTo: todayStr(), ids })
      setPrinting({ done: st.done, total: st.total })
      while (st.state === 'running') {
        await sleep(300)
        st = await invoke('documents:batch-status', { jobId: st.jobId })
        setPrinting({ done: st.done, total: st.total })
      }
      setPrinting(null)
      if (st.state !== 'done') return void message.error(st.error ?? '合并打印失败')
      await previewPdf({ batchJobId: st.jobId })
    } catch (e) {
      setPrinting(null)
      fail(e)
    }
  }

  return (
    <Card title={`批次 ${b.batchNo}（${b.period}）`} extra={<Tag>{b.statusLabel}</Tag>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>
          合计 <Money fen={b.totalFen} />，{b.entryCount} 笔
        </span>
        {b.status === 'draft' && may('subsidy-batch:approve') && (
          <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate({ batchId }, { onError: fail })}>
            负责人审批
          </Button>
        )}
        {b.status === 'approved' && may('subsidy-batch:pay') && (
          <>
            <Input type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} style={{ width: 160 }} />
            <Button type="primary" loading={pay.isPending} onClick={() => pay.mutate({ batchId, paidOn }, { onSuccess: () => void message.success('已登记发放'), onError: fail })}>
              登记发放
            </Button>
          </>
        )}
        {b.status === 'paid' && may('subsidy-batch:vouchers-start') && (
          <Button onClick={issueVouchers} disabled={job?.state === 'running'}>
            开具凭证（{b.vouchersIssued}/{b.vouchersNeeded}）
          </Button>
        )}
        {b.status === 'paid' && may('documents:batch-start') && <Button onClick={printVouchers}>打印全部凭证</Button>}
        {b.status !== 'draft' && may('subsidy-batch:payment-list') && (
          <Button
            loading={list.isPending}
            onClick={() => list.mutate({ batchId }, { onSuccess: (r) => void previewPdf({ id: r.documentId }), onError: fail })}
          >
            汇总表（PDF）
          </Button>
        )}
        {may('subsidy-batch:export-excel') && (
          <Button
            onClick={async () => {
              try {
                const x = await invoke('subsidy-batch:export-excel', { batchId })
                saveBase64(x.contentBase64, x.fileName)
              } catch (e) {
                fail(e)
              }
            }}
          >
            导出 Excel
          </Button>
        )}
      </Space>
      {job?.state === 'running' && <Progress percent={job.total ? Math.round((job.done / job.total) * 100) : 0} format={() => `${job.done}/${job.total}`} />}
      {printing && <Progress status="active" percent={printing.total ? Math.round((printing.done / printing.total) * 100) : 0} format={() => `排版 ${printing.done}/${printing.total}`} />}
      <Table
        size="small"
        rowKey="entryId"
        pagination={{ pageSize: 50 }}
        dataSource={b.rows}
        columns={[
          { title: '案件编号', render: (_, r) => r.caseNumber ?? `值班 ${r.dutyPeriod}` },
          { title: '律师', dataIndex: 'lawyerName' },
          { title: '律师事务所', dataIndex: 'firmName' },
          { title: '类别', dataIndex: 'subsidyKindLabel' },
          { title: '等级', dataIndex: 'qualityGradeLabel' },
          { title: '款项', dataIndex: 'kindLabel' },
          { title: '金额', render: (_, r) => <Money fen={r.amountFen} /> },
          { title: '凭证号', dataIndex: 'voucherNumber' },
          { title: '备注', dataIndex: 'note' },
        ]}
      />
    </Card>
  )
}

export function SubsidyBatchPage() {
  const { message } = App.useApp()
  const [year, setYear] = useState(Number(todayStr().slice(0, 4)))
  const [period, setPeriod] = useState(todayStr().slice(0, 7))
  const [selected, setSelected] = useState<string | null>(null)
  const pending = useClaims('computed')
  const approvedClaims = useClaims('approved')
  const batches = useBatches(year)
  const approve = useBatchAction('subsidy:approve')
  const create = useBatchAction('subsidy-batch:create')
  const fail = (e: unknown) => void message.error(errorMessage(e))
  const roles = useSessionUser()?.roles ?? null
  const mayApprove = isAllowed('subsidy:approve', roles)
  const mayCreate = isAllowed('subsidy-batch:create', roles)
  return (
    <Space direction="vertical" style={{ width: '100%', padding: 16 }} size="large">
      <Typography.Title level={3}>补贴发放</Typography.Title>
      <Card title="待负责人审批的补贴">
        {pending.error && <Alert type="error" message={errorMessage(pending.error)} />}
        <Table
          size="small"
          rowKey="id"
          loading={pending.isLoading}
          dataSource={pending.data ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: '案件/月份', render: (_, c) => c.caseNumber ?? `值班 ${c.dutyPeriod}` },
            { title: '律师', dataIndex: 'lawyerName' },
            { title: '类别', dataIndex: 'kindLabel' },
            { title: '等级', dataIndex: 'qualityGradeLabel' },
            { title: '合计', render: (_, c) => <Money fen={c.totalFen} /> },
            { title: '待核准增加', dataIndex: 'pendingExtras' },
            ...(mayApprove
              ? [{ title: '', render: (_: unknown, c: { id: string }) => <Button size="small" type="primary" onClick={() => approve.mutate({ claimId: c.id }, { onError: fail })}>审批</Button> }]
              : []),
          ]}
        />
      </Card>
      <Card title="编制发放批次">
        <Space>
          <span>已审批待发放：{approvedClaims.data?.length ?? 0} 项</span>
          {mayCreate && (
            <>
              <Input type="month" value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: 160 }} />
              <Button type="primary" loading={create.isPending} onClick={() => create.mutate({ period }, { onSuccess: (b) => setSelected(b.id), onError: fail })}>
                编制本月批次
              </Button>
            </>
          )}
        </Space>
      </Card>
      <Card title="发放批次" extra={<InputNumber value={year} min={2000} max={2999} onChange={(v) => v && setYear(v)} addonBefore="年度" />}>
        <Select
          style={{ width: 360, marginBottom: 12 }}
          placeholder="选择批次"
          value={selected ?? undefined}
          onChange={setSelected}
          options={(batches.data ?? []).map((b) => ({ value: b.id, label: `${b.batchNo} · ${b.statusLabel} · ${b.entryCount} 笔` }))}
        />
        {selected && <BatchDetailCard key={selected} batchId={selected} />}
      </Card>
    </Space>
  )
}
