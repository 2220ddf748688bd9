import { Typography } from 'antd'
import { isAllowed } from '../../../../../shared/ipc/permissions'
import { useSessionUser } from '../../../lib/session'
import { ExportCard } from './export-card'
import { ImportCard } from './import-card'

/**
 * 巡回受案: on the outreach laptop, export what was registered there; at the center, import it.
 * Each part is shown to the roles that may use it (负责人 may import but not export).
 */
export function OutreachPage() {
  const roles = useSessionUser()?.roles ?? null
  const mayExport = isAllowed('outreach:export', roles)
  const mayImport = isAllowed('outreach:preview-import', roles) && isAllowed('outreach:import', roles)
  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        巡回受案
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        到乡镇、社区巡回受案时，在笔记本电脑上照常登记申请和咨询；回到中心后，在笔记本上导出受案包存到U盘，再在中心的电脑上导入。案号在中心导入时统一编排，笔记本上的编号只作临时编号。
      </Typography.Paragraph>
      {mayExport ? <ExportCard /> : null}
      {mayImport ? <ImportCard /> : null}
    </div>
  )
}
