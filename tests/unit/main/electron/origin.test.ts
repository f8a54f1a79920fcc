import { describe, expect, it } from 'vitest'
import { isExternalWebUrl, isOwnUrl, rendererSource } from '../../../../src/main/electron/origin'

describe('rendererSource', () => {
  it('serves the built renderer on app://pulso when packaged, whatever the environment says', () => {
    expect(rendererSource(true, 'http://localhost:5173')).toEqual({ url: 'app://pulso/index.html', origins: ['app://pulso'] })
  })

  it('uses the local dev server when unpackaged', () => {
    expect(rendererSource(false, 'http://localhost:5173/')).toEqual({ url: 'http://localhost:5173/', origins: ['http://localhost:5173'] })
  })

  it('never loads a remote page, even unpackaged', () => {
    expect(rendererSource(false, 'https://evil.example/').url).toBe('app://pulso/index.html')
    expect(rendererSource(false, 'not a url').url).toBe('app://pulso/index.html')
  })
})

describe('isOwnUrl', () => {
  const source = rendererSource(true, undefined)

  it('accepts the app origin only', () => {
    expect(isOwnUrl(source, 'app://pulso/index.html#/churn')).toBe(true)
    expect(isOwnUrl(source, 'app://other/index.html')).toBe(false)
    expect(isOwnUrl(source, 'file:///etc/passwd')).toBe(false)
    expect(isOwnUrl(source, 'https://pulso.example/')).toBe(false)
    expect(isOwnUrl(source, '')).toBe(false)
  })
})

describe('isExternalWebUrl', () => {
  it('allows http and https, nothing else', () => {
    expect(isExternalWebUrl('https://pulso.example/help')).toBe(true)
    expect(isExternalWebUrl('http://pulso.example/')).toBe(true)
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'smb://host/share', 'mailto:a@b.c', 'app://pulso/', 'nonsense']) {
      expect(isExternalWebUrl(url)).toBe(false)
    }
  })
})
