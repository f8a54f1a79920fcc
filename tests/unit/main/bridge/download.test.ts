// `GET /download?path=…`: the browser's way to save a file the core wrote. Only with the
// token, only files the user chose or in Pulso's own folder, never through a link, as an
// attachment under its own name.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attachmentHeader } from '../../../../src/main/bridge/download'
import { startBridge, type RunningBridge } from '../../../../src/main/bridge/server'
import { createHandlers } from '../../../../src/main/handlers'
import { headlessHost } from '../../../../src/main/host'
import { makeCore } from '../coreFixture'

function get(port: number, target: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: target, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('GET /download', () => {
  const fixture = makeCore()
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-static-'))
  const folder = path.join(fixture.configDir, 'workspaces')
  const report = path.join(folder, 'Relatório 2025.xlsx')
  const secret = path.join(fixture.configDir, 'secret.txt')
  let bridge: RunningBridge
  let auth: Record<string, string>
  const download = (file: string) => `/download?path=${encodeURIComponent(file)}`

  beforeAll(async () => {
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Pulso</title>')
    mkdirSync(folder, { recursive: true })
    writeFileSync(report, 'PK report bytes')
    writeFileSync(secret, 'secret')
    symlinkSync(secret, path.join(folder, 'link.xlsx'))
    bridge = await startBridge({ handlers: createHandlers(fixture.core, headlessHost), events: fixture.core.events, staticDir, uploadDir: path.join(staticDir, 'uploads'), grant: (file) => fixture.core.grants.grant(file), allows: (file) => fixture.core.grants.allows(file) })
    auth = { Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${bridge.token}` }
  })

  afterAll(async () => {
    await bridge.close()
    fixture.dispose()
    rmSync(staticDir, { recursive: true, force: true })
  })

  it('sends a file of Pulso’s folder as an attachment under its own name', async () => {
    const answer = await get(bridge.port, download(report), auth)
    expect(answer.status).toBe(200)
    expect(answer.body.toString()).toBe('PK report bytes')
    expect(answer.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="Relat_rio 2025.xlsx"; filename*=UTF-8''Relat%C3%B3rio%202025.xlsx`)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  })

  it('needs the token', async () => {
    expect((await get(bridge.port, download(report), { Host: `127.0.0.1:${bridge.port}` })).status).toBe(401)
    expect((await get(bridge.port, download(report), { Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${'x'.repeat(43)}` })).status).toBe(401)
  })

  it('refuses every other path: outside the folder, climbing out of it, through a link', async () => {
    for (const other of [secret, path.join(folder, '..', 'secret.txt'), '/etc/passwd', path.join(folder, 'link.xlsx')]) {
      const answer = await get(bridge.port, download(other), auth)
      expect(answer.status, other).toBe(403)
      expect(answer.body.toString()).not.toContain('secret')
    }
    expect((await get(bridge.port, `/download?path=${encodeURIComponent(folder + '/../secret.txt')}`, auth)).status).toBe(403)
  })

  it('answers 404 for a granted name that is no file, 400 without a path, 405 for another method', async () => {
    expect((await get(bridge.port, download(path.join(folder, 'missing.xlsx')), auth)).status).toBe(404)
    expect((await get(bridge.port, download(folder + '/'), auth)).status).toBe(403)
    expect((await get(bridge.port, '/download', auth)).status).toBe(400)
    expect((await get(bridge.port, download(report), auth, 'POST')).status).toBe(405)
  })

  it('writes a header no file name can break', () => {
    expect(attachmentHeader('a"b;c\\d.xlsx')).toBe(`attachment; filename="a_b_c_d.xlsx"; filename*=UTF-8''a%22b%3Bc%5Cd.xlsx`)
  })
})
