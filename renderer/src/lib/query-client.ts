import { QueryClient } from '@tanstack/react-query'
import { AppError } from '../../../shared/ipc/result'

/** Expected failures (AppError) are answers, not glitches: never retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, err) => !(err instanceof AppError) && count < 2,
        refetchOnWindowFocus: true,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  })
}

/** Query keys in one place so invalidation after a save cannot miss. */
export const queryKeys = {
  appInfo: ['app:info'] as const,
  settings: ['settings:get'] as const,
  matters: (region: string | undefined) => ['policy:matters', region ?? ''] as const,
  cases: ['case:search'] as const,
  caseFile: (id: string) => ['case:get', id] as const,
  consultations: ['consultation:list'] as const,
  users: ['user:list'] as const,
}
