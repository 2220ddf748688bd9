/**
 * 补贴 section of a case file: extras (异地取证, 疑难复杂) and the director's decision, the
 * engine's computation with its steps, approval, the ledger entries (paid, reversals,
 * corrections) and their vouchers.
 *
 * Mount: `<SubsidyPanel caseId={file.id} />` from `renderer/src/features/subsidy/components/subsidy-panel`.
 */
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { SubsidyClaimDto } from '../../../../../shared/subsidy/dto'
import { ComputeInput, ExtraRequestInput } from '../../../../../shared/subsidy/schema'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { EXTRA_REASON_LABELS, SUBSIDY_KIND_LABELS } from '../../../../../shared/handling/labels'
import { yuanAsFen } from '../../../lib/form-fields'
import { errorMessage } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { optionsOf } from '../../../utils/format'
import { Money } from '../../../components/ui/money'
import { useSubsidy, useSubsidyAction } from '../api/subsidy'

export interface SubsidyPanelProps {
  caseId: string
}

/** `ExtraRequestInput` with the amount typed in 元. */
export const ExtraRequestFormInput = ExtraRequestInput.extend({ amountFen: yuanAsFen(ExtraRequestInput.shape.amountFen, '请填写金额') })

function ClaimCard({ caseId, claim }: { caseId: string; claim: SubsidyClaimDto }) {
  const { message } = App.useApp()
  const approve = useSubsidyAction(caseId, 'subsidy:approve')
  const correct = useSubsidyAction(caseId, 'subsidy:correct')
  const [reason, setReason] = useState('')
  const roles = useSessionUser()?.roles ?? null
  const mayApprove = isAllowed('subsidy:approve', roles)
  const mayCorrect = isAllowed('subsidy:correct', roles)
  const fail = (e: unknown) => void message.error(errorMessage(e))
  return (
    <Card size="small" type="inner" title={`${claim.lawyerName} · ${claim.kindLabel}`} extra={<Tag>{claim.statusLabel}</Tag>}>
      <Descriptions size="small" column={3}>
        <Descriptions.Item label="基本补贴"><Money fen={claim.baseFen} /></Descriptions.Item>
        <Descriptions.Item label="核准增加"><Money fen={claim.extrasFen} /></Descriptions.Item>
        <Descriptions.Item label="合计"><Money fen={claim.totalFen} /></Descriptions.Item>
        <Descriptions.Item label="质量等级">{claim.qualityGradeLabel ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="标准日期">{claim.standardOn}</Descriptions.Item>
        <Descriptions.Item label="已发放"><Money fen={claim.paidFen} /></Descriptions.Item>
      </Descriptions>
      <ul style={{ margin: '4px 0 8px 16px' }}>
        {claim.steps.map((s) => <li key={s}>{s}</li>)}
      </ul>
      {claim.basis.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="subsidy-basis">
          依据：{claim.profileName ? `${claim.profileName}；` : ''}
          {claim.basis.map((b) => `${b.doc} ${b.clause}${b.unverified ? '（条号待核）' : ''}`).join('；')}
        </Typography.Paragraph>
      )}
      {claim.warnings.map((w) => <Alert key={w} type="info" showIcon message={w} style={{ marginBottom: 4 }} />)}
      {claim.pendingExtras > 0 && <Alert type="warning" showIcon message={`有 ${claim.pendingExtras} 项增加补贴待负责人核准，暂未计入`} />}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginTop: 8 }}
        dataSource={claim.entries}
        columns={[
          { title: '款项', dataIndex: 'kindLabel', width: 100 },
          { title: '金额', width: 120, render: (_, e) => <Money fen={e.amountFen} /> },
          { title: '状态', dataIndex: 'statusLabel', width: 90 },
          { title: '审批', render: (_, e) => `${e.approvedBy} ${e.approvedOn}` },
          { title: '批次', dataIndex: 'batchNo', width: 110 },
          { title: '发放日期', dataIndex: 'paidOn', width: 110 },
          { title: '凭证号', dataIndex: 'voucherNumber' },
          { title: '说明', dataIndex: 'reason' },
        ]}
      />
      <Space style={{ marginTop: 8 }} wrap>
        {claim.status === 'computed' && mayApprove && (
          <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate({ claimId: claim.id }, { onSuccess: () => void message.success('已审批'), onError: fail })}>
            负责人审批
          </Button>
        )}
        {claim.status === 'paid' && mayCorrect && (
          <>
            <Input placeholder="更正理由（如复查改评）" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} style={{ width: 260 }} />
            <Button danger disabled={!reason.trim()} loading={correct.isPending} onClick={() => correct.mutate({ claimId: claim.id, reason }, { onSuccess: () => void message.success('已记录冲销和更正后金额，将在下一批次发放'), onError: fail })}>
              更正（冲销原额并记录新金额）
            </Button>
          </>
        )}
      </Space>
    </Card>
  )
}

export function SubsidyPanel({ caseId }: SubsidyPanelProps) {
  const { message } = App.useApp()
  const q = useSubsidy(caseId)
  const compute = useSubsidyAction(caseId, 'subsidy:compute')
  const request = useSubsidyAction(caseId, 'subsidy:extra-request')
  const decide = useSubsidyAction(caseId, 'subsidy:extra-decide')
  const toastError = toastRefusal((text) => message.error(text))
  const { form, onFinish: computeSubmit } = useSchemaForm(ComputeInput, compute, { extra: { caseId }, onError: toastError })
  const { form: extraForm, onFinish: requestSubmit } = useSchemaForm(ExtraRequestFormInput, request, {
    extra: { caseId },
    onSuccess: () => extraForm.resetFields(),
    onError: toastError,
  })
  const roles = useSessionUser()?.roles ?? null
  const mayDecide = isAllowed('subsidy:extra-decide', roles)
  const mayRequest = isAllowed('subsidy:extra-request', roles)
  const mayCompute = isAllowed('subsidy:compute', roles)
  if (q.isLoading) return <Card loading title="办案补贴" />
  if (q.error) return <Alert type="error" message={errorMessage(q.error)} />
  const st = q.data!
  const fail = (e: unknown) => void message.error(errorMessage(e))
  const editable = st.claims.every((c) => c.status !== 'paid')
  return (
    <Card title="办案补贴">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Title level={5}>增加补贴（异地取证、疑难复杂，须负责人核准）</Typography.Title>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={st.extras}
          columns={[
            { title: '事由', dataIndex: 'reasonLabel', width: 120 },
            { title: '金额', width: 110, render: (_, e) => <Money fen={e.amountFen} /> },
            { title: '理由', dataIndex: 'note' },
            { title: '申请', render: (_, e) => `${e.requestedBy} ${e.requestedOn}` },
            {
              title: '核准',
              width: 220,
              render: (_, e) =>
                e.decision === 'pending' && !mayDecide ? (
                  <Tag color="orange">待负责人核准</Tag>
                ) : e.decision === 'pending' ? (
                  <Space>
                    <Button size="small" type="primary" onClick={() => decide.mutate({ extraId: e.id, decision: 'approved' }, { onError: fail })}>核准</Button>
                    <Button size="small" onClick={() => decide.mutate({ extraId: e.id, decision: 'refused' }, { onError: fail })}>不予核准</Button>
                  </Space>
                ) : (
                  <Tag color={e.decision === 'approved' ? 'green' : 'default'}>{`${e.decision === 'approved' ? '已核准' : '不予核准'}：${e.decidedBy} ${e.decidedOn}`}</Tag>
                ),
            },
          ]}
        />
        {mayRequest && (
        <Form
          form={extraForm}
          layout="inline"
          initialValues={{ reason: 'off-site-evidence' }}
          onFinish={requestSubmit}
        >
          <Form.Item name="reason">
            <Select style={{ width: 140 }} options={optionsOf(EXTRA_REASON_LABELS)} />
          </Form.Item>
          {/* The box is in 元; ExtraRequestFormInput turns it into 分. */}
          <Form.Item name="amountFen" required>
            <InputNumber min={0.01} precision={2} addonAfter="元" />
          </Form.Item>
          <Form.Item name="note" required>
            <Input maxLength={500} placeholder="申请理由" />
          </Form.Item>
          <Button htmlType="submit" loading={request.isPending}>申请增加</Button>
        </Form>
        )}

        <Typography.Title level={5}>核算</Typography.Title>
        {editable && mayCompute && (
          <Form
            form={form}
            layout="inline"
            initialValues={{ kind: st.suggestedKind ?? undefined, stagesCovered: 1, stagesTotal: 1 }}
            onFinish={computeSubmit}
          >
            <Form.Item name="kind" label="补贴类别" required>
              <Select style={{ width: 160 }} options={optionsOf(SUBSIDY_KIND_LABELS.filter((k) => k.code !== 'duty-lawyer'))} />
            </Form.Item>
            <Form.Item name="stagesCovered" label="已办阶段">
              <InputNumber min={0} max={10} precision={0} />
            </Form.Item>
            <Form.Item name="stagesTotal" label="阶段总数">
              <InputNumber min={1} max={10} precision={0} />
            </Form.Item>
            <Button htmlType="submit" loading={compute.isPending}>按政策核算</Button>
          </Form>
        )}
        {st.claims.map((c) => <ClaimCard key={c.id} caseId={caseId} claim={c} />)}
      </Space>
    </Card>
  )
}
