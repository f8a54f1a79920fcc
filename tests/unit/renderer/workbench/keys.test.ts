import { describe, expect, it } from 'vitest'
import { displayShortcut, shortcutOf } from '../../../../src/renderer/workbench/keys'
import { foldText, matchByWords } from '../../../../src/renderer/workbench/matchCommands'

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})

describe('keyboard shortcuts', () => {
  it('reads Ctrl on Windows/Linux and Cmd on macOS as the same Ctrl', () => {
    expect(shortcutOf(press('p', { ctrlKey: true, shiftKey: true }), false)).toBe('Ctrl+Shift+P')
    expect(shortcutOf(press('P', { metaKey: true, shiftKey: true }), true)).toBe('Ctrl+Shift+P')
    expect(shortcutOf(press('p', { ctrlKey: true, shiftKey: true }), true)).toBe('MacCtrl+Shift+P')
    expect(shortcutOf(press('F1'), false)).toBe('F1')
  })

  it('shows shortcuts the way each platform writes them', () => {
    expect(displayShortcut('Ctrl+Shift+P', false)).toBe('Ctrl+Shift+P')
    expect(displayShortcut('Ctrl+Shift+P', true)).toBe('⇧⌘P')
    expect(displayShortcut('Ctrl+,', true)).toBe('⌘,')
  })
})

describe('palette matching', () => {
  const labels = ['View: Toggle side bar', 'Preferences: Open settings', 'Preferências: Abrir configurações', 'View: Split editor']

  it('finds every word, ignoring case and accents', () => {
    expect(matchByWords(labels, (l) => l, 'configuracoes')).toEqual(['Preferências: Abrir configurações'])
    expect(matchByWords(labels, (l) => l, 'editor split')).toEqual(['View: Split editor'])
    expect(matchByWords(labels, (l) => l, '')).toEqual(labels)
    expect(matchByWords(labels, (l) => l, 'nothing like it')).toEqual([])
  })

  it('puts exact phrase matches first', () => {
    expect(matchByWords(['b settings open', 'open settings'], (l) => l, 'open settings')).toEqual(['open settings', 'b settings open'])
    expect(foldText('Ação')).toBe('acao')
  })
})
