import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { contentSecurityPolicy } from '../../shared/csp'
import { fail } from '../../shared/model/result'
import type { CoreEvents } from '../core/events'
import { dispatch, type HandlerTable } from '../handlers'
import { hasToken, isOwnHostAndOrigin, newToken, tokenCookie } from './auth'
import { downloadTarget, sendDownload } from './download'
import { staticFile } from './static'
import { maxUploadBytes, receiveUpload } from './upload'
import { toWireJson } from './wire'

/** Requests larger than this are refused with 413: no channel takes more. */
export const maxRequestBytes = 1024 * 1024

export interface BridgeOptions {
  handlers: HandlerTable
  events: CoreEvents
  /** The built renderer (out/renderer). */
  staticDir: string
  /** 0 picks a free port. */
  port?: number
  /** A fixed token, for tests; a random one otherwise. */
  token?: string
  /** Where files the browser uploads are kept (`POST /upload?name=…`); each upload is granted to the core. */
  uploadDir: string
  grant: (file: string) => void
  /** Whether the user chose this file or it is in Pulso's own folder: only such files are sent by `GET /download?path=…`. */
  allows: (file: string) => boolean
  /** The largest upload; `maxUploadBytes` by default. */
  maxUploadBytes?: number
}

export interface RunningBridge {
  /** The URL to open, with the token. */
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

function send(response: ServerResponse, status: number, body: string, contentType = 'text/plain; charset=utf-8'): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': contentType })
  response.end(body)
}

/** The body as text, or null when it is larger than `maxRequestBytes` (the rest is discarded unread). */
function readBody(request: IncomingMessage): Promise<string | null> {
  if (Number(request.headers['content-length'] ?? 0) > maxRequestBytes) {
    request.resume()
    return Promise.resolve(null)
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxRequestBytes) {
        chunks.length = 0
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/**
 * The loopback HTTP bridge: the built renderer and the same handler table as Electron's
 * IPC, on 127.0.0.1 only, behind a per-run token. `GET /?token=…` sets the token as a
 * same-site cookie so the page's own requests carry it; `POST /api/<channel>` calls a
 * channel; `GET /api/events` streams the core's events (server-sent events); `POST /upload`
 * takes a file from the browser, `GET /download?path=…` gives one back (granted files only).
 */
export function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? newToken()
  const streams = new Set<ServerResponse>()
  let port = 0

  const unsubscribe = options.events.subscribe((event) => {
    const frame = `event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`
    for (const stream of streams) stream.write(frame)
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isOwnHostAndOrigin(request, port)) return send(response, 403, 'Forbidden: foreign Host or Origin.')
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    if (!hasToken(request, url, token)) return send(response, 401, 'Unauthorized: this Pulso bridge needs the token from the URL it printed.')

    if (url.pathname === '/api/events' && request.method === 'GET') {
      response.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' })
      response.write(': connected\n\n')
      streams.add(response)
      request.on('close', () => streams.delete(response))
      return
    }
    if (url.pathname === '/upload') {
      if (request.method !== 'POST') return send(response, 405, 'Method not allowed: uploads take POST.')
      const saved = await receiveUpload(request, options.uploadDir, url.searchParams.get('name') ?? 'upload', options.maxUploadBytes)
      if (saved === null) {
        response.setHeader('Connection', 'close')
        return send(response, 413, `File too large: the limit is ${options.maxUploadBytes ?? maxUploadBytes} bytes.`)
      }
      options.grant(saved)
      return send(response, 200, JSON.stringify({ path: saved }), 'application/json')
    }
    if (url.pathname === '/download') {
      if (request.method !== 'GET') return send(response, 405, 'Method not allowed: downloads take GET.')
      const target = downloadTarget(url.searchParams.get('path'), options.allows)
      if ('status' in target) return send(response, target.status, target.message)
      return sendDownload(response, target, securityHeaders)
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'Method not allowed: channels take POST.')
      const body = await readBody(request)
      if (body === null) {
        response.setHeader('Connection', 'close')
        return send(response, 413, `Request too large: the limit is ${maxRequestBytes} bytes.`)
      }
      let input: unknown
      try {
        input = body ? JSON.parse(body) : {}
      } catch {
        return send(response, 400, JSON.stringify(fail('invalid-input', 'The request body is not JSON.')), 'application/json')
      }
      const result = await dispatch(options.handlers, decodeURIComponent(url.pathname.slice('/api/'.length)), input)
      return send(response, 200, toWireJson(result), 'application/json')
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed.')
    if (url.searchParams.has('token')) {
      response.writeHead(302, { ...securityHeaders, Location: '/', 'Set-Cookie': `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/` })
      response.end()
      return
    }
    const file = staticFile(options.staticDir, url.pathname)
    if (!file) return send(response, 404, 'Not found.')
    response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, `Internal error: ${error instanceof Error ? error.message : String(error)}`)
    })
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe()
            for (const stream of streams) stream.end()
            server.close(() => done())
            server.closeAllConnections()
          })
      })
    })
  })
}
