import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input } from 'antd'
import { useState } from 'react'
import type { UserDto } from '../../../../../shared/auth/dto'
import { LoginInput } from '../../../../../shared/auth/schema'
import { checkForm, showFieldIssues, withoutEmptyStrings } from '../../../lib/check-form'
import { fieldIssues } from '../../../lib/form-errors'
import { errorMessage } from '../../../lib/ipc'
import { login } from '../api/auth'
import { AuthScreen } from './auth-screen'

interface Values {
  username?: string
  password?: string
}

/**
 * 用户名 and 密码; Enter in either box submits. Checked with the shared `LoginInput` first
 * (nothing is sent while a box is empty); the server's refusal (「用户名或密码错误」, or the
 * lockout message) is shown above the button and the password box is emptied.
 */
export function LoginForm({ onSignedIn, notice }: { onSignedIn: (user: UserDto) => void; notice?: string | null }) {
  const [form] = Form.useForm<Values>()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit() {
    if (pending) return
    setError(null)
    const input = checkForm(form, LoginInput, withoutEmptyStrings(form.getFieldsValue(true) as Values))
    if (!input) return
    setPending(true)
    try {
      const user = await login(input)
      onSignedIn(user)
    } catch (err) {
      const issues = fieldIssues(err)
      if (issues) {
        showFieldIssues(form, issues)
      } else {
        setError(errorMessage(err))
        form.setFieldValue('password', '')
        form.focusField('password')
      }
    } finally {
      setPending(false)
    }
  }

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={() => void submit()} aria-label="登录">
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
