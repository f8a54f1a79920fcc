import { describe, expect, it } from 'vitest'
import { customerTable, dataRow, searchRows, sortRows, virtualWindow } from '../../../../src/renderer/stores/dataTable'
import { companySeries } from '../viewFixtures'

describe('the virtual window of the Data tab', () => {
  it('draws the rows in view plus the overscan, with spacers that keep the full height', () => {
    const count = 100_000
    const rowHeight = 26
    for (const scrollTop of [0, 13, 26 * 500 + 7, 26 * 50_000, count * rowHeight - 600, count * rowHeight + 5000]) {
      const view = virtualWindow(scrollTop, 600, rowHeight, count, 8)
      expect(view.offsetTop + (view.end - view.first) * rowHeight + view.offsetBottom).toBe(count * rowHeight)
      expect(view.end - view.first).toBeLessThanOrEqual(Math.ceil(600 / rowHeight) + 1 + 16)
      const clamped = Math.min(scrollTop, count * rowHeight - 600)
      expect(view.first).toBeLessThanOrEqual(Math.floor(clamped / rowHeight))
      expect(view.end).toBeGreaterThanOrEqual(Math.min(count, Math.ceil((clamped + 600) / rowHeight)))
    }
  })

  it('starts at the top, ends at the last row, and copes with tiny lists, no rows and a negative scroll', () => {
    expect(virtualWindow(0, 600, 26, 100_000, 8)).toEqual({ first: 0, end: 32, offsetTop: 0, offsetBottom: (100_000 - 32) * 26 })
    expect(virtualWindow(1e9, 600, 26, 100_000, 8).end).toBe(100_000)
    expect(virtualWindow(-50, 600, 26, 5, 8)).toEqual({ first: 0, end: 5, offsetTop: 0, offsetBottom: 0 })
    expect(virtualWindow(0, 600, 26, 0)).toEqual({ first: 0, end: 0, offsetTop: 0, offsetBottom: 0 })
  })

  it('a scroll through 100,000 rows never draws more than a screenful', () => {
    let largest = 0
    for (let top = 0; top < 100_000 * 26; top += 9973) {
      const view = virtualWindow(top, 700, 26, 100_000)
      largest = Math.max(largest, view.end - view.first)
    }
    expect(largest).toBeLessThan(50)
  })
})

describe('rows behind a number', () => {
  it('search ignores accents and case and needs every word', () => {
    const rows = [dataRow(['C1', 'São Paulo', 10]), dataRow(['C2', 'Sao Luis', null]), dataRow(['C3', 'Curitiba', 5])]
    expect(searchRows(rows, 'sao').map((row) => row.cells[0])).toEqual(['C1', 'C2'])
    expect(searchRows(rows, 'SÃO paulo').map((row) => row.cells[0])).toEqual(['C1'])
    expect(searchRows(rows, '  ')).toBe(rows)
  })

  it('sorts numbers as numbers and text naturally, blanks last both ways', () => {
    const rows = [dataRow(['C10', 5]), dataRow(['C2', null]), dataRow(['C1', 12])]
    expect(sortRows(rows, 1, 'asc').map((row) => row.cells[0])).toEqual(['C10', 'C1', 'C2'])
    expect(sortRows(rows, 1, 'desc').map((row) => row.cells[0])).toEqual(['C1', 'C10', 'C2'])
    expect(sortRows(rows, 0, 'asc').map((row) => row.cells[0])).toEqual(['C1', 'C2', 'C10'])
  })

  it('customers come with their imported columns and MRR at the month', () => {
    const series = companySeries()
    const table = customerTable(series, [0, 1], 11)
    expect(table.columns.map((column) => column.label ?? column.key)).toEqual(['customer', 'Segmento', 'mrr'])
    expect(table.rows[0].cells[0]).toBe(series.customers.ids[0])
    expect(table.rows[0].cells[2]).toBe(series.subscriptions?.mrr[11])
  })
})
