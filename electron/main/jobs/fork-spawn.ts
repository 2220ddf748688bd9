/**
 * Starts the job process with Node's child_process.fork: browser mode, the benchmark and the
 * tests. (The desktop app uses Electron's utilityProcess: utility-spawn.ts.)
 */
import { fork } from 'node:child_process'
import type { JobSpawner } from './job-runner'
import type { FromJob } from './protocol'

/**
 * @param entry the job process's entry: a bundled .cjs/.js file, or job-process.ts when the
 *   parent runs under tsx (its loader flags are passed on with process.execArgv).
 * @param flags V8/Node flags for the job process (JOB_PROCESS_FLAGS).
 */
export function forkSpawner(entry: string, flags: readonly string[], options: { inheritExecArgv?: boolean } = {}): JobSpawner {
  return () => {
    const execArgv = [...(options.inheritExecArgv === false ? [] : process.execArgv), ...flags]
    const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    return {
      get pid() {
        return child.pid
      },
      send: (m) => {
        if (child.connected) child.send(m)
      },
      onMessage: (listener) => child.on('message', (m) => listener(m as FromJob)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => child.kill(),
    }
  }
}
