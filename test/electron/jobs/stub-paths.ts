import type { DataPaths } from '../../../electron/main/paths'

export const DATA_PATHS_STUB: DataPaths = { dataDir: '/nonexistent', dbPath: '/nonexistent/legalaid.sqlite', backupsDir: '/nonexistent/backups', documentsDir: '/nonexistent/documents' }
