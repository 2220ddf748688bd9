import { LockOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { roleLabel } from '../../../../../shared/domain/roles'
import type { UserDto } from '../../../../../shared/auth/dto'
import { LoginInput } from '../../../../../shared/auth/schema'
import { checkForm, withoutEmptyStrings } from '../../../lib/check-form'
import { errorMessage } from '../../../lib/ipc'
import { login } from '../api/auth'
import { AuthScreen } from './auth-screen'

const PasswordOnly = LoginInput.pick({ password: true })

/**
 * The idle lock: covers the app (which stays mounted underneath, unsaved form contents
 * included) and asks only for the password of the user who was working. 切换用户 logs out
 * instead; then the page underneath is discarded.
 */
export function LockScreen({ user, onUnlocked, onSwitchUser }: { user: UserDto; onUnlocked: (user: UserDto) => void; onSwitchUser: () => void }) {
  const [form] = Form.useForm<{ password?: string }>()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit() {
    if (pending) return
    setError(null)
    const input = checkForm(form, PasswordOnly, withoutEmptyStrings(form.getFieldsValue(true) as { password?: string }))
    if (!input) return
    setPending(true)
    try {
      onUnlocked(await login({ username: user.username, password: input.password }))
    } catch (err) {
      setError(errorMessage(err))
      form.setFieldValue('password', '')
      form.focusField('password')
    } finally {
      setPending(false)
    }
  }

  return (
    <AuthScreen title="已锁定" overlay testId="lock-screen">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        长时间未操作，工作台已锁定。请输入密码继续，未保存的内容仍会保留。
      </Typography.Paragraph>
      <div style={{ marginBottom: 16 }} data-testid="locked-user">
        <Typography.Text strong style={{ fontSize: 16, marginRight: 8 }}>
          {user.displayName}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ marginRight: 8 }}>
          （{user.username}）
        </Typography.Text>
        <Space size={4} wrap>
          {user.roles.map((r) => (
            <Tag key={r} color="blue">
              {roleLabel(r)}
            </Tag>
          ))}
        </Space>
      </div>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={() => void submit()} aria-label="解锁">
        <Form.Item name="password" label="密码">
          <Input.Password autoFocus prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
        </Form.Item>
        {error ? <Alert type="error" showIcon role="alert" data-testid="login-error" title={error} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" block size="large" loading={pending}>
          解锁
        </Button>
        <Button type="link" block style={{ marginTop: 8 }} onClick={onSwitchUser}>
          切换用户（未保存的内容将丢失）
        </Button>
      </Form>
    </AuthScreen>
  )
}
