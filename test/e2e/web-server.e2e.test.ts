/**
 * Browser mode as a user starts it (`npm run web`) serves the production build and listens on
 * the app's port alone; the developers' mode (`npm run dev:web`) keeps its live-reload socket on
 * 127.0.0.1. The server is started the way the npm scripts start it, through scripts/run.mjs, and
 * its listening sockets are read from /proc (what `ss -ltnp` shows), for the whole process tree.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ROOT } from './helpers'

interface Server {
  child: ChildProcess
  url: string
  output: () => string
  dataDir: string
}

let running: Server[] = []
afterEach(async () => {
  for (const s of running) {
    s.child.kill('SIGTERM')
    await new Promise((r) => (s.child.exitCode !== null ? r(null) : s.child.once('exit', r)))
    rmSync(s.dataDir, { recursive: true, force: true })
  }
  running = []
})

async function startServer(args: string[]): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'legalaid-web-'))
  const env = { ...process.env }
  delete env.LEGALAID_DB
  delete env.LEGALAID_DATA_DIR
  const child = spawn(process.execPath, ['scripts/run.mjs', 'tsx', 'scripts/web-server.ts', '--port=0', `--data-dir=${dataDir}`, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  })
  let out = ''
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()))
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()))
  const server: Server = { child, url: '', output: () => out, dataDir }
  running.push(server)
  const end = Date.now() + 90_000
  while (!/已启动：(http:\/\/\S+)/.test(out)) {
    if (child.exitCode !== null) throw new Error(`web server exited ${child.exitCode}:\n${out}`)
    if (Date.now() > end) throw new Error(`web server did not start:\n${out}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  server.url = /已启动：(http:\/\/\S+)/.exec(out)![1]!
  return server
}

/** The process and all its descendants, from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(Number(entry), ppid)
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid)
  return tree
}

/** Listening TCP sockets (address:port) held by these processes. */
function listeningSockets(pids: number[]): string[] {
  const inodes = new Set<string>()
  for (const pid of pids) {
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // the process ended while we looked
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
        if (m) inodes.add(m[1]!)
      } catch {
        // closed meanwhile
      }
    }
  }
  const found: string[] = []
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols.length < 10 || cols[3] !== '0A' || !inodes.has(cols[9]!)) continue // 0A = LISTEN
      const [hexAddr, hexPort] = cols[1]!.split(':') as [string, string]
      const addr = hexAddr.length === 8 ? hexAddr.match(/../g)!.reverse().map((h) => parseInt(h, 16)).join('.') : `[${hexAddr}]`
      found.push(`${addr}:${parseInt(hexPort, 16)}`)
    }
  }
  return found.sort()
}

describe('browser mode', { timeout: 180_000 }, () => {
  it('for users: serves the production build and listens on the app’s port alone, on 127.0.0.1', async () => {
    const server = await startServer([])
    const port = Number(new URL(server.url).port)
    const html = await (await fetch(server.url)).text()
    expect(html).toContain('<div id="root">')
    expect(html).toMatch(/assets\/index-[\w-]+\.js/) // hashed bundle from out/renderer
    expect(html).not.toContain('/@vite/client')
    expect(listeningSockets(processTree(server.child.pid!))).toEqual([`127.0.0.1:${port}`])
  })

  it('for developers (--dev): Vite’s live-reload socket listens on 127.0.0.1 only', async () => {
    const server = await startServer(['--dev'])
    const html = await (await fetch(server.url)).text()
    expect(html).toContain('/@vite/client')
    const sockets = listeningSockets(processTree(server.child.pid!))
    expect(sockets.length).toBeGreaterThanOrEqual(2) // the app and the HMR socket
    expect(sockets.every((s) => s.startsWith('127.0.0.1:'))).toBe(true)
  })
})
