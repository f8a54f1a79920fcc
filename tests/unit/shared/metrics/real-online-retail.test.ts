// UCI Online Retail (a 40,000-line sample, xlsx written by openpyxl): average ticket and
// repeat-purchase cohorts, checked against plain loops over the sheet's rows.
import ExcelJS from 'exceljs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { cohortTable } from '../../../../src/shared/metrics/cohorts'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { monthPeriod } from '../../../../src/shared/metrics/periods'
import type { RevenueRecord } from '../../../../src/shared/metrics/records'
import type { Series } from '../../../../src/shared/model/series'
import { realDataSet } from '../../../support/realData'

const dir = realDataSet('online-retail-sample')

interface Line { invoice: string; customer: string | null; date: string; amount: number }

describe.skipIf(!dir)('real data: Online Retail average ticket and cohorts', () => {
  let lines: Line[] = []
  let series: Series

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(dir!, 'Online Retail.xlsx'))
    const sheet = workbook.worksheets[0]
    sheet.eachRow((row, number) => {
      if (number === 1) return
      const invoice = String(row.getCell(1).value)
      const when = row.getCell(5).value
      if (!(when instanceof Date)) throw new Error(`row ${number}: InvoiceDate is not a date`)
      const customer = row.getCell(7).value
      lines.push({
        invoice,
        customer: customer === null || customer === '' ? null : String(customer),
        // exceljs reads an Excel serial as that calendar date at UTC: the UTC fields are the sheet's date.
        date: when.toISOString().slice(0, 10),
        amount: Number(row.getCell(4).value) * Number(row.getCell(6).value)
      })
    })
    // Cancellations ('C' invoices) are not sales: an analyst leaves them out of the ticket.
    lines = lines.filter((line) => !line.invoice.startsWith('C'))
    const revenue: RevenueRecord[] = lines.map((line) => ({ customer: line.customer, date: line.date, amount: line.amount, orderId: line.invoice }))
    series = buildSeries({ revenue })
  }, 60_000)

  it('reads the sample', () => {
    expect(lines.length).toBeGreaterThan(39_000)
    expect(series.months[0]).toBe('2010-12')
    expect(series.months[series.months.length - 1]).toBe('2011-12')
  })

  it('gives revenue / distinct invoices, lines without a customer included', () => {
    let revenue = 0
    const invoices = new Set<string>()
    for (const line of lines) {
      revenue += line.amount
      invoices.add(line.invoice)
    }
    const orders = dashboardMetrics(series).orders!
    expect(orders.orders).toBe(invoices.size)
    expect(orders.revenue).toBeCloseTo(revenue, 4)
    expect(orders.averageTicket).toBeCloseTo(revenue / invoices.size, 8)
  })

  it('gives the ticket of one month', () => {
    let revenue = 0
    const invoices = new Set<string>()
    for (const line of lines) {
      if (!line.date.startsWith('2011-11')) continue
      revenue += line.amount
      invoices.add(line.invoice)
    }
    const november = dashboardMetrics(series, { period: monthPeriod('2011-11') }).orders!
    expect(november.orders).toBe(invoices.size)
    expect(november.averageTicket).toBeCloseTo(revenue / invoices.size, 8)
  })

  it('gives repeat-purchase cohorts by month of first purchase', () => {
    const monthsOf = new Map<string, Map<string, number>>()
    for (const line of lines) {
      if (line.customer === null) continue
      const byMonth = monthsOf.get(line.customer) ?? new Map<string, number>()
      byMonth.set(line.date.slice(0, 7), (byMonth.get(line.date.slice(0, 7)) ?? 0) + line.amount)
      monthsOf.set(line.customer, byMonth)
    }
    const table = cohortTable(series, { from: '2010-12', to: '2011-12' }, null)!
    expect(table.basis).toBe('transactions')
    const months = series.months
    let sized = 0
    for (const row of table.rows) {
      const c = months.indexOf(row.cohort)
      const members = [...monthsOf.values()].filter((byMonth) => [...byMonth.keys()].sort()[0] === row.cohort)
      expect(row.size).toBe(members.length)
      sized += members.length
      const firstRevenue = members.reduce((sum, byMonth) => sum + (byMonth.get(row.cohort) ?? 0), 0)
      row.logoRetention.forEach((cell, k) => {
        if (c + k >= months.length) {
          expect(cell).toBeNull()
          expect(row.revenueRetention![k]).toBeNull()
          return
        }
        expect(cell).toBeCloseTo(members.filter((byMonth) => byMonth.has(months[c + k])).length / members.length, 12)
        const revenue = members.reduce((sum, byMonth) => sum + (byMonth.get(months[c + k]) ?? 0), 0)
        expect(row.revenueRetention![k]).toBeCloseTo(revenue / firstRevenue, 8)
      })
    }
    expect(sized).toBe(monthsOf.size)
    expect(table.rows[0].logoRetention[0]).toBe(1)
  })
})
