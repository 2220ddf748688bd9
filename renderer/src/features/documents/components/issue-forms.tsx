/**
 * The extra inputs of each document type, as antd form fields, and the schema each is checked
 * with: the type's `extra` schema from shared/documents/schema.ts, taking what the clerk types
 * where the form differs from it. Lists the clerk types freely (materials, reasons,
 * requirements) are one item per line; money is typed in yuan and sent in fen. Fields are named
 * by their path in `extra`, so the schema's issues (and the main process's) land on them.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Input, InputNumber, Select, Space, Typography, type InputProps } from 'antd'
import type { ComponentProps, ReactNode } from 'react'
import { z } from 'zod'
import {
  AcceptanceReceiptExtra,
  AssignmentNoticeExtra,
  EXTRA_REASON_OPTIONS,
  GrantDecisionExtra,
  HardshipDeclarationExtra,
  OfficialLetterExtra,
  PaymentListExtra,
  QUALITY_GRADE_OPTIONS,
  REFUSAL_GROUNDS,
  RefusalDecisionExtra,
  SUBSIDY_KIND_OPTIONS,
  SubsidyExtra,
  SupplementNoticeExtra,
  TERMINATION_GROUNDS,
  TerminationDecisionExtra,
  type DocType,
} from '../../../../../shared/documents/schema'
import { yuanAsFen } from '../../../lib/form-fields'

const opts = (list: readonly { code: string; label: string }[]) => list.map((o) => ({ value: o.code, label: o.label }))
const linesOf = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : []

/** A list typed one item per line (each line made by `item`), then checked by the shared list schema. */
function lines<T extends z.ZodType>(list: T, item: (line: string) => unknown = (line) => line): z.ZodType<z.output<T>, string | undefined> {
  return z
    .string()
    .optional()
    .transform((text) => linesOf(text).map(item))
    .pipe(list as unknown as z.ZodType<z.output<T>, unknown[]>)
}

/** A list of objects with an amount typed in yuan: each amount becomes fen, then the shared list schema checks the lot. */
function withYuanItems<L extends z.ZodType, O extends z.ZodObject>(list: L, item: O, key: keyof O['shape'] & string, missing: string): z.ZodType<z.output<L>> {
  return z
    .array(item.extend({ [key]: yuanAsFen(item.shape[key] as z.ZodType<number, number>, missing) }))
    .optional()
    .pipe(list as unknown as z.ZodType<z.output<L>, any>)
}

const household = HardshipDeclarationExtra.shape.household
const standard = HardshipDeclarationExtra.shape.standard
const subsidyExtras = SubsidyExtra.shape.extras.unwrap()

/** Each type's `extra` as the form gives it. */
export const ISSUE_FORM_EXTRA: Record<DocType, z.ZodType> = {
  'acceptance-receipt': AcceptanceReceiptExtra.extend({ materials: lines(AcceptanceReceiptExtra.shape.materials) }),
  'supplement-notice': SupplementNoticeExtra.extend({
    // 工资欠条：原件或复印件 → the material and, after “：” or “:”, its note.
    missingMaterials: lines(SupplementNoticeExtra.shape.missingMaterials, (line) => {
      const [name, ...note] = line.split(/[：:]/)
      return note.length ? { name: name!.trim(), note: note.join('：').trim() } : { name: line }
    }),
  }),
  'hardship-declaration': HardshipDeclarationExtra.extend({
    household: withYuanItems(household, household.element, 'monthlyIncomeFen', '请填写月收入（元）'),
    standard: standard.extend({ amountFen: yuanAsFen(standard.shape.amountFen, '请填写标准金额') }),
    circumstances: lines(HardshipDeclarationExtra.shape.circumstances),
  }),
  'grant-decision': GrantDecisionExtra,
  'refusal-decision': RefusalDecisionExtra.extend({ reasons: lines(RefusalDecisionExtra.shape.reasons) }),
  'assignment-notice': AssignmentNoticeExtra.extend({ requirements: lines(AssignmentNoticeExtra.shape.requirements) }),
  'official-letter': OfficialLetterExtra.extend({ attachments: lines(OfficialLetterExtra.shape.attachments) }),
  'termination-decision': TerminationDecisionExtra.extend({
    // 文件名称|条款, one per line.
    basis: lines(TerminationDecisionExtra.shape.basis, (line) => {
      const [doc, clause] = line.split('|')
      return { doc: (doc ?? '').trim(), clause: (clause ?? '').trim() }
    }),
    copyTo: lines(TerminationDecisionExtra.shape.copyTo),
  }),
  'subsidy-approval': SubsidyExtra.extend({ extras: withYuanItems(SubsidyExtra.shape.extras, subsidyExtras.element, 'amountFen', '请填写金额（元）') }),
  'subsidy-voucher': SubsidyExtra.extend({ extras: withYuanItems(SubsidyExtra.shape.extras, subsidyExtras.element, 'amountFen', '请填写金额（元）') }),
  'payment-list': PaymentListExtra,
}

// Form.Item gives its child `id`, `value` and `onChange`: these wrappers must pass them on, or the
// box is not bound to the form (what the clerk types never reaches the form's values).
const DateInput = (props: InputProps) => <Input type="date" style={{ width: 180 }} {...props} />
const Lines = ({ rows = 3, placeholder, ...rest }: ComponentProps<typeof Input.TextArea> & { placeholder: string }) => (
  <Input.TextArea rows={rows} placeholder={placeholder} {...rest} />
)

function ObjectionFields() {
  return (
    <>
      <Form.Item name={['objection', 'authority']} label="受理异议的司法行政部门" required>
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
        <Form.Item name={['firm', 'name']} label="律师事务所" required>
          <Input style={{ width: 260 }} />
        </Form.Item>
      )}
      {withFirm === 'string' && (
        <Form.Item name="firm" label="律师事务所" required>
          <Input style={{ width: 260 }} />
        </Form.Item>
      )}
      <Form.Item name={['lawyer', 'name']} label="律师姓名" required>
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
          <Form.Item name="missingMaterials" label="需补充的材料（每行一项，可在“：”后写说明）" required>
            <Lines placeholder="工资欠条：原件或复印件" />
          </Form.Item>
          <Form.Item name="supplyBy" label="补充期限" required>
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
                    <Form.Item name={[f.name, 'name']} required>
                      <Input placeholder="家庭成员姓名" style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'relation']} required>
                      <Input placeholder="关系（本人/配偶…）" style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'occupation']}>
                      <Input placeholder="职业或就业状况" style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'monthlyIncomeFen']} required>
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
            <Form.Item name={['standard', 'label']} label="经济困难标准名称" required>
              <Input style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name={['standard', 'amountFen']} label="标准金额（元/月）" required>
              <Input style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name={['standard', 'source']} label="标准来源" required>
              <Input style={{ width: 300 }} />
            </Form.Item>
          </Space>
          <Form.Item name="circumstances" label="经济困难情形（每行一项）" required>
            <Lines placeholder="家庭人均月收入低于当地最低工资标准" />
          </Form.Item>
        </>
      )
    case 'grant-decision':
      return (
        <>
          <Form.Item name="findings" label="审查意见" required>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="aidForm" label="援助形式" required>
            <Input placeholder="民事诉讼代理 / 劳动争议仲裁代理 / 刑事辩护" />
          </Form.Item>
        </>
      )
    case 'refusal-decision':
      return (
        <>
          <Form.Item name="ground" label="理由类别" required>
            <Select options={opts(REFUSAL_GROUNDS)} style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="reasons" label="不予援助的理由（每行一条）" required>
            <Lines placeholder="你家庭人均月收入高于本地区经济困难标准" />
          </Form.Item>
          <ObjectionFields />
        </>
      )
    case 'assignment-notice':
      return (
        <>
          <Typography.Paragraph type="secondary">律师事务所、承办律师及其执业证号和电话取自本案的指派和律师名册，无需填写。</Typography.Paragraph>
          <Space wrap>
            <Form.Item name="aidForm" label="援助形式" required>
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
            <Form.Item name="organ" label="主送机关" required>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="organKind" label="机关类别" required>
              <Select
                style={{ width: 220 }}
                options={[
                  { value: 'court', label: '人民法院' },
                  { value: 'procuratorate', label: '人民检察院' },
                  { value: 'police', label: '公安机关' },
                  { value: 'arbitration', label: '劳动人事争议仲裁委员会' },
                  { value: 'notary', label: '公证处' },
                  { value: 'administrative', label: '行政机关' },
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
            <Form.Item name="counselRole" label="担任" required>
              <Input placeholder="辩护人 / 诉讼代理人" style={{ width: 160 }} />
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary">承办律师、律师事务所和联系电话取自本案的指派和律师名册，无需填写。</Typography.Paragraph>
          <Form.Item name="attachments" label="附件（每行一项）">
            <Lines rows={2} placeholder="指派通知书复印件" />
          </Form.Item>
        </>
      )
    case 'termination-decision':
      return (
        <>
          <Form.Item name="facts" label="查明的事实" required>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="ground" label="终止的法定情形" required>
            <Select options={TERMINATION_GROUNDS.map((g) => ({ value: g, label: g }))} />
          </Form.Item>
          <Form.Item name="basis" label="法律依据（每行“文件名称|条款”，可空）">
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
            <Form.Item name="subsidyKind" label="补贴类别" required>
              <Select options={opts(SUBSIDY_KIND_OPTIONS)} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="qualityGrade" label="质量等级" required>
              <Select options={opts(QUALITY_GRADE_OPTIONS)} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="decidedOn" label="决定给予日期（无决定书时填）">
              <DateInput />
            </Form.Item>
            <Form.Item name="closedOn" label="结案日期" required>
              <DateInput />
            </Form.Item>
          </Space>
          <LawyerFields withFirm="string" />
          <Form.List name="extras">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'reason']} required>
                      <Select options={opts(EXTRA_REASON_OPTIONS)} placeholder="增加事由" style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'amountFen']} required>
                      <Input placeholder="金额（元）" style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'note']} required>
                      <Input placeholder="增加理由" style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'approvedBy']} required>
                      <Input placeholder="核准人" style={{ width: 100 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'approvedOn']} required>
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
          <Form.Item name="period" label="发放月份" required>
            <Input type="month" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="batchNo" label="发放批次">
            <Input style={{ width: 160 }} />
          </Form.Item>
        </Space>
      )
  }
}
