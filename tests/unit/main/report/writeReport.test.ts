// The report of the sample workspace read back with exceljs: sheets, formulas with cached
// results, formats, frozen panes, auto-filters, images, and the same numbers as
// `pulso metrics --json` for the same period.
import type ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeReport, type ReportResult } from '../../../../src/main/core/report/writeReport'
import { Workspace } from '../../../../src/main/core/workspace/workspace'
import { workspaceSeries } from '../../../../src/main/core/series/workspaceSeries'
import { customerMovements } from '../../../../src/shared/metrics/customerMovements'
import type { DashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import type { PeriodComparison } from '../../../../src/shared/metrics/comparison'
import { comparisonMetricLabel } from '../../../../src/main/core/report/sheets/comparisonSheet'
import { comparisonLabels } from '../../../../src/main/core/report/comparisonLabels'
import { reportLabels } from '../../../../src/main/core/report/labels'
import { npsVerdictWords } from '../../../../src/main/commands/compareCommandTable'
import { cli, metricsJson } from '../commands/cliRun'
import { formulaCells, numberOf, readWorkbook, rowLabelled, sampleFolder } from './reportFixture'

let folder: Awaited<ReturnType<typeof sampleFolder>>
let book: ExcelJS.Workbook
let result: ReportResult
let metrics: DashboardMetrics
let quarterA: DashboardMetrics
let quarterB: DashboardMetrics
let compared: PeriodComparison
const sheet = (name: string) => {
  const found = book.getWorksheet(name)
  if (!found) throw new Error(`No sheet ${name}`)
  return found
}

beforeAll(async () => {
  folder = await sampleFolder()
  const workspace = await Workspace.open(folder.workspace)
  try {
    result = await writeReport(workspace, { file: `${folder.dir}/report.xlsx`, from: '2025-10', to: '2025-12', compare: { a: { from: '2025-10', to: '2025-12' }, b: { from: '2024-10', to: '2024-12' } }, lang: 'en', version: '9.9.9', now: () => new Date('2026-01-05T12:00:00Z') })
  } finally {
    workspace.close()
  }
  book = await readWorkbook(result.file)
  metrics = await metricsJson(folder.workspace, '--from', '2025-10', '--to', '2025-12')
  quarterA = metrics
  quarterB = await metricsJson(folder.workspace, '--from', '2024-10', '--to', '2024-12')
  const run = await cli('compare', folder.workspace, '--a', '2025-Q4', '--b', 'last-year', '--json')
  compared = JSON.parse(run.out) as PeriodComparison
}, 60_000)
afterAll(() => folder.remove())

describe('writeReport on the sample workspace', () => {
  it('writes every sheet in order, in the chosen language', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Churn', 'Revenue', 'NPS', 'Cohorts', 'Activation', 'Campaigns', 'Comparison', 'Data', 'About'])
    expect(result.leftOut).toEqual([])
  })

  it('shows the numbers of `pulso metrics --json` for the same period', () => {
    const summary = sheet('Summary')
    const s = metrics.summary
    if (!s || !metrics.nps || !metrics.activity) throw new Error('the sample has these')
    const expected: [string, number | null][] = [
      ['Customers at start', s.startCustomers], ['Customers at end', s.customers], ['Churned customers', s.churnedCustomers], ['Customer churn rate', s.customerChurnRate],
      ['MRR at start', s.startMrr], ['MRR at end', s.mrr], ['New MRR', s.newMrr], ['Upsell MRR', s.upsellMrr], ['Cross-sell MRR', s.crossSellMrr], ['Gross MRR churn rate', s.grossMrrChurnRate],
      ['Net MRR churn rate', s.netMrrChurnRate], ['Gross revenue retention (GRR)', s.grr], ['Net revenue retention (NRR)', s.nrr], ['Quick ratio', s.quickRatio], ['ARPA', s.arpa], ['LTV', s.ltv],
      ['NPS', metrics.nps.nps], ['CSAT', metrics.nps.csat], ['Activation rate', metrics.activity.activationRate], ['Inactive share', metrics.activity.inactiveShare]
    ]
    for (const [label, value] of expected) expect(numberOf(rowLabelled(summary, label).getCell(2)), label).toBe(value)
    const revenue = sheet('Revenue')
    metrics.months.forEach((month) => expect(numberOf(rowLabelled(revenue, month.month).getCell(11))).toBe(month.nrr))
    const nps = sheet('NPS')
    expect(numberOf(rowLabelled(nps, 'Period').getCell(6))).toBe(metrics.nps.nps)
    const campaigns = sheet('Campaigns')
    for (const [key, group] of Object.entries(metrics.campaigns?.bySegment ?? {})) expect(numberOf(rowLabelled(campaigns, key).getCell(15)), key).toBe(group.conversionRate)
  })

  it('compares A and B with the numbers of `pulso compare --json` and `pulso metrics --json` for each', () => {
    const comparison = sheet('Comparison')
    const row = rowLabelled(comparison, 'Customer churn rate')
    expect(numberOf(row.getCell(2))).toBe(quarterA.summary?.customerChurnRate)
    expect(numberOf(row.getCell(3))).toBe(quarterB.summary?.customerChurnRate)
    const a = quarterA.summary?.customerChurnRate ?? 0
    const b = quarterB.summary?.customerChurnRate ?? 0
    expect(numberOf(row.getCell(4))).toBeCloseTo((a - b) * 100, 12)
    expect(numberOf(row.getCell(6))).toBeCloseTo((a - b) / Math.abs(b), 12)
    expect(row.getCell(4).formula).toBe(`(B${row.number}-C${row.number})*100`)
    expect(row.getCell(6).formula).toBe(`(B${row.number}-C${row.number})/ABS(C${row.number})`)
    const shown = compared.rows.filter((item) => item.a !== null || item.b !== null)
    expect(shown.length).toBeGreaterThan(25)
    const words = comparisonLabels('en')
    for (const item of shown) {
      const cells = rowLabelled(comparison, comparisonMetricLabel(item.metric, reportLabels('en'), words))
      expect([numberOf(cells.getCell(2)), numberOf(cells.getCell(3))], item.metric).toEqual([item.a, item.b])
      expect(numberOf(cells.getCell(4)), item.metric).toBe(item.difference)
      expect(numberOf(cells.getCell(6)), item.metric).toBe(item.relativeChange)
      expect(cells.getCell(5).value, item.metric).toBe({ rate: 'p.p.', points: 'points', money: 'BRL', count: 'count', ratio: 'ratio' }[item.unit])
      expect(cells.getCell(8).value, item.metric).toBe(words.measures[item.measure])
      expect(String(cells.getCell(7).value), item.metric).toContain(item.direction ?? '')
      const fill = cells.getCell(7).fill
      const colour = fill?.type === 'pattern' ? fill.fgColor?.argb : undefined
      expect(colour, item.metric).toBe(item.direction === 'better' ? 'FFDCF2E3' : item.direction === 'worse' ? 'FFFBE1DC' : undefined)
    }
    expect(rowLabelled(comparison, 'ARPA').getCell(2).formula).toMatch(/^B\d+\/B\d+$/)
  })

  it('says whether the NPS difference is beyond the margin of error, and compares the cohort curves', () => {
    const comparison = sheet('Comparison')
    const nps = compared.nps
    if (!nps.verdict || nps.difference === null) throw new Error('the sample has NPS in both quarters')
    expect(numberOf(rowLabelled(comparison, 'Difference (A − B)').getCell(2))).toBe(nps.difference)
    const combined = rowLabelled(comparison, 'Combined margin of error').getCell(3)
    expect(numberOf(combined)).toBe(nps.combinedMarginOfError)
    expect(combined.formula).toMatch(/^SQRT\(C\d+\^2\+C\d+\^2\)$/)
    expect(rowLabelled(comparison, 'Verdict').getCell(2).value).toBe(npsVerdictWords[nps.verdict])
    const sentence = rowLabelled(comparison, 'Verdict').number + 1
    expect(String(comparison.getCell(sentence, 1).value)).toContain(`${npsVerdictWords[nps.verdict]} (± `)
    const months = rowLabelled(comparison, 'Months since start').number
    compared.cohorts.a?.logoRetention.forEach((value, k) => expect(numberOf(comparison.getCell(months + 1 + k, 2)), `A M${k}`).toBe(value))
    compared.cohorts.b?.logoRetention.forEach((value, k) => expect(numberOf(comparison.getCell(months + 1 + k, 3)), `B M${k}`).toBe(value))
    expect(comparison.getImages().length).toBe(3)
  })

  it('writes rates as formulas over the cells beside them, each with its cached result', () => {
    const summary = sheet('Summary')
    const churn = rowLabelled(summary, 'Customer churn rate').getCell(2)
    const churned = rowLabelled(summary, 'Churned customers').number
    const start = rowLabelled(summary, 'Customers at start').number
    expect(churn.formula).toBe(`B${churned}/B${start}`)
    for (const s of book.worksheets) {
      for (const cell of formulaCells(s)) expect(typeof cell.result, `${s.name}!${cell.address} ${cell.formula}`).toBe('number')
    }
    expect(formulaCells(sheet('Churn')).length).toBeGreaterThan(5)
    expect(formulaCells(sheet('Campaigns')).length).toBeGreaterThan(5)
  })

  it('formats percentages, money and dates, and writes a missing value as a dash', () => {
    const summary = sheet('Summary')
    expect(rowLabelled(summary, 'Customer churn rate').getCell(2).numFmt).toBe('0.0%')
    expect(rowLabelled(summary, 'MRR at end').getCell(2).numFmt).toBe('"R$" #,##0.00')
    const nps = sheet('NPS')
    const comments = rowLabelled(nps, 'Date').number
    expect(nps.getCell(comments + 1, 1).numFmt).toBe('yyyy-mm-dd')
    expect(sheet('Cohorts').getCell(5, 5).value === null || typeof sheet('Cohorts').getCell(5, 5).value === 'number').toBe(true)
  })

  it('freezes header rows, sets auto-filters and prints landscape at page width', () => {
    for (const s of book.worksheets) {
      expect(s.views[0]?.state, s.name).toBe('frozen')
      expect(s.autoFilter, s.name).toBeTruthy()
      expect(s.pageSetup.orientation, s.name).toBe('landscape')
      expect(s.pageSetup.fitToWidth, s.name).toBe(1)
    }
    expect(sheet('Summary').getColumn(1).width).toBeGreaterThan(20)
  })

  it('carries its charts as images on every sheet but Data and About', () => {
    for (const s of book.worksheets) {
      const images = s.getImages().length
      if (s.name === 'Data' || s.name === 'About') expect(images, s.name).toBe(0)
      else expect(images, s.name).toBeGreaterThan(0)
    }
    expect(result.charts).toBeGreaterThanOrEqual(15)
  })

  it('has one Data row per customer whose sums give the Summary numbers', () => {
    const data = sheet('Data')
    const headers = (data.getRow(1).values as unknown[]).slice(1)
    expect(data.rowCount).toBe(2001)
    const column = (name: string) => headers.indexOf(name) + 1
    let start = 0
    let end = 0
    let churned = 0
    for (let r = 2; r <= data.rowCount; r++) {
      start += Number(data.getCell(r, column('MRR at start')).value ?? 0)
      end += Number(data.getCell(r, column('MRR at end')).value ?? 0)
      if (data.getCell(r, column('Movement in period')).value === 'churn') churned++
    }
    expect(start).toBeCloseTo(metrics.summary?.startMrr ?? NaN, 4)
    expect(end).toBeCloseTo(metrics.summary?.mrr ?? NaN, 4)
    expect(churned).toBe(metrics.summary?.churnedCustomers)
    expect(data.getCell(2, column('Signup date')).numFmt).toBe('yyyy-mm-dd')
  })

  it('labels each Data row with the engine’s customerMovements for the period', async () => {
    const data = sheet('Data')
    const headers = (data.getRow(1).values as unknown[]).slice(1)
    const column = (name: string) => headers.indexOf(name) + 1
    const workspace = await Workspace.open(folder.workspace)
    try {
      const series = workspaceSeries(workspace)
      const movements = customerMovements(series, { from: '2025-10', to: '2025-12' })
      if (!movements) throw new Error('the sample has subscriptions')
      const words = reportLabels('en').movements
      const word = [words.none, words.new, words.reactivation, words.expansion, words.contraction, words.churn]
      const seen = new Set<string>()
      for (let r = 2; r <= data.rowCount; r++) {
        const c = series.customers.ids.indexOf(String(data.getCell(r, column('Customer')).value))
        const expected = word[movements.movement[c]]
        expect(data.getCell(r, column('Movement in period')).value ?? '').toBe(expected)
        expect(Number(data.getCell(r, column('MRR at start')).value ?? 0)).toBe(movements.startMrr[c])
        seen.add(expected)
      }
      expect([...seen].sort()).toEqual(['', 'churn', 'contraction', 'expansion', 'new', 'reactivation'])
    } finally {
      workspace.close()
    }
  })

  it('lists the source files with their SHA-256, the period and the version in About', () => {
    const about = sheet('About')
    expect(rowLabelled(about, 'Period').getCell(2).value).toBe('2025-10 – 2025-12')
    expect(rowLabelled(about, 'Pulso version').getCell(2).value).toBe('9.9.9')
    expect(rowLabelled(about, 'Generated at').getCell(2).value).toBe('2026-01-05T12:00:00.000Z')
    expect(rowLabelled(about, 'clientes.csv').getCell(5).value).toMatch(/^[0-9a-f]{64}$/)
  })
})
