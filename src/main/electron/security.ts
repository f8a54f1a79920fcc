import { shell, type Session, type WebContents } from 'electron'
import { contentSecurityPolicy } from '../../shared/csp'
import { isExternalWebUrl, isOwnUrl, type RendererSource } from './origin'

/**
 * Locks down one webContents: no navigation away from the app's own page, no new windows
 * (an http(s) link the user opens goes to the system browser instead), no `<webview>`.
 * Applied to every webContents the app creates, not only the main window's.
 */
export function secureWebContents(contents: WebContents, source: RendererSource): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isOwnUrl(source, url)) event.preventDefault()
  }
  contents.on('will-navigate', (event) => refuseForeign(event, event.url))
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url))
  contents.on('will-redirect', (event) => refuseForeign(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

/**
 * Locks down a session: every permission request and check is denied (the workbench
 * needs no camera, notifications or geolocation), and every response carries the
 * workbench's CSP, the dev server's included.
 */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'))
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } })
  })
}
