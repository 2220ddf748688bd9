import { AuditOutlined, FileAddOutlined, MessageOutlined, SettingOutlined } from '@ant-design/icons'
import { Layout, Menu, Typography } from 'antd'
import type { ReactNode } from 'react'
import { NotConfiguredBanner } from '../components/ui/not-configured-banner'
import { useAppInfo, useCenterSettings } from '../lib/center'
import { navigate, paths, type Route } from './router'

const { Sider, Header, Content, Footer } = Layout

const MENU = [
  { key: 'cases', icon: <AuditOutlined />, label: '案件列表', hash: paths.cases },
  { key: 'intake', icon: <FileAddOutlined />, label: '受理登记', hash: paths.intake },
  { key: 'consultations', icon: <MessageOutlined />, label: '法律咨询', hash: paths.consultations },
  { key: 'settings', icon: <SettingOutlined />, label: '设置', hash: paths.settings },
] as const

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const settings = useCenterSettings()
  const info = useAppInfo()
  const notConfigured = settings.isSuccess && settings.data === null
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={184} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 20px 12px', fontSize: 18, fontWeight: 600, color: '#1f5fa8' }}>法援工作台</div>
        <Menu
          mode="inline"
          selectedKeys={[route.name]}
          items={MENU.map((m) => ({ key: m.key, icon: m.icon, label: <a href={m.hash}>{m.label}</a> }))}
          style={{ borderInlineEnd: 'none' }}
        />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #f0f0f0', height: 52, lineHeight: '52px' }}>
          <Typography.Text strong>{settings.data?.centerName ?? '法律援助中心'}</Typography.Text>
        </Header>
        <Content style={{ padding: 24 }}>
          {notConfigured && route.name !== 'settings' ? (
            <div style={{ marginBottom: 16 }}>
              <NotConfiguredBanner onGoToSettings={() => navigate(paths.settings)} />
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
