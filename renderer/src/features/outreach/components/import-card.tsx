import { ImportOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Result, Space, Spin, Steps, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useEffect, useState } from 'react'
import type { OutreachImportResult, OutreachPreview, OutreachPreviewItem } from '../../../../../shared/outreach/dto'
import { OutreachPreviewInput, type ImportDecision } from '../../../../../shared/outreach/schema'
import { ProblemSummary } from '../../../components/ui/issue-summary'
import { errorMessage } from '../../../lib/ipc'
import { hasFieldIssues, useSchemaForm } from '../../../lib/use-schema-form'
import { formatDateTime, orDash } from '../../../utils/format'
import { WRONG_PASSPHRASE_TITLE, isWrongPassphrase, useImportPackage, useMatterNameMap, usePreviewImport } from '../api/outreach'
import { suggestedPackageName } from './export-card'

const LABELS: Record<string, string> = { file: '数据包文件', passphrase: '数据包口令' }

const KIND_LABEL: Record<OutreachPreviewItem['kind'], string> = { application: '受理申请', consultation: '法律咨询' }

/** The four groups of the preview, in the order the clerk reads them. */
const GROUPS: { status: OutreachPreviewItem['status']; title: string; color: string; explain: string }[] = [
  { status: 'new', title: '新增', color: 'green', explain: '本中心还没有的记录，将按受理日期顺序编上本中心的案号。' },
  {
    status: 'probable-duplicate',
    title: '疑似重复',
    color: 'orange',
    explain: '与本中心已登记的案件证件号码、受理日期和援助事项都相同，可能是同一申请。请逐条核对后选择导入或跳过。',
  },
  { status: 'already-imported', title: '已导入过', color: 'default', explain: '以前已经从数据包导入过，这次不会重复登记。' },
  { status: 'conflict', title: '冲突', color: 'red', explain: '无法导入，原因见每条记录；请核对后在中心重新登记。' },
]

/** 「口令错误或文件已损坏」 as its own, unmistakable message; any other error as is. */
function ImportError({ error }: { error: unknown }) {
  if (isWrongPassphrase(error)) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="wrong-passphrase"
        title={WRONG_PASSPHRASE_TITLE}
        description={
          <>
            <div>请核对口令（注意大小写、全角/半角和输入法状态）后重试；如果口令确定无误，请在巡回受案电脑上重新导出数据包。</div>
            <div style={{ marginTop: 4 }}>
              <Typography.Text strong>数据库没有任何改动。</Typography.Text>
            </div>
          </>
        }
      />
    )
  }
  return <Alert type="error" showIcon role="alert" title="未能读取数据包" description={errorMessage(error)} />
}

function Warnings({ list }: { list: string[] }) {
  if (list.length === 0) return null
  return (
    <ul style={{ margin: '2px 0 0', paddingInlineStart: 16, fontSize: 12, color: '#ad6800' }}>
      {list.map((w, i) => (
        <li key={i}>{w}</li>
      ))}
    </ul>
  )
}

function PreviewGroups({
  preview,
  decisions,
  onDecide,
}: {
  preview: OutreachPreview
  decisions: Record<string, ImportDecision>
  onDecide: (id: string, d: ImportDecision) => void
}) {
  const matters = useMatterNameMap()
  const base: ColumnsType<OutreachPreviewItem> = [
    { title: '类型', dataIndex: 'kind', width: 90, render: (k: OutreachPreviewItem['kind']) => KIND_LABEL[k] },
    {
      title: '申请人 / 咨询事项',
      dataIndex: 'label',
      width: 160,
      render: (label: string, it) => (
        <>
          <Typography.Text strong>{label}</Typography.Text>
          <Warnings list={it.warnings} />
        </>
      ),
    },
    { title: '日期', dataIndex: 'date', width: 110, render: (d: string) => orDash(d) },
    { title: '援助事项', dataIndex: 'matter', width: 160, render: (m: string | null) => (m ? (matters.get(m) ?? m) : '—') },
    { title: '巡回临时编号', dataIndex: 'provisionalCaseNumber', width: 120, render: (n: string | null) => orDash(n) },
  ]
  const reason: ColumnsType<OutreachPreviewItem>[number] = { title: '说明', dataIndex: 'reason', render: (r: string | null) => orDash(r) }
  const columnsFor = (status: OutreachPreviewItem['status']): ColumnsType<OutreachPreviewItem> => {
    if (status === 'new') return base
    if (status === 'already-imported' || status === 'conflict') return [...base, reason]
    return [
      ...base,
      {
        title: '本中心已有案件',
        key: 'dup',
        width: 130,
        render: (_: unknown, it) => (it.duplicateOf ? <Tag color="orange">{it.duplicateOf.caseNumber}</Tag> : '—'),
      },
      reason,
      {
        title: '处理',
        key: 'decision',
        width: 150,
        render: (_: unknown, it) => (
          <Radio.Group
            aria-label={`「${it.label}」的处理方式`}
            value={decisions[it.id]}
            onChange={(e) => onDecide(it.id, e.target.value as ImportDecision)}
            optionType="button"
            buttonStyle="solid"
            size="small"
            options={[
              { value: 'import', label: '导入' },
              { value: 'skip', label: '跳过' },
            ]}
          />
        ),
      },
    ]
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {GROUPS.map((g) => {
        const items = preview.items.filter((i) => i.status === g.status)
        if (items.length === 0) return null
        return (
          <section key={g.status} data-testid={`group-${g.status}`} aria-label={`${g.title}（${items.length}）`}>
            <Space size={8} style={{ marginBottom: 4 }}>
              <Tag color={g.color} style={{ fontSize: 14, padding: '2px 8px' }}>{`${g.title} ${items.length} 条`}</Tag>
              <Typography.Text type="secondary">{g.explain}</Typography.Text>
            </Space>
            <Table<OutreachPreviewItem>
              rowKey="id"
              size="small"
              dataSource={items}
              columns={columnsFor(g.status)}
              pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            />
          </section>
        )
      })}
    </Space>
  )
}

function ImportDone({ result, onAnother }: { result: OutreachImportResult; onAnother: () => void }) {
  const apps = result.created.applications
  return (
    <Result
      status="success"
      title="导入完成"
      subTitle={`新登记受理申请 ${apps.length} 件、法律咨询 ${result.created.consultations.length} 条${
        result.alreadyImported > 0 ? `；${result.alreadyImported} 条以前已导入过，未重复登记` : ''
      }${result.skipped.length > 0 ? `；跳过 ${result.skipped.length} 条` : ''}。`}
      extra={
        <Space orientation="vertical" size={12} style={{ width: '100%', textAlign: 'left' }}>
          {apps.length > 0 ? (
            <Table
              className="import-created"
              rowKey="id"
              size="small"
              pagination={apps.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              dataSource={apps}
              columns={[
                { title: '巡回临时编号', dataIndex: 'provisionalCaseNumber' },
                { title: '本中心案号', dataIndex: 'caseNumber', render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
              ]}
            />
          ) : null}
          {result.skipped.length > 0 ? (
            <Alert
              type="info"
              title="未导入的记录"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {result.skipped.map((s) => (
                    <li key={s.id}>{s.reason}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <div style={{ textAlign: 'center' }}>
            <Button onClick={onAnother}>导入其他数据包</Button>
          </div>
        </Space>
      }
    />
  )
}

type Stage = { step: 'choose' } | { step: 'preview'; file: string; passphrase: string; preview: OutreachPreview } | { step: 'done'; result: OutreachImportResult }

/**
 * 导入受案包, at the center: choose the file and give the passphrase → see what each record
 * would become (nothing is written yet) → decide the probable duplicates → 确认导入, which
 * writes everything in one transaction and numbers the cases at the center.
 */
export function ImportCard() {
  const previewer = usePreviewImport()
  const importer = useImportPackage()
  const [stage, setStage] = useState<Stage>({ step: 'choose' })
  const [decisions, setDecisions] = useState<Record<string, ImportDecision>>({})
  const [readError, setReadError] = useState<unknown>(null)
  const [fresh, setFresh] = useState(false)
  const { form, submit, problem, jumpTo, clear } = useSchemaForm(OutreachPreviewInput, previewer, {
    labels: LABELS,
    onSuccess: (p, input) => {
      setDecisions({})
      importer.reset()
      setStage({ step: 'preview', file: input.file, passphrase: input.passphrase, preview: p })
    },
    // Field problems (e.g. the file is missing) go on the field; the rest, above the button.
    onError: (err) => {
      if (hasFieldIssues(err)) return false
      setReadError(err)
      return true
    },
  })

  function preview() {
    setReadError(null)
    void submit()
  }

  async function confirmImport() {
    if (stage.step !== 'preview' || importer.isPending) return
    try {
      const result = await importer.mutateAsync({ file: stage.file, passphrase: stage.passphrase, decisions })
      setStage({ step: 'done', result })
    } catch {
      // importer.error is shown next to the button; nothing was written.
    }
  }

  function restart() {
    setStage({ step: 'choose' })
    setDecisions({})
    setReadError(null)
    importer.reset()
    previewer.reset()
    setFresh(true)
  }

  // The form is mounted again when going back to the first step: empty it then.
  useEffect(() => {
    if (stage.step !== 'choose' || !fresh) return
    form.resetFields()
    clear()
    setFresh(false)
  }, [stage.step, fresh])

  const current = stage.step === 'choose' ? 0 : stage.step === 'preview' ? 1 : 2
  let body: React.ReactNode
  if (stage.step === 'choose') {
    body = (
      <Form form={form} name="outreach-import" layout="vertical" aria-label="导入受案包" style={{ maxWidth: 640 }} onFinish={preview}>
        <Form.Item
          name="file"
          label="数据包文件"
          required
          extra={
            <>
              填写数据包的完整路径，例如 <Typography.Text code>{`E:\\${suggestedPackageName()}`}</Typography.Text>。文件须在运行法援工作台的这台电脑上（U盘插在这台电脑上）。
            </>
          }
        >
          <Input placeholder={`E:\\${suggestedPackageName()}`} maxLength={1024} autoComplete="off" />
        </Form.Item>
        <Form.Item name="passphrase" label="数据包口令" required extra="导出时设置的口令，请向巡回受案的同事确认">
          <Input.Password autoComplete="off" maxLength={200} />
        </Form.Item>
        <ProblemSummary problem={problem} onJump={jumpTo} verb="读取" />
        {readError ? (
          <div style={{ marginBottom: 16 }}>
            <ImportError error={readError} />
          </div>
        ) : null}
        <Button type="primary" htmlType="submit" loading={previewer.isPending}>
          {previewer.isPending ? '正在解密并检查数据包…' : '预览数据包内容'}
        </Button>
        <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
          预览不会改动任何数据
        </Typography.Text>
      </Form>
    )
  } else if (stage.step === 'preview') {
    const p = stage.preview
    const dups = p.items.filter((i) => i.status === 'probable-duplicate')
    const undecided = dups.filter((i) => decisions[i.id] === undefined).length
    const willImport = p.items.filter((i) => i.status === 'new' || (i.status === 'probable-duplicate' && decisions[i.id] === 'import'))
    const apps = willImport.filter((i) => i.kind === 'application').length
    const cons = willImport.length - apps
    body = (
      <Spin spinning={importer.isPending} description="正在导入，请勿关闭程序…">
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label="导出时间">{formatDateTime(p.exportedAtMs)}</Descriptions.Item>
            <Descriptions.Item label="导出人">{p.exportedBy}</Descriptions.Item>
            <Descriptions.Item label="来源">{p.centerName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="文件">
              <Typography.Text style={{ wordBreak: 'break-all' }}>{stage.file}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          {p.warnings.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title="请注意"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {p.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <Space size={8} wrap data-testid="preview-counts">
            <Tag color="green">{`新增 ${p.counts.new}`}</Tag>
            <Tag color="orange">{`疑似重复 ${p.counts.probableDuplicates}`}</Tag>
            <Tag>{`已导入过 ${p.counts.alreadyImported}`}</Tag>
            <Tag color="red">{`冲突 ${p.counts.conflicts}`}</Tag>
          </Space>
          <PreviewGroups preview={p} decisions={decisions} onDecide={(id, d) => setDecisions((prev) => ({ ...prev, [id]: d }))} />
          {importer.isError ? <Alert type="error" showIcon role="alert" title="导入未完成，数据库没有任何改动" description={errorMessage(importer.error)} /> : null}
          {undecided > 0 ? (
            <Alert type="warning" showIcon title={`还有 ${undecided} 条疑似重复的记录没有选择导入或跳过`} description="请在上面的「疑似重复」表格中逐条选择后再确认导入。" />
          ) : null}
          <Space wrap>
            <Button type="primary" icon={<ImportOutlined />} disabled={undecided > 0 || willImport.length === 0} loading={importer.isPending} onClick={() => void confirmImport()}>
              确认导入
            </Button>
            <Button onClick={restart} disabled={importer.isPending}>
              取消，重新选择
            </Button>
            <Typography.Text type="secondary">
              {willImport.length === 0 ? '没有需要导入的记录。' : `将登记受理申请 ${apps} 件、法律咨询 ${cons} 条，案号由本中心按受理日期顺序编号。`}
            </Typography.Text>
          </Space>
        </Space>
      </Spin>
    )
  } else {
    body = <ImportDone result={stage.result} onAnother={restart} />
  }

  return (
    <Card
      size="small"
      title={
        <span>
          <ImportOutlined style={{ marginRight: 8 }} />
          在中心：导入受案包
        </span>
      }
    >
      <Typography.Paragraph type="secondary">
        把巡回受案电脑导出的数据包导入本中心。先预览，核对后再确认导入；同一数据包导入多次也不会重复登记。
      </Typography.Paragraph>
      <Steps size="small" current={current} style={{ marginBottom: 16, maxWidth: 640 }} items={[{ title: '选择数据包' }, { title: '核对预览' }, { title: '完成' }]} />
      {body}
    </Card>
  )
}
