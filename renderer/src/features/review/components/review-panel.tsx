import { App, Button, Card, Checkbox, Divider, Form, Input, InputNumber, Radio, Select, Skeleton, Space, Tag, Tooltip, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { ReviewAssessment, ReviewDto } from '../../../../../shared/review/dto'
import { TransitionInput } from '../../../../../shared/cases/schema'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { AppError } from '../../../../../shared/ipc/result'
import { CERTIFICATES, EVIDENCE_BASES, ReviewSaveInput } from '../../../../../shared/review/schema'
import { QueryError } from '../../../components/ui/query-error'
import type { NamePath } from '../../../lib/form-errors'
import { errorMessage } from '../../../lib/ipc'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { whoMayCall, whoTakesStep } from '../../../lib/access'
import { useSessionUser } from '../../../lib/session'
import { formatDateTime } from '../../../utils/format'
import { NotConfiguredSetting } from '../../../components/ui/not-configured-setting'
import { useAssess, useReview, useSaveReview, useTransition, useWorkflow } from '../api/review'
import { AssessmentView } from './assessment-view'

export interface ReviewPanelProps {
  caseId: string
  /** Opens the policy settings page at the missing key (e.g. navigate to the settings route with ?key=). */
  onGoToPolicySettings?: (key: string | null) => void
}

interface EvidenceValues {
  basis: 'income-proof' | 'certificates' | 'commitment'
  incomeYuan?: number
  householdSize?: number
  certificates?: string[]
  commitmentSignedOn?: string
  commitmentSignedBy?: string
  noFixedIncome?: boolean
  workInjury?: boolean
  simpleClearCase?: boolean
  note?: string
  opinion?: 'grant' | 'refuse'
  opinionText?: string
}

function toEvidence(v: EvidenceValues) {
  return {
    basis: v.basis,
    // An emptied InputNumber holds null: send the figure as missing, never as 0.
    ...(v.basis !== 'certificates' && typeof v.incomeYuan === 'number' ? { householdMonthlyIncomeFen: Math.round(v.incomeYuan * 100) } : {}),
    ...(v.basis !== 'certificates' && typeof v.householdSize === 'number' ? { householdSize: v.householdSize } : {}),
    certificates: v.certificates ?? [],
    ...(v.basis === 'commitment' ? { commitment: { signedOn: v.commitmentSignedOn, signedBy: v.commitmentSignedBy } } : {}),
    ...(v.noFixedIncome ? { noFixedIncome: true } : {}),
    ...(v.workInjury ? { workInjury: true } : {}),
    ...(v.simpleClearCase ? { simpleClearCase: true } : {}),
    ...(v.note ? { note: v.note } : {}),
  }
}

/** The evidence form's values → the review:save input (the case id is added by the form). */
function toSaveInput(v: EvidenceValues) {
  return { evidence: toEvidence(v), opinion: v.opinion, opinionText: v.opinionText }
}

/** The form field that shows an issue at a review:save path (the evidence is typed in 元 and flat on the form). */
function evidenceField(path: NamePath): NamePath {
  if (path[0] !== 'evidence') return path
  if (path[1] === 'householdMonthlyIncomeFen') return ['incomeYuan']
  if (path[1] === 'commitment') return [path[2] === 'signedBy' ? 'commitmentSignedBy' : 'commitmentSignedOn']
  return path.slice(1)
}

const OVERRIDE_REASON_MESSAGE = '决定与政策审查结论不一致或结论为暂定，须填写书面理由'

/** A decision that departs from the engine's result, or a provisional result, needs a written reason. */
function needsOverrideReason(a: ReviewAssessment | null, decision: 'grant' | 'refuse' | undefined): boolean {
  return Boolean(a && decision && (a.provisional || a.expectedDecision === null || a.expectedDecision !== decision))
}

/** `TransitionInput` for the director's decision, with the written reason the assessment may require. */
export function decisionInput(a: ReviewAssessment | null) {
  return TransitionInput.superRefine(
    (v, ctx) => {
      const decision = v.action === 'decide-refuse' ? 'refuse' : v.action === 'decide-grant' ? 'grant' : undefined
      const given = 'overrideReason' in v ? v.overrideReason : undefined
      if (needsOverrideReason(a, decision) && !given) ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: OVERRIDE_REASON_MESSAGE })
    },
    { when: () => true },
  )
}

interface DecisionValues {
  decision?: 'grant' | 'refuse'
  reasons?: string
  overrideReason?: string
}

function initial(r: ReviewDto): Partial<EvidenceValues> {
  const e = r.evidence
  if (!e) return { basis: 'income-proof', certificates: [] }
  return {
    basis: e.basis,
    ...(e.householdMonthlyIncomeFen !== undefined ? { incomeYuan: e.householdMonthlyIncomeFen / 100 } : {}),
    ...(e.householdSize !== undefined ? { householdSize: e.householdSize } : {}),
    certificates: e.certificates,
    ...(e.commitment ? { commitmentSignedOn: e.commitment.signedOn, commitmentSignedBy: e.commitment.signedBy } : {}),
    ...(e.noFixedIncome !== undefined ? { noFixedIncome: e.noFixedIncome } : {}),
    ...(e.workInjury !== undefined ? { workInjury: e.workInjury } : {}),
    ...(e.simpleClearCase !== undefined ? { simpleClearCase: e.simpleClearCase } : {}),
    ...(e.note ? { note: e.note } : {}),
    ...(r.opinion ? { opinion: r.opinion } : {}),
    ...(r.opinionText ? { opinionText: r.opinionText } : {}),
  }
}

function DecisionForm({ review, caseId }: { review: ReviewDto; caseId: string }) {
  const transition = useTransition(caseId)
  const { message } = App.useApp()
  const a = review.assessment
  const schema = useMemo(() => decisionInput(a), [a])
  const { form, onFinish, pending } = useSchemaForm(schema, transition, {
    extra: { caseId },
    toInput: ({ decision, ...rest }: DecisionValues) => ({ action: decision === 'refuse' ? 'decide-refuse' : 'decide-grant', ...rest }),
    fieldOf: (path) => (path[0] === 'action' ? ['decision'] : path),
    onSuccess: () => void message.success('决定已记录'),
    onError: toastRefusal((text) => message.error(text)),
  })
  const decision = Form.useWatch('decision', form)
  const needsReason = needsOverrideReason(a, decision)
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ decision: a?.expectedDecision ?? review.opinion ?? 'grant' }}
      onFinish={onFinish}
    >
      <Form.Item name="decision" label="决定">
        <Radio.Group options={[{ value: 'grant', label: '给予法律援助' }, { value: 'refuse', label: '不予法律援助' }]} />
      </Form.Item>
      {decision === 'refuse' ? (
        <Form.Item name="reasons" label="不予法律援助的理由（将写入不予法律援助决定书）" required>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      ) : null}
      {needsReason ? (
        <Form.Item
          name="overrideReason"
          label={<span style={{ color: '#cf1322' }}>不采纳政策审查结论的书面理由（必填）</span>}
          required
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={pending}>
        记录负责人决定
      </Button>
    </Form>
  )
}

/** 审查: hardship evidence, the engine's explanation clause by clause, opinion, director's decision. */
export function ReviewPanel({ caseId, onGoToPolicySettings }: ReviewPanelProps) {
  const review = useReview(caseId)
  const workflow = useWorkflow(caseId)
  const assess = useAssess()
  const save = useSaveReview(caseId)
  const transition = useTransition(caseId)
  const { message } = App.useApp()
  const { form, onFinish: saveOpinion } = useSchemaForm(ReviewSaveInput, save, {
    extra: { caseId },
    toInput: toSaveInput,
    fieldOf: evidenceField,
    onSuccess: () => void message.success('审查意见已保存'),
    onError: toastRefusal((text) => message.error(text)),
  })
  const basis = Form.useWatch('basis', form)
  const [trial, setTrial] = useState<ReviewAssessment | null>(null)
  const [trialError, setTrialError] = useState<AppError | null>(null)
  const [materials, setMaterials] = useState<{ items: string[]; dueOn: string }>({ items: [], dueOn: '' })
  const roles = useSessionUser()?.roles ?? null

  if (review.isLoading || workflow.isLoading) return <Skeleton active />
  if (review.isError) return <QueryError error={review.error} onRetry={() => void review.refetch()} />
  const r = review.data!
  const wf = workflow.data
  if (r.channel === 'notification') return <Typography.Paragraph>通知辩护/代理案件不审查经济困难状况，请直接指派律师。</Typography.Paragraph>
  const can = (action: string) => wf?.actions.some((x) => x.action === action) ?? false
  // Shown only to whom the main process would let take the step: the channel, then the action's own roles.
  const mayTake = (action: string) =>
    isAllowed('workflow:transition', roles) && (wf?.actions.some((x) => x.action === action && x.roles.some((r) => roles?.some((mine) => mine === r))) ?? false)
  const maySave = isAllowed('review:save', roles)
  const mayAssess = isAllowed('review:assess', roles)

  async function runTrial() {
    setTrialError(null)
    try {
      setTrial(await assess.mutateAsync({ caseId, evidence: toEvidence(form.getFieldsValue(true) as EvidenceValues) as never }))
    } catch (err) {
      setTrial(null)
      if (err instanceof AppError) setTrialError(err)
      else void message.error(errorMessage(err))
    }
  }

  async function act(input: Parameters<typeof transition.mutateAsync>[0]) {
    try {
      await transition.mutateAsync(input)
      void message.success('已记录')
    } catch (err) {
      void message.error(errorMessage(err))
    }
  }

  const shown = trial ?? r.assessment
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small" title={`审查流程（当前：${wf?.statusLabel ?? r.status}）`}>
        <Space wrap>
          {can('start-review') && mayTake('start-review') ? <Button onClick={() => void act({ caseId, action: 'start-review' })}>开始审查</Button> : null}
          {can('receive-materials') && mayTake('receive-materials') ? <Button onClick={() => void act({ caseId, action: 'receive-materials' })}>已收到补充材料</Button> : null}
        </Space>
        {can('request-materials') && mayTake('request-materials') ? (
          <Space wrap style={{ marginTop: 8 }}>
            <Select mode="tags" placeholder="缺少的材料（逐项输入）" style={{ minWidth: 280 }} value={materials.items} onChange={(items) => setMaterials({ ...materials, items })} />
            <Input placeholder="补充期限 YYYY-MM-DD" style={{ width: 180 }} value={materials.dueOn} onChange={(e) => setMaterials({ ...materials, dueOn: e.target.value })} />
            <Button onClick={() => void act({ caseId, action: 'request-materials', items: materials.items, dueOn: materials.dueOn })}>发出补充材料通知（期限暂停）</Button>
          </Space>
        ) : null}
        {wf?.deadlines.length ? (
          <div style={{ marginTop: 8 }}>
            {wf.deadlines.map((d) => (
              <Tag key={d.kind} color={d.status === 'open' ? 'orange' : d.status === 'paused' ? 'blue' : 'default'}>
                {d.label}：{d.status === 'paused' ? '暂停计算' : d.dueOn ?? '—'}
                {d.status === 'met' ? '（已完成）' : d.status === 'cancelled' ? '（已取消）' : ''}
              </Tag>
            ))}
          </div>
        ) : null}
      </Card>

      <Card size="small" title="经济困难状况与审查意见">
        <Form<EvidenceValues> form={form} layout="vertical" initialValues={initial(r)} onFinish={saveOpinion}>
          <Form.Item name="basis" label="证明方式">
            <Radio.Group options={EVIDENCE_BASES.map((b) => ({ value: b.code, label: b.label }))} />
          </Form.Item>
          {basis !== 'certificates' ? (
            <Space wrap>
              <Form.Item name="incomeYuan" label={basis === 'commitment' ? '承诺书申报的家庭月收入（元）' : '家庭月收入（元）'} required>
                <InputNumber min={0} precision={2} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="householdSize" label="家庭人口" required>
                <InputNumber min={1} max={30} precision={0} />
              </Form.Item>
            </Space>
          ) : null}
          {basis === 'commitment' ? (
            <Space wrap>
              <Form.Item name="commitmentSignedOn" label="承诺书签署日期" required>
                <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="commitmentSignedBy" label="承诺人" required>
                <Input maxLength={50} style={{ width: 160 }} />
              </Form.Item>
            </Space>
          ) : null}
          <Form.Item name="certificates" label="持有的证件">
            <Checkbox.Group options={CERTIFICATES.map((c) => ({ value: c.code, label: c.label }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="noFixedIncome" valuePropName="checked">
              <Checkbox>无固定生活来源</Checkbox>
            </Form.Item>
            <Form.Item name="workInjury" valuePropName="checked">
              <Checkbox>属于工伤</Checkbox>
            </Form.Item>
            <Form.Item name="simpleClearCase" valuePropName="checked">
              <Checkbox>法律关系简单、事实清楚</Checkbox>
            </Form.Item>
          </Space>
          {mayAssess ? (
            <Button onClick={() => void runTrial()} loading={assess.isPending} style={{ marginBottom: 12 }}>
              按政策试算（不保存）
            </Button>
          ) : null}
          {trialError?.code === 'NOT_CONFIGURED' ? (
            <NotConfiguredSetting
              setting={(trialError.details?.setting as string | undefined) ?? null}
              settingLabel={(trialError.details?.settingLabel as string | undefined) ?? null}
              message={trialError.message}
              {...(onGoToPolicySettings ? { onGoToSettings: onGoToPolicySettings } : {})}
            />
          ) : trialError ? (
            <Typography.Paragraph type="danger">{trialError.message}</Typography.Paragraph>
          ) : null}
          {!trial && r.engineError?.code === 'NOT_CONFIGURED' ? (
            <NotConfiguredSetting setting={r.engineError.setting} settingLabel={r.engineError.settingLabel} message={r.engineError.message} {...(onGoToPolicySettings ? { onGoToSettings: onGoToPolicySettings } : {})} />
          ) : null}
          {shown ? <AssessmentView a={shown} /> : null}
          <Divider />
          <Form.Item name="opinion" label="审查员意见" required>
            <Radio.Group options={[{ value: 'grant', label: '建议给予' }, { value: 'refuse', label: '建议不予' }]} />
          </Form.Item>
          <Form.Item name="opinionText" label="审查意见" required>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {/* A disabled button takes no hover: the span carries the tooltip. */}
          <Tooltip title={maySave ? undefined : `仅${whoMayCall('review:save')}可保存审查意见`}>
            <span style={{ display: 'inline-block' }}>
              <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!maySave || !['registered', 'awaiting-materials', 'reviewing'].includes(r.status)}>
                保存审查意见（含政策审查结果）
              </Button>
            </span>
          </Tooltip>
          {r.updatedAtMs ? <Typography.Text type="secondary" style={{ marginLeft: 12 }}>上次保存：{r.updatedBy} {formatDateTime(r.updatedAtMs)}</Typography.Text> : null}
        </Form>
      </Card>

      <Card size="small" title="负责人决定">
        {r.decision ? (
          <Typography.Paragraph>
            {r.decision === 'grant' ? '已决定给予法律援助' : '已决定不予法律援助'}（{r.decidedOn}，审批：{r.approvedBy}）
            {r.refusalReasons ? `；理由：${r.refusalReasons}` : ''}
            {r.overrideReason ? `；不采纳审查结论的理由：${r.overrideReason}` : ''}
          </Typography.Paragraph>
        ) : can('decide-grant') || can('decide-refuse') ? (
          !r.assessment ? (
            <Typography.Paragraph type="secondary">请先保存含政策审查结果的审查意见，再报负责人决定。</Typography.Paragraph>
          ) : mayTake('decide-grant') || mayTake('decide-refuse') ? (
            <DecisionForm review={r} caseId={caseId} />
          ) : (
            <Typography.Paragraph type="secondary">待{whoTakesStep(can('decide-grant') ? 'decide-grant' : 'decide-refuse')}作出给予或不予法律援助的决定。</Typography.Paragraph>
          )
        ) : (
          <Typography.Paragraph type="secondary">案件进入「审查中」后才能作出决定。</Typography.Paragraph>
        )}
      </Card>
    </Space>
  )
}
