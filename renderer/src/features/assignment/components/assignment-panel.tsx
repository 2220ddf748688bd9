import { Alert, App, Button, Card, Collapse, Descriptions, Input, List, Modal, Select, Skeleton, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { SuggestionDto } from '../../../../../shared/assignment/dto'
import { transitionFor } from '../../../../../shared/cases/transitions'
import { QueryError } from '../../../components/ui/query-error'
import { errorMessage } from '../../../lib/ipc'
import { mayTakeStep, whoTakesStep } from '../../../lib/access'
import { useSessionUser } from '../../../lib/session'
import { useAssign, useSuggestions } from '../api/assignment'

export interface AssignmentPanelProps {
  caseId: string
  onAssigned?: () => void
}

/** 指派: ranked suggestions with their reasons; assigning another than the first, or changing the lawyer, needs a reason. */
export function AssignmentPanel({ caseId, onAssigned }: AssignmentPanelProps) {
  const [choice, setChoice] = useState<string | undefined>(undefined)
  const sg = useSuggestions(caseId, choice)
  const assign = useAssign(caseId)
  const [pending, setPending] = useState<SuggestionDto | null>(null)
  const [overrideReason, setOverrideReason] = useState('')
  const [changeReason, setChangeReason] = useState('')
  const { message } = App.useApp()
  const roles = useSessionUser()?.roles ?? null

  if (sg.isLoading) return <Skeleton active />
  if (sg.isError) return <QueryError error={sg.error} onRetry={() => void sg.refetch()} />
  const d = sg.data!
  const changing = d.current !== null
  // assignment:assign, and then the roles of the workflow step it takes (指派 or 更换).
  const step = changing ? 'change-lawyer' : 'assign'
  const mayAssign = mayTakeStep('assignment:assign', step, roles)

  async function confirm(s: SuggestionDto) {
    try {
      await assign.mutateAsync({
        caseId,
        lawyerId: s.lawyerId,
        ...(choice ? { applicantChoiceLawyerId: choice } : {}),
        ...(overrideReason.trim() ? { overrideReason: overrideReason.trim() } : {}),
        ...(changeReason.trim() ? { changeReason: changeReason.trim() } : {}),
      })
      void message.success(changing ? `已更换为 ${s.name}` : `已指派 ${s.name}`)
      setPending(null)
      setOverrideReason('')
      setChangeReason('')
      onAssigned?.()
    } catch (err) {
      void message.error(errorMessage(err))
    }
  }

  const needOverride = pending !== null && pending.rank !== 1
  return (
    <Card size="small" title={changing ? '更换法律援助人员' : '指派法律援助人员'}>
      <Descriptions size="small" column={2} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="执业年限要求">{d.needs.lawyerMinYears ? `${d.needs.lawyerMinYears} 年以上` : '无特别要求'}</Descriptions.Item>
        <Descriptions.Item label="未成年人案件">{d.needs.minorSpecialist ? <Tag color="purple">须熟悉未成年人身心特点</Tag> : '否'}</Descriptions.Item>
        <Descriptions.Item label="刑事辩护">{d.needs.criminalDefence ? '是（须由律师担任）' : '否'}</Descriptions.Item>
        <Descriptions.Item label="语言">{d.needs.languageLabel ?? '—'}</Descriptions.Item>
      </Descriptions>
      {d.current ? (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={`现承办人员：${d.current.lawyerName}（${d.current.firmName ?? '—'}），${d.current.assignedOn} 指派`} />
      ) : null}
      <Space style={{ marginBottom: 8 }}>
        <span>受援人点援：</span>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 260 }}
          placeholder="申请人选择的律师（可不填）"
          value={choice}
          onChange={setChoice}
          options={[...d.suggestions, ...d.blocked].map((x) => ({ value: x.lawyerId, label: `${x.name}（${x.firmName ?? '—'}）` }))}
        />
      </Space>
      <Table<SuggestionDto>
        size="small"
        rowKey="lawyerId"
        pagination={false}
        dataSource={d.suggestions}
        columns={[
          { title: '排名', dataIndex: 'rank', width: 60 },
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '机构', dataIndex: 'firmName' },
          { title: '执业年限', dataIndex: 'yearsOfPractice', width: 80, render: (v: number | null) => (v === null ? '—' : `${v} 年`) },
          { title: '在办', width: 70, render: (_, r) => `${r.openCases}/${r.maxOpenCases}` },
          { title: '得分', dataIndex: 'score', width: 60 },
          {
            title: '理由',
            dataIndex: 'reasons',
            render: (v: SuggestionDto['reasons']) =>
              v.map((x) => (
                <Tag key={x.text} color={x.points > 0 ? 'green' : x.points < 0 ? 'red' : 'default'}>
                  {x.text}
                  {x.points !== 0 ? `（${x.points > 0 ? '+' : ''}${x.points}）` : ''}
                </Tag>
              )),
          },
          ...(mayAssign
            ? [
                {
                  title: '',
                  width: 90,
                  render: (_: unknown, r: SuggestionDto) => (
                    <Button size="small" type={r.rank === 1 ? 'primary' : 'default'} onClick={() => setPending(r)}>
                      {changing ? '更换为' : '指派'}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        共 {d.eligibleTotal} 人符合条件；{d.blockedTotal} 人因硬性规则不能指派（不得通过说明理由越过）。
        {mayAssign ? null : `${transitionFor(step).label}须由${whoTakesStep(step)}办理。`}
      </Typography.Paragraph>
      {d.blocked.length > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'blocked',
              label: `不能指派的人员（${d.blockedTotal}）`,
              children: <List size="small" dataSource={d.blocked} renderItem={(b) => <List.Item><b>{b.name}</b>（{b.firmName ?? '—'}）：{b.reasons.join('；')}</List.Item>} />,
            },
          ]}
        />
      ) : null}
      {d.history.length > 0 ? (
        <Collapse
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'history',
              label: `指派记录（${d.history.length}）`,
              children: (
                <List
                  size="small"
                  dataSource={d.history}
                  renderItem={(a) => (
                    <List.Item>
                      {a.assignedOn} {a.lawyerName}（推荐第 {a.suggestionRank ?? '—'} 位{a.applicantChoice ? '，点援' : ''}）{a.overrideReason ? `；理由：${a.overrideReason}` : ''}
                      {a.endKind ? `；${a.endedOn} ${a.endKind === 'changed' ? '更换' : a.endKind === 'closed' ? '结案' : '终止'}${a.endReason ? `：${a.endReason}` : ''}` : ''}
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      ) : null}
      <Modal
        open={pending !== null}
        title={pending ? `${changing ? '更换为' : '指派'} ${pending.name}` : ''}
        okText="确认"
        confirmLoading={assign.isPending}
        okButtonProps={{ disabled: (needOverride && !overrideReason.trim()) || (changing && !changeReason.trim()) }}
        onOk={() => pending && void confirm(pending)}
        onCancel={() => {
          setPending(null)
          // The override reason was written for this lawyer: never carry it to the next choice (hidden for the first).
          setOverrideReason('')
        }}
      >
        {needOverride ? (
          <>
            <Typography.Paragraph type="warning">该人员排第 {pending?.rank} 位，未采用首位推荐须说明理由（将记入指派记录）。</Typography.Paragraph>
            <Input.TextArea rows={3} maxLength={1000} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} placeholder="未采用首位推荐的理由" />
          </>
        ) : null}
        {changing ? (
          <>
            <Typography.Paragraph style={{ marginTop: 8 }}>更换理由（必填）：</Typography.Paragraph>
            <Input.TextArea rows={3} maxLength={1000} value={changeReason} onChange={(e) => setChangeReason(e.target.value)} placeholder="如：受援人有证据证明原承办人员未依法履行职责" />
          </>
        ) : null}
        {!needOverride && !changing ? <Typography.Paragraph>确认指派首位推荐人员？</Typography.Paragraph> : null}
      </Modal>
    </Card>
  )
}
