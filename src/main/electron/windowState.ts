import path from 'node:path'
import { app, screen, type BrowserWindow, type Rectangle } from 'electron'
import { z } from 'zod'
import { readJsonFile, writeFileAtomic } from '../core/jsonFile'

const boundsSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  isMaximized: z.boolean()
})

/** Where and how big the main window was when it last closed. */
export type WindowBounds = z.infer<typeof boundsSchema>

/** How much of the window must be on a display to count as reachable: enough to grab its title bar. */
const minVisible = { width: 100, height: 50 }

function visibleOn(bounds: WindowBounds, area: Rectangle): boolean {
  const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x)
  const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y)
  return width >= minVisible.width && height >= minVisible.height
}

/**
 * Saved bounds if they are well-formed and still reachable on one of `workAreas`; null
 * otherwise (a damaged file, or a monitor that has since been unplugged), so the window
 * opens at its default place instead of off screen.
 */
export function usableBounds(saved: unknown, workAreas: Rectangle[]): WindowBounds | null {
  const parsed = boundsSchema.safeParse(saved)
  if (!parsed.success) return null
  return workAreas.some((area) => visibleOn(parsed.data, area)) ? parsed.data : null
}

/** The window-state file, in Electron's userData folder. */
export function windowStateFile(): string {
  return path.join(app.getPath('userData'), 'window-state.json')
}

/** The bounds to open the main window with, checked against the displays connected now. */
export function loadWindowBounds(file: string = windowStateFile()): WindowBounds | null {
  return usableBounds(
    readJsonFile(file, null),
    screen.getAllDisplays().map((display) => display.workArea)
  )
}

/** Writes the window's normal (unmaximized) bounds and whether it is maximized. */
export function saveWindowBounds(window: BrowserWindow, file: string = windowStateFile()): void {
  const { x, y, width, height } = window.getNormalBounds()
  const bounds: WindowBounds = { x, y, width, height, isMaximized: window.isMaximized() }
  try {
    writeFileAtomic(file, JSON.stringify(bounds, null, 2))
  } catch {
    // Failing to remember the window's place must never stop the app from closing.
  }
}

/** Remembers the window's bounds when it closes. */
export function rememberWindowBounds(window: BrowserWindow, file: string = windowStateFile()): void {
  window.on('close', () => saveWindowBounds(window, file))
}
