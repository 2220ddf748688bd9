import { FileSearchOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Result, Skeleton, Typography } from 'antd'
import { useState } from 'react'
import type { CreatedApplication } from '../../../../../shared/intake/dto'
import { canOpen } from '../../../lib/access'
import { navigate, paths } from '../../../lib/router'
import { QueryError } from '../../../components/ui/query-error'
import { useCenterSettings } from '../../../lib/center'
import { errorMessage, openCaseWindow } from '../../../lib/ipc'
import { useSessionUser } from '../../../lib/session'
import { ApplicationForm } from './application-form'

export function ApplicationPage() {
  const settings = useCenterSettings()
  const [created, setCreated] = useState<CreatedApplication | null>(null)
  const [formKey, setFormKey] = useState(0)
  const { message } = App.useApp()
  const mayConfigure = canOpen('settings', useSessionUser()?.roles ?? null)

  if (settings.isLoading) return <Skeleton active />
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} title="无法读取本中心设置" />
  if (!settings.data) {
    return (
      <Result
        status="warning"
        title="请先设置本中心"
        subTitle={
          mayConfigure
            ? '受理登记前须在「设置」中填写中心名称、适用地区和文号前缀；适用地区决定可以选择的援助事项。'
            : '受理登记前须由管理员在「设置」中填写中心名称、适用地区和文号前缀，请联系本中心的管理员。'
        }
        extra={
          mayConfigure ? (
            <Button type="primary" onClick={() => navigate(paths.settings)}>
              去设置
            </Button>
          ) : undefined
        }
      />
    )
  }

  if (created) {
    return (
      <Result
        status="success"
        title={`已受理，案号 ${created.caseNumber}`}
        subTitle="登记已保存。可以打开案卷查看，或继续登记下一位申请人。"
        extra={[
          <Button
            key="open"
            type="primary"
            icon={<FileSearchOutlined />}
            autoFocus
            onClick={() => {
              openCaseWindow(created.id).catch((err: unknown) => void message.error(errorMessage(err)))
            }}
          >
            打开案卷
          </Button>,
          <Button
            key="next"
            icon={<PlusOutlined />}
            onClick={() => {
              setCreated(null)
              setFormKey((k) => k + 1)
            }}
          >
            继续登记
          </Button>,
        ]}
      />
    )
  }

  return (
    <div style={{ maxWidth: 1200 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        受理登记
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {settings.data.centerName} · 带 * 的为必填项。回车跳到下一项，Ctrl+S 保存。
      </Typography.Paragraph>
      <ApplicationForm key={formKey} region={settings.data.region} onCreated={setCreated} />
    </div>
  )
}
