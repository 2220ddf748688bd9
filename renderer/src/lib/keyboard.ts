/**
 * Keyboard habits for forms that clerks fill all day:
 * - Enter in a one-line field moves to the next field instead of submitting half a form;
 *   Enter in a textarea makes a new line; Enter on a button presses it;
 *   Enter while a dropdown is open picks the option (the component handles it).
 * - Ctrl+S (⌘S) saves from anywhere on the page.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react'

// Read-only inputs are skipped, except antd Selects' combobox inputs (read-only when the
// select has no search box, but still how the keyboard reaches it).
const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]):not([readonly]), input[readonly][role="combobox"]:not([disabled]), textarea:not([disabled]), button:not([disabled]), [role="switch"]:not([disabled]), [tabindex]:not([tabindex="-1"])'

function isVisible(el: HTMLElement): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false
  // checkVisibility covers display:none / visibility:hidden ancestors (collapsed sections,
  // closed dropdowns); environments without layout (jsdom) lack it and count the element in.
  const check = (el as HTMLElement & { checkVisibility?: (o?: object) => boolean }).checkVisibility
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true
}

/** The next focusable control after `from` inside `container`, skipping hidden ones. */
export function nextFocusable(container: HTMLElement, from: HTMLElement): HTMLElement | null {
  const all = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.tabIndex !== -1 && isVisible(el) && !el.closest('.ant-select-dropdown, .ant-picker-dropdown'),
  )
  const idx = all.findIndex((el) => el === from || el.contains(from))
  return idx >= 0 ? (all[idx + 1] ?? null) : null
}

/** onKeyDown for a form container: Enter moves to the next field. */
export function enterMovesToNextField(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.nativeEvent.isComposing) return
  const target = e.target as HTMLElement
  if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return
  if (target.getAttribute('aria-expanded') === 'true') return // an open dropdown takes Enter itself
  if (target.tagName !== 'INPUT' && target.getAttribute('role') !== 'switch') return
  // Tag inputs (mode="tags") use Enter to add the typed item.
  if (target.closest('.ant-select-multiple') && (target as HTMLInputElement).value) return
  e.preventDefault()
  const next = nextFocusable(e.currentTarget, target)
  if (next) next.focus()
}

/** Runs `onSave` on Ctrl+S / ⌘S while the component is mounted. */
export function useSaveShortcut(onSave: () => void, enabled = true): void {
  const ref = useRef(onSave)
  ref.current = onSave
  useEffect(() => {
    if (!enabled) return
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
        e.preventDefault()
        ref.current()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}
