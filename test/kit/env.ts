/** Environment variables through which the global setup hands its products to the test workers. */
export const KIT_ENV = {
  /** A migrated, empty store to copy (global-setup.ts). */
  templateDb: 'LEGALAID_TEST_TEMPLATE_DB',
  /** The job process bundled once for the run (global-setup.ts). */
  jobBundle: 'LEGALAID_TEST_JOB_BUNDLE',
  /** The folder holding the run's template store and bundles. */
  dir: 'LEGALAID_TEST_KIT_DIR',
} as const

/** Scripts that tests run as separate processes, bundled once per run (name → source). */
export const KIT_CHILD_SCRIPTS = {
  'crash-child': 'test/electron/audit/crash-child.ts',
  'register-many': 'test/kit/register-many.ts',
  'issue-many': 'test/electron/documents/issue-many.ts',
} as const
