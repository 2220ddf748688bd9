import { SaveOutlined } from '@ant-design/icons'
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Switch, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useRef, useState } from 'react'
import { localDateOf } from '../../../../../shared/domain/dates'
import {
  AGENT_RELATIONS,
  CASE_TYPES,
  CIRCUMSTANCES,
  CRIMINAL_ROLES,
  CRIMINAL_STAGES,
  DISABILITY_KINDS,
  GENDERS,
  ID_TYPES,
  INTAKE_CHANNELS,
  NOTIFYING_ORGAN_KINDS,
  POSSIBLE_SENTENCES,
  RESIDENCES,
  SPECIAL_GROUPS,
} from '../../../../../shared/domain/enums'
import { ETHNICITY_OPTIONS } from '../../../../../shared/domain/ethnicities'
import { validateResidentId } from '../../../../../shared/domain/id-card'
import type { CreatedApplication } from '../../../../../shared/intake/dto'
import type { Region } from '../../../../../shared/settings/dto'
import { residentIdMessage } from '../../../../../shared/intake/schema'
import { ProblemSummary } from '../../../components/ui/issue-summary'
import { enterMovesToNextField, useSaveShortcut } from '../../../lib/keyboard'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { optionsOf } from '../../../utils/format'
import { useCreateApplication } from '../api/create-application'
import { useMatters } from '../api/get-matters'
import { ApplicationFormInput, toApplicationInput, type ApplicationFormValues } from '../utils/application-values'

/** Labels by field path, for the error summary ("证件号码：…"), in the form's top-to-bottom order. */
export const APPLICATION_FIELD_LABELS: Record<string, string> = {
  'applicant.name': '姓名',
  'applicant.idType': '证件类型',
  'applicant.idNumber': '证件号码',
  'applicant.gender': '性别',
  'applicant.birthDate': '出生日期',
  'applicant.ethnicity': '民族',
  'applicant.phone': '联系电话',
  'applicant.address': '住址',
  'applicant.residence': '城镇/农村',
  'applicant.specialGroups': '特殊群体',
  'applicant.disability': '残疾类别',
  'applicant.cannotFullyRecognizeOwnConduct': '不能完全辨认自己行为',
  'agent.name': '代理人姓名',
  'agent.relation': '与申请人关系',
  'agent.phone': '代理人联系电话',
  'agent.idType': '代理人证件类型',
  'agent.idNumber': '代理人证件号码',
  'case.caseType': '案件类型',
  'case.matter': '援助事项',
  'case.criminalRole': '诉讼地位',
  'case.criminalStage': '诉讼阶段',
  'case.possibleSentence': '可能判处的刑罚',
  'case.inAbsentia': '缺席审判',
  'case.hasOwnCounsel': '已委托辩护人',
  'case.circumstances': '案件情形',
  'case.cause': '案由',
  'case.handlingOrgan': '办案机关',
  'case.opposingParty': '对方当事人',
  'case.facts': '案情摘要',
  'intake.channel': '受理渠道',
  'intake.receivedOn': '受理日期',
  'intake.urgent': '紧急',
  'intake.acceptFirst': '先行受理',
  'intake.owedPapers': '待补材料',
  'intake.notice.organKind': '通知机关类别',
  'intake.notice.organName': '通知机关名称',
  'intake.notice.noticeNumber': '通知书文号',
  'intake.notice.noticeDate': '通知日期',
}

const OWED_PAPER_SUGGESTIONS = [
  '申请人身份证明',
  '经济困难状况说明表（或承诺书）',
  '与所申请事项相关的案件材料',
  '代理人身份及代理权限证明',
  '法律援助申请表（签字）',
]

const DATE_FORMAT = 'YYYY-MM-DD'

/** DatePicker ⇄ 'YYYY-MM-DD' string, so form values are exactly what the schema reads. */
const dateValueProps = (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value, DATE_FORMAT) : null })
const dateNormalize = (d: Dayjs | null) => (d ? d.format(DATE_FORMAT) : undefined)

export function todayString(): string {
  return localDateOf(Date.now())
}

export function initialApplicationValues(): ApplicationFormValues {
  return {
    applicant: { idType: 'resident-id', specialGroups: [], disability: [] },
    hasAgent: false,
    agent: { idType: 'resident-id' },
    case: { circumstances: [] },
    intake: { channel: 'window', receivedOn: todayString(), urgent: false, acceptFirst: false, owedPapers: [] },
  }
}

const filterByLabel = (input: string, option?: { label?: unknown }) => String(option?.label ?? '').includes(input.trim())

export function ApplicationForm({ region, onCreated }: { region: Region; onCreated: (created: CreatedApplication) => void }) {
  const create = useCreateApplication()
  const { form, onFinish, problem, jumpTo, clear, pending } = useSchemaForm(ApplicationFormInput, create, {
    labels: APPLICATION_FIELD_LABELS,
    toInput: toApplicationInput,
    onSuccess: (created) => onCreated(created),
  })
  const [idHint, setIdHint] = useState<string | null>(null)
  const containerRef = useRef<HTMLDivElement>(null)

  const idType = Form.useWatch(['applicant', 'idType'], form)
  const hasAgent = Form.useWatch('hasAgent', form)
  const caseType = Form.useWatch(['case', 'caseType'], form)
  const channel = Form.useWatch(['intake', 'channel'], form)
  const acceptFirst = Form.useWatch(['intake', 'acceptFirst'], form)
  const receivedOn = Form.useWatch(['intake', 'receivedOn'], form)
  const isResidentId = (idType ?? 'resident-id') === 'resident-id'

  const matters = useMatters(region, receivedOn)
  const matterOptions = useMemo(() => {
    const list = matters.data?.matters ?? []
    return list
      .filter((m) => !caseType || m.caseTypes.includes(caseType))
      .map((m) => ({
        value: m.code,
        label: m.name,
        title: m.name,
        noHardship: m.noHardshipTest,
      }))
  }, [matters.data, caseType])

  /** The schema's message for a resident ID number, shown on the field as soon as it can be judged. */
  function checkIdNumber(idType: string | null | undefined, value: unknown) {
    const message = (idType ?? 'resident-id') === 'resident-id' && typeof value === 'string' && value.trim() !== '' ? residentIdMessage(value) : null
    form.setFields([{ name: ['applicant', 'idNumber'], errors: message ? [message] : [] }])
  }

  /** Prefills birth date and gender from a valid resident ID; re-checks the number as it is typed. */
  function onIdChanged(values: ApplicationFormValues) {
    const a = values.applicant ?? {}
    const number = a.idNumber ?? ''
    if ((a.idType ?? 'resident-id') !== 'resident-id') {
      setIdHint(null)
      return
    }
    const r = validateResidentId(number)
    if (r.ok) {
      form.setFieldValue(['applicant', 'birthDate'], r.value.birthDate)
      form.setFieldValue(['applicant', 'gender'], r.value.gender)
      form.setFields([{ name: ['applicant', 'gender'], errors: [] }])
      setIdHint(`已从身份证号码读出：出生日期 ${r.value.birthDate}，性别${r.value.gender === 'male' ? '男' : '女'}（${r.value.province}）`)
    } else {
      form.setFieldValue(['applicant', 'birthDate'], undefined)
      setIdHint(null)
    }
    const compactLength = number.replace(/\s/g, '').length
    const hasError = form.getFieldError(['applicant', 'idNumber']).length > 0
    // Check as soon as all 18 characters are in (or while an error is showing, so it clears).
    if (compactLength >= 18 || hasError) checkIdNumber(a.idType, number)
  }

  function onValuesChange(changed: ApplicationFormValues, all: ApplicationFormValues) {
    if (changed.applicant && ('idNumber' in changed.applicant || 'idType' in changed.applicant)) onIdChanged(all)
    if (changed.case && 'caseType' in changed.case) {
      const current = all.case?.matter
      const list = matters.data?.matters ?? []
      const ct = all.case?.caseType
      if (current && ct && !list.some((m) => m.code === current && m.caseTypes.includes(ct))) {
        form.setFieldValue(['case', 'matter'], undefined)
      }
    }
    if (changed.intake && changed.intake.channel === 'notification' && !all.case?.caseType) {
      // Notified defence/representation is always criminal.
      form.setFieldValue(['case', 'caseType'], 'criminal')
    }
  }

  useSaveShortcut(onFinish)

  return (
    <div ref={containerRef} onKeyDown={enterMovesToNextField}>
      <Form<ApplicationFormValues>
        form={form}
        layout="vertical"
        initialValues={initialApplicationValues()}
        onValuesChange={onValuesChange}
        onFinish={onFinish}
        requiredMark
        aria-label="受理登记表"
      >
        <Card title="申请人" size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name={['applicant', 'name']} label="姓名" required>
                <Input autoFocus maxLength={50} autoComplete="off" placeholder="与证件一致" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['applicant', 'idType']} label="证件类型" required>
                <Select options={optionsOf(ID_TYPES)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['applicant', 'idNumber']}
                label="证件号码"
                required
                extra={isResidentId ? (idHint ?? '输入18位身份证号码后自动填写出生日期和性别') : undefined}
              >
                <Input maxLength={30} autoComplete="off" style={{ fontFamily: 'monospace' }} onBlur={(e) => checkIdNumber(idType, e.target.value)} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name={['applicant', 'gender']} label="性别" required>
                <Select options={optionsOf(GENDERS)} placeholder="选择" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item
                name={['applicant', 'birthDate']}
                label="出生日期"
                getValueProps={dateValueProps}
                normalize={dateNormalize}
                tooltip={isResidentId ? '居民身份证由号码自动读出' : undefined}
              >
                <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} disabled={isResidentId} placeholder={isResidentId ? '由号码读出' : '选择日期'} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['applicant', 'ethnicity']} label="民族" required>
                <Select
                  showSearch={{ filterOption: filterByLabel }}
                  options={ETHNICITY_OPTIONS.map((e) => ({ value: e.code, label: e.label }))}
                  placeholder="输入搜索，如：蒙古"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['applicant', 'phone']} label="联系电话" required>
                <Input maxLength={30} autoComplete="off" placeholder="手机或带区号的固定电话" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name={['applicant', 'address']} label="住址" required>
                <Input maxLength={200} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['applicant', 'residence']} label="城镇/农村" required>
                <Select options={optionsOf(RESIDENCES)} placeholder="选择" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'specialGroups']} label="特殊群体">
                <Select mode="multiple" allowClear showSearch={{ filterOption: filterByLabel }} options={optionsOf(SPECIAL_GROUPS)} placeholder="可多选，无则不填" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['applicant', 'disability']} label="残疾类别">
                <Select mode="multiple" allowClear options={optionsOf(DISABILITY_KINDS)} placeholder="无则不填" />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item name={['applicant', 'cannotFullyRecognizeOwnConduct']} label="不能完全辨认自己行为" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card
          title="代理人/监护人"
          size="small"
          style={{ marginBottom: 16 }}
          extra={
            <Space>
              <Typography.Text type="secondary">有代理人或监护人</Typography.Text>
              <Form.Item name="hasAgent" valuePropName="checked" noStyle>
                <Switch aria-label="有代理人或监护人" checkedChildren="有" unCheckedChildren="无" />
              </Form.Item>
            </Space>
          }
        >
          {hasAgent ? (
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item name={['agent', 'name']} label="代理人姓名" required>
                  <Input maxLength={50} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['agent', 'relation']} label="与申请人关系" required>
                  <Select options={optionsOf(AGENT_RELATIONS)} placeholder="选择" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['agent', 'phone']} label="代理人联系电话" required>
                  <Input maxLength={30} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6} />
              <Col xs={24} md={6}>
                <Form.Item name={['agent', 'idType']} label="代理人证件类型">
                  <Select options={optionsOf(ID_TYPES)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['agent', 'idNumber']} label="代理人证件号码">
                  <Input maxLength={30} autoComplete="off" style={{ fontFamily: 'monospace' }} />
                </Form.Item>
              </Col>
            </Row>
          ) : (
            <Typography.Text type="secondary">申请人本人办理。未成年人、无民事行为能力人等由监护人代为申请时，请打开右上角开关。</Typography.Text>
          )}
        </Card>

        <Card title="案件" size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name={['case', 'caseType']} label="案件类型" required>
                <Select options={optionsOf(CASE_TYPES)} placeholder="选择" />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item
                name={['case', 'matter']}
                label="援助事项"
                required
                extra={matters.data ? `依据：${matters.data.source}` : matters.isError ? '事项列表加载失败，请刷新' : undefined}
              >
                <Select
                  showSearch={{ filterOption: filterByLabel }}
                  disabled={!caseType}
                  loading={matters.isLoading}
                  placeholder={caseType ? '输入关键字搜索事项' : '请先选择案件类型'}
                  options={matterOptions}
                  optionRender={(opt) => (
                    <Space>
                      <span>{opt.label}</span>
                      {opt.data.noHardship ? <Tag color="green">不受经济困难条件限制</Tag> : null}
                    </Space>
                  )}
                />
              </Form.Item>
            </Col>
            {caseType === 'criminal' ? (
              <>
                <Col xs={24} md={6}>
                  <Form.Item name={['case', 'criminalRole']} label="诉讼地位" required>
                    <Select options={optionsOf(CRIMINAL_ROLES)} placeholder="选择" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={['case', 'criminalStage']} label="诉讼阶段" required>
                    <Select options={optionsOf(CRIMINAL_STAGES)} placeholder="选择" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={['case', 'possibleSentence']} label="可能判处的刑罚">
                    <Select allowClear options={optionsOf(POSSIBLE_SENTENCES)} placeholder="不明确可不选" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={3}>
                  <Form.Item name={['case', 'inAbsentia']} label="缺席审判" valuePropName="checked">
                    <Switch checkedChildren="是" unCheckedChildren="否" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={3}>
                  <Form.Item name={['case', 'hasOwnCounsel']} label="已委托辩护人" valuePropName="checked">
                    <Switch checkedChildren="是" unCheckedChildren="否" />
                  </Form.Item>
                </Col>
              </>
            ) : null}
            <Col xs={24} md={8}>
              <Form.Item name={['case', 'cause']} label="案由" required>
                <Input maxLength={100} autoComplete="off" placeholder="如：劳动报酬纠纷" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['case', 'handlingOrgan']} label="办案机关">
                <Input maxLength={100} autoComplete="off" placeholder="如：某某区人民法院（可不填）" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['case', 'opposingParty']} label="对方当事人">
                <Input maxLength={200} autoComplete="off" placeholder="可不填" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name={['case', 'circumstances']} label="案件情形">
                <Select mode="multiple" allowClear options={optionsOf(CIRCUMSTANCES)} placeholder="如遭受家庭暴力、见义勇为等，无则不填" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name={['case', 'facts']} label="案情摘要" required>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title="受理" size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name={['intake', 'channel']} label="受理渠道" required>
                <Select options={optionsOf(INTAKE_CHANNELS)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name={['intake', 'receivedOn']} label="受理日期" required getValueProps={dateValueProps} normalize={dateNormalize}>
                <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name={['intake', 'urgent']} label="紧急" valuePropName="checked">
                <Switch checkedChildren="紧急" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name={['intake', 'acceptFirst']} label="先行受理" valuePropName="checked" tooltip="情况紧急的，可先行受理，事后补办手续">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            {acceptFirst ? (
              <Col xs={24} md={6}>
                <Form.Item name={['intake', 'owedPapers']} label="待补材料" required>
                  <Select mode="tags" options={OWED_PAPER_SUGGESTIONS.map((p) => ({ value: p, label: p }))} placeholder="选择或输入后回车" tokenSeparators={['，', ',', '；', ';']} />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
          {channel === 'notification' ? (
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item name={['intake', 'notice', 'organKind']} label="通知机关类别" required>
                  <Select options={optionsOf(NOTIFYING_ORGAN_KINDS)} placeholder="选择" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['intake', 'notice', 'organName']} label="通知机关名称" required>
                  <Input maxLength={100} autoComplete="off" placeholder="如：某某区人民法院" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['intake', 'notice', 'noticeNumber']} label="通知书文号" required>
                  <Input maxLength={100} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['intake', 'notice', 'noticeDate']} label="通知日期" required getValueProps={dateValueProps} normalize={dateNormalize}>
                  <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
        </Card>

        <ProblemSummary problem={problem} onJump={jumpTo} />

        <Space>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={pending} size="large">
            保存受理登记（Ctrl+S）
          </Button>
          <Button
            onClick={() => {
              form.resetFields()
              clear()
              setIdHint(null)
            }}
            disabled={pending}
          >
            清空重填
          </Button>
        </Space>
      </Form>
    </div>
  )
}
