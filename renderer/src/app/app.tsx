import { Result } from 'antd'
import { CaseFilePage } from '../features/case-file/components/case-file-page'
import { CaseListPage } from '../features/cases/components/case-list-page'
import { ConsultationPage } from '../features/consultations/components/consultation-page'
import { ApplicationPage } from '../features/intake/components/application-page'
import { SettingsPage } from '../features/settings/components/settings-page'
import { AppShell } from './app-shell'
import { paths, useRoute, type Route } from './router'

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'cases':
      return <CaseListPage />
    case 'intake':
      return <ApplicationPage />
    case 'consultations':
      return <ConsultationPage />
    case 'settings':
      return <SettingsPage />
    case 'case-file':
      return <CaseFilePage id={route.id} />
    case 'not-found':
      return <Result status="404" title="页面不存在" subTitle={`地址 ${route.path} 没有对应的页面。`} extra={<a href={paths.cases}>返回案件列表</a>} />
  }
}

export function App() {
  const route = useRoute()
  // The case file opens in its own window or tab: no menu, the whole width for the file.
  if (route.name === 'case-file') return <CaseFilePage id={route.id} />
  return (
    <AppShell route={route}>
      <Page route={route} />
    </AppShell>
  )
}
