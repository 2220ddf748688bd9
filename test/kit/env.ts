/** Environment variables through which the global setup hands its products to the test workers. */
export const KIT_ENV = {
  /** A migrated, empty store to copy (global-setup.ts). */
  templateDb: 'LEGALAID_TEST_TEMPLATE_DB',
  /** The job process bundled once for the run (global-setup.ts). */
  jobBundle: 'LEGALAID_TEST_JOB_BUNDLE',
} as const
