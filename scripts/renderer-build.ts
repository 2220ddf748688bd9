/**
 * The production build of the renderer (out/renderer) that browser mode serves to users and the
 * end-to-end tests drive: built when missing, and rebuilt when any file it is built from is newer
 * than the build. Developers who want live reloading use `npm run dev:web` (Vite's dev server).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
export const RENDERER_OUT_DIR = join(ROOT, 'out/renderer')

/** What the renderer bundle is built from: its sources, shared/, the lockfile and the build config. */
const SOURCES = ['renderer', 'shared', 'package-lock.json']

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path, { withFileTypes: true })) newest = Math.max(newest, newestMtime(join(path, entry.name)))
  return newest
}

/** Whether out/renderer is missing or older than a source; the reason, in Chinese, or null. */
function rendererBuildStale(): string | null {
  const index = join(RENDERER_OUT_DIR, 'index.html')
  if (!existsSync(index)) return '界面尚未构建'
  const built = statSync(index).mtimeMs
  const newer = SOURCES.find((s) => existsSync(join(ROOT, s)) && newestMtime(join(ROOT, s)) > built)
  return newer ? `界面源文件（${newer}）比构建新` : null
}

/** Builds the renderer when it is missing or stale. Returns whether it built. */
export function ensureRendererBuilt(log: (line: string) => void = () => undefined): boolean {
  const reason = rendererBuildStale()
  if (!reason) return false
  log(`${reason}，正在构建界面（约半分钟）…`)
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    shell: process.platform === 'win32',
  })
  return true
}
