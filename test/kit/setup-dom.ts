/**
 * The dom project's setup file (setupFiles), run before each test file: jsdom lacks a few browser
 * APIs antd relies on, and each test ends with a clean page.
 *
 * The dom project runs with `isolate: false` (test/vitest.config.ts): test files share a worker's
 * module cache, so antd and React are loaded once per worker instead of once per file. What a test
 * may leave behind is therefore undone here after every test: the rendered tree, the fake api,
 * the session, faked clocks and spies.
 */
import { afterEach, vi } from 'vitest'
import { cleanup } from '@testing-library/react'
import { session } from '../../renderer/src/lib/session'

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  ;(window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub
}

if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined

afterEach(() => {
  cleanup()
  delete window.api
  session.reset()
  vi.useRealTimers()
  vi.restoreAllMocks()
})
