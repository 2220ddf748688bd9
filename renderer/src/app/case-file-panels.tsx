import { Space } from 'antd'
import type { CaseFilePanels } from '../features/case-file/components/case-file-page'
import { AssignmentPanel } from '../features/assignment/components/assignment-panel'
import { DocumentsPanel } from '../features/documents/components/documents-panel'
import { HandlingPanel } from '../features/handling/components/handling-panel'
import { ComplaintsPanel } from '../features/quality/components/complaints-panel'
import { FollowUpPanel } from '../features/quality/components/follow-up-panel'
import { QualityPanel } from '../features/quality/components/quality-panel'
import { ReviewPanel } from '../features/review/components/review-panel'
import { SubsidyPanel } from '../features/subsidy/components/subsidy-panel'
import { navigate, paths } from '../lib/router'

/** The case file's sections that other features build, by section key (features do not import each other). */
export const caseFilePanels: CaseFilePanels = {
  review: (caseId) => <ReviewPanel caseId={caseId} onGoToPolicySettings={(key) => navigate(paths.policySettings(key ?? undefined))} />,
  assignment: (caseId) => <AssignmentPanel caseId={caseId} />,
  documents: (caseId) => <DocumentsPanel caseId={caseId} />,
  handling: (caseId) => <HandlingPanel caseId={caseId} />,
  quality: (caseId) => (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <QualityPanel caseId={caseId} />
      <FollowUpPanel caseId={caseId} />
      <ComplaintsPanel caseId={caseId} />
    </Space>
  ),
  subsidy: (caseId) => <SubsidyPanel caseId={caseId} />,
}
