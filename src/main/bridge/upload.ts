import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import path from 'node:path'

/** The largest file the browser can hand to the bridge. */
export const maxUploadBytes = 2 * 1024 * 1024 * 1024

/** A file name as the browser gave it, reduced to a safe base name. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = [...base].map((ch) => (ch.charCodeAt(0) < 32 || '<>:"|?*'.includes(ch) ? '_' : ch)).join('').replace(/^\.+/, '').slice(0, 200)
  return cleaned || 'upload'
}

/**
 * Streams a request body into a fresh folder under `root`, refusing more than
 * `maxUploadBytes`. Resolves the saved path, or null when the body was too large (the
 * partial file is removed).
 */
export function receiveUpload(request: IncomingMessage, root: string, name: string, limit = maxUploadBytes): Promise<string | null> {
  const folder = path.join(root, randomBytes(8).toString('hex'))
  mkdirSync(folder, { recursive: true })
  const file = path.join(folder, safeFileName(name))
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file)
    let size = 0
    let refused = false
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit && !refused) {
        refused = true
        request.unpipe(out)
        out.destroy()
        rmSync(folder, { recursive: true, force: true })
        request.resume()
        resolve(null)
      }
    })
    request.pipe(out)
    out.on('finish', () => {
      if (!refused) resolve(file)
    })
    out.on('error', (error) => {
      if (!refused) reject(error)
    })
    request.on('error', reject)
  })
}
