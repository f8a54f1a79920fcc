// `export:surveyList` through the handler table: the sample's customers due for a survey
// written as xlsx and csv to a granted path, read back (exceljs, text) and checked against
// the engine's `surveyDueList`; formula-looking text from the data written safely; a path
// the user did not choose, a wrong extension and an unknown filter column refused.
import ExcelJS from 'exceljs'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHandlers, dispatch } from '../../../../src/main/handlers'
import { headlessHost } from '../../../../src/main/host'
import { surveyListCsv, writeSurveyList } from '../../../../src/main/core/export/writeSurveyList'
import { surveyListTable } from '../../../../src/main/core/export/surveyList'
import { surveyDueList } from '../../../../src/shared/metrics/campaigns'
import { selectCustomers } from '../../../../src/shared/metrics/selection'
import { metricSettings } from '../../../../src/shared/metrics/settings'
import type { Series } from '../../../../src/shared/model/series'
import { makeCore } from '../coreFixture'

describe('export:surveyList', () => {
  const fixture = makeCore()
  const table = createHandlers(fixture.core, headlessHost)
  const folder = path.join(fixture.configDir, 'workspaces')
  let series: Series
  const day = (month: string) => series.monthEndDay[series.months.indexOf(month)]
  afterAll(() => fixture.dispose())

  it('needs an open workspace', async () => {
    expect(await dispatch(table, 'export:surveyList', { path: path.join(folder, 'l.csv'), format: 'csv' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'No workspace is open.' } })
  })

  describe('with the sample open', () => {
    beforeAll(async () => {
      expect(await dispatch(table, 'workspace:openSample', {})).toMatchObject({ ok: true })
      const got = await dispatch(table, 'workspace:series', {})
      if (!got.ok || !got.value) throw new Error('no series')
      series = got.value as Series
    }, 60_000)

    it('writes the xlsx: a header, then the engine’s list on the period’s last day, dates and money formatted', async () => {
      const file = path.join(folder, 'Pesquisa.xlsx')
      const result = await dispatch(table, 'export:surveyList', { path: file, format: 'xlsx', period: { from: '2025-10', to: '2025-12' }, lang: 'pt-BR' })
      const due = surveyDueList(series, day('2025-12'), null, metricSettings())
      expect(due.length).toBeGreaterThan(10)
      expect(result).toMatchObject({ ok: true, value: { file, format: 'xlsx', rows: due.length, day: '2025-12-31' } })
      const book = new ExcelJS.Workbook()
      await book.xlsx.readFile(file)
      const sheet = book.getWorksheet('Lista de pesquisa')
      if (!sheet) throw new Error('no sheet')
      const headers = (sheet.getRow(1).values as unknown[]).slice(1)
      expect(headers[0]).toBe('Cliente')
      expect(headers.at(-1)).toBe('Última compra')
      expect(headers).toContain('MRR')
      expect(sheet.rowCount).toBe(due.length + 1)
      const ids = due.map((row) => row.id)
      for (let r = 2; r <= sheet.rowCount; r++) expect(sheet.getCell(r, 1).value).toBe(ids[r - 2])
      const last = sheet.getCell(2, headers.length)
      expect(last.numFmt).toBe('yyyy-mm-dd')
      expect(last.value).toBeInstanceOf(Date)
      expect((last.value as Date).toISOString().slice(0, 10)).toBe(due[0].lastPurchase)
      expect(sheet.getCell(2, headers.indexOf('MRR') + 1).numFmt).toBe('"R$" #,##0.00')
      expect(sheet.views[0]?.state).toBe('frozen')
    }, 60_000)

    it('writes the csv with the filters applied, as the dashboard’s list', async () => {
      const file = path.join(folder, 'pesquisa.csv')
      const filters = [{ column: 'Segmento', values: ['Enterprise'] }]
      const result = await dispatch(table, 'export:surveyList', { path: file, format: 'csv', filters })
      const due = surveyDueList(series, day(series.months[series.months.length - 1]), selectCustomers(series, filters), metricSettings())
      expect(result).toMatchObject({ ok: true, value: { rows: due.length, format: 'csv' } })
      const text = readFileSync(file, 'utf8')
      expect(text.startsWith('\uFEFFCustomer,')).toBe(true)
      const lines = text.slice(1).split('\r\n').filter(Boolean)
      expect(lines).toHaveLength(due.length + 1)
      expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(due.map((row) => row.id))
      expect(lines.slice(1).every((line) => line.split(',').at(-1)?.match(/^\d{4}-\d{2}-\d{2}$/))).toBe(true)
      expect(lines.slice(1).every((line) => line.includes(',Enterprise,'))).toBe(true)
    }, 60_000)

    it('writes formula-looking text from the data safely: a quote in the csv, a string cell in the xlsx', async () => {
      const attack = '=HYPERLINK("http://example.com","x")'
      const copy: Series = { ...series, customers: { ...series.customers, ids: [...series.customers.ids] } }
      const first = surveyDueList(series, day('2025-12'), null, metricSettings())[0]
      copy.customers.ids[first.customer] = attack
      const listed = surveyListTable(copy, { period: { from: '2025-12', to: '2025-12' }, settings: metricSettings() })
      expect(listed.rows[0][0]).toBe(attack)
      const csv = surveyListCsv(listed)
      expect(csv.split('\r\n')[1].startsWith(`"'=HYPERLINK(""http://example.com"",""x"")"`)).toBe(true)
      expect(csv.split('\r\n').slice(1).some((line) => /^"?[=+\-@]/.test(line))).toBe(false)
      const file = path.join(folder, 'attack.xlsx')
      await writeSurveyList(listed, file, 'xlsx', { currency: 'BRL', sheetName: 'List' })
      const book = new ExcelJS.Workbook()
      await book.xlsx.readFile(file)
      const cell = book.getWorksheet('List')?.getCell(2, 1)
      expect(cell?.value).toBe(attack)
      expect(cell?.formula).toBeUndefined()
      expect(cell?.numFmt).toBe('@')
    }, 60_000)

    it('refuses a path the user did not choose, an extension not matching the format, an unknown column and bad input', async () => {
      const outside = path.join(fixture.configDir, 'elsewhere.csv')
      expect(await dispatch(table, 'export:surveyList', { path: outside, format: 'csv' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(existsSync(outside)).toBe(false)
      expect(await dispatch(table, 'export:surveyList', { path: path.join(folder, 'l.xlsx'), format: 'csv' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'A csv file name must end in .csv.' } })
      expect(await dispatch(table, 'export:surveyList', { path: path.join(folder, 'l.csv'), format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      expect(await dispatch(table, 'export:surveyList', { path: path.join(folder, 'l.csv'), format: 'csv', filters: [{ column: 'nope', values: ['1'] }] })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('nope') } })
      expect(existsSync(path.join(folder, 'l.csv'))).toBe(false)
      expect(await dispatch(table, 'export:surveyList', { path: path.join(folder, 'l.json'), format: 'json' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      expect(await dispatch(table, 'export:surveyList', { path: path.join(folder, 'l.csv'), format: 'csv', period: { from: '2025-13', to: '2025-12' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    })
  })
})
