import { LockOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input, Space, Tag, Typography } from 'antd'
import { roleLabel } from '../../../../../shared/domain/roles'
import type { UserDto } from '../../../../../shared/auth/dto'
import { LoginInput } from '../../../../../shared/auth/schema'
import { login } from '../api/auth'
import { useAuthForm } from '../hooks/use-auth-form'
import { AuthScreen } from './auth-screen'

/**
 * The idle lock: covers the app (which stays mounted underneath, unsaved form contents
 * included) and asks only for the password of the user who was working. 切换用户 logs out
 * instead; then the page underneath is discarded.
 */
export function LockScreen({ user, onUnlocked, onSwitchUser }: { user: UserDto; onUnlocked: (user: UserDto) => void; onSwitchUser: () => void }) {
  // The same `LoginInput` as the login screen; the username is the locked user's, not a field.
  const { form, submit, pending, error } = useAuthForm(LoginInput, login, {
    extra: { username: user.username },
    onDone: onUnlocked,
    onRefused: () => {
      form.setFieldValue('password', '')
      form.focusField('password')
    },
  })

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
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} aria-label="解锁">
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
