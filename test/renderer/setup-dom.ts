/** jsdom lacks a few browser APIs antd relies on. Import first in DOM tests. */
import { afterEach } from 'vitest'
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
})
