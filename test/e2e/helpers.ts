/** Shared setup for end-to-end tests: build check, services + bridge, Chromium. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { startServices, type Services } from '../../electron/main/app-services'
import { bundledJobSpawner } from '../kit/services'
import { resolveDataPaths } from '../../electron/main/paths'
import { startWebBridge, type WebBridge } from '../../electron/main/web-bridge'
import { residentIdCheckChar } from '../../shared/domain/id-card'
import { ensureRendererBuilt, RENDERER_OUT_DIR } from '../../scripts/renderer-build'

export const ROOT = resolve(__dirname, '../..')
export const OUT_DIR = RENDERER_OUT_DIR
export const SHOTS_DIR = join(ROOT, 'test-results/e2e')

/**
 * Test machines often have no Chinese font, and screenshots would show boxes. Chromium on Linux
 * finds fonts through fontconfig: this config adds the Noto Sans SC bundled for PDFs
 * (resources/fonts) to the system's fonts, for the test browser only.
 */
function writeFontConfig(dir: string): string {
  const file = join(dir, 'fonts.conf')
  const system = existsSync('/etc/fonts/fonts.conf') ? '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' : ''
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>${system}<dir>${join(ROOT, 'resources/fonts')}</dir><cachedir>${join(dir, 'fontcache')}</cachedir></fontconfig>\n`,
  )
  return file
}

export interface E2eEnv {
  services: Services
  /** Moves the main process's clock forward (idle lock, lockout): the browser's is untouched. */
  advanceServerClock(ms: number): void
  bridge: WebBridge
  browser: Browser
  dataDir: string
  close(): Promise<void>
}

export async function startE2e(): Promise<E2eEnv> {
  ensureRendererBuilt()
  mkdirSync(SHOTS_DIR, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'legalaid-e2e-'))
  let offsetMs = 0
  const services = await startServices({
    paths: resolveDataPaths({ argv: [`--data-dir=${dataDir}`], env: {} }),
    mode: 'web',
    appVersion: 'e2e',
    clock: { now: () => Date.now() + offsetMs },
    // Reports, exports, imports and batches in the job process, as `npm run dev:web` runs them.
    jobs: { spawn: bundledJobSpawner() },
  })
  const bridge = await startWebBridge({ guarded: services.guarded, staticDir: OUT_DIR, port: 0 })
  const browser = await chromium.launch({
    // A UTF-8 locale even where the environment has none (a bare `env -i` CI shell): in the C locale
    // Chromium cannot name a download in Chinese and offers it as "download".
    env: { ...process.env, LANG: process.env.LANG || 'C.UTF-8', FONTCONFIG_FILE: writeFontConfig(dataDir) },
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  return {
    services,
    advanceServerClock: (ms) => {
      offsetMs += ms
    },
    bridge,
    browser,
    dataDir,
    async close() {
      await browser.close().catch(() => undefined)
      await bridge.close().catch(() => undefined)
      await services.close().catch(() => undefined)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A valid 18-digit resident ID number for the given region code, birth date and sequence. */
export function makeResidentId(region6: string, birth: string, seq3: string): string {
  const first17 = `${region6}${birth.replaceAll('-', '')}${seq3}`
  return first17 + residentIdCheckChar(first17)
}
