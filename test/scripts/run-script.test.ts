/**
 * scripts/run.mjs, which every npm script goes through: started by the machine's own older Node,
 * it runs the command on Node 24, with the command's standard output untouched (the policy CLI's
 * JSON goes through it), and passes the exit code on.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const SYSTEM_NODE = '/usr/bin/node'
const systemMajor = existsSync(SYSTEM_NODE) ? Number(spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout.trim()) : 0

function run(node: string, args: string[]) {
  return spawnSync(node, ['scripts/run.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: '/usr/local/bin:/usr/bin:/bin' } })
}

describe('scripts/run.mjs', () => {
  it.runIf(systemMajor > 0 && systemMajor < 24)('started by an older system Node, runs the command on Node 24 with a clean standard output', () => {
    const r = run(SYSTEM_NODE, ['node', '-p', 'process.versions.node'])
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toMatch(/^2[4-9]\.\d+\.\d+$/)
  })

  it('passes the command’s exit code on, and its standard output untouched', () => {
    const ok = run(process.execPath, ['node', '-e', 'process.stdout.write("{\\"a\\":1}")'])
    expect(ok.status).toBe(0)
    expect(ok.stdout).toBe('{"a":1}')
    const failed = run(process.execPath, ['node', '-e', 'process.exit(3)'])
    expect(failed.status).toBe(3)
  })

  it('without a command, says how to use it in Chinese and fails', () => {
    const r = run(process.execPath, [])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('用法：node scripts/run.mjs <命令>')
  })
})
