/**
 * Keyboard shortcuts written as in VS Code's docs, `Ctrl+Shift+P`: `Ctrl` means Cmd on
 * macOS. Pure functions, so matching and display are tested without a browser.
 */

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

function keyName(key: string): string {
  return key.length === 1 ? key.toUpperCase() : key
}

/** The shortcut a key press makes, in the same notation as the commands' keys. */
export function shortcutOf(press: KeyPress, isMac: boolean): string {
  const parts: string[] = []
  if (isMac ? press.metaKey : press.ctrlKey) parts.push('Ctrl')
  if (isMac && press.ctrlKey) parts.push('MacCtrl')
  if (press.altKey) parts.push('Alt')
  if (press.shiftKey) parts.push('Shift')
  parts.push(keyName(press.key))
  return parts.join('+')
}

const macSymbols: Record<string, string> = { Ctrl: '⌘', MacCtrl: '⌃', Alt: '⌥', Shift: '⇧' }

/** How a shortcut reads on this platform: `Ctrl+Shift+P`, or `⇧⌘P` on macOS. */
export function displayShortcut(shortcut: string, isMac: boolean): string {
  if (!isMac) return shortcut
  const parts = shortcut.split('+')
  const key = parts.pop() ?? ''
  const order = ['MacCtrl', 'Alt', 'Shift', 'Ctrl']
  return parts.sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((m) => macSymbols[m] ?? m).join('') + key
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent)
}
