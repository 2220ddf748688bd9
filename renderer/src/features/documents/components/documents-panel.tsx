/**
 * 文书 section of a case file: the documents issued for the case (number, date, who, voided),
 * an 「开具文书」 menu with a form per type, and preview, reprint and void.
 *
 * Mount: `<DocumentsPanel caseId={file.id} />` from
 * `renderer/src/features/documents/components/documents-panel`.
 */
import { DownOutlined, FilePdfOutlined, PrinterOutlined, StopOutlined } from '@ant-design/icons'
import { Alert, App, Button, Dropdown, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd'
import { useRef, useState } from 'react'
import type { IssuedDocumentDto, IssueDocumentInputIn } from '../../../../../shared/documents/schema'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { AppError } from '../../../../../shared/ipc/result'
import { DOC_TYPES, type DocType } from '../../../../../shared/documents/schema'
import { errorMessage } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { hasFieldIssues, useSchemaForm } from '../../../lib/use-schema-form'
import { formatDate, formatDateTime } from '../../../utils/format'
import { previewPdf } from '../../../lib/preview-pdf'
import { useCaseDocuments, useIssueDocument, useReprintDocument, useVoidDocument } from '../api/documents'
import { ExtraFields, ISSUE_FORM_EXTRA } from './issue-forms'

export interface DocumentsPanelProps {
  caseId: string
}

const PER_CASE_DOC_TYPES = DOC_TYPES.filter((t) => t.perCase)

function IssueDialog({ caseId, type, onClose }: { caseId: string; type: DocType; onClose: () => void }) {
  const issue = useIssueDocument(caseId)
  const { modal, message } = App.useApp()
  const info = DOC_TYPES.find((t) => t.code === type)!
  const [error, setError] = useState<string | null>(null)
  // Set once the clerk has confirmed printing characters the font lacks.
  const allowMissingGlyphs = useRef(false)

  const sf = useSchemaForm(ISSUE_FORM_EXTRA[type], (extra) => issue.mutateAsync({ type, caseId, extra, allowMissingGlyphs: allowMissingGlyphs.current } as IssueDocumentInputIn), {
    // The main process names `extra`'s fields from the top of the input.
    fieldOf: (path) => (path[0] === 'extra' ? path.slice(1) : path),
    onSuccess: (result) => {
      message.success(`已开具 ${result.document.docNumber}`)
      // Citations whose article numbers are not verified yet are left off the printed basis (the
      // document says 依法 instead): the clerk is told which, to check them before handing it out.
      if (result.omittedUnverifiedBasis.length > 0) {
        modal.warning({
          title: '部分法律依据条号待核，未印在文书上',
          content: (
            <div>
              <p>{result.document.docNumber} 的法律依据中，以下条文的条号尚待核实，文书上未列出（写作“依法”）：</p>
              <ul style={{ paddingLeft: 20 }}>
                {result.omittedUnverifiedBasis.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              <p>如需在文书上写明依据，请核实条号后作废重开。</p>
            </div>
          ),
          okText: '知道了',
        })
      }
      onClose()
      // The dialog is gone by now: a failed preview is reported here, not in its (unmounted) alert.
      void previewPdf({ id: result.document.id }).catch((err: unknown) => message.error(errorMessage(err)))
    },
    onError: (err) => {
      const missing = err instanceof AppError ? (err.details?.missingGlyphs as string[] | undefined) : undefined
      if (err instanceof AppError && err.code === 'POLICY_VIOLATION' && missing?.length) {
        modal.confirm({
          title: '打印字体缺少部分汉字',
          content: (
            <div>
              <p>
                以下字在打印字体中没有：<Typography.Text strong>{missing.join('、')}</Typography.Text>
              </p>
              <p>这些字会打印成空白方框。请先核对申请人姓名等用字是否录入正确。确认无误仍要开具的，打印后请在空白处手写补上。</p>
            </div>
          ),
          okText: '确认无误，仍然开具',
          cancelText: '返回修改',
          onOk: () => {
            allowMissingGlyphs.current = true
            return submit()
          },
        })
        return true
      }
      // The message above the fields; the fields it names are marked as well.
      setError(errorMessage(err))
      return !hasFieldIssues(err)
    },
  })

  function submit() {
    setError(null)
    return sf.submit()
  }

  return (
    <Modal
      open
      title={`开具${info.label}`}
      width={880}
      okText="开具并预览"
      cancelText="取消"
      confirmLoading={issue.isPending}
      onOk={() => {
        allowMissingGlyphs.current = false
        void submit()
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={sf.form} layout="vertical" requiredMark>
        <ExtraFields type={type} />
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        申请人信息、案号、事项和法律依据取自案卷、中心设置和政策数据；文号在开具时自动编排，开具后不可修改，只能作废后重开。
      </Typography.Paragraph>
    </Modal>
  )
}

function VoidDialog({ doc, caseId, onClose }: { doc: IssuedDocumentDto; caseId: string; onClose: () => void }) {
  const [reason, setReason] = useState('')
  const voidDoc = useVoidDocument(caseId)
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  return (
    <Modal
      open
      title={`作废 ${doc.docNumber}`}
      okText="确认作废"
      okButtonProps={{ danger: true, disabled: reason.trim().length < 2 }}
      cancelText="取消"
      confirmLoading={voidDoc.isPending}
      onCancel={onClose}
      onOk={async () => {
        try {
          await voidDoc.mutateAsync({ id: doc.id, reason })
          message.success('已作废。文号保留，不会再用于其他文书。')
          onClose()
        } catch (err) {
          setError(errorMessage(err))
        }
      }}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <p>作废后该文书仍保留在案卷中并标明“已作废”，其文号不再使用。</p>
      <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="请写明作废原因（必填）" maxLength={200} showCount />
    </Modal>
  )
}

export function DocumentsPanel({ caseId }: DocumentsPanelProps) {
  const docs = useCaseDocuments(caseId)
  const reprint = useReprintDocument(caseId)
  const { message, modal } = App.useApp()
  const mayVoid = isAllowed('documents:void', useSessionUser()?.roles ?? null)
  const [issuing, setIssuing] = useState<DocType | null>(null)
  const [voiding, setVoiding] = useState<IssuedDocumentDto | null>(null)

  const run = async (fn: () => Promise<void>) => {
    try {
      await fn()
    } catch (err) {
      message.error(errorMessage(err))
    }
  }

  const doReprint = (doc: IssuedDocumentDto) =>
    run(async () => {
      const r = await reprint.mutateAsync(doc.id)
      if (r.warning) (r.sha256Matches ? modal.warning : modal.error)({ title: r.sha256Matches ? '已恢复存档文件' : '存档文件与开具记录不一致', content: r.warning })
      if (r.sha256Matches && !r.opened) await previewPdf({ id: doc.id })
    })

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Dropdown menu={{ items: PER_CASE_DOC_TYPES.map((t) => ({ key: t.code, label: t.label })), onClick: ({ key }) => setIssuing(key as DocType) }}>
          <Button type="primary" icon={<FilePdfOutlined />}>
            开具文书 <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
      {docs.error && <Alert type="error" showIcon message={errorMessage(docs.error)} />}
      <Table<IssuedDocumentDto>
        size="small"
        rowKey="id"
        loading={docs.isLoading}
        dataSource={docs.data ?? []}
        pagination={false}
        locale={{ emptyText: '尚未开具文书' }}
        columns={[
          {
            title: '文号',
            dataIndex: 'docNumber',
            render: (n: string, d) => (d.voided ? <Typography.Text delete>{n}</Typography.Text> : n),
          },
          { title: '文书', dataIndex: 'title' },
          { title: '日期', dataIndex: 'issuedOn', render: (v: string) => formatDate(v) },
          { title: '开具人', dataIndex: 'issuedBy' },
          {
            title: '状态',
            render: (_, d) =>
              d.voided ? (
                <Tag color="red" title={`${formatDateTime(d.voided.atMs)} ${d.voided.by}：${d.voided.reason}`}>
                  已作废
                </Tag>
              ) : d.missingGlyphs.length ? (
                <Tag color="orange" title={`缺字：${d.missingGlyphs.join('、')}`}>
                  有缺字
                </Tag>
              ) : (
                <Tag color="green">有效</Tag>
              ),
          },
          {
            title: '操作',
            render: (_, d) => (
              <Space size="small">
                <Button size="small" onClick={() => void run(() => previewPdf({ id: d.id }))}>
                  预览
                </Button>
                <Button size="small" icon={<PrinterOutlined />} loading={reprint.isPending && reprint.variables === d.id} onClick={() => void doReprint(d)}>
                  重新打印
                </Button>
                {/* 作废 only for the roles allowed documents:void (负责人、管理员). */}
                {mayVoid ? (
                  <Button size="small" danger icon={<StopOutlined />} disabled={d.voided !== null} onClick={() => setVoiding(d)}>
                    作废
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {issuing && <IssueDialog caseId={caseId} type={issuing} onClose={() => setIssuing(null)} />}
      {voiding && <VoidDialog doc={voiding} caseId={caseId} onClose={() => setVoiding(null)} />}
    </Space>
  )
}
