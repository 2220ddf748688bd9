import { Result } from 'antd'
import { CaseFilePage } from '../features/case-file/components/case-file-page'
import { CaseListPage } from '../features/cases/components/case-list-page'
import { ConsultationPage } from '../features/consultations/components/consultation-page'
import { AuthGate } from '../features/auth/components/auth-gate'
import { ApplicationPage } from '../features/intake/components/application-page'
import { SettingsPage } from '../features/settings/components/settings-page'
import { UsersPage } from '../features/users/components/users-page'
import { DeadlinesBoard } from '../features/deadlines/components/deadlines-board'
import { BatchPrintPage } from '../features/documents/components/batch-print-page'
import { LawyersPage } from '../features/lawyers/components/lawyers-page'
import { DutyPage } from '../features/duty/components/duty-page'
import { FinancePage } from '../features/finance/components/finance-page'
import { SubsidyBatchPage } from '../features/subsidy/components/subsidy-batch-page'
import { PolicySettingsPage } from '../features/policy-settings/components/policy-settings-page'
import { StatisticsPage } from '../features/statistics/components/statistics-page'
import { BackupPage } from '../features/backup/components/backup-page'
import { HomeAuditCheck } from '../features/backup/components/audit-check-card'
import { OutreachPage } from '../features/outreach/components/outreach-page'
import { isAllowed } from '../../../shared/ipc/permissions'
import { openCaseWindow } from '../lib/ipc'
import { useSessionUser } from '../lib/session'
import { canOpen } from '../lib/access'
import { caseFilePanels } from './case-file-panels'
import { AppShell } from './app-shell'
import { paths, useRoute, type Route } from '../lib/router'

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'cases':
      return (
        <>
          <HomeDeadlines />
          <HomeAuditCheck />
          <CaseListPage />
        </>
      )
    case 'lawyers':
      return <LawyersPage />
    case 'subsidy':
      return <SubsidyBatchPage />
    case 'duty':
      return <DutyPage />
    case 'finance':
      return <FinancePage />
    case 'policy-settings':
      return <PolicySettingsPage {...(route.focusKey ? { focusKey: route.focusKey } : {})} />
    case 'documents-batch':
      return <BatchPrintPage />
    case 'statistics':
      return <StatisticsPage />
    case 'backup':
      return <BackupPage />
    case 'outreach':
      return <OutreachPage />
    case 'intake':
      return <ApplicationPage />
    case 'consultations':
      return <ConsultationPage />
    case 'settings':
      return <SettingsPage />
    case 'users':
      return <UsersPage />
    case 'case-file':
      return <CaseFilePage id={route.id} panels={caseFilePanels} />
    case 'not-found':
      return <Result status="404" title="页面不存在" subTitle={`地址 ${route.path} 没有对应的页面。`} extra={<a href={paths.cases}>返回案件列表</a>} />
  }
}

/** The deadline board on the home screen, for those who work cases. */
function HomeDeadlines() {
  const user = useSessionUser()
  if (!canOpen('cases', user?.roles ?? null) || !isAllowed('deadlines:board', user?.roles ?? null)) return null
  return (
    <div style={{ marginBottom: 16 }}>
      {/* Cases record who registered them by display name: that is 「我的」. Clerks open on their
          own deadlines, everyone else on the whole center. */}
      <DeadlinesBoard
        {...(user ? { responsible: user.displayName, initialScope: user.roles.includes('clerk') ? ('mine' as const) : ('center' as const) } : {})}
        onOpenCase={(id) => void openCaseWindow(id)}
      />
    </div>
  )
}

function NoAccess() {
  return <Result status="403" title="您的角色无权访问此页面" subTitle="如需使用，请联系管理员调整您的角色。" extra={<a href={paths.cases}>返回案件列表</a>} />
}

function Routes() {
  const route = useRoute()
  const user = useSessionUser()
  const page = canOpen(route.name, user?.roles ?? null) ? <Page route={route} /> : <NoAccess />
  // The case file opens in its own window or tab: no menu, the whole width for the file.
  if (route.name === 'case-file') return page
  return <AppShell route={route}>{page}</AppShell>
}

export function App() {
  return (
    <AuthGate>
      <Routes />
    </AuthGate>
  )
}
