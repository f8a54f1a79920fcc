import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadWindowBounds, rememberWindowBounds, usableBounds, windowStateFile } from '../../../../src/main/electron/windowState'
import { app, FakeBrowserWindow, screen } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const laptop = { x: 0, y: 0, width: 1920, height: 1040 }
const monitorOnTheLeft = { x: -2560, y: 0, width: 2560, height: 1400 }

let dir: string
let file: string

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-window-'))
  file = path.join(dir, 'window-state.json')
  screen.getAllDisplays.mockReturnValue([{ workArea: laptop }])
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('window state', () => {
  it('keeps its file in userData', () => {
    app.paths.userData = dir
    expect(windowStateFile()).toBe(file)
  })

  it('restores the bounds saved when the window closed', () => {
    const window = new FakeBrowserWindow({})
    window.normalBounds = { x: 120, y: 80, width: 1400, height: 860 }
    window.maximized = true
    rememberWindowBounds(window as unknown as BrowserWindow, file)
    window.emit('close')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 120, y: 80, width: 1400, height: 860, isMaximized: true })
    expect(loadWindowBounds(file)).toEqual({ x: 120, y: 80, width: 1400, height: 860, isMaximized: true })
  })

  it('ignores bounds on a monitor that is no longer connected', () => {
    writeFileSync(file, JSON.stringify({ x: -2000, y: 100, width: 1400, height: 900, isMaximized: false }))
    expect(loadWindowBounds(file)).toBeNull()
    screen.getAllDisplays.mockReturnValue([{ workArea: laptop }, { workArea: monitorOnTheLeft }])
    expect(loadWindowBounds(file)).toEqual({ x: -2000, y: 100, width: 1400, height: 900, isMaximized: false })
  })

  it('ignores a window with only a sliver left on screen', () => {
    expect(usableBounds({ x: 1880, y: 100, width: 1400, height: 900, isMaximized: false }, [laptop])).toBeNull()
    expect(usableBounds({ x: 100, y: 1020, width: 1400, height: 900, isMaximized: false }, [laptop])).toBeNull()
    expect(usableBounds({ x: 1800, y: 100, width: 1400, height: 900, isMaximized: false }, [laptop])).not.toBeNull()
  })

  it('ignores a missing, damaged or malformed file', () => {
    expect(loadWindowBounds(file)).toBeNull()
    writeFileSync(file, '{ not json')
    expect(loadWindowBounds(file)).toBeNull()
    for (const saved of [{ x: 0, y: 0, width: 'wide', height: 900, isMaximized: false }, { x: 0, y: 0, width: 1e9, height: 900, isMaximized: false }, [], null]) {
      expect(usableBounds(saved, [laptop])).toBeNull()
    }
  })
})
