// A dashboard's own part of the report (`sheets`): only the chosen sheets plus About, in the
// report's order; Data only when asked; a chosen sheet the data lacks is listed in About;
// the same through `report:export`, which refuses unknown sheet names and an empty choice.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHandlers, dispatch } from '../../../../src/main/handlers'
import { headlessHost } from '../../../../src/main/host'
import { writeReport, type ReportData } from '../../../../src/main/core/report/writeReport'
import { workspaceSeries } from '../../../../src/main/core/series/workspaceSeries'
import { Workspace } from '../../../../src/main/core/workspace/workspace'
import { makeCore } from '../coreFixture'
import { numberOf, readWorkbook, rowLabelled, sampleFolder } from './reportFixture'

let folder: Awaited<ReturnType<typeof sampleFolder>>
let data: ReportData
beforeAll(async () => {
  folder = await sampleFolder()
  const workspace = await Workspace.open(folder.workspace)
  try {
    data = { series: workspaceSeries(workspace), sources: workspace.sourceFiles(), name: workspace.name }
  } finally {
    workspace.close()
  }
}, 60_000)
afterAll(() => folder.remove())

const options = { from: '2025-10', to: '2025-12', lang: 'en', version: '9.9.9' } as const

describe('writeReport with a choice of sheets', () => {
  it('writes only the chosen sheet and About, without Data unless asked', async () => {
    const file = path.join(folder.dir, 'churn.xlsx')
    const result = await writeReport(data, { ...options, file, sheets: ['churn'] })
    expect(result).toMatchObject({ sheets: ['Churn', 'About'], leftOut: [], dataRows: 0 })
    const book = await readWorkbook(file)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Churn', 'About'])
    const about = book.getWorksheet('About')
    if (!about) throw new Error('no About')
    expect(rowLabelled(about, 'Data').getCell(2).value).toBe('—')
    expect(book.getWorksheet('Churn')?.getImages().length).toBeGreaterThan(0)
  }, 60_000)

  it('keeps the report’s order whatever the order asked, and adds Data when asked', async () => {
    const file = path.join(folder.dir, 'revenue.xlsx')
    const result = await writeReport(data, { ...options, file, sheets: ['revenue', 'summary', 'revenue'], data: true })
    expect(result.sheets).toEqual(['Summary', 'Revenue', 'Data', 'About'])
    expect(result.dataRows).toBe(2000)
    const book = await readWorkbook(file)
    expect(book.getWorksheet('Data')?.rowCount).toBe(2001)
    const full = await writeReport(data, { ...options, file: path.join(folder.dir, 'full.xlsx') })
    const summary = book.getWorksheet('Summary')
    const fullSummary = (await readWorkbook(full.file)).getWorksheet('Summary')
    if (!summary || !fullSummary) throw new Error('no Summary')
    expect(numberOf(rowLabelled(summary, 'MRR at end').getCell(2))).toBe(numberOf(rowLabelled(fullSummary, 'MRR at end').getCell(2)))
  }, 60_000)

  it('lists a chosen sheet the data lacks in About, and only the chosen ones', async () => {
    const file = path.join(folder.dir, 'nps.xlsx')
    const result = await writeReport({ ...data, series: { ...data.series, nps: null } }, { ...options, file, sheets: ['nps', 'cohorts'] })
    expect(result.sheets).toEqual(['Cohorts', 'About'])
    expect(result.leftOut.map((item) => item.sheet)).toEqual(['NPS'])
  }, 60_000)
})

describe('report:export with sheets', () => {
  const fixture = makeCore()
  const table = createHandlers(fixture.core, headlessHost)
  const workspaces = path.join(fixture.configDir, 'workspaces')
  afterAll(() => fixture.dispose())
  beforeAll(async () => {
    expect(await dispatch(table, 'workspace:openSample', {})).toMatchObject({ ok: true })
  }, 60_000)

  it('writes a dashboard’s own part', async () => {
    const file = path.join(workspaces, 'NPS.xlsx')
    const result = await dispatch(table, 'report:export', { path: file, lang: 'pt-BR', from: '2025-10', to: '2025-12', sheets: ['nps'] })
    expect(result).toMatchObject({ ok: true, value: { sheets: ['NPS', 'Sobre'], dataRows: 0 } })
    expect((await readWorkbook(file)).worksheets.map((s) => s.name)).toEqual(['NPS', 'Sobre'])
  }, 60_000)

  it('refuses an unknown sheet and an empty choice', async () => {
    const file = path.join(workspaces, 'bad.xlsx')
    expect(await dispatch(table, 'report:export', { path: file, lang: 'en', sheets: ['data'] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(table, 'report:export', { path: file, lang: 'en', sheets: [] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(table, 'report:export', { path: file, lang: 'en', data: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
