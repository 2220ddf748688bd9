import { ClockCircleOutlined, ReloadOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Empty, Layout, Result, Skeleton, Space, Tag, Timeline, Typography } from 'antd'
import { useEffect, type ReactNode } from 'react'
import {
  AGENT_RELATIONS,
  CASE_STATUSES,
  CRIMINAL_ROLES,
  CRIMINAL_STAGES,
  GENDERS,
  ID_TYPES,
  INTAKE_CHANNELS,
  NOTIFYING_ORGAN_KINDS,
  RESIDENCES,
  SPECIAL_GROUPS,
} from '../../../../../shared/domain/enums'
import { caseTypeLabel, regionLabel } from '../../../../../shared/codes'
import { actionLabel } from '../../../../../shared/cases/transitions'
import type { CaseFile, CaseFileSection } from '../../../../../shared/cases/case-file'
import { AppError } from '../../../../../shared/ipc/result'
import { errorMessage } from '../../../lib/ipc'
import { ethnicityName, formatDate, formatDateTime, label, labels, orDash } from '../../../utils/format'
import { useCaseFile } from '../api/get-case-file'

/**
 * The sections other features build (审查, 指派, 文书, 办理, 质量, 补贴), by section key: the app shell
 * passes them in, so the case file does not import other features.
 */
export type CaseFilePanels = Partial<Record<string, (caseId: string) => ReactNode>>

const STATUS_COLORS: Record<string, string> = { registered: 'blue', 'awaiting-materials': 'orange', granted: 'green', refused: 'red' }

/** Audit actions in words a clerk reads; never the recorded code. */
const ACTIONS: Record<string, string> = {
  'application.create': '受理登记',
  'application.import': '导入外出受理的申请',
  'case.update': '修改案件信息',
  'case.status': '变更状态',
  'document.issue': '开具文书',
  'document.reprint': '重新打印文书',
  'document.void': '作废文书',
  'review.create': '保存审查意见',
  'review.update': '修改审查意见',
  'review.decide': '负责人作出决定',
  'assignment.create': '指派法律援助人员',
  'assignment.change': '更换法律援助人员',
  'assignment.end-closed': '结案，指派结束',
  'assignment.end-terminated': '终止援助，指派结束',
  'assignment.end-changed': '更换，原指派结束',
  'handling.event': '记录办理情况',
  'handling.conclude': '办结',
  'handling.conclude-correct': '更正办结信息',
  'handling.checklist': '结案材料核对',
  'handling.close': '结案',
  'handling.archive': '归档',
  'quality.review': '质量评查',
  'quality.follow-up': '回访',
  'complaint.add': '登记投诉',
  'subsidy.compute': '核算补贴',
  'subsidy.approve': '审批补贴',
  'subsidy.correct': '更正补贴',
  'subsidy.extra-request': '申请增加补贴',
  'subsidy.extra-decide': '审批增加补贴',
  'subsidy.entry-cancel': '取消补贴款项',
}

export function actionText(action: string): string {
  const known = ACTIONS[action]
  if (known) return known
  if (action.startsWith('workflow.')) return actionLabel(action.slice('workflow.'.length))
  if (action.startsWith('complaint.')) return '处理投诉'
  return '其他操作'
}

function IntakeSection({ file }: { file: CaseFile }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
      <Descriptions.Item label="案号">{file.caseNumber}</Descriptions.Item>
      <Descriptions.Item label="受理日期">{formatDate(file.receivedOn)}</Descriptions.Item>
      <Descriptions.Item label="受理渠道">{label(INTAKE_CHANNELS, file.channel)}</Descriptions.Item>
      <Descriptions.Item label="案件类型">{caseTypeLabel(file.caseType)}</Descriptions.Item>
      <Descriptions.Item label="援助事项" span={2}>
        {file.matterName ?? file.matter}
      </Descriptions.Item>
      {file.caseType === 'criminal' ? (
        <>
          <Descriptions.Item label="诉讼地位">{label(CRIMINAL_ROLES, file.criminalRole)}</Descriptions.Item>
          <Descriptions.Item label="诉讼阶段">{label(CRIMINAL_STAGES, file.criminalStage)}</Descriptions.Item>
        </>
      ) : null}
      <Descriptions.Item label="案由">{file.cause}</Descriptions.Item>
      <Descriptions.Item label="办案机关">{orDash(file.handlingOrgan)}</Descriptions.Item>
      <Descriptions.Item label="对方当事人">{orDash(file.opposingParty)}</Descriptions.Item>
      <Descriptions.Item label="紧急">{file.urgent ? <Tag color="red">紧急</Tag> : '否'}</Descriptions.Item>
      <Descriptions.Item label="先行受理">{file.acceptFirst ? <Tag color="orange">先行受理</Tag> : '否'}</Descriptions.Item>
      <Descriptions.Item label="适用地区">{regionLabel(file.region)}</Descriptions.Item>
      {file.acceptFirst ? (
        <Descriptions.Item label="待补材料" span={3}>
          {file.owedPapers.length ? file.owedPapers.join('、') : '—'}
        </Descriptions.Item>
      ) : null}
      {file.notice ? (
        <>
          <Descriptions.Item label="通知机关">
            {label(NOTIFYING_ORGAN_KINDS, file.notice.organKind)} · {file.notice.organName}
          </Descriptions.Item>
          <Descriptions.Item label="通知书文号">{file.notice.noticeNumber}</Descriptions.Item>
          <Descriptions.Item label="通知日期">{formatDate(file.notice.noticeDate)}</Descriptions.Item>
        </>
      ) : null}
      <Descriptions.Item label="案情摘要" span={3}>
        <div style={{ whiteSpace: 'pre-wrap' }}>{file.facts}</div>
      </Descriptions.Item>
      <Descriptions.Item label="登记人">{file.createdBy}</Descriptions.Item>
      <Descriptions.Item label="登记时间">{formatDateTime(file.createdAtMs)}</Descriptions.Item>
    </Descriptions>
  )
}

function ApplicantSection({ file }: { file: CaseFile }) {
  const a = file.applicant
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions title="申请人" size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
        <Descriptions.Item label="姓名">{a.name}</Descriptions.Item>
        <Descriptions.Item label="性别">{label(GENDERS, a.gender)}</Descriptions.Item>
        <Descriptions.Item label="民族">{ethnicityName(a.ethnicity)}</Descriptions.Item>
        <Descriptions.Item label="证件类型">{label(ID_TYPES, a.idType)}</Descriptions.Item>
        <Descriptions.Item label="证件号码">
          <span style={{ fontFamily: 'monospace' }}>{a.idNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label="出生日期">{formatDate(a.birthDate)}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{a.phone}</Descriptions.Item>
        <Descriptions.Item label="城镇/农村">{label(RESIDENCES, a.residence)}</Descriptions.Item>
        <Descriptions.Item label="特殊群体">{labels(SPECIAL_GROUPS, a.specialGroups)}</Descriptions.Item>
        <Descriptions.Item label="住址" span={3}>
          {a.address}
        </Descriptions.Item>
      </Descriptions>
      {file.agent ? (
        <Descriptions title="代理人/监护人" size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label="姓名">{file.agent.name}</Descriptions.Item>
          <Descriptions.Item label="关系">{label(AGENT_RELATIONS, file.agent.relation)}</Descriptions.Item>
          <Descriptions.Item label="联系电话">{file.agent.phone}</Descriptions.Item>
          {file.agent.idNumber ? (
            <Descriptions.Item label="证件">
              {label(ID_TYPES, file.agent.idType)} {file.agent.idNumber}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">无代理人/监护人（申请人本人办理）。</Typography.Text>
      )}
    </Space>
  )
}

function HistorySection({ file }: { file: CaseFile }) {
  if (file.events.length === 0) return <Empty description="暂无操作记录" />
  return (
    <Timeline
      items={file.events.map((e) => ({
        key: e.seq,
        icon: <ClockCircleOutlined />,
        content: (
          <span>
            <Typography.Text type="secondary">{formatDateTime(e.atMs)}</Typography.Text> {e.actor} · {actionText(e.action)}
          </span>
        ),
      }))}
    />
  )
}

function sectionBody(section: CaseFileSection, file: CaseFile, panels: CaseFilePanels): ReactNode {
  switch (section.key) {
    case 'intake':
      return <IntakeSection file={file} />
    case 'applicant':
      return <ApplicantSection file={file} />
    case 'history':
      return <HistorySection file={file} />
    default:
      return Object.hasOwn(panels, section.key) ? (panels[section.key]?.(file.id) ?? null) : null
  }
}

function SectionCard({ section, file, index, panels }: { section: CaseFileSection; file: CaseFile; index: number; panels: CaseFilePanels }) {
  const body = section.built ? sectionBody(section, file, panels) : null
  const pending = !section.built || body === null
  return (
    <Card
      id={`section-${section.key}`}
      data-section={section.key}
      data-built={pending ? 'false' : 'true'}
      size="small"
      title={
        <Space>
          <span>
            {index + 1}. {section.title}
          </span>
          {pending ? <Tag color="default">尚未开发</Tag> : null}
        </Space>
      }
      style={{ marginBottom: 16, ...(pending ? { background: '#fafafa', borderStyle: 'dashed' } : {}) }}
      styles={pending ? { header: { color: '#8c8c8c' } } : undefined}
    >
      {pending ? (
        <Typography.Text type="secondary">
          尚未开发{section.note ? `：${section.note}` : '：此部分功能将在后续版本提供'}
        </Typography.Text>
      ) : (
        body
      )}
    </Card>
  )
}

export function CaseFileView({ file, panels }: { file: CaseFile; panels: CaseFilePanels }) {
  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space size="large" wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="case-number">
            案卷 {file.caseNumber}
          </Typography.Title>
          <Typography.Text style={{ fontSize: 16 }}>申请人：{file.applicant.name}</Typography.Text>
          <Tag color={STATUS_COLORS[file.status] ?? 'default'} style={{ fontSize: 14, padding: '2px 10px' }}>
            {label(CASE_STATUSES, file.status)}
          </Tag>
          <Typography.Text type="secondary">受理日期：{formatDate(file.receivedOn)}</Typography.Text>
          {file.urgent ? <Tag color="red">紧急</Tag> : null}
        </Space>
      </Card>
      <nav aria-label="案卷目录" style={{ marginBottom: 16 }}>
        <Space wrap size={[4, 4]}>
          {file.sections.map((s, i) => (
            <a key={s.key} href={`#section-${s.key}`} onClick={(e) => {
              e.preventDefault()
              document.getElementById(`section-${s.key}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' })
            }}>
              <Tag color={s.built ? 'blue' : 'default'}>
                {i + 1}. {s.title}
              </Tag>
            </a>
          ))}
        </Space>
      </nav>
      {file.sections.map((s, i) => (
        <SectionCard key={s.key} section={s} file={file} index={i} panels={panels} />
      ))}
    </>
  )
}

export function CaseFilePage({ id, panels }: { id: string; panels: CaseFilePanels }) {
  const q = useCaseFile(id)

  useEffect(() => {
    document.title = q.data ? `案卷 ${q.data.caseNumber} - 法援工作台` : '案卷 - 法援工作台'
    return () => {
      document.title = '法援工作台'
    }
  }, [q.data])

  let content: ReactNode
  if (q.isLoading) content = <Skeleton active paragraph={{ rows: 12 }} />
  else if (q.isError) {
    const notFound = q.error instanceof AppError && q.error.code === 'NOT_FOUND'
    content = (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? '找不到该案件' : '案卷加载失败'}
        subTitle={errorMessage(q.error)}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()}>
            重试
          </Button>
        }
      />
    )
  } else if (q.data) content = <CaseFileView file={q.data} panels={panels} />

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, margin: '0 auto', width: '100%' }}>{content}</Layout.Content>
    </Layout>
  )
}
