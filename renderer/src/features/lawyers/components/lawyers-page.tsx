import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Drawer, Form, Input, InputNumber, List, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd'
import { useRef, useState } from 'react'
import type { FirmDto, LawyerDto } from '../../../../../shared/lawyers/dto'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { AppError } from '../../../../../shared/ipc/result'
import { FIRM_KINDS, LANGUAGES, LAWYER_KINDS, labelIn } from '../../../../../shared/lawyers/roster'
import { FirmSaveInput, LawyerSaveInput } from '../../../../../shared/lawyers/schema'
import { QueryError } from '../../../components/ui/query-error'
import { errorMessage, invoke } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { downloadBase64, fileToBase64, useFirms, useImportLawyers, useLawyers, useSaveFirm, useSaveLawyer } from '../api/roster'

interface LawyerValues {
  name?: string
  kind?: string
  firmId?: string
  licenceNo?: string
  practiceStart?: string
  specialties?: string[]
  languages?: string[]
  maxOpenCases?: number
  minorsSuited?: boolean
  active?: boolean
  phone?: string
  knownParties?: string[]
  note?: string
}

function LawyerDrawer({ lawyer, firms, open, onClose }: { lawyer: LawyerDto | null; firms: FirmDto[]; open: boolean; onClose: () => void }) {
  const save = useSaveLawyer()
  const { message } = App.useApp()
  const { form, onFinish, pending } = useSchemaForm(LawyerSaveInput, save, {
    extra: lawyer ? { id: lawyer.id } : {},
    onSuccess: () => {
      void message.success('已保存')
      onClose()
    },
    onError: toastRefusal((text) => message.error(text)),
  })
  // Everyone on this page may read a person's record; only who may save it gets an editable form.
  const maySave = isAllowed('lawyer:save', useSessionUser()?.roles ?? null)
  return (
    <Drawer open={open} onClose={onClose} size="large" title={lawyer ? `${maySave ? '编辑' : '查看'}：${lawyer.name}` : '登记法律援助人员'} destroyOnHidden>
      <Form<LawyerValues>
        form={form}
        layout="vertical"
        disabled={!maySave}
        // The form instance outlives the drawer's content: without this, reopening the drawer keeps
        // the previous person's values over initialValues (and 保存 would write them onto this person).
        clearOnDestroy
        onFinish={onFinish}
        initialValues={
          lawyer
            ? { ...lawyer, firmId: lawyer.firmId ?? undefined, licenceNo: lawyer.licenceNo ?? undefined, practiceStart: lawyer.practiceStart ?? undefined, phone: lawyer.phone ?? undefined, note: lawyer.note ?? undefined }
            : { kind: 'lawyer', languages: ['zh'], maxOpenCases: 10, active: true, minorsSuited: false }
        }
      >
        <Form.Item name="name" label="姓名" required>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="kind" label="人员类别" required>
          <Select options={LAWYER_KINDS.map((k) => ({ value: k.code, label: k.label }))} />
        </Form.Item>
        <Form.Item name="firmId" label="执业机构">
          <Select allowClear showSearch optionFilterProp="label" options={firms.map((f) => ({ value: f.id, label: `${f.name}（${f.kindLabel}）` }))} />
        </Form.Item>
        <Form.Item name="licenceNo" label="执业证号">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="practiceStart" label="执业起始日期" extra="用于判断执业年限（可能判处无期徒刑、死刑的案件须三年以上）">
          <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="specialties" label="专长（事项代码或案件类型）" extra="如 criminal、civil、labour-relation-or-pay">
          <Select mode="tags" tokenSeparators={[',', '、', ' ']} />
        </Form.Item>
        <Form.Item name="languages" label="语言">
          <Select mode="multiple" options={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))} />
        </Form.Item>
        <Form.Item name="maxOpenCases" label="最大在办案件数" required>
          <InputNumber min={0} max={500} precision={0} />
        </Form.Item>
        <Form.Item name="minorsSuited" label="适合办理未成年人案件" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="active" label="在册" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="phone" label="联系电话">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="knownParties" label="援助以外代理过的当事人（用于利益冲突审查）">
          <Select mode="tags" tokenSeparators={['、']} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        {maySave ? (
          <Button type="primary" htmlType="submit" loading={pending}>
            保存
          </Button>
        ) : (
          <Typography.Text type="secondary">名册由管理员维护。</Typography.Text>
        )}
      </Form>
    </Drawer>
  )
}

function FirmsModal({ open, onClose, firms }: { open: boolean; onClose: () => void; firms: FirmDto[] }) {
  const save = useSaveFirm()
  const { message } = App.useApp()
  const { form, onFinish, pending } = useSchemaForm(FirmSaveInput, save, {
    onSuccess: () => {
      form.resetFields()
      void message.success('已登记')
    },
    onError: toastRefusal((text) => message.error(text)),
  })
  const maySave = isAllowed('firm:save', useSessionUser()?.roles ?? null)
  return (
    <Modal open={open} onCancel={onClose} footer={null} title="执业机构" width={720}>
      <List size="small" dataSource={firms} renderItem={(f) => <List.Item>{f.name}（{f.kindLabel}）· {f.lawyerCount} 人 · 联系人 {f.contactName ?? '—'} {f.contactPhone ?? ''}</List.Item>} />
      {maySave && (
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 12, rowGap: 8 }}
        onFinish={onFinish}
      >
        <Form.Item name="name" required>
          <Input placeholder="机构名称" />
        </Form.Item>
        <Form.Item name="kind" initialValue="law-firm">
          <Select style={{ width: 160 }} options={FIRM_KINDS.map((k) => ({ value: k.code, label: k.label }))} />
        </Form.Item>
        <Form.Item name="contactName">
          <Input placeholder="联系人" />
        </Form.Item>
        <Form.Item name="contactPhone">
          <Input placeholder="联系电话" />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={pending}>
          登记机构
        </Button>
      </Form>
      )}
    </Modal>
  )
}

/** 法律援助人员名册: table, edit drawer, firms, Excel import (all or nothing) and export. */
export function LawyersPage() {
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const lawyers = useLawyers(q, page)
  const firms = useFirms()
  const importer = useImportLawyers()
  const [editing, setEditing] = useState<LawyerDto | null | 'new'>(null)
  const [firmsOpen, setFirmsOpen] = useState(false)
  const [rowErrors, setRowErrors] = useState<{ row: number; message: string }[]>([])
  const fileInput = useRef<HTMLInputElement>(null)
  const { message } = App.useApp()
  const roles = useSessionUser()?.roles ?? null

  async function onFile(file: File | undefined) {
    if (!file) return
    setRowErrors([])
    try {
      const r = await importer.mutateAsync({ contentBase64: await fileToBase64(file) })
      void message.success(`导入完成：新增 ${r.created} 人，更新 ${r.updated} 人，新登记机构 ${r.firmsCreated} 个`)
    } catch (err) {
      const errors = err instanceof AppError ? ((err.details?.rowErrors as { row: number; message: string }[] | undefined) ?? []) : []
      setRowErrors(errors)
      void message.error(errorMessage(err))
    } finally {
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  async function exportSheet() {
    try {
      const r = await invoke('lawyer:export-excel', {})
      downloadBase64(r.contentBase64, r.fileName)
    } catch (err) {
      void message.error(errorMessage(err))
    }
  }

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        法律援助人员名册
      </Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search allowClear placeholder="姓名、执业证号或机构" onSearch={(v) => { setQ(v.trim()); setPage(1) }} style={{ width: 280 }} />
        {isAllowed('lawyer:save', roles) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            登记人员
          </Button>
        ) : null}
        <Button onClick={() => setFirmsOpen(true)}>执业机构</Button>
        {isAllowed('lawyer:import-excel', roles) ? (
          <Button icon={<UploadOutlined />} loading={importer.isPending} onClick={() => fileInput.current?.click()}>
            从 Excel 导入
          </Button>
        ) : null}
        {isAllowed('lawyer:export-excel', roles) ? (
          <Button icon={<DownloadOutlined />} onClick={() => void exportSheet()}>
            导出 Excel
          </Button>
        ) : null}
        <input ref={fileInput} type="file" accept=".xlsx" hidden onChange={(e) => void onFile(e.target.files?.[0])} />
      </Space>
      {rowErrors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`导入未完成：共 ${rowErrors.length} 处错误，未导入任何数据。请改正后重新导入整个文件。`}
          description={<List size="small" dataSource={rowErrors.slice(0, 100)} renderItem={(e) => <List.Item>{e.message}</List.Item>} />}
          closable={{ onClose: () => setRowErrors([]) }}
        />
      ) : null}
      {lawyers.isError ? <QueryError error={lawyers.error} onRetry={() => void lawyers.refetch()} /> : null}
      <Table<LawyerDto>
        size="small"
        rowKey="id"
        loading={lawyers.isLoading}
        dataSource={lawyers.data?.rows ?? []}
        pagination={{ current: page, pageSize: 50, total: lawyers.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        onRow={(r) => ({ onDoubleClick: () => setEditing(r) })}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (v: string, r) => <a onClick={() => setEditing(r)}>{v}</a> },
          { title: '类别', dataIndex: 'kindLabel' },
          { title: '执业机构', dataIndex: 'firmName' },
          { title: '执业证号', dataIndex: 'licenceNo' },
          { title: '执业起始', dataIndex: 'practiceStart' },
          { title: '专长', dataIndex: 'specialties', render: (v: string[]) => v.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: '语言', dataIndex: 'languages', render: (v: string[]) => v.map((x) => labelIn(LANGUAGES, x)).join('、') },
          { title: '在办/上限', render: (_, r) => <span style={r.maxOpenCases > 0 && r.openCases >= r.maxOpenCases ? { color: '#cf1322' } : undefined}>{r.openCases}/{r.maxOpenCases}</span> },
          { title: '未成年人案件', dataIndex: 'minorsSuited', render: (v: boolean) => (v ? <Tag color="green">适合</Tag> : null) },
          { title: '状态', dataIndex: 'active', render: (v: boolean) => (v ? <Tag color="blue">在册</Tag> : <Tag>停用</Tag>) },
        ]}
      />
      <LawyerDrawer open={editing !== null} lawyer={editing === 'new' ? null : editing} firms={firms.data ?? []} onClose={() => setEditing(null)} />
      <FirmsModal open={firmsOpen} onClose={() => setFirmsOpen(false)} firms={firms.data ?? []} />
    </div>
  )
}
