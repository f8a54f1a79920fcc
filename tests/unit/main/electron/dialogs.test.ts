import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronShellHost } from '../../../../src/main/electron/dialogs'
import { shellLabels } from '../../../../src/main/electron/labels'
import { dialog, FakeBrowserWindow } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const window = new FakeBrowserWindow({}) as unknown as BrowserWindow
const host = electronShellHost(() => window, () => shellLabels.en)

beforeEach(() => {
  dialog.showOpenDialog.mockClear()
  dialog.showSaveDialog.mockClear()
})

describe('electronShellHost', () => {
  it('opens spreadsheets (xlsx, xls, csv, txt), several at once, modal to the window', async () => {
    expect(await host.openFiles({ purpose: 'spreadsheets', multiple: true })).toEqual(['/data/crm.xlsx'])
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Open spreadsheets',
      filters: [{ name: 'Spreadsheets', extensions: ['xlsx', 'xls', 'csv', 'txt'] }],
      properties: ['openFile', 'multiSelections']
    })
  })

  it('opens one workspace (*.pulso)', async () => {
    await host.openFiles({ purpose: 'workspace', multiple: false })
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ filters: [{ name: 'Pulso workspace', extensions: ['pulso'] }], properties: ['openFile'] }))
  })

  it('answers no paths when the open dialog is cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/ignored'] })
    expect(await host.openFiles({ purpose: 'spreadsheets', multiple: false })).toEqual([])
  })

  it.each([
    ['workspace', 'Carteira 2024', 'Carteira 2024.pulso', 'pulso'],
    ['report', 'Relatório.XLSX', 'Relatório.XLSX', 'xlsx'],
    ['csv', '../../etc/churn', 'churn.csv', 'csv']
  ] as const)('saves a %s with its extension and no folder from the renderer', async (purpose, suggestedName, defaultPath, extension) => {
    expect(await host.saveFile({ purpose, suggestedName })).toBe('/data/report.xlsx')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath, filters: [expect.objectContaining({ extensions: [extension] })] }))
  })

  it('answers null when the save dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await host.saveFile({ purpose: 'report', suggestedName: '' })).toBeNull()
    expect(dialog.showSaveDialog.mock.calls[0][1]).not.toHaveProperty('defaultPath')
  })

  it('works without a window, and in Portuguese', async () => {
    const portuguese = electronShellHost(() => null, () => shellLabels['pt-BR'])
    await portuguese.openFiles({ purpose: 'spreadsheets', multiple: false })
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Abrir planilhas', filters: [{ name: 'Planilhas', extensions: ['xlsx', 'xls', 'csv', 'txt'] }] }))
  })
})
