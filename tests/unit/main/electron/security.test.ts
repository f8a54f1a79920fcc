import type { Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../../../src/shared/csp'
import { rendererSource } from '../../../../src/main/electron/origin'
import { secureSession, secureWebContents } from '../../../../src/main/electron/security'
import { FakeSession, FakeWebContents, preventableEvent, shell } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const source = rendererSource(true, undefined)

function securedContents(): FakeWebContents {
  const contents = new FakeWebContents()
  secureWebContents(contents as unknown as WebContents, source)
  return contents
}

describe('secureWebContents', () => {
  beforeEach(() => shell.openExternal.mockClear())

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s refuses any URL but the app’s own', (name) => {
    const contents = securedContents()
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/x', 'javascript:alert(1)']) {
      const event = preventableEvent(url)
      contents.emit(name, event)
      expect(event.defaultPrevented(), url).toBe(true)
    }
    const own = preventableEvent('app://pulso/index.html#/nps')
    contents.emit(name, own)
    expect(own.defaultPrevented()).toBe(false)
  })

  it('refuses every <webview>', () => {
    const contents = securedContents()
    const event = preventableEvent()
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.defaultPrevented()).toBe(true)
  })

  it('denies every new window and hands http(s) links to the system browser', () => {
    const contents = securedContents()
    const open = (url: string): unknown => contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'foreground-tab' })
    expect(open('https://pulso.example/help')).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledWith('https://pulso.example/help')
  })

  it('never hands other schemes to the operating system', () => {
    const contents = securedContents()
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'smb://host/share', 'javascript:alert(1)', 'app://pulso/index.html']) {
      expect(contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal).not.toHaveBeenCalled()
  })
})

describe('secureSession', () => {
  function securedSession(): FakeSession {
    const session = new FakeSession()
    secureSession(session as unknown as Session)
    return session
  }

  it('denies every permission request and check', () => {
    const session = securedSession()
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn()
      session.permissionRequestHandler?.({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
      expect(session.permissionCheckHandler?.({}, permission, 'app://pulso', {})).toBe(false)
    }
  })

  it('puts the workbench CSP on every response, replacing any other', () => {
    const session = securedSession()
    const callback = vi.fn()
    session.headersReceived?.(
      { url: 'http://localhost:5173/', responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } },
      callback
    )
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] } })
  })

  it('sets the CSP on responses that came without headers', () => {
    const session = securedSession()
    const callback = vi.fn()
    session.headersReceived?.({ url: 'app://pulso/index.html' }, callback)
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy] } })
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-eval'/)
    expect(contentSecurityPolicy).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/)
  })
})
