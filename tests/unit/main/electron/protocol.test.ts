import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../../../src/shared/csp'
import { registerAppScheme, serveRenderer } from '../../../../src/main/electron/protocol'
import { protocol } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

let root: string
let rendererDir: string

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pulso-protocol-'))
  rendererDir = path.join(root, 'renderer')
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pulso</title>')
  writeFileSync(path.join(rendererDir, 'assets', 'sql-wasm.wasm'), new Uint8Array([0, 97, 115, 109]))
  writeFileSync(path.join(root, 'secret.txt'), 'not for the page')
  serveRenderer(rendererDir)
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

function get(url: string): Promise<Response> {
  const handler = protocol.handlers.get('app')
  if (!handler) throw new Error('app:// is not handled')
  return Promise.resolve(handler(new Request(url)) as Response)
}

describe('the app:// scheme', () => {
  it('is standard, secure and fetchable, registered before ready', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
  })

  it('serves the built renderer with the CSP', async () => {
    const page = await get('app://pulso/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(await page.text()).toContain('<title>Pulso</title>')
  })

  it('serves sql.js’s wasm as application/wasm', async () => {
    const wasm = await get('app://pulso/assets/sql-wasm.wasm')
    expect(wasm.headers.get('content-type')).toBe('application/wasm')
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]))
  })

  it('serves nothing outside the renderer folder or on another host', async () => {
    for (const url of ['app://pulso/../secret.txt', 'app://pulso/%2e%2e/secret.txt', 'app://pulso/..%2fsecret.txt', 'app://other/index.html', 'app://pulso/missing.js']) {
      expect((await get(url)).status, url).toBe(404)
    }
  })
})
