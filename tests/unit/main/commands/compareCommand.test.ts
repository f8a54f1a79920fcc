// `pulso compare` on a small sample workspace: its values against `pulso metrics --json`
// run once per period (as issue 6's e2e checks in the UI), the presets, the readable
// table, and wrong usage (exit 2) or a missing column (exit 1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSampleWorkspace } from '../../../../src/main/core/sample'
import type { PeriodComparison } from '../../../../src/shared/metrics/comparison'
import type { ComparisonMetric } from '../../../../src/shared/metrics/comparisonRows'
import type { DashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { cli, metricsJson, temporaryDir } from './cliRun'

const temp = temporaryDir()
afterAll(() => temp.remove())
const workspace = temp.file('sample.pulso')

beforeAll(async () => {
  await createSampleWorkspace(workspace, { customers: 150 })
}, 60_000)

async function compareJson(...args: string[]): Promise<PeriodComparison> {
  const run = await cli('compare', workspace, '--json', ...args)
  if (run.code !== 0) throw new Error(`pulso compare exited ${run.code}: ${run.err}`)
  return JSON.parse(run.out) as PeriodComparison
}

/** What `pulso metrics --json` says for each compared metric. */
function fromMetrics(d: DashboardMetrics): Partial<Record<ComparisonMetric, number | null>> {
  const s = d.summary
  return {
    customers: s?.customers ?? null, customerChurnRate: s?.customerChurnRate ?? null, churnedCustomers: s?.churnedCustomers ?? null,
    averageMonthlyChurnRate: s?.averageMonthlyChurnRate ?? null, snapshotChurnRate: d.snapshot?.churnRate ?? null,
    mrr: s?.mrr ?? null, grossMrrChurnRate: s?.grossMrrChurnRate ?? null, netMrrChurnRate: s?.netMrrChurnRate ?? null, nrr: s?.nrr ?? null, grr: s?.grr ?? null,
    quickRatio: s?.quickRatio ?? null, newMrr: s?.newMrr ?? null, expansionMrr: s?.expansionMrr ?? null, upsellMrr: s?.upsellMrr ?? null,
    crossSellMrr: s?.crossSellMrr ?? null, reactivationMrr: s?.reactivationMrr ?? null, contractionMrr: s?.contractionMrr ?? null,
    churnedMrr: s?.churnedMrr ?? null, newCustomers: s?.newCustomers ?? null, arpa: s?.arpa ?? null, ltv: s?.ltv ?? null,
    referredCustomers: d.referral?.referredCustomers ?? null, referredShare: d.referral?.referredShare ?? null, referredMrr: d.referral?.referredMrr ?? null,
    active: d.activity?.active ?? null, inactive: d.activity?.inactive ?? null, inactiveToActiveRatio: d.activity?.inactiveToActiveRatio ?? null,
    inactiveShare: d.activity?.inactiveShare ?? null, activationRate: d.activity?.activationRate ?? null,
    nps: d.nps?.nps ?? null, csat: d.nps?.csat ?? null, responses: d.nps?.responses ?? null, responseRate: d.nps?.responseRate ?? null,
    orders: d.orders?.orders ?? null, revenue: d.orders?.revenue ?? null, averageTicket: d.orders?.averageTicket ?? null
  }
}

function expectSide(comparison: PeriodComparison, side: 'a' | 'b', metrics: DashboardMetrics): void {
  const expected = fromMetrics(metrics)
  for (const row of comparison.rows) {
    if (row.metric in expected) expect([row.metric, row[side]]).toEqual([row.metric, expected[row.metric]])
  }
}

describe('pulso compare --json', () => {
  it('gives, on each side, what pulso metrics --json gives for that period: this quarter against the same quarter last year', async () => {
    const comparison = await compareJson('--a', '2025-10..2025-12', '--b', '2024-10..2024-12')
    expect(comparison.a).toMatchObject({ period: { from: '2025-10', to: '2025-12' }, filters: [], months: 3, monthsWithData: 3 })
    expect(comparison.b.period).toEqual({ from: '2024-10', to: '2024-12' })
    const a = await metricsJson(workspace, '--from', '2025-10', '--to', '2025-12')
    const b = await metricsJson(workspace, '--from', '2024-10', '--to', '2024-12')
    expectSide(comparison, 'a', a)
    expectSide(comparison, 'b', b)
    expect(comparison.rows.find((row) => row.metric === 'mrr')?.a).toBeGreaterThan(0)
    expect(comparison.nps.a?.nps).toBe(a.nps?.nps)
    expect(comparison.nps.b?.marginOfError).toBe(b.nps?.marginOfError)
    expect(Object.keys(comparison)).toEqual(['a', 'b', 'rows', 'nps', 'cohorts'])
    expect(comparison.cohorts.a?.cohorts).toBe(a.cohorts?.rows.length)
  })

  it('reads the presets relative to A, and defaults B to them', async () => {
    expect((await compareJson('--a', '2025-Q4', '--b', 'last-year')).b.period).toEqual({ from: '2024-10', to: '2024-12' })
    expect((await compareJson('--a', '2025-Q4', '--b', 'previous')).b.period).toEqual({ from: '2025-07', to: '2025-09' })
    expect((await compareJson('--a', '2025')).b.period).toEqual({ from: '2024-01', to: '2024-12' })
    const month = await compareJson('--a', '2025-12')
    expect(month.b.period).toEqual({ from: '2025-11', to: '2025-11' })
    expectSide(month, 'b', await metricsJson(workspace, '--from', '2025-11', '--to', '2025-11'))
  })

  it('takes a segment per side, as pulso metrics --segment does', async () => {
    const comparison = await compareJson('--a', '2025-Q4', '--b', '2025-Q4', '--a-segment', 'Segmento=Enterprise', '--b-segment', 'Segmento=PME')
    expect(comparison.a.filters).toEqual([{ column: 'Segmento', values: ['Enterprise'] }])
    expectSide(comparison, 'a', await metricsJson(workspace, '--from', '2025-10', '--to', '2025-12', '--segment', 'Segmento=Enterprise'))
    expectSide(comparison, 'b', await metricsJson(workspace, '--from', '2025-10', '--to', '2025-12', '--segment', 'Segmento=PME'))
  })

  it('gives nulls for a period off the data', async () => {
    const comparison = await compareJson('--a', '2030-01', '--b', '2025-12')
    expect(comparison.a.monthsWithData).toBe(0)
    expect(comparison.rows.find((row) => row.metric === 'mrr')).toMatchObject({ a: null, difference: null, direction: null })
  })
})

describe('pulso compare (readable)', () => {
  it('prints a table per dashboard with the values of pulso metrics, better/worse, and the NPS sentence', async () => {
    const run = await cli('compare', workspace, '--a', '2025-Q4', '--b', 'last-year')
    expect(run.code).toBe(0)
    const a = await metricsJson(workspace, '--from', '2025-10', '--to', '2025-12')
    const line = (label: string) => run.out.split('\n').find((text) => text.trimStart().startsWith(label)) ?? ''
    expect(run.out).toContain('A  2025-10..2025-12 (3 months)')
    expect(run.out).toContain('B  2024-10..2024-12 (3 months)')
    expect(line('MRR at the end')).toContain((a.summary?.mrr ?? 0).toLocaleString('en-US', { maximumFractionDigits: 2 }))
    expect(line('Customer churn rate')).toContain(`${((a.summary?.customerChurnRate ?? 0) * 100).toFixed(1)} %`)
    expect(line('Customer churn rate')).toMatch(/p\.p\..*[▲▼=] (better|worse|same)/)
    expect(run.out).toMatch(/NPS: A .* (within|beyond) the margin of error \(± [\d.]+ combined\)\./)
    expect(run.out).toContain('Cohorts: average retention by months since start')
  })

  it('is listed in the help', async () => {
    expect((await cli('--help')).out).toContain('compare ')
    expect((await cli('compare', '--help')).out).toContain('--b PERIOD')
  })
})

describe('pulso compare errors', () => {
  it('exits 2 with a clear message on a period it cannot read', async () => {
    const bad = await cli('compare', workspace, '--a', '2025-13')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--a: "2025-13" is not a period: write YYYY-MM, YYYY-Qn, YYYY or a range such as 2024-01..2024-03')
    const badB = await cli('compare', workspace, '--a', '2025-Q4', '--b', 'last year')
    expect(badB.code).toBe(2)
    expect(badB.err).toContain('--b: "last year" is not a period')
    expect(badB.err).toContain('previous / last-year')
    const backwards = await cli('compare', workspace, '--a', '2025-06..2025-01')
    expect([backwards.code, backwards.err]).toEqual([2, expect.stringContaining('ends before it starts')])
  })

  it('exits 2 without period A, a workspace, or with a segment without =', async () => {
    expect((await cli('compare', workspace)).code).toBe(2)
    expect((await cli('compare', '--a', '2025-Q4')).code).toBe(2)
    const segment = await cli('compare', workspace, '--a', '2025-Q4', '--b-segment', 'Segmento')
    expect([segment.code, segment.err]).toEqual([2, expect.stringContaining('--b-segment takes column=value')])
  })

  it('exits 1 on a column the data lacks', async () => {
    const run = await cli('compare', workspace, '--a', '2025-Q4', '--a-segment', 'plano=Pro')
    expect(run.code).toBe(1)
    expect(run.err).toContain('No column "plano" to filter by')
  })
})
