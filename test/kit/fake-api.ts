/**
 * A typed stand-in for `window.api` (the Electron preload), built from the IPC contract: each
 * channel's fake takes that channel's input type and returns its output type (or throws an
 * AppError, which becomes `{ ok: false }`). Every call is recorded.
 */
import type { Channel } from '../../shared/ipc/channels'
import type { Api, Input, Output } from '../../shared/ipc/contract'
import { AppError, type Result } from '../../shared/ipc/result'

export type FakeHandlers = { [K in Channel]?: (input: Input<K>) => Output<K> | Promise<Output<K>> }

export interface FakeApi extends Api {
  calls: { channel: Channel; input: unknown }[]
  callsTo(channel: Channel): unknown[]
}

export function createFakeApi(handlers: FakeHandlers): FakeApi {
  const calls: { channel: Channel; input: unknown }[] = []
  const api: FakeApi = {
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
    async invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Result<Output<K>>> {
      calls.push({ channel, input })
      const handler = handlers[channel] as ((input: Input<K>) => Output<K> | Promise<Output<K>>) | undefined
      if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `测试替身未实现 ${channel}` } }
      try {
        return { ok: true, value: await handler(input) }
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: err.toData() }
        throw err
      }
    },
  }
  return api
}
