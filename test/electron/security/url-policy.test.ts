import { expect, it } from 'vitest'
import { isSameAppOrigin } from '../../../electron/main/url-policy'

it.each([
  ['app://renderer/index.html#/case/1', 'app://renderer/index.html', true],
  ['app://renderer/assets/x.js', 'app://renderer/index.html', true],
  ['app://other/index.html', 'app://renderer/index.html', false],
  ['evil://renderer/index.html', 'app://renderer/index.html', false],
  ['file:///etc/passwd', 'app://renderer/index.html', false],
  ['https://example.com/', 'app://renderer/index.html', false],
  ['http://localhost:5173/#/case/1', 'http://localhost:5173/', true],
  ['http://localhost:5174/', 'http://localhost:5173/', false],
  ['not a url', 'app://renderer/index.html', false],
])('%s is ours when the renderer is %s: %s', (url, ours, expected) => {
  expect(isSameAppOrigin(url, ours)).toBe(expected)
})
