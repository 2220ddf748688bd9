/**
 * Browser mode: `npm run dev:web` serves the renderer with Vite's dev server and the real
 * main-process services over the loopback bridge. `--static` serves the built renderer
 * (out/renderer, from `npm run build:web`) instead.
 *
 *   npm run dev:web                  # http://127.0.0.1:5180/
 *   npm run dev:web -- --port=0      # any free port
 *   npm run dev:web -- --data-dir=/tmp/legalaid-demo
 */
import { resolve } from 'node:path'
import { startServices } from '../electron/main/app-services'
import { resolveDataPaths } from '../electron/main/paths'
import { startWebBridge } from '../electron/main/web-bridge'
import { JOB_PROCESS_FLAGS } from '../electron/main/jobs/job-channels'
import { forkSpawner } from '../electron/main/jobs/fork-spawn'

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=')
  const port = Number(flag('port') ?? process.env.PORT ?? 5180)
  const useStatic = argv.includes('--static')
  const paths = resolveDataPaths({ argv })
  const version = (await import('../package.json')).version

  // The job process runs job-process.ts under tsx, like this script (its loader flags are inherited).
  const jobs = { spawn: forkSpawner(resolve(__dirname, '../electron/main/jobs/job-process.ts'), JOB_PROCESS_FLAGS) }
  const services = await startServices({ paths, mode: 'web', appVersion: version, jobs })
  let devServer: import('vite').ViteDevServer | null = null
  if (!useStatic) {
    const { createServer } = await import('vite')
    const { rendererConfig } = await import('../renderer/vite.config')
    devServer = await createServer({ ...rendererConfig, configFile: false, server: { middlewareMode: true, hmr: { port: port === 0 ? 0 : port + 1 } }, appType: 'spa' })
  }
  const bridge = await startWebBridge({
    guarded: services.guarded,
    port,
    ...(devServer ? { devMiddleware: devServer.middlewares } : { staticDir: resolve(__dirname, '../out/renderer') }),
  })
  console.log(`法援工作台（浏览器模式）已启动：${bridge.url}`)
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
