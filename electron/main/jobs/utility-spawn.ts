/**
 * Electron only: starts the job process as a utility process (utilityProcess.fork), the
 * Electron way to run Node work outside the main process. Thin on purpose: the protocol and the
 * runner are plain Node (job-runner.ts, job-process.ts) and tested without Electron.
 */
import { utilityProcess } from 'electron'
import type { JobSpawner } from './job-runner'
import type { FromJob } from './protocol'

export function utilitySpawner(entry: string, flags: readonly string[]): JobSpawner {
  return () => {
    const child = utilityProcess.fork(entry, [], { serviceName: '法援工作台 后台任务', execArgv: [...flags], stdio: 'inherit' })
    return {
      get pid() {
        return child.pid
      },
      send: (m) => child.postMessage(m),
      onMessage: (listener) => child.on('message', (m: unknown) => listener(m as FromJob)),
      onExit: (listener) => child.on('exit', (code: number) => listener(code)),
      kill: () => {
        child.kill()
      },
    }
  }
}
