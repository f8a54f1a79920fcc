import { protocol } from 'electron'
import { contentSecurityPolicy } from '../../shared/csp'
import { staticFile } from '../bridge/static'
import { appHost, appScheme } from './origin'

/**
 * Declares `app://` a standard, secure scheme that supports `fetch`. Electron requires
 * this before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/**
 * Serves the built renderer folder on `app://pulso/`, with the CSP on every response.
 * Only files inside that folder exist; any other host or path is a 404.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, (request) => {
    const url = new URL(request.url)
    const file = url.host === appHost ? staticFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' }
    })
  })
}
