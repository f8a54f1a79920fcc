import { describe, expect, it, vi } from 'vitest'
import { ApiError, type PulsoClient } from '../../../../src/renderer/api/client'
import { createFileAccess, downloadUrl, filePathIn, workspacePathIn } from '../../../../src/renderer/api/files'

function fakeClient(transport: PulsoClient['transport']): PulsoClient & { calls: unknown[][]; emit(event: string, payload: unknown): void } {
  const calls: unknown[][] = []
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  return {
    transport,
    calls,
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
    call: vi.fn(async (channel: string, request: unknown) => {
      calls.push([channel, request])
      return (channel === 'dialog:saveFile' ? '/docs/x.pulso' : ['/docs/a.csv']) as never
    }) as PulsoClient['call'],
    on: ((event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    }) as PulsoClient['on']
  }
}

describe('file access', () => {
  it('makes a safe .pulso path in the workspace folder from a typed name', () => {
    expect(workspacePathIn('/home/ana/Documents/Pulso', 'vendas do trimestre')).toBe('/home/ana/Documents/Pulso/vendas do trimestre.pulso')
    expect(workspacePathIn('/w/', 'vendas.pulso')).toBe('/w/vendas.pulso')
    expect(workspacePathIn('/w', '../../etc/passwd')).toBe('/w/etc-passwd.pulso')
    expect(workspacePathIn('/w', 'a:b*c?')).toBe('/w/a-b-c-.pulso')
    expect(workspacePathIn('C:\\Users\\ana\\Pulso', 'Q1')).toBe('C:\\Users\\ana\\Pulso\\Q1.pulso')
    expect(workspacePathIn('/w', '  ..  ')).toBeNull()
    expect(workspacePathIn('/w', '')).toBeNull()
  })

  it('uses the native dialogs in Electron', async () => {
    const client = fakeClient('electron')
    const files = createFileAccess(client, { workspaceFolder: () => '/w', askWorkspaceName: async () => 'never' })
    expect(await files.chooseSpreadsheets()).toEqual(['/docs/a.csv'])
    expect(await files.chooseSaveLocation('Q1')).toBe('/docs/x.pulso')
    expect(client.calls).toEqual([
      ['dialog:openFiles', { purpose: 'spreadsheets', multiple: true }],
      ['dialog:saveFile', { purpose: 'workspace', suggestedName: 'Q1' }]
    ])
    expect(await files.receiveDropped([])).toEqual([])
  })

  it('in Electron, takes dropped files from the paths the core reports, and refuses a drop with none', async () => {
    vi.useFakeTimers()
    const client = fakeClient('electron')
    const files = createFileAccess(client, { workspaceFolder: () => '/w', askWorkspaceName: async () => null })
    const dropped = [new File(['x'], 'vendas.csv')]
    const received = files.receiveDropped(dropped)
    client.emit('files:dropped', { paths: ['/home/ana/vendas.csv'] })
    expect(await received).toEqual(['/home/ana/vendas.csv'])
    const refused = files.receiveDropped(dropped)
    vi.advanceTimersByTime(3000)
    await expect(refused).rejects.toBeInstanceOf(ApiError)
    vi.useRealTimers()
  })

  it('saves into the workspace folder by name in the browser', async () => {
    const client = fakeClient('http')
    const asked: string[] = []
    const files = createFileAccess(client, { workspaceFolder: () => '/w', askWorkspaceName: async (suggested, folder) => (asked.push(`${suggested}@${folder}`), 'Q1') })
    expect(await files.chooseSaveLocation('Untitled')).toBe('/w/Q1.pulso')
    expect(asked).toEqual(['Untitled@/w'])
    const cancelled = createFileAccess(client, { workspaceFolder: () => '/w', askWorkspaceName: async () => null })
    expect(await cancelled.chooseSaveLocation('Untitled')).toBeNull()
    expect(client.calls).toEqual([])
  })

  it('asks where to write a report with the native dialog in Electron, and by name in Pulso’s folder in the browser', async () => {
    const electron = fakeClient('electron')
    const desktop = createFileAccess(electron, { workspaceFolder: () => '/w', askWorkspaceName: async () => null })
    expect(desktop.savesByName).toBe(false)
    expect(await desktop.chooseReportLocation('Relatório.xlsx')).toBe('/docs/x.pulso')
    expect(electron.calls).toEqual([['dialog:saveFile', { purpose: 'report', suggestedName: 'Relatório.xlsx' }]])
    const browser = createFileAccess(fakeClient('http'), { workspaceFolder: () => '/home/ana/Pulso', askWorkspaceName: async () => null })
    expect(browser.savesByName).toBe(true)
    expect(await browser.chooseReportLocation('Relatório 2025-Q4')).toBe('/home/ana/Pulso/Relatório 2025-Q4.xlsx')
    expect(await browser.chooseReportLocation('../x.xlsx')).toBe('/home/ana/Pulso/x.xlsx')
    expect(await browser.chooseReportLocation(' ')).toBeNull()
    expect(filePathIn('/w', 'a/b.XLSX', 'xlsx')).toBe('/w/a-b.xlsx')
    expect(downloadUrl('/home/ana/Pulso/Relatório 2025.xlsx')).toBe('/download?path=%2Fhome%2Fana%2FPulso%2FRelat%C3%B3rio%202025.xlsx')
  })

  it('asks where to write an exported list: the native dialog for its format in Electron, by name in Pulso’s folder in the browser', async () => {
    const electron = fakeClient('electron')
    const desktop = createFileAccess(electron, { workspaceFolder: () => '/w', askWorkspaceName: async () => null })
    await desktop.chooseExportLocation('Survey list.csv', 'csv')
    await desktop.chooseExportLocation('Survey list.xlsx', 'xlsx')
    expect(electron.calls).toEqual([
      ['dialog:saveFile', { purpose: 'csv', suggestedName: 'Survey list.csv' }],
      ['dialog:saveFile', { purpose: 'report', suggestedName: 'Survey list.xlsx' }]
    ])
    const browser = createFileAccess(fakeClient('http'), { workspaceFolder: () => '/home/ana/Pulso', askWorkspaceName: async () => null })
    expect(await browser.chooseExportLocation('Survey list 2025-11-30', 'csv')).toBe('/home/ana/Pulso/Survey list 2025-11-30.csv')
    expect(await browser.chooseExportLocation('Survey list 2025-11-30.xlsx', 'xlsx')).toBe('/home/ana/Pulso/Survey list 2025-11-30.xlsx')
  })
})
