/**
 * Browser mode: the same renderer and the same main-process services over the loopback bridge.
 *
 *   npm run web                      # for users: the production build, http://127.0.0.1:5180/
 *   npm run dev:web                  # for developers: Vite's dev server with live reloading
 *   … -- --port=0                    # any free port
 *   … -- --data-dir=/tmp/legalaid-demo
 *
 * Without --dev it serves out/renderer, building it first when it is missing or older than its
 * sources, and opens no port but the app's. With --dev, Vite's dev server runs as middleware
 * and its live-reload socket listens on 127.0.0.1 only, on the next port.
 */
import { resolve } from 'node:path'
import { startServices } from '../electron/main/app-services'
import { resolveDataPaths } from '../electron/main/paths'
import { startWebBridge } from '../electron/main/web-bridge'
import { JOB_PROCESS_FLAGS } from '../electron/main/jobs/job-channels'
import { forkSpawner } from '../electron/main/jobs/fork-spawn'
import { ensureRendererBuilt, RENDERER_OUT_DIR } from './renderer-build'

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=')
  const port = Number(flag('port') ?? process.env.PORT ?? 5180)
  const dev = argv.includes('--dev')
  const paths = resolveDataPaths({ argv })
  const version = (await import('../package.json')).version

  if (!dev) ensureRendererBuilt((line) => console.log(line))

  // The job process runs job-process.ts under tsx, like this script (its loader flags are inherited).
  const jobs = { spawn: forkSpawner(resolve(__dirname, '../electron/main/jobs/job-process.ts'), JOB_PROCESS_FLAGS) }
  const services = await startServices({ paths, mode: 'web', appVersion: version, jobs })
  let devServer: import('vite').ViteDevServer | null = null
  if (dev) {
    const { createServer } = await import('vite')
    const { rendererConfig } = await import('../renderer/vite.config')
    devServer = await createServer({
      ...rendererConfig,
      configFile: false,
      server: { middlewareMode: true, hmr: { host: '127.0.0.1', port: port === 0 ? 0 : port + 1 } },
      appType: 'spa',
    })
  }
  const bridge = await startWebBridge({
    guarded: services.guarded,
    port,
    ...(devServer ? { devMiddleware: devServer.middlewares } : { staticDir: RENDERER_OUT_DIR }),
  })
  console.log(`法援工作台（浏览器模式${dev ? '，开发' : ''}）已启动：${bridge.url}`)
  console.log(`数据库：${paths.dbPath}`)
  if (services.migration.applied.length) console.log(`已升级数据库结构：${services.migration.applied.join(', ')}`)

  const stop = async () => {
    await bridge.close()
    await devServer?.close()
    await services.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
