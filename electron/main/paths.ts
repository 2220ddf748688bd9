import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export interface DataPaths {
  dataDir: string
  dbPath: string
  backupsDir: string
  documentsDir: string
}

/** Where the operating system keeps per-user app data when Electron's app.getPath is not available. */
export function defaultUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'LegalAidDesk')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'LegalAidDesk')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'LegalAidDesk')
}

/**
 * The store's location. Precedence: `--db=<file>` flag, then LEGALAID_DB, then
 * `--data-dir=<dir>` / LEGALAID_DATA_DIR, then the user's data folder.
 */
export function resolveDataPaths(options: { argv?: string[]; env?: NodeJS.ProcessEnv; userDataDir?: string } = {}): DataPaths {
  const argv = options.argv ?? process.argv
  const env = options.env ?? process.env
  const flag = (name: string) => {
    const prefix = `--${name}=`
    const hit = argv.find((a) => a.startsWith(prefix))
    return hit ? hit.slice(prefix.length) : undefined
  }
  const dataDir = resolve(flag('data-dir') ?? env.LEGALAID_DATA_DIR ?? options.userDataDir ?? defaultUserDataDir())
  const dbPath = resolve(flag('db') ?? env.LEGALAID_DB ?? join(dataDir, 'legalaid.sqlite'))
  return {
    dataDir,
    dbPath,
    backupsDir: join(dataDir, 'backups'),
    documentsDir: join(dataDir, 'documents'),
  }
}
