// The customers behind the numbers, on the sample workspace (subscriptions, activity, NPS,
// campaigns, channels): every list has as many entries as dashboardMetrics' number for the
// same period and filter, and the monthly activity split equals activityAt month by month.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSampleWorkspace } from '../../../../src/main/core/sample'
import { workspaceSeries } from '../../../../src/main/core/series/workspaceSeries'
import { Workspace } from '../../../../src/main/core/workspace/workspace'
import { activityAt } from '../../../../src/shared/metrics/activation'
import { activityByMonth } from '../../../../src/shared/metrics/activityByMonth'
import { customersBehind } from '../../../../src/shared/metrics/customersBehind'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { customPeriod, monthPeriod, type Period } from '../../../../src/shared/metrics/periods'
import { selectCustomers, type AttributeFilter } from '../../../../src/shared/metrics/selection'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'
import type { Series } from '../../../../src/shared/model/series'
import { temporaryDir } from '../sample/sampleFixture'

describe('the customers behind the numbers (sample workspace)', () => {
  const temp = temporaryDir()
  let series: Series
  beforeAll(async () => {
    const sample = await createSampleWorkspace(path.join(temp.dir, 'sample.pulso'), { customers: 300, filesDir: path.join(temp.dir, 'files') })
    const workspace = await Workspace.open(sample.path)
    series = workspaceSeries(workspace)
    workspace.close()
  }, 120_000)
  afterAll(() => temp.remove())

  const cases = (): { period: Period; filters: AttributeFilter[] }[] => {
    const column = series.customers.attributes[0]
    return [
      { period: monthPeriod('2024-06'), filters: [] },
      { period: customPeriod('2024-01', '2024-12'), filters: [] },
      { period: customPeriod('2023-01', '2023-03'), filters: [] },
      { period: customPeriod('2025-04', '2025-09'), filters: [{ column: column.name, values: [column.values[0]] }] }
    ]
  }

  it('gives lists as long as the dashboard numbers', () => {
    for (const { period, filters } of cases()) {
      const where = `${period.from}..${period.to} ${JSON.stringify(filters)}`
      const metrics = dashboardMetrics(series, { period, filters })
      const behind = customersBehind(series, { period, filters })
      const summary = metrics.summary!
      expect(behind.customersAtEnd.length, where).toBe(summary.customers)
      expect(behind.customersAtStart.length, where).toBe(summary.startCustomers ?? 0)
      expect(behind.churned.length, where).toBe(summary.churnedCustomers ?? 0)
      expect(behind.churnMonth.length, where).toBe(behind.churned.length)
      expect(behind.new.length, where).toBe(summary.newCustomers)
      expect(behind.reactivated.length, where).toBe(summary.reactivatedCustomers)
      expect(behind.churnedMrr.length, where).toBe(behind.churned.length)
      expect(behind.acquired.length, where).toBe(metrics.referral?.newCustomers)
      expect(behind.referred.length, where).toBe(metrics.referral?.referredCustomers)
      expect(behind.activeAtEnd.length, where).toBe(metrics.activity?.active)
      expect(behind.inactiveAtEnd.length, where).toBe(metrics.activity?.inactive)
      expect(behind.promoters.length, where).toBe(metrics.nps?.promoters)
      expect(behind.passives.length, where).toBe(metrics.nps?.passives)
      expect(behind.detractors.length, where).toBe(metrics.nps?.detractors)
      const converted = Object.values(metrics.campaigns?.bySegment ?? {}).reduce((sum, group) => sum + (group.converted ?? 0), 0)
      expect(behind.converterRows.length, where).toBe(converted)
      for (const [key, group] of Object.entries(metrics.campaigns?.bySegment ?? {})) {
        expect(behind.converterGroups.filter((name) => name === key).length, `${where} ${key}`).toBe(group.converted ?? 0)
      }
      // Per-customer movements add up to the period's MRR numbers.
      const sum = (list: Int32Array, pick: (c: number) => number) => Array.from(list).reduce((total, c) => total + pick(c), 0)
      const each = behind.movements!
      expect(sum(behind.churnedMrr, (c) => each.startMrr[c]), where).toBeCloseTo(summary.churnedMrr ?? 0, 6)
      expect(sum(behind.expanded, (c) => each.endMrr[c] - each.startMrr[c]), where).toBeCloseTo(summary.expansionMrr ?? 0, 6)
      expect(sum(behind.expanded, (c) => each.upsellMrr[c]), where).toBeCloseTo(summary.upsellMrr ?? 0, 6)
      expect(sum(behind.contracted, (c) => each.startMrr[c] - each.endMrr[c]), where).toBeCloseTo(summary.contractionMrr ?? 0, 6)
      expect(sum(behind.new, (c) => each.endMrr[c]), where).toBeCloseTo(summary.newMrr ?? 0, 6)
    }
  })

  it('finds churned customers with a churn month after their start', () => {
    const behind = customersBehind(series, { period: customPeriod('2024-01', '2024-12'), filters: [] })
    expect(behind.churned.length).toBeGreaterThan(0)
    for (const month of behind.churnMonth) expect(month).toBeGreaterThanOrEqual(series.months.indexOf('2024-01'))
  })

  it('gives the activity split of every month in one pass, as activityAt does', () => {
    for (const { period, filters } of cases()) {
      const selection = selectCustomers(series, filters)
      const monthly = activityByMonth(series, period, selection, defaultMetricSettings)!
      monthly.months.forEach((month, k) => {
        const split = activityAt(series, series.monthEndDay[series.months.indexOf(month)], selection, defaultMetricSettings)!
        expect([monthly.active[k], monthly.inactive[k], monthly.inactiveShare[k], monthly.inactiveToActiveRatio[k]], month).toEqual([split.active, split.inactive, split.inactiveShare, split.inactiveToActiveRatio])
      })
      expect(monthly.active.some((count) => count > 0)).toBe(true)
    }
  })
})
