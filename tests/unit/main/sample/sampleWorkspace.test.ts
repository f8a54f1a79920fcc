import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSampleWorkspace, SAMPLE_FILE_NAMES, type SampleWorkspace } from '../../../../src/main/core/sample'
import { workspaceSeries } from '../../../../src/main/core/series/workspaceSeries'
import { fieldColumn, kindTable } from '../../../../src/main/core/workspace/schema'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'
import { dashboardMetrics, type DashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { customPeriod } from '../../../../src/shared/metrics/periods'
import { csvRows, monthOfBrazilianDate, temporaryDir } from './sampleFixture'

/** What every dashboard needs from the sample; `allGroupsMonths`: months whose NPS answers hold all three groups. */
function expectDashboardsLit(metrics: DashboardMetrics, allGroupsMonths: number): void {
  const months = metrics.months
  expect(months.map((m) => m.month)).toHaveLength(36)
  expect(months[0].month).toBe('2023-01')
  expect(months[35].month).toBe('2025-12')
  expect(months.every((m) => (m.mrr ?? 0) > 0)).toBe(true)
  expect(months.every((m) => (m.newMrr ?? 0) > 0)).toBe(true)
  const some = (pick: (m: DashboardMetrics['months'][number]) => number | null) => months.filter((m) => (pick(m) ?? 0) > 0).length
  expect(some((m) => m.upsellMrr)).toBeGreaterThan(12)
  expect(some((m) => m.crossSellMrr)).toBeGreaterThan(6)
  expect(months.some((m) => (m.upsellMrr ?? 0) > 0 && (m.crossSellMrr ?? 0) > 0)).toBe(true)
  expect(some((m) => m.contractionMrr)).toBeGreaterThan(6)
  expect(some((m) => m.churnedMrr)).toBeGreaterThan(20)
  expect(some((m) => m.reactivationMrr)).toBeGreaterThan(2)
  expect(some((m) => m.churnedCustomers)).toBeGreaterThan(20)

  expect(metrics.referral?.referredCustomers).toBeGreaterThan(0)
  expect(metrics.referral?.bySource).toHaveProperty('Indicação')
  expect(Object.keys(metrics.churnReasons).filter((reason) => reason !== '').length).toBeGreaterThanOrEqual(4)

  const nps = metrics.nps
  expect(nps?.promoters).toBeGreaterThan(0)
  expect(nps?.passives).toBeGreaterThan(0)
  expect(nps?.detractors).toBeGreaterThan(0)
  const answeredMonths = nps?.byMonth.filter((m) => m.responses > 0) ?? []
  expect(answeredMonths.length).toBeGreaterThanOrEqual(30)
  expect(answeredMonths.filter((m) => m.promoters > 0 && m.passives > 0 && m.detractors > 0).length).toBeGreaterThanOrEqual(allGroupsMonths)
  expect(nps?.satisfactionAnswers).toBeGreaterThan(0)

  expect(metrics.activity?.inactive).toBeGreaterThan(0)
  expect(metrics.activity?.active).toBeGreaterThan(metrics.activity?.inactive ?? 0)
  expect(metrics.activity?.activationRate).toBeGreaterThan(0.5)

  const campaigns = metrics.campaigns?.bySegment ?? {}
  const controls = Object.entries(campaigns).filter(([, group]) => group.control)
  const emailed = Object.entries(campaigns).filter(([, group]) => !group.control)
  expect(controls.map(([name]) => name)).toEqual([expect.stringMatching(/^Controle \(sem e-mail\)/), expect.stringMatching(/^Controle \(sem e-mail\)/)])
  expect(emailed).toHaveLength(2)
  for (const [name] of emailed) {
    const lift = metrics.campaigns?.lift[name]
    expect(lift, name).not.toBeNull()
    expect(lift, name).toBeGreaterThan(0)
  }
}

describe('the sample workspace (300 customers)', () => {
  const temp = temporaryDir()
  const filesDir = path.join(temp.dir, 'files')
  let sample: SampleWorkspace
  let workspace: Workspace
  let metrics: DashboardMetrics
  beforeAll(async () => {
    sample = await createSampleWorkspace(path.join(temp.dir, 'sample.pulso'), { customers: 300, filesDir })
    workspace = await Workspace.open(sample.path)
    metrics = dashboardMetrics(workspaceSeries(workspace))
  })
  afterAll(() => {
    workspace.close()
    temp.remove()
  })
  const file = (name: string) => path.join(filesDir, name)

  it('imports each file as the kind it is', () => {
    expect(sample.imported.map((sheet) => [sheet.file, sheet.kind])).toEqual([
      ['clientes.csv', 'customers'], ['assinaturas.xlsx', 'subscriptions'], ['nps.csv', 'nps'],
      ['atividade.csv', 'activity'], ['cancelamentos.csv', 'churn-events'], ['campanhas.xlsx', 'campaign-recipients']
    ])
    for (const sheet of sample.imported) expect(sheet.rowsRead, sheet.file).toBe(sample.files.rows[sheet.file])
  })

  it('reports exactly the deliberate typos as problems, with their row and column', () => {
    const deliberate = sample.files.typos.filter((typo) => typo.problem)
    expect(deliberate.map((typo) => [typo.file, typo.raw.replace(/^31\/\d{2}\//, '31/MM/')])).toEqual([['clientes.csv', expect.stringMatching(/^31\/MM\/\d{4}$/)], ['nps.csv', 'N/A'], ['nps.csv', '100']])
    const reported = sample.imported.flatMap((sheet) => sheet.problems.map((p) => ({ file: sheet.file, row: p.row, column: p.column })))
    expect(reported).toEqual(deliberate.map((typo) => ({ file: typo.file, row: typo.row, column: typo.column })))
    // A score that cannot be read leaves the row out: the answer must not count as anything.
    expect(sample.imported.find((s) => s.file === 'nps.csv')?.rowsImported).toBe(sample.files.rows['nps.csv'] - 2)
  })

  it('keeps the harmless typo: a score written "10 " is read as 10', () => {
    const harmless = sample.files.typos.find((typo) => !typo.problem)
    expect(harmless?.raw).toMatch(/^\d+ $/)
    const stored = queryRows(workspace.db, `SELECT ${fieldColumn('score')} AS score FROM ${kindTable('nps')} WHERE row_number = ?`, [harmless?.row ?? 0])
    expect(stored).toEqual([{ score: Number(harmless?.raw) }])
  })

  it('lights up every dashboard', () => {
    expectDashboardsLit(metrics, 12)
  })

  it('counts the churned customers of each month as cancelamentos.csv lists them', () => {
    const perMonth = new Map<string, number>()
    for (const row of csvRows(file(SAMPLE_FILE_NAMES.churns), 'utf8').slice(1)) perMonth.set(monthOfBrazilianDate(row[1]), (perMonth.get(monthOfBrazilianDate(row[1])) ?? 0) + 1)
    for (const month of metrics.months) expect(month.churnedCustomers ?? 0, month.month).toBe(perMonth.get(month.month) ?? 0)
  })

  it('has the end MRR the subscriptions sheet adds up to on 31/12/2025', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file(SAMPLE_FILE_NAMES.subscriptions))
    const lastDay = Date.UTC(2025, 11, 31)
    let mrr = 0
    book.getWorksheet('Assinaturas')?.eachRow((row, n) => {
      if (n === 1) return
      const start = row.getCell(5).value as Date
      const end = row.getCell(6).value as Date | null
      if (start.getTime() <= lastDay && (end === null || end.getTime() > lastDay)) mrr += row.getCell(7).value as number
    })
    expect(metrics.months[35].mrr).toBeCloseTo(mrr, 2)
  })

  it('counts cancelled and referred customers as clientes.csv says', () => {
    const customers = csvRows(file(SAMPLE_FILE_NAMES.customers), 'latin1').slice(1)
    expect(metrics.snapshot?.customers).toBe(300)
    expect(metrics.snapshot?.churned).toBe(customers.filter((row) => row[7] === 'Cancelado').length)
    expect(metrics.referral?.referredCustomers).toBe(customers.filter((row) => row[5] === 'Indicação').length)
  })

  it('counts the NPS groups of nps.csv, less the unreadable scores', () => {
    const scores = csvRows(file(SAMPLE_FILE_NAMES.nps), 'utf8').slice(1).map((row) => row[3].trim()).filter((s) => /^\d+$/.test(s) && Number(s) <= 10).map(Number)
    expect(metrics.nps?.responses).toBe(scores.length)
    expect(metrics.nps?.promoters).toBe(scores.filter((s) => s >= 9).length)
    expect(metrics.nps?.detractors).toBe(scores.filter((s) => s <= 6).length)
  })

  it('answers a quarter the way pulso metrics --from 2025-10 --to 2025-12 does', () => {
    const quarter = dashboardMetrics(workspaceSeries(workspace), { period: customPeriod('2025-10', '2025-12') })
    expect(quarter.months.map((m) => m.month)).toEqual(['2025-10', '2025-11', '2025-12'])
    expect(quarter.summary?.customerChurnRate).toBeGreaterThan(0)
    expect(quarter.summary?.customerChurnRate).toBeLessThan(0.2)
    expect(quarter.summary?.nrr).toBeGreaterThan(0.9)
  })
})

describe('the sample workspace at its default size', () => {
  const temp = temporaryDir()
  afterAll(() => temp.remove())

  it('has about 2,000 customers over 36 months and lights up every dashboard, in a few seconds', async () => {
    const started = performance.now()
    const sample = await createSampleWorkspace(path.join(temp.dir, 'sample.pulso'))
    const workspace = await Workspace.open(sample.path)
    try {
      const metrics = dashboardMetrics(workspaceSeries(workspace))
      expect(metrics.snapshot?.customers).toBe(2000)
      expectDashboardsLit(metrics, 12)
      expect(performance.now() - started).toBeLessThan(20_000)
    } finally {
      workspace.close()
    }
  })
})
