/**
 * 财务 page: the year's budget, committed and paid amounts by month and by lawyer, and the
 * month's public-disclosure list (公示: no names, ID numbers or phones of assisted persons) with
 * its Excel file.
 *
 * Mount: `<FinancePage />` from `renderer/src/features/finance/components/finance-page`
 * (route `/finance`, menu label 「补贴财务」; roles finance, director, admin).
 */
import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Statistic, Table, Typography } from 'antd'
import { useState } from 'react'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { BudgetSaveInput } from '../../../../../shared/subsidy/schema'
import { yuanAsFen } from '../../../lib/form-fields'
import { errorMessage } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { toastRefusal, useSchemaForm } from '../../../lib/use-schema-form'
import { Money } from '../../../components/ui/money'
import { saveBase64 } from '../../../lib/save-file'
import { useDisclosure, useFinanceOverview, useSaveBudget } from '../api/finance'

const todayStr = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

/** `BudgetSaveInput` with the amount typed in 元. */
export const BudgetFormInput = BudgetSaveInput.extend({ amountFen: yuanAsFen(BudgetSaveInput.shape.amountFen, '请填写预算金额') })

export function FinancePage() {
  const { message } = App.useApp()
  const [year, setYear] = useState(Number(todayStr().slice(0, 4)))
  const [period, setPeriod] = useState(todayStr().slice(0, 7))
  const overview = useFinanceOverview(year)
  const disclosure = useDisclosure(period)
  const budget = useSaveBudget()
  const { form, onFinish } = useSchemaForm(BudgetFormInput, budget, { extra: { year }, onError: toastRefusal((text) => message.error(text)) })
  // 管理员 sees the figures; the budget is entered by 财务 or 负责人.
  const mayBudget = isAllowed('finance:budget-save', useSessionUser()?.roles ?? null)
  const o = overview.data
  return (
    <Space direction="vertical" style={{ width: '100%', padding: 16 }} size="large">
      <Typography.Title level={3}>补贴财务</Typography.Title>
      <Card title="年度预算与使用" extra={<InputNumber value={year} min={2000} max={2999} onChange={(v) => v && setYear(v)} addonBefore="年度" />}>
        {overview.error && <Alert type="error" message={errorMessage(overview.error)} />}
        <Space size="large" wrap>
          <Statistic title="年度预算" valueRender={() => (o?.budget ? <Money fen={o.budget.amountFen} /> : <span>未录入</span>)} />
          <Statistic title="已审批（占用）" valueRender={() => <Money fen={o?.committedFen ?? 0} />} />
          <Statistic title="已发放" valueRender={() => <Money fen={o?.paidFen ?? 0} />} />
          <Statistic title="预算余额" valueRender={() => <Money fen={o?.remainingFen ?? null} />} />
        </Space>
        {mayBudget && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 12 }}
          onFinish={onFinish}
        >
          {/* The box is in 元; BudgetFormInput turns it into 分. */}
          <Form.Item name="amountFen" required>
            <InputNumber min={0} precision={2} addonAfter="元" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="source" required>
            <Input placeholder="预算依据（文件名称）" maxLength={200} style={{ width: 280 }} />
          </Form.Item>
          <Button htmlType="submit" loading={budget.isPending}>保存预算</Button>
        </Form>
        )}
        <Table
          size="small"
          rowKey="month"
          style={{ marginTop: 12 }}
          pagination={false}
          dataSource={o?.byMonth ?? []}
          columns={[
            { title: '月份', dataIndex: 'month' },
            { title: '已审批', render: (_, m) => <Money fen={m.committedFen} /> },
            { title: '已发放', render: (_, m) => <Money fen={m.paidFen} /> },
          ]}
        />
        <Table
          size="small"
          rowKey="lawyerId"
          style={{ marginTop: 12 }}
          pagination={{ pageSize: 20 }}
          dataSource={o?.byLawyer ?? []}
          columns={[
            { title: '律师', dataIndex: 'lawyerName' },
            { title: '律师事务所', dataIndex: 'firmName' },
            { title: '笔数', dataIndex: 'entries' },
            { title: '已审批', render: (_, l) => <Money fen={l.committedFen} /> },
            { title: '已发放', render: (_, l) => <Money fen={l.paidFen} /> },
          ]}
        />
      </Card>
      <Card
        title="补贴发放公示"
        extra={
          <Space>
            <Input type="month" value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: 160 }} />
            <Button disabled={!disclosure.data} onClick={() => disclosure.data && saveBase64(disclosure.data.excel.contentBase64, disclosure.data.excel.fileName)}>
              导出 Excel
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">公示名单只列案件编号、补贴类别、承办律师、律师事务所、发放日期和金额，不含受援人的姓名、身份证号和联系电话。</Typography.Paragraph>
        {disclosure.error && <Alert type="error" message={errorMessage(disclosure.error)} />}
        <Table
          size="small"
          rowKey="seq"
          loading={disclosure.isLoading}
          pagination={{ pageSize: 50 }}
          dataSource={disclosure.data?.rows ?? []}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={6}>合计</Table.Summary.Cell>
              <Table.Summary.Cell index={1}><Money fen={disclosure.data?.totalFen ?? 0} /></Table.Summary.Cell>
            </Table.Summary.Row>
          )}
          columns={[
            { title: '序号', dataIndex: 'seq' },
            { title: '案件编号', render: (_, r) => r.caseNumber ?? '值班律师' },
            { title: '补贴类别', dataIndex: 'subsidyKindLabel' },
            { title: '承办律师', dataIndex: 'lawyerName' },
            { title: '律师事务所', dataIndex: 'firmName' },
            { title: '发放日期', dataIndex: 'paidOn' },
            { title: '金额', render: (_, r) => <Money fen={r.amountFen} /> },
            { title: '备注', dataIndex: 'note' },
          ]}
        />
      </Card>
    </Space>
  )
}
