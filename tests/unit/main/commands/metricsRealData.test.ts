// Issue 4, "How it is shown": each real data set imported with `pulso import` (the
// commands of docs/cli.md) gives, through `pulso metrics --json`, the numbers an analyst
// gets by hand. Every expected number is computed here by a plain loop over the raw file
// (papaparse for csv, exceljs for xlsx), never taken from the engine.
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { realDataSet } from '../../../support/realData'
import { cli, importFiles, metricsJson, temporaryDir } from './cliRun'

type Row = Record<string, string>
const readCsv = (file: string, encoding: BufferEncoding = 'utf8'): Row[] => Papa.parse<Row>(readFileSync(file, encoding), { header: true, skipEmptyLines: true }).data

/** Adds one to `key`'s count. */
const tally = (counts: Map<string, number>, key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1)

/** NPS groups and score of a list of 0..10 scores. */
function npsOf(scores: number[]): { responses: number; promoters: number; passives: number; detractors: number; nps: number } {
  const promoters = scores.filter((score) => score >= 9).length
  const detractors = scores.filter((score) => score <= 6).length
  return { responses: scores.length, promoters, passives: scores.length - promoters - detractors, detractors, nps: ((promoters - detractors) / scores.length) * 100 }
}

const temp = temporaryDir()
afterAll(() => temp.remove())

const telco = realDataSet('telco-churn')
describe.skipIf(!telco)('pulso metrics on Telco churn', () => {
  const workspace = temp.file('telco.pulso')
  const rows = telco ? readCsv(path.join(telco, 'WA_Fn-UseC_-Telco-Customer-Churn.csv')) : []
  let metrics: DashboardMetrics
  beforeAll(async () => {
    await importFiles(workspace, [path.join(telco!, 'WA_Fn-UseC_-Telco-Customer-Churn.csv')])
    metrics = await metricsJson(workspace)
  })

  it('gives 1,869 churned of 7,043 customers', () => {
    const churned = rows.filter((row) => row.Churn === 'Yes')
    expect([churned.length, rows.length]).toEqual([1869, 7043])
    const lostCharges = churned.reduce((sum, row) => sum + Number(row.MonthlyCharges), 0)
    const allCharges = rows.reduce((sum, row) => sum + Number(row.MonthlyCharges), 0)
    expect(metrics.snapshot).toMatchObject({ customers: 7043, churned: 1869, churnRate: 1869 / 7043 })
    expect(metrics.snapshot?.revenueChurnRate).toBeCloseTo(lostCharges / allCharges, 12)
  })

  it('gives the churn by Contract', () => {
    const customers = new Map<string, number>()
    const churned = new Map<string, number>()
    for (const row of rows) {
      tally(customers, row.Contract)
      if (row.Churn === 'Yes') tally(churned, row.Contract)
    }
    expect(Object.keys(metrics.snapshot?.bySegment.Contract ?? {}).sort()).toEqual([...customers.keys()].sort())
    for (const [contract, count] of customers) {
      const lost = churned.get(contract) ?? 0
      expect(metrics.snapshot?.bySegment.Contract[contract], contract).toMatchObject({ customers: count, churned: lost, churnRate: lost / count })
    }
  })

  it('keeps one contract with --segment and prints a table with --group-by', async () => {
    const twoYear = rows.filter((row) => row.Contract === 'Two year')
    const only = await metricsJson(workspace, '--segment', 'Contract=Two year')
    expect(only.snapshot).toMatchObject({ customers: twoYear.length, churned: twoYear.filter((row) => row.Churn === 'Yes').length })
    const grouped = await cli('metrics', workspace, '--group-by', 'Contract')
    expect(grouped.code).toBe(0)
    expect(grouped.out).toMatch(/By Contract \(snapshot\)\n.*\n\s+Month-to-month\s+3,875\s+1,655\s+42\.7 %/)
  })
})

const raven = realDataSet('saas-ravenstack')
describe.skipIf(!raven)('pulso metrics on RavenStack', () => {
  const workspace = temp.file('ravenstack.pulso')
  const file = (name: string) => path.join(raven!, name)
  const subscriptions = raven ? readCsv(file('ravenstack_subscriptions.csv')) : []
  const churnEvents = raven ? readCsv(file('ravenstack_churn_events.csv')) : []
  let metrics: DashboardMetrics
  beforeAll(async () => {
    await importFiles(workspace, ['ravenstack_accounts.csv', 'ravenstack_subscriptions.csv', 'ravenstack_churn_events.csv'].map(file))
    metrics = await metricsJson(workspace)
  })

  /** MRR on the month's last day: subscriptions started on or before it and not ended on or before it. */
  const mrrOf = (month: string): number => {
    const [year, m] = month.split('-').map(Number)
    const last = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10)
    return subscriptions.filter((row) => row.start_date <= last && (row.end_date === '' || row.end_date > last)).reduce((sum, row) => sum + Number(row.mrr_amount), 0)
  }
  /** Distinct accounts per reason code among the events dated from..to. */
  const reasonsOf = (from: string, to: string): Record<string, number> => {
    const accounts = new Map<string, Set<string>>()
    for (const row of churnEvents) {
      if (row.churn_date < from || row.churn_date > to) continue
      accounts.set(row.reason_code, (accounts.get(row.reason_code) ?? new Set()).add(row.account_id))
    }
    return Object.fromEntries([...accounts].map(([reason, set]) => [reason, set.size]))
  }
  const customersPerReason = (result: DashboardMetrics) => Object.fromEntries(Object.entries(result.churnReasons).map(([reason, count]) => [reason, count.customers]))

  it.each(['2023-06', '2024-01', '2024-06', '2024-12'])('gives the MRR of %s', (month) => {
    expect(metrics.months.find((row) => row.month === month)?.mrr).toBeCloseTo(mrrOf(month), 6)
  })

  it('gives the churn reasons with their customers', () => {
    expect(customersPerReason(metrics)).toEqual(reasonsOf('2023-01-01', '2024-12-31'))
  })

  it('cuts months, MRR and reasons to --from/--to', async () => {
    const half = await metricsJson(workspace, '--from', '2024-01', '--to', '2024-06')
    expect(half.period).toEqual({ from: '2024-01', to: '2024-06' })
    expect(half.months.map((row) => row.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'])
    expect(half.summary?.mrr).toBeCloseTo(mrrOf('2024-06'), 6)
    expect(half.summary?.startMrr).toBeCloseTo(mrrOf('2023-12'), 6)
    expect(customersPerReason(half)).toEqual(reasonsOf('2024-01-01', '2024-06-30'))
  })
})

const botanic = realDataSet('nps-botanic-fr')
describe.skipIf(!botanic)('pulso metrics on Botanic NPS', () => {
  it('gives promoters, passives, detractors and NPS of the answered rows', async () => {
    const workspace = temp.file('botanic.pulso')
    await importFiles(workspace, [path.join(botanic!, 'nps.csv')])
    const scores = readCsv(path.join(botanic!, 'nps.csv'), 'latin1').filter((row) => row.nps !== 'NA').map((row) => Number(row.nps))
    const expected = npsOf(scores)
    const { nps } = await metricsJson(workspace)
    expect(nps).toMatchObject({ responses: expected.responses, promoters: expected.promoters, passives: expected.passives, detractors: expected.detractors })
    expect(nps?.nps).toBeCloseTo(expected.nps, 10)
    expect(nps?.responseRate).toBeNull()
  })
})

const prepAir = realDataSet('nps-prepair')
describe.skipIf(!prepAir)('pulso metrics on Prep Air NPS', () => {
  it('gives the NPS of all airlines, and of Prep Air with --segment', async () => {
    const workspace = temp.file('prepair.pulso')
    const files = ['input_01.csv', 'input_02.csv'].map((name) => path.join(prepAir!, name))
    await importFiles(workspace, files)
    const rows = files.flatMap((file) => readCsv(file))
    const score = (row: Row) => Number(row['How likely are you to recommend this airline?'])
    const all = npsOf(rows.map(score))
    const prep = npsOf(rows.filter((row) => row.Airline === 'Prep Air').map(score))
    const whole = await metricsJson(workspace)
    expect(whole.nps).toMatchObject({ responses: all.responses, promoters: all.promoters, passives: all.passives, detractors: all.detractors })
    const only = await metricsJson(workspace, '--segment', 'Airline=Prep Air')
    expect(only.nps).toMatchObject({ responses: 184, promoters: prep.promoters, passives: prep.passives, detractors: prep.detractors })
    expect(only.nps?.nps).toBeCloseTo(prep.nps, 10)
  })
})

const retail = realDataSet('online-retail-sample')
describe.skipIf(!retail)('pulso metrics on Online Retail', () => {
  it('gives the orders and the average ticket of a month', async () => {
    const file = path.join(retail!, 'Online Retail.xlsx')
    const workspace = temp.file('retail.pulso')
    const [, workbook] = await Promise.all([importFiles(workspace, [file]), new ExcelJS.Workbook().xlsx.readFile(file)])
    // Each invoice's total; the lines of one invoice share a customer and a month in this file.
    const invoices = new Map<string, number>()
    const november = { invoices: new Map<string, number>(), revenue: 0 }
    workbook.worksheets[0].eachRow((row, number) => {
      if (number === 1) return
      const invoice = String(row.getCell(1).value)
      const when = row.getCell(5).value as Date
      const amount = Number(row.getCell(4).value) * Number(row.getCell(6).value)
      invoices.set(invoice, (invoices.get(invoice) ?? 0) + amount)
      // exceljs reads an Excel serial as that calendar date at UTC; the CLI keeps every line, cancellations ('C') included.
      if (when.toISOString().slice(0, 7) !== '2011-11') return
      november.invoices.set(invoice, (november.invoices.get(invoice) ?? 0) + amount)
      november.revenue += amount
    })
    // A cancellation (an invoice totalling below 0) is a return: in the revenue, not an order.
    const orders = (totals: Map<string, number>) => [...totals.values()].filter((total) => total >= 0).length
    expect([...invoices.keys()].some((invoice) => invoice.startsWith('C'))).toBe(true)
    expect((await metricsJson(workspace)).orders?.orders).toBe(orders(invoices))
    const month = (await metricsJson(workspace, '--from', '2011-11', '--to', '2011-11')).orders
    expect(month?.orders).toBe(orders(november.invoices))
    expect(month?.revenue).toBeCloseTo(november.revenue, 6)
    expect(month?.averageTicket).toBeCloseTo(november.revenue / orders(november.invoices), 9)
  })
})

const hillstrom = realDataSet('email-hillstrom')
describe.skipIf(!hillstrom)('pulso metrics on Hillstrom', () => {
  const workspace = temp.file('hillstrom.pulso')
  const rows = hillstrom ? readCsv(path.join(hillstrom, 'hillstrom.csv')) : []
  /** Recipients, visits and conversions per segment of the rows. */
  const bySegment = (list: Row[]) => {
    const out = new Map<string, { recipients: number; visits: number; conversions: number }>()
    for (const row of list) {
      const group = out.get(row.segment) ?? { recipients: 0, visits: 0, conversions: 0 }
      group.recipients++
      group.visits += Number(row.visit)
      group.conversions += Number(row.conversion)
      out.set(row.segment, group)
    }
    return out
  }
  const check = (metrics: DashboardMetrics, list: Row[]) => {
    const groups = bySegment(list)
    const rate = (name: string) => groups.get(name)!.conversions / groups.get(name)!.recipients
    expect(Object.keys(metrics.campaigns?.bySegment ?? {})).toEqual(['Mens E-Mail', 'No E-Mail', 'Womens E-Mail'])
    for (const [name, group] of groups) {
      expect(metrics.campaigns?.bySegment[name], name).toMatchObject({ recipients: group.recipients, converted: group.conversions, clicked: group.visits, conversionRate: rate(name), clickRate: group.visits / group.recipients, openRate: null })
    }
    expect(metrics.campaigns?.lift['Mens E-Mail']).toBeCloseTo(rate('Mens E-Mail') - rate('No E-Mail'), 12)
    expect(metrics.campaigns?.lift['Womens E-Mail']).toBeCloseTo(rate('Womens E-Mail') - rate('No E-Mail'), 12)
    expect(Object.keys(metrics.campaigns?.lift ?? {})).toEqual(['Mens E-Mail', 'Womens E-Mail'])
  }
  beforeAll(async () => {
    await importFiles(workspace, [path.join(hillstrom!, 'hillstrom.csv')])
  })

  it('gives conversion per segment and the lift over "No E-Mail"', async () => {
    check(await metricsJson(workspace), rows)
  })

  it('keeps the Web channel with --segment', async () => {
    check(await metricsJson(workspace, '--segment', 'channel=Web'), rows.filter((row) => row.channel === 'Web'))
  })
})
