import { SaveOutlined } from '@ant-design/icons'
import { App, Button, Drawer, Form, Input, Select, Space, Switch } from 'antd'
import { useEffect } from 'react'
import { z } from 'zod'
import { ROLES, type Role } from '../../../../../shared/domain/roles'
import type { UserDto } from '../../../../../shared/auth/dto'
import { NewPassword, UserSaveInput } from '../../../../../shared/auth/schema'
import { ProblemSummary } from '../../../components/ui/issue-summary'
import { enterMovesToNextField } from '../../../lib/keyboard'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useSaveUser } from '../api/users'

export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r.code, label: r.label }))

const LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  roles: '角色',
  active: '启用',
  initialPassword: '初始密码',
}

interface Values {
  username?: string
  displayName?: string
  roles?: Role[]
  active?: boolean
  initialPassword?: string
}

/** A new user's `UserSaveInput`: the initial password is required (an existing user's is reset from the table). */
export const NewUserInput = UserSaveInput.extend({ initialPassword: z.string({ error: '请设置初始密码' }).pipe(NewPassword) })

/** What the form holds, as the `user:save` input (empty boxes left out). */
export function toSaveInput(values: Values, id: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    username: values.username?.trim() || undefined,
    displayName: values.displayName?.trim() || undefined,
    roles: values.roles ?? [],
    active: values.active ?? true,
  }
  if (id) out.id = id
  else if (values.initialPassword) out.initialPassword = values.initialPassword
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined))
}

/**
 * Add or edit a user. A new user gets an initial password, which they must change at their
 * first login; an existing user's password is reset from the table instead.
 */
export function UserDrawer({ open, user, onClose }: { open: boolean; user: UserDto | null; onClose: () => void }) {
  const save = useSaveUser()
  const { message } = App.useApp()
  const isNew = user === null
  const { form, onFinish, problem, jumpTo, clear, pending } = useSchemaForm(isNew ? NewUserInput : UserSaveInput, save, {
    labels: LABELS,
    toInput: (values: Values) => toSaveInput(values, user?.id),
    onSuccess: (saved) => {
      void message.success(isNew ? `已新增用户「${saved.displayName}」，首次登录时须修改密码` : `已保存用户「${saved.displayName}」`)
      onClose()
    },
  })

  useEffect(() => {
    if (!open) return
    clear()
    form.resetFields()
    form.setFieldsValue(user ? { username: user.username, displayName: user.displayName, roles: user.roles, active: user.active } : { roles: ['clerk'], active: true })
  }, [open, user])

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={isNew ? '新增用户' : `编辑用户：${user.displayName}`}
      size={480}
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" icon={<SaveOutlined />} loading={pending} onClick={onFinish}>
            保存
          </Button>
        </Space>
      }
    >
      <div onKeyDown={enterMovesToNextField}>
        <Form<Values> form={form} name="user" layout="vertical" onFinish={onFinish} aria-label={isNew ? '新增用户' : '编辑用户'}>
          <Form.Item name="username" label="用户名" required extra="登录时使用，2～32个字符，可用字母、数字、汉字和 _ . -">
            <Input autoFocus autoComplete="off" maxLength={32} />
          </Form.Item>
          <Form.Item name="displayName" label="姓名" required>
            <Input autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item name="roles" label="角色" required extra="可选多个角色">
            <Select mode="multiple" options={ROLE_OPTIONS} placeholder="选择角色" optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked" extra="停用后该用户不能登录">
            <Switch checkedChildren="启用" unCheckedChildren="停用" />
          </Form.Item>
          {isNew ? (
            <Form.Item name="initialPassword" label="初始密码" required extra="至少8位，须包含字母和数字；用户首次登录后须修改">
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
          ) : null}
          <ProblemSummary problem={problem} onJump={jumpTo} />
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={pending}>
            保存
          </Button>
        </Form>
      </div>
    </Drawer>
  )
}
