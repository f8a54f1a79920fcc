/**
 * `GET /download?path=…`: the browser's way to save a file the core wrote (the Excel
 * report), since a page cannot read the disk. Only a regular file the user chose or one
 * in Pulso's own folder is sent, never through a link, as an attachment under its own
 * name.
 */
import { createReadStream, lstatSync, type Stats } from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf'
}

/** `Content-Disposition` for a file name: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/** The file to send, or why not: 400 no path, 403 not granted, 404 not a regular file. */
export function downloadTarget(asked: string | null, allows: (file: string) => boolean): { file: string; size: number } | { status: 400 | 403 | 404; message: string } {
  if (!asked) return { status: 400, message: 'Say which file: /download?path=…' }
  const file = path.resolve(asked)
  if (!allows(file)) return { status: 403, message: 'Forbidden: Pulso sends only files you chose or that it wrote in its own folder.' }
  let stats: Stats
  try {
    stats = lstatSync(file)
  } catch {
    return { status: 404, message: 'Not found.' }
  }
  // A link is never followed: a granted name cannot lead to another file.
  if (stats.isSymbolicLink()) return { status: 403, message: 'Forbidden: Pulso does not send links.' }
  if (!stats.isFile()) return { status: 404, message: 'Not found.' }
  return { file, size: stats.size }
}

/** Streams the file as an attachment with the bridge's security headers. */
export function sendDownload(response: ServerResponse, target: { file: string; size: number }, headers: Record<string, string>): void {
  response.writeHead(200, {
    ...headers,
    'Content-Type': contentTypes[path.extname(target.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(target.size),
    'Content-Disposition': attachmentHeader(path.basename(target.file))
  })
  const stream = createReadStream(target.file)
  stream.on('error', () => response.destroy())
  stream.pipe(response)
}
