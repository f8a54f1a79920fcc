import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge, maxRequestBytes, type RunningBridge } from '../../../../src/main/bridge/server'
import { createHandlers } from '../../../../src/main/handlers'
import { headlessHost } from '../../../../src/main/host'
import { makeCore } from '../coreFixture'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw HTTP request, so tests can send the headers a browser would never let a page forge. */
function send(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }))
    })
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}

describe('the loopback bridge', () => {
  const fixture = makeCore()
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-static-'))
  let bridge: RunningBridge
  let auth: Record<string, string>

  beforeAll(async () => {
    mkdirSync(path.join(staticDir, 'assets'))
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Pulso</title>')
    writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(path.join(os.tmpdir(), 'pulso-secret.txt'), 'secret')
    bridge = await startBridge({ handlers: createHandlers(fixture.core, headlessHost), events: fixture.core.events, staticDir, uploadDir: path.join(staticDir, '..', path.basename(staticDir) + '-uploads'), grant: (file) => fixture.core.grants.grant(file), allows: (file) => fixture.core.grants.allows(file), maxUploadBytes: 4096 })
    auth = { Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${bridge.token}` }
  })

  afterAll(async () => {
    await bridge.close()
    fixture.dispose()
    rmSync(staticDir, { recursive: true, force: true })
  })

  it('listens on 127.0.0.1 only and prints a URL carrying a long random token', () => {
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=[\\w-]{43}$`))
  })

  it('refuses requests without the token, or with a wrong one, with 401', async () => {
    const host = { Host: `127.0.0.1:${bridge.port}` }
    expect((await send(bridge.port, { headers: host })).status).toBe(401)
    expect((await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: host, body: '{}' })).status).toBe(401)
    const wrong = { ...host, Authorization: `Bearer ${'x'.repeat(43)}` }
    expect((await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: wrong, body: '{}' })).status).toBe(401)
  })

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin with 403, even with the token', async () => {
    expect((await send(bridge.port, { headers: { ...auth, Host: `evil.example:${bridge.port}` } })).status).toBe(403)
    expect((await send(bridge.port, { headers: { ...auth, Host: '127.0.0.1:1' } })).status).toBe(403)
    const foreignOrigin = { ...auth, Origin: 'http://evil.example' }
    expect((await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: foreignOrigin, body: '{}' })).status).toBe(403)
    const ownOrigin = { ...auth, Origin: `http://127.0.0.1:${bridge.port}` }
    expect((await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: ownOrigin, body: '{}' })).status).toBe(200)
  })

  it('trades the URL token for an HttpOnly same-site cookie, which then opens the page', async () => {
    const first = await send(bridge.port, { path: `/?token=${bridge.token}`, headers: { Host: `127.0.0.1:${bridge.port}` } })
    expect(first.status).toBe(302)
    const cookie = String(first.headers['set-cookie'])
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    const page = await send(bridge.port, { headers: { Host: `127.0.0.1:${bridge.port}`, Cookie: cookie.split(';')[0] } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Pulso</title>')
    expect(page.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'")
  })

  it('calls the same handler table: typed results, typed errors', async () => {
    const info = await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: auth, body: '{}' })
    expect(JSON.parse(info.body)).toEqual({ ok: true, value: { name: 'Pulso', version: '9.9.9', platform: 'linux', systemLocale: 'pt-BR', transport: 'http', workspaceFolder: path.join(fixture.configDir, 'workspaces') } })
    const invalid = await send(bridge.port, { method: 'POST', path: '/api/settings:update', headers: auth, body: '{"language":"fr"}' })
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const notJson = await send(bridge.port, { method: 'POST', path: '/api/settings:update', headers: auth, body: '{oops' })
    expect(notJson.status).toBe(400)
  })

  it('refuses an oversized body with 413', async () => {
    const body = JSON.stringify({ theme: 'x'.repeat(maxRequestBytes) })
    const answer = await send(bridge.port, { method: 'POST', path: '/api/settings:update', headers: auth, body })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('Request too large')
    const chunked = await send(bridge.port, { method: 'POST', path: '/api/settings:update', headers: { ...auth, 'Transfer-Encoding': 'chunked' }, body })
    expect(chunked.status).toBe(413)
  })

  it('serves only files inside the built renderer', async () => {
    expect((await send(bridge.port, { path: '/assets/app.js', headers: auth })).status).toBe(200)
    for (const escape of ['/../pulso-secret.txt', '/%2e%2e/pulso-secret.txt', '/assets/..%2f..%2fpulso-secret.txt', '/%00']) {
      const answer = await send(bridge.port, { path: escape, headers: auth })
      expect(answer.status, escape).toBe(404)
      expect(answer.body).not.toContain('secret')
    }
  })

  it('opens only files the user chose: an upload is granted, any other path is forbidden', async () => {
    const secret = path.join(os.tmpdir(), 'pulso-secret.txt')
    const refused = await send(bridge.port, { method: 'POST', path: '/api/import:preview', headers: auth, body: JSON.stringify({ paths: [secret] }) })
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const forbiddenOpen = await send(bridge.port, { method: 'POST', path: '/api/workspace:open', headers: auth, body: JSON.stringify({ path: '/etc/passwd' }) })
    expect(JSON.parse(forbiddenOpen.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })

    const csv = 'Código do Cliente;Data;Valor\nC1;05/01/2024;1.234,56\n'
    const upload = await send(bridge.port, { method: 'POST', path: '/upload?name=..%2F..%2Fvendas.csv', headers: auth, body: csv })
    expect(upload.status).toBe(200)
    const saved = (JSON.parse(upload.body) as { path: string }).path
    expect(path.basename(saved)).toBe('vendas.csv')
    expect(saved.startsWith(path.join(staticDir, '..', path.basename(staticDir) + '-uploads'))).toBe(true)
    const preview = await send(bridge.port, { method: 'POST', path: '/api/import:preview', headers: auth, body: JSON.stringify({ paths: [saved] }) })
    expect(JSON.parse(preview.body)).toMatchObject({ ok: true, value: [{ file: 'vendas.csv', kind: 'revenue' }] })
  })

  it('refuses an upload over the limit with 413 and keeps nothing', async () => {
    const answer = await send(bridge.port, { method: 'POST', path: '/upload?name=big.csv', headers: auth, body: 'x'.repeat(10_000) })
    expect(answer.status).toBe(413)
  })

  it('carries typed arrays of the series through JSON', async () => {
    const csv = 'Código do Cliente;Data;Valor\nC1;05/01/2024;1.234,56\nC2;07/02/2024;10\n'
    const upload = JSON.parse((await send(bridge.port, { method: 'POST', path: '/upload?name=serie.csv', headers: auth, body: csv })).body) as { path: string }
    const run = await send(bridge.port, { method: 'POST', path: '/api/import:run', headers: auth, body: JSON.stringify({ importId: 'i1', files: [{ path: upload.path }] }) })
    expect(JSON.parse(run.body)).toMatchObject({ ok: true, value: [{ file: 'serie.csv', error: null }] })
    const series = JSON.parse((await send(bridge.port, { method: 'POST', path: '/api/workspace:series', headers: auth, body: '{}' })).body) as { value: { months: string[]; transactions: { revenue: { $typed: string; base64: string } } } }
    expect(series.value.months).toEqual(['2024-01', '2024-02'])
    expect(series.value.transactions.revenue.$typed).toBe('Float64Array')
    const bytes = Buffer.from(series.value.transactions.revenue.base64, 'base64')
    expect([...new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8)]).toEqual([1234.56, 0, 0, 10])
  })

  it('pushes core events as server-sent events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: bridge.port, path: '/api/events', headers: auth }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          if (text.includes(': connected')) fixture.core.events.emit('app:command', { command: 'workbench.commandPalette' })
          if (text.includes('event: app:command')) {
            req.destroy()
            resolve(text)
          }
        })
      })
      req.on('error', reject)
      req.end()
    })
    expect(received).toContain('event: app:command\ndata: {"command":"workbench.commandPalette"}')
  })
})
