/**
 * The extra inputs of each document type, as antd form fields, and their mapping to the
 * `extra` object of documents:issue. Lists the clerk types freely (materials, reasons,
 * requirements) are one item per line; money is typed in yuan and sent in fen.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Input, InputNumber, Select, Space, type InputProps } from 'antd'
import type { ComponentProps, ReactNode } from 'react'
import { parseYuanToFen } from '../../../../../shared/domain/money'
import {
  EXTRA_REASON_OPTIONS,
  QUALITY_GRADE_OPTIONS,
  REFUSAL_GROUNDS,
  SUBSIDY_KIND_OPTIONS,
  TERMINATION_GROUNDS,
  type DocType,
} from '../../../../../shared/documents/schema'

type Values = Record<string, any>

const opts = (list: readonly { code: string; label: string }[]) => list.map((o) => ({ value: o.code, label: o.label }))
const linesOf = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : []
const blank = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
const fenOf = (yuan: unknown): number => parseYuanToFen(String(yuan ?? '')) ?? Number.NaN
const req = (message: string) => [{ required: true, message }]
/** Required money in yuan: checked here, since a typo would otherwise reach the main process as NaN fen. */
const yuan = (message: string) => [
  ...req(message),
  {
    validator: (_: unknown, v: unknown) =>
      v === undefined || v === '' || parseYuanToFen(String(v)) !== null ? Promise.resolve() : Promise.reject(new Error('金额请填写元数，如 1200 或 1200.50')),
  },
]

// Form.Item gives its child `id`, `value` and `onChange`: these wrappers must pass them on, or the
// box is not bound to the form (what the clerk types never reaches the form's values).
const DateInput = (props: InputProps) => <Input type="date" style={{ width: 180 }} {...props} />
const Lines = ({ rows = 3, placeholder, ...rest }: ComponentProps<typeof Input.TextArea> & { placeholder: string }) => (
  <Input.TextArea rows={rows} placeholder={placeholder} {...rest} />
)

function ObjectionFields() {
  return (
    <>
      <Form.Item name={['objection', 'authority']} label="受理异议的司法行政部门" rules={req('请填写受理异议的司法行政部门')}>
        <Input placeholder="设立本中心的司法局" />
      </Form.Item>
      <Space>
        <Form.Item name={['objection', 'periodDays']} label="异议期限（日，可空）">
          <InputNumber min={1} max={365} />
        </Form.Item>
        <Form.Item name={['objection', 'contact']} label="异议受理地址或电话">
          <Input style={{ width: 320 }} />
        </Form.Item>
      </Space>
    </>
  )
}

function LawyerFields({ withFirm }: { withFirm: 'object' | 'string' | 'none' }) {
  return (
    <Space wrap>
      {withFirm === 'object' && (
        <Form.Item name={['firm', 'name']} label="律师事务所" rules={req('请填写律师事务所')}>
          <Input style={{ width: 260 }} />
        </Form.Item>
      )}
      {withFirm === 'string' && (
        <Form.Item name="firm" label="律师事务所" rules={req('请填写律师事务所')}>
          <Input style={{ width: 260 }} />
        </Form.Item>
      )}
      <Form.Item name={['lawyer', 'name']} label="律师姓名" rules={req('请填写律师姓名')}>
        <Input style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name={['lawyer', 'licenseNo']} label="执业证号">
        <Input style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name={['lawyer', 'phone']} label="律师电话">
        <Input style={{ width: 160 }} />
      </Form.Item>
    </Space>
  )
}

/** The fields of one document type. */
export function ExtraFields({ type }: { type: DocType }): ReactNode {
  switch (type) {
    case 'acceptance-receipt':
      return (
        <Form.Item name="materials" label="收到的材料（每行一项）">
          <Lines placeholder={'法律援助申请表\n居民身份证复印件'} />
        </Form.Item>
      )
    case 'supplement-notice':
      return (
        <>
          <Form.Item name="missingMaterials" label="需补充的材料（每行一项，可在“：”后写说明）" rules={req('请至少填写一项需补充的材料')}>
            <Lines placeholder="工资欠条：原件或复印件" />
          </Form.Item>
          <Form.Item name="supplyBy" label="补充期限" rules={req('请选择补充期限')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="howToSubmit" label="提交方式">
            <Input placeholder="可到本中心窗口提交，也可以邮寄提交。" />
          </Form.Item>
        </>
      )
    case 'hardship-declaration':
      return (
        <>
          <Form.List name="household" initialValue={[{}]}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'name']} rules={req('请填写姓名')}>
                      <Input placeholder="家庭成员姓名" style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'relation']} rules={req('请填写关系')}>
                      <Input placeholder="关系（本人/配偶…）" style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'occupation']}>
                      <Input placeholder="职业或就业状况" style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'income']} rules={yuan('请填写月收入（元）')}>
                      <Input placeholder="月收入（元）" style={{ width: 120 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除此成员" />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
                  添加家庭成员
                </Button>
              </>
            )}
          </Form.List>
          <Space wrap style={{ marginTop: 12 }}>
            <Form.Item name={['standard', 'label']} label="经济困难标准名称" rules={req('请填写标准名称')}>
              <Input style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name={['standard', 'amount']} label="标准金额（元/月）" rules={yuan('请填写标准金额')}>
              <Input style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name={['standard', 'source']} label="标准来源" rules={req('请填写标准来源')}>
              <Input style={{ width: 300 }} />
            </Form.Item>
          </Space>
          <Form.Item name="circumstances" label="经济困难情形（每行一项）" rules={req('请至少填写一项经济困难情形')}>
            <Lines placeholder="家庭人均月收入低于当地最低工资标准" />
          </Form.Item>
        </>
      )
    case 'grant-decision':
      return (
        <>
          <Form.Item name="findings" label="审查意见" rules={req('请填写审查意见')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="aidForm" label="援助形式" rules={req('请填写援助形式')}>
            <Input placeholder="民事诉讼代理 / 劳动争议仲裁代理 / 刑事辩护" />
          </Form.Item>
        </>
      )
    case 'refusal-decision':
      return (
        <>
          <Form.Item name="ground" label="理由类别" rules={req('请选择理由类别')}>
            <Select options={opts(REFUSAL_GROUNDS)} style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="reasons" label="不予援助的理由（每行一条）" rules={req('请至少写一条理由')}>
            <Lines placeholder="你家庭人均月收入高于本地区经济困难标准" />
          </Form.Item>
          <ObjectionFields />
        </>
      )
    case 'assignment-notice':
      return (
        <>
          <LawyerFields withFirm="object" />
          <Space wrap>
            <Form.Item name="aidForm" label="援助形式" rules={req('请填写援助形式')}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="stage" label="诉讼阶段">
              <Input style={{ width: 160 }} />
            </Form.Item>
          </Space>
          <Form.Item name="requirements" label="承办要求（每行一项）">
            <Lines placeholder="自收到本通知之日起5日内与受援人签订委托协议" />
          </Form.Item>
        </>
      )
    case 'official-letter':
      return (
        <>
          <Space wrap>
            <Form.Item name="organ" label="主送机关" rules={req('请填写主送机关')}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="organKind" label="机关类别" rules={req('请选择机关类别')}>
              <Select
                style={{ width: 140 }}
                options={[
                  { value: 'court', label: '人民法院' },
                  { value: 'procuratorate', label: '人民检察院' },
                  { value: 'police', label: '公安机关' },
                ]}
              />
            </Form.Item>
            <Form.Item name="organCaseNo" label="机关案号">
              <Input style={{ width: 220 }} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="noticeTitle" label="通知书名称（通知辩护案件）">
              <Input placeholder="提供法律援助通知书" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="recipientRole" label="受援人诉讼地位">
              <Input placeholder="被告人 / 原告" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="counselRole" label="担任" rules={req('请填写担任的角色')}>
              <Input placeholder="辩护人 / 诉讼代理人" style={{ width: 160 }} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name={['lawyer', 'firm']} label="律师事务所" rules={req('请填写律师事务所')}>
              <Input style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name={['lawyer', 'name']} label="律师姓名" rules={req('请填写律师姓名')}>
              <Input style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={['lawyer', 'phone']} label="律师电话" rules={req('请填写律师电话')}>
              <Input style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name={['lawyer', 'licenseNo']} label="执业证号">
              <Input style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Form.Item name="attachments" label="附件（每行一项）">
            <Lines rows={2} placeholder="指派通知书复印件" />
          </Form.Item>
        </>
      )
    case 'termination-decision':
      return (
        <>
          <Form.Item name="facts" label="查明的事实" rules={req('请填写查明的事实')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="ground" label="终止的法定情形" rules={req('请选择终止的法定情形')}>
            <Select options={TERMINATION_GROUNDS.map((g) => ({ value: g, label: g }))} />
          </Form.Item>
          <Form.Item name="basisText" label="法律依据（每行“文件名称|条款”，可空）">
            <Lines rows={2} placeholder="中华人民共和国法律援助法|第X条第X项" />
          </Form.Item>
          <ObjectionFields />
          <Form.Item name="copyTo" label="抄送（每行一个单位）">
            <Lines rows={2} placeholder="承办律师所在律师事务所" />
          </Form.Item>
        </>
      )
    case 'subsidy-approval':
    case 'subsidy-voucher':
      return (
        <>
          <Space wrap>
            <Form.Item name="subsidyKind" label="补贴类别" rules={req('请选择补贴类别')}>
              <Select options={opts(SUBSIDY_KIND_OPTIONS)} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="qualityGrade" label="质量等级" rules={req('请选择质量等级')}>
              <Select options={opts(QUALITY_GRADE_OPTIONS)} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="decidedOn" label="决定给予日期（无决定书时填）">
              <DateInput />
            </Form.Item>
            <Form.Item name="closedOn" label="结案日期" rules={req('请选择结案日期')}>
              <DateInput />
            </Form.Item>
          </Space>
          <LawyerFields withFirm="string" />
          <Form.List name="extras">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'reason']} rules={req('请选择事由')}>
                      <Select options={opts(EXTRA_REASON_OPTIONS)} placeholder="增加事由" style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'amount']} rules={yuan('请填写金额（元）')}>
                      <Input placeholder="金额（元）" style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'note']} rules={req('请填写理由')}>
                      <Input placeholder="增加理由" style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'approvedBy']} rules={req('请填写核准人')}>
                      <Input placeholder="核准人" style={{ width: 100 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'approvedOn']} rules={req('请选择核准日期')}>
                      <DateInput />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除此项" />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
                  添加经负责人核准的增加项目
                </Button>
              </>
            )}
          </Form.List>
        </>
      )
    case 'payment-list':
      return (
        <Space wrap>
          <Form.Item name="period" label="发放月份" rules={req('请选择发放月份')}>
            <Input type="month" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="batchNo" label="发放批次">
            <Input style={{ width: 160 }} />
          </Form.Item>
        </Space>
      )
  }
}

/** Form values → the `extra` object of documents:issue (the main process validates it again). */
export function toExtra(type: DocType, v: Values): Record<string, unknown> {
  switch (type) {
    case 'acceptance-receipt':
      return { materials: linesOf(v.materials) }
    case 'supplement-notice':
      return {
        missingMaterials: linesOf(v.missingMaterials).map((l) => {
          const [name, ...note] = l.split(/[：:]/)
          return note.length ? { name: name!.trim(), note: note.join('：').trim() } : { name: l }
        }),
        supplyBy: v.supplyBy,
        howToSubmit: blank(v.howToSubmit),
      }
    case 'hardship-declaration':
      return {
        household: ((v.household ?? []) as Values[]).map((m) => ({ name: m.name, relation: m.relation, occupation: blank(m.occupation), monthlyIncomeFen: fenOf(m.income) })),
        standard: { label: v.standard?.label, amountFen: fenOf(v.standard?.amount), source: v.standard?.source },
        circumstances: linesOf(v.circumstances),
      }
    case 'grant-decision':
      return { findings: v.findings, aidForm: v.aidForm }
    case 'refusal-decision':
      return { ground: v.ground, reasons: linesOf(v.reasons), objection: objectionOf(v) }
    case 'assignment-notice':
      return { firm: { name: v.firm?.name }, lawyer: lawyerOf(v), aidForm: v.aidForm, stage: blank(v.stage), requirements: linesOf(v.requirements) }
    case 'official-letter':
      return {
        organ: v.organ,
        organKind: v.organKind,
        organCaseNo: blank(v.organCaseNo),
        noticeTitle: blank(v.noticeTitle),
        recipientRole: blank(v.recipientRole),
        counselRole: v.counselRole,
        lawyer: { name: v.lawyer?.name, firm: v.lawyer?.firm, phone: v.lawyer?.phone, licenseNo: blank(v.lawyer?.licenseNo) },
        attachments: linesOf(v.attachments),
      }
    case 'termination-decision':
      return {
        facts: v.facts,
        ground: v.ground,
        basis: linesOf(v.basisText).map((l) => {
          const [doc, clause] = l.split('|')
          return { doc: (doc ?? '').trim(), clause: (clause ?? '').trim() }
        }),
        objection: objectionOf(v),
        copyTo: linesOf(v.copyTo),
      }
    case 'subsidy-approval':
    case 'subsidy-voucher':
      return {
        subsidyKind: v.subsidyKind,
        qualityGrade: v.qualityGrade,
        decidedOn: blank(v.decidedOn),
        closedOn: v.closedOn,
        lawyer: lawyerOf(v),
        firm: v.firm,
        extras: ((v.extras ?? []) as Values[]).map((e) => ({ reason: e.reason, amountFen: fenOf(e.amount), note: e.note, approvedBy: e.approvedBy, approvedOn: e.approvedOn })),
      }
    case 'payment-list':
      return { period: v.period, batchNo: blank(v.batchNo) }
  }
}

function objectionOf(v: Values) {
  const days = v.objection?.periodDays
  return { authority: v.objection?.authority, periodDays: typeof days === 'number' ? days : null, contact: blank(v.objection?.contact) }
}

function lawyerOf(v: Values) {
  return { name: v.lawyer?.name, licenseNo: blank(v.lawyer?.licenseNo), phone: blank(v.lawyer?.phone) }
}
