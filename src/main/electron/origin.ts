/**
 * Where the workbench comes from, in one place: every check of "is this the app's own
 * page?" (navigation, IPC sender, CSP) asks this module.
 *
 * The built renderer is served on a privileged custom scheme, `app://pulso/`, rather
 * than `file://`: Electron's security checklist advises against `file://` (it gives a
 * page read access to the whole disk and an opaque origin), and a standard secure
 * scheme gives the page a real origin, so CSP `'self'` and `fetch` of sql.js's wasm work.
 */
export const appScheme = 'app'
export const appHost = 'pulso'
export const appOrigin = `${appScheme}://${appHost}`

/** The page the main window loads. */
export interface RendererSource {
  /** The URL to load. */
  url: string
  /** The origins the app's own page may have: the app scheme, plus the dev server in development. */
  origins: string[]
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${appScheme}:` ? `${appScheme}://${parsed.host}` : parsed.origin
  } catch {
    return null
  }
}

/**
 * The renderer to load: electron-vite's dev server (`ELECTRON_RENDERER_URL`) when the
 * app runs unpackaged from `electron-vite dev`, the built files on `app://pulso/` otherwise.
 * A packaged app never honours the variable, so nobody can point it at a remote page.
 */
export function rendererSource(isPackaged: boolean, devUrl: string | undefined): RendererSource {
  const devOrigin = devUrl && !isPackaged ? originOf(devUrl) : null
  if (devUrl && devOrigin && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(devOrigin)) {
    return { url: devUrl, origins: [devOrigin] }
  }
  return { url: `${appOrigin}/index.html`, origins: [appOrigin] }
}

/** Whether a URL belongs to the app's own renderer. */
export function isOwnUrl(source: RendererSource, url: string): boolean {
  const origin = originOf(url)
  return origin !== null && source.origins.includes(origin)
}

/** Whether a URL may be handed to the operating system's browser: http(s) only. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}
