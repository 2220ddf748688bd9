import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { roleLabel } from '../../../../../shared/domain/roles'
import type { UserDto } from '../../../../../shared/auth/dto'
import { QueryError } from '../../../components/ui/query-error'
import { useUsers } from '../api/users'
import { ResetPasswordModal } from './reset-password-modal'
import { UserDrawer } from './user-drawer'

/** 用户管理 (administrators): who may log in, with which roles. */
export function UsersPage() {
  const users = useUsers()
  const [editing, setEditing] = useState<{ user: UserDto | null } | null>(null)
  const [resetting, setResetting] = useState<UserDto | null>(null)

  return (
    <div style={{ maxWidth: 1100 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          用户管理
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
          新增用户
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">
        每位工作人员使用自己的账号登录，操作记录以姓名留痕。角色决定可以使用的功能；至少保留一位启用的管理员。
      </Typography.Paragraph>
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<UserDto>
          className="user-table"
          rowKey="id"
          size="middle"
          loading={users.isLoading}
          dataSource={users.data ?? []}
          pagination={false}
          columns={[
            { title: '用户名', dataIndex: 'username' },
            { title: '姓名', dataIndex: 'displayName' },
            {
              title: '角色',
              dataIndex: 'roles',
              render: (roles: UserDto['roles']) => (
                <Space size={4} wrap>
                  {roles.map((r) => (
                    <Tag key={r} color={r === 'admin' ? 'purple' : 'blue'}>
                      {roleLabel(r)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: '启用',
              dataIndex: 'active',
              width: 90,
              render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
            },
            {
              title: '锁定',
              dataIndex: 'locked',
              width: 150,
              render: (_: boolean, u) => (
                <Space size={4} wrap>
                  {u.locked ? <Tag color="red">已锁定</Tag> : null}
                  {u.mustChangePassword ? <Tag color="orange">待改密码</Tag> : null}
                  {!u.locked && !u.mustChangePassword ? <Typography.Text type="secondary">—</Typography.Text> : null}
                </Space>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              width: 200,
              render: (_: unknown, u) => (
                <Space size={0}>
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ user: u })} aria-label={`编辑 ${u.username}`}>
                    编辑
                  </Button>
                  <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)} aria-label={`重置 ${u.username} 的密码`}>
                    重置密码
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <UserDrawer open={editing !== null} user={editing?.user ?? null} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </div>
  )
}
