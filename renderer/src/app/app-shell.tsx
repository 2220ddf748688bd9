import { AccountBookOutlined, AuditOutlined, FundOutlined, ScheduleOutlined, BarChartOutlined, ControlOutlined, FileAddOutlined, PrinterOutlined, SolutionOutlined, KeyOutlined, LogoutOutlined, MessageOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons'
import { CarOutlined, DatabaseOutlined } from '@ant-design/icons'
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { roleLabel } from '../../../shared/domain/roles'
import { NotConfiguredBanner } from '../components/ui/not-configured-banner'
import { ChangePasswordModal } from '../features/auth/components/change-password'
import { useLogout } from '../features/auth/api/auth'
import { useAppInfo, useCenterSettings } from '../lib/center'
import { useSessionUser } from '../lib/session'
import { canOpen } from '../lib/access'
import { navigate, paths, type Route } from '../lib/router'

const { Sider, Header, Content, Footer } = Layout

const MENU = [
  { key: 'cases', icon: <AuditOutlined />, label: '案件列表', hash: paths.cases },
  { key: 'intake', icon: <FileAddOutlined />, label: '受理登记', hash: paths.intake },
  { key: 'consultations', icon: <MessageOutlined />, label: '法律咨询', hash: paths.consultations },
  { key: 'outreach', icon: <CarOutlined />, label: '巡回受案', hash: paths.outreach },
  { key: 'documents-batch', icon: <PrinterOutlined />, label: '批量打印', hash: paths.documentsBatch },
  { key: 'lawyers', icon: <SolutionOutlined />, label: '法律援助人员', hash: paths.lawyers },
  { key: 'duty', icon: <ScheduleOutlined />, label: '值班律师', hash: paths.duty },
  { key: 'subsidy', icon: <AccountBookOutlined />, label: '补贴发放', hash: paths.subsidy },
  { key: 'finance', icon: <FundOutlined />, label: '补贴财务', hash: paths.finance },
  { key: 'statistics', icon: <BarChartOutlined />, label: '统计报表', hash: paths.statistics },
  { key: 'policy-settings', icon: <ControlOutlined />, label: '政策设置', hash: paths.policySettings() },
  { key: 'backup', icon: <DatabaseOutlined />, label: '数据备份', hash: paths.backup },
  { key: 'users', icon: <TeamOutlined />, label: '用户管理', hash: paths.users },
  { key: 'settings', icon: <SettingOutlined />, label: '设置', hash: paths.settings },
] as const

/** Who is logged in, with 修改密码 and 退出登录. */
function UserBar() {
  const user = useSessionUser()
  const logout = useLogout()
  const [changing, setChanging] = useState(false)
  if (!user) return null
  return (
    <Space size={12} data-testid="current-user">
      <span>
        <UserOutlined style={{ marginRight: 6, color: '#8c8c8c' }} />
        <Typography.Text strong>{user.displayName}</Typography.Text>
      </span>
      <Space size={4}>
        {user.roles.map((r) => (
          <Tag key={r} color="blue" style={{ marginInlineEnd: 0 }}>
            {roleLabel(r)}
          </Tag>
        ))}
      </Space>
      <Button type="text" size="small" icon={<KeyOutlined />} onClick={() => setChanging(true)}>
        修改密码
      </Button>
      <Button type="text" size="small" icon={<LogoutOutlined />} onClick={() => void logout()}>
        退出登录
      </Button>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </Space>
  )
}

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const settings = useCenterSettings()
  const info = useAppInfo()
  const user = useSessionUser()
  const roles = user?.roles ?? null
  const notConfigured = settings.isSuccess && settings.data === null
  const mayConfigure = canOpen('settings', roles)
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={184} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 20px 12px', fontSize: 18, fontWeight: 600, color: '#1f5fa8' }}>法援工作台</div>
        <Menu
          mode="inline"
          selectedKeys={[route.name]}
          items={MENU.filter((m) => canOpen(m.key, roles)).map((m) => ({ key: m.key, icon: m.icon, label: <a href={m.hash}>{m.label}</a> }))}
          style={{ borderInlineEnd: 'none' }}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            borderBottom: '1px solid #f0f0f0',
            height: 52,
            lineHeight: '52px',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
          }}
        >
          <Typography.Text strong>{settings.data?.centerName ?? '法律援助中心'}</Typography.Text>
          <UserBar />
        </Header>
        <Content style={{ padding: 24 }}>
          {notConfigured && route.name !== 'settings' ? (
            <div style={{ marginBottom: 16 }}>
              <NotConfiguredBanner onGoToSettings={mayConfigure ? () => navigate(paths.settings) : undefined} />
            </div>
          ) : null}
          {children}
        </Content>
        <Footer style={{ padding: '8px 24px', fontSize: 12, color: '#8c8c8c' }}>
          {info.data
            ? `${info.data.appName} ${info.data.version}（${info.data.mode === 'web' ? '浏览器模式' : '桌面版'}） · 数据库：${info.data.dbPath}`
            : '法援工作台'}
        </Footer>
      </Layout>
    </Layout>
  )
}
