// `npm run dev`: the desktop app when the Electron binary is available (the electron package
// fetches it on first use when online); otherwise the same app in the browser, with a note.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const [major] = process.versions.node.split('.').map(Number)
if (major < 22) {
  console.error(`需要 Node 24（当前 ${process.version}）。请运行 bash scripts/start.sh，它会准备好 Node 24。`)
  process.exit(1)
}

function run(cmd, args) {
  const child = spawn(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  child.on('exit', (code) => process.exit(code ?? 0))
}

const forceWeb = process.argv.includes('--web') || process.env.LEGALAID_WEB === '1'
let electronOk = false
if (!forceWeb) {
  try {
    require('electron') // resolves the binary path; downloads it once if missing
    electronOk = true
  } catch (err) {
    console.warn('未能取得 Electron 运行文件（离线或下载被阻止），改用浏览器模式启动。')
    console.warn(String(err && err.message ? err.message : err))
  }
}
const extra = process.argv.slice(2).filter((a) => a !== '--web')
if (electronOk) run('npx', ['electron-vite', 'dev', ...(extra.length ? ['--', ...extra] : [])])
else run('npx', ['tsx', 'scripts/web-server.ts', ...extra])
