#!/usr/bin/env node
// Every npm script goes through this file: `node scripts/run.mjs <command> [args…]`.
//
// 1. Node 24. The project needs Node 24 (better-sqlite3 13 crashes on Node 20 with a segfault).
//    When the Node running this file is older, it uses .tools/node24 and, on Linux, installs the
//    npm registry's node-linux-<arch>@24 package there first (nothing is fetched from outside the
//    npm registry). Elsewhere it stops at once with a message that says what to install.
// 2. Dependencies. `npm ci` runs when node_modules is missing, or was installed from another
//    package-lock.json or by another Node major (a stamp in node_modules records both).
// 3. The command runs with that Node first on PATH; its exit code is this process's exit code.
//
// Written in plain JavaScript with only Node's built-in modules, since it must run on an old
// Node before any dependency is installed. Its own messages go to stderr, so that a command's
// standard output (the policy CLI's JSON, say) stays clean.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const NEED_MAJOR = 24
const STAMP = join(ROOT, 'node_modules', '.legalaid-install.json')
const isWindows = process.platform === 'win32'

function say(message) {
  process.stderr.write(`[法援工作台] ${message}\n`)
}

function fail(message) {
  say(message)
  process.exit(1)
}

function majorOf(nodePath) {
  const r = spawnSync(nodePath, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  if (r.status !== 0) return 0
  return Number(String(r.stdout).trim().split('.')[0]) || 0
}

/** The Node 24 to use: this Node, or one in .tools/node24 (its folder and major version). */
function findNode() {
  const own = Number(process.versions.node.split('.')[0])
  if (own >= NEED_MAJOR) return { dir: dirname(process.execPath), major: own }
  const supported = process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')
  if (!supported) {
    fail(
      `需要 Node.js ${NEED_MAJOR}，当前是 ${process.version}（${process.platform}-${process.arch}）。` +
        `请安装 Node.js ${NEED_MAJOR} LTS 后重新运行同一命令。`,
    )
  }
  const pkg = `node-${process.platform}-${process.arch}`
  const prefix = join(ROOT, '.tools', 'node24')
  const bin = join(prefix, 'node_modules', pkg, 'bin')
  if (!existsSync(join(bin, 'node'))) {
    say(`当前 Node ${process.version} 不能运行本项目，正在从 npm 仓库安装 Node ${NEED_MAJOR}（${pkg}）到 .tools/node24 …`)
    mkdirSync(prefix, { recursive: true })
    const r = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@${NEED_MAJOR}`], {
      stdio: ['ignore', 2, 2],
    })
    if (r.status !== 0 || !existsSync(join(bin, 'node'))) {
      fail(`未能安装 Node ${NEED_MAJOR}（npm install ${pkg}@${NEED_MAJOR} 失败）。请检查能否访问 npm 仓库，或自行安装 Node.js ${NEED_MAJOR} 后重新运行。`)
    }
  }
  const major = majorOf(join(bin, 'node'))
  if (major < NEED_MAJOR) fail(`.tools/node24 里的 Node 不能运行（版本 ${major || '未知'}）。请删除 .tools 文件夹后重新运行。`)
  return { dir: bin, major }
}

/** What the installed node_modules must match: the lockfile's bytes and the Node major. */
function wantedInstall(nodeMajor) {
  const lock = readFileSync(join(ROOT, 'package-lock.json'))
  return { lock: createHash('sha256').update(lock).digest('hex'), nodeMajor }
}

function ensureDependencies(env, nodeMajor) {
  const wanted = wantedInstall(nodeMajor)
  let have
  try {
    have = JSON.parse(readFileSync(STAMP, 'utf8'))
  } catch {
    have = null // not installed by this script yet, or the stamp is damaged
  }
  if (have && have.lock === wanted.lock && have.nodeMajor === wanted.nodeMajor && existsSync(join(ROOT, 'node_modules', '.bin'))) return
  say(existsSync(join(ROOT, 'node_modules')) ? '依赖与 package-lock.json 不一致，正在重新安装（npm ci）…' : '首次运行，正在安装依赖（npm ci）…')
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, env, stdio: ['ignore', 2, 2], shell: isWindows })
  if (r.status !== 0) fail('npm ci 失败，见上面的输出。请检查能否访问 npm 仓库后重新运行。')
  writeFileSync(STAMP, JSON.stringify(wanted) + '\n')
}

const [command, ...args] = process.argv.slice(2)
if (!command) fail('用法：node scripts/run.mjs <命令> [参数…]')

const { dir, major } = findNode()
const env = { ...process.env, PATH: [dir, join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter) }
ensureDependencies(env, major)

// `node` means the Node found above, whatever `node` was on the caller's PATH.
const exe = command === 'node' ? join(dir, isWindows ? 'node.exe' : 'node') : command
const child = spawn(exe, args, { cwd: process.cwd(), env, stdio: 'inherit', shell: isWindows && command !== 'node' })
child.on('error', (err) => fail(`无法运行 ${command}：${err.message}`))
// A signal sent to this process alone (a test stopping the server, a service manager) reaches
// the command too; Ctrl-C in a terminal reaches both already.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal)
    process.kill(process.pid, signal)
  }
  process.exit(code ?? 1)
})
