// Timing in the page's own clock (performance.now), so the figures hold no round trips of the
// driver: the start is the first input event the action fires (keydown, pointer, input,
// change; listened to before the action), the end is when the view has drawn or settled,
// checked on every animation frame. The page's globals are typed here by the few members
// used, since the benchmarks compile without the DOM library.
import type { Page } from 'playwright-core'

interface PageCanvas {
  width: number
  height: number
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null
}
interface PageElement {
  innerText: string
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageCanvas>
}
interface Watch {
  start: number | null
  done: Promise<number>
}
interface PageGlobals {
  document: PageElement & { addEventListener(type: string, listener: () => void, options: { capture: boolean; once: boolean }): void }
  requestAnimationFrame(callback: () => void): number
  benchWatch?: Watch
}

/** How a wait ends: every canvas under the test ids has ink ('ink'), or the scope stopped changing for `quietFrames` frames ('settle'). */
interface WatchOptions {
  mode: 'ink' | 'settle'
  scope: string
  testIds: string[]
  quietFrames: number
  timeoutMs: number
}

/** Starts, in the page, a watch that records the first input event and resolves with the end time. */
function installWatch(options: WatchOptions): void {
  const page = globalThis as unknown as PageGlobals
  const canvasInk = (canvas: PageCanvas, step: number): number => {
    const context = canvas.width && canvas.height ? canvas.getContext('2d') : null
    if (!context) return 0
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    let ink = 0
    for (let i = 3; i < data.length; i += 4 * step) if (data[i] > 0) ink += 1 + data[i - 1] + data[i - 2] * 3 + data[i - 3] * 7
    return ink
  }
  const inked = (): boolean => options.testIds.every((id) => {
    const canvases = page.document.querySelectorAll(`[data-testid="${id}"] canvas`)
    return canvases.length > 0 && canvasInk(canvases[0], 1) > 0
  })
  const fingerprint = (): string => {
    const scope = page.document.querySelector(options.scope)
    if (!scope) return ''
    const canvases = Array.from(scope.querySelectorAll('canvas'))
    return `${scope.innerText}|${canvases.map((canvas) => canvasInk(canvas, 5)).join(',')}`
  }
  const watch: Watch = { start: null, done: Promise.resolve(0) }
  for (const type of ['keydown', 'pointerdown', 'mousedown', 'input', 'change']) {
    page.document.addEventListener(type, () => {
      watch.start ??= performance.now()
    }, { capture: true, once: true })
  }
  const before = options.mode === 'settle' ? fingerprint() : ''
  watch.done = new Promise((resolve, reject) => {
    const begun = performance.now()
    let last = before
    let changedAt: number | null = null
    let quiet = 0
    const frame = (): void => {
      const now = performance.now()
      if (now - begun > options.timeoutMs) return reject(new Error(`the view did not ${options.mode === 'ink' ? 'draw' : 'change'} in ${options.timeoutMs} ms`))
      if (watch.start !== null && options.mode === 'ink' && inked()) return resolve(now)
      if (watch.start !== null && options.mode === 'settle') {
        const current = fingerprint()
        if (current !== last) {
          last = current
          changedAt = now
          quiet = 0
        } else if (changedAt !== null && ++quiet >= options.quietFrames) return resolve(changedAt)
      }
      page.requestAnimationFrame(frame)
    }
    page.requestAnimationFrame(frame)
  })
  page.benchWatch = watch
}

/** Ms from the action's first input event until the watch ends. */
async function timed(page: Page, options: WatchOptions, action: () => Promise<unknown>): Promise<number> {
  await page.evaluate(installWatch, options)
  await action()
  return page.evaluate(async () => {
    const watch = (globalThis as unknown as PageGlobals).benchWatch
    if (!watch) throw new Error('no watch')
    const end = await watch.done
    return end - (watch.start ?? end)
  })
}

/** Ms from the action until every chart under `testIds` (inside `scope` once it exists) has pixels drawn. */
export function waitForInk(page: Page, scope: string, testIds: string[], action: () => Promise<unknown>): Promise<number> {
  return timed(page, { mode: 'ink', scope, testIds, quietFrames: 0, timeoutMs: 120_000 }, action)
}

/** Ms from the action until the last change of `scope` (its text and its charts' pixels), once quiet for 20 frames. */
export function settledAfter(page: Page, scope: string, action: () => Promise<unknown>): Promise<number> {
  return timed(page, { mode: 'settle', scope, testIds: [], quietFrames: 20, timeoutMs: 60_000 }, action)
}
