/**
 * The environment variable through which the global setup tells the test workers where its
 * products are: the folder holding the run's template store (KIT_TEMPLATE_DB) and bundles
 * (job-process.cjs and KIT_CHILD_SCRIPTS, each `<name>.cjs`).
 */
export const KIT_DIR_ENV = 'LEGALAID_TEST_KIT_DIR'

/** The migrated, empty store that makeTestServices copies. */
export const KIT_TEMPLATE_DB = 'template.sqlite'

/** Scripts that tests run as separate processes, bundled once per run (name → source). */
export const KIT_CHILD_SCRIPTS = {
  'crash-child': 'test/electron/db/crash-child.ts',
  'register-many': 'test/kit/register-many.ts',
  'issue-many': 'test/electron/documents/issue-many.ts',
} as const
