import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input } from 'antd'
import type { UserDto } from '../../../../../shared/auth/dto'
import { LoginInput } from '../../../../../shared/auth/schema'
import { login } from '../api/auth'
import { useAuthForm } from '../hooks/use-auth-form'
import { AuthScreen } from './auth-screen'

/**
 * 用户名 and 密码; Enter in either box submits. Checked with the shared `LoginInput` first
 * (nothing is sent while a box is empty); the server's refusal (「用户名或密码错误」, or the
 * lockout message) is shown above the button and the password box is emptied.
 */
export function LoginForm({ onSignedIn, notice }: { onSignedIn: (user: UserDto) => void; notice?: string | null }) {
  const { form, submit, pending, error } = useAuthForm(LoginInput, login, {
    onDone: onSignedIn,
    onRefused: () => {
      form.setFieldValue('password', '')
      form.focusField('password')
    },
  })

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} aria-label="登录">
      {notice ? <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="username" label="用户名">
        <Input autoFocus prefix={<UserOutlined />} autoComplete="username" maxLength={32} />
      </Form.Item>
      <Form.Item name="password" label="密码">
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
      </Form.Item>
      {error ? <Alert type="error" showIcon role="alert" data-testid="login-error" title={error} style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit" block size="large" loading={pending}>
        登录
      </Button>
    </Form>
  )
}

export function LoginScreen({ onSignedIn, notice, overlay = false }: { onSignedIn: (user: UserDto) => void; notice?: string | null; overlay?: boolean }) {
  return (
    <AuthScreen title="请登录" overlay={overlay} testId="login-screen">
      <LoginForm onSignedIn={onSignedIn} notice={notice} />
    </AuthScreen>
  )
}
