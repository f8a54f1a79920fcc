// The customers behind the numbers on small literal data: each list names the customers the
// rule counts; per-customer movements; the activity split by month on the status basis.
import { describe, expect, it } from 'vitest'
import { activityByMonth } from '../../../../src/shared/metrics/activityByMonth'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { customersBehind } from '../../../../src/shared/metrics/customersBehind'
import { customerMovements, Movement } from '../../../../src/shared/metrics/movements'
import { customPeriod, monthPeriod } from '../../../../src/shared/metrics/periods'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'
import type { Series } from '../../../../src/shared/model/series'
import { mrrSeries } from './fixtures'

const ids = (series: Series, list: Int32Array) => Array.from(list, (c) => series.customers.ids[c])

describe('customersBehind', () => {
  // Months 2024-01..2024-04. Period = March: start = end of February.
  const series = mrrSeries({
    churner: [10, 10, 0, 0],
    grower: { CRM: [10, 10, 10, 10], BI: [0, 0, 5, 5] },
    upseller: [10, 10, 15, 15],
    shrinker: [20, 20, 5, 5],
    newcomer: [0, 0, 30, 30],
    returner: [10, 0, 10, 10],
    steady: [7, 7, 7, 7]
  }, {
    customers: [{ id: 'newcomer', acquisitionChannel: 'Indicação' }, { id: 'returner', acquisitionChannel: 'ads' }],
    extra: {
      activity: [{ customer: 'steady', date: '2024-03-20' }, { customer: 'grower', date: '2024-01-05' }],
      npsAnswers: [
        { customer: 'steady', date: '2024-03-02', score: 10 }, { customer: 'grower', date: '2024-03-03', score: 8 },
        { customer: 'shrinker', date: '2024-03-04', score: 3 }, { customer: 'shrinker', date: '2024-01-04', score: 2 }, { score: 9 }
      ],
      campaignRecipients: [
        { customer: 'steady', group: 'E-mail', converted: true }, { customer: 'grower', group: 'E-mail', converted: false },
        { customer: 'shrinker', group: 'No E-Mail', converted: true }, { group: 'E-mail', converted: null }
      ]
    }
  })
  const behind = customersBehind(series, { period: monthPeriod('2024-03') })

  it.each([
    ['churned', ['churner']],
    ['churnedMrr', ['churner']],
    ['new', ['newcomer']],
    ['reactivated', ['returner']],
    ['expanded', ['grower', 'upseller']],
    ['upsell', ['upseller']],
    ['crossSell', ['grower']],
    ['contracted', ['shrinker']],
    ['acquired', ['newcomer']],
    ['referred', ['newcomer']],
    ['activeAtEnd', ['steady']],
    ['converters', ['steady', 'shrinker']]
  ] as const)('%s: %j', (list, expected) => {
    expect(ids(series, behind[list]).sort()).toEqual([...expected].sort())
  })

  it('gives inactive customers, NPS answer indexes and converter rows', () => {
    expect(ids(series, behind.inactiveAtEnd).sort()).toEqual(['grower', 'newcomer', 'returner', 'shrinker', 'upseller'])
    // Undated answers count in every period; the January answer is outside March.
    expect(Array.from(behind.promoters)).toEqual([0, 4])
    expect(Array.from(behind.passives)).toEqual([1])
    expect(Array.from(behind.detractors)).toEqual([2])
    expect(Array.from(behind.converterRows)).toEqual([0, 2])
    expect(behind.converterGroups).toEqual(['E-mail', 'No E-Mail'])
    expect(series.months[behind.churnMonth[0]]).toBe('2024-03')
  })

  it('filters customers, answers and recipients by a customer column', () => {
    const filtered = customersBehind(series, { period: monthPeriod('2024-03'), filters: [{ column: 'acquisitionChannel', values: ['Indicação'] }] })
    expect(ids(series, filtered.new)).toEqual(['newcomer'])
    expect(filtered.churned.length + filtered.expanded.length + filtered.promoters.length + filtered.converterRows.length).toBe(0)
  })

  it('is empty where the data has no such count', () => {
    const plain = buildSeries({ revenue: [{ customer: 'a', date: '2024-01-02', amount: 5 }] })
    const lists = customersBehind(plain, { period: customPeriod('2024-01', '2024-01') })
    expect(lists.movements).toBeNull()
    expect(lists.new.length + lists.promoters.length + lists.converters.length + lists.activeAtEnd.length).toBe(0)
    expect(ids(plain, lists.customersAtEnd)).toEqual(['a'])
  })
})

describe('customerMovements', () => {
  it('keeps each customer\'s start and end MRR and movement; the first month of the axis makes everyone new', () => {
    const series = mrrSeries({ a: [10, 0], b: [5, 8] })
    const first = customerMovements(series, monthPeriod('2024-01'))!
    expect(Array.from(first.movement)).toEqual([Movement.new, Movement.new])
    const second = customerMovements(series, monthPeriod('2024-02'))!
    expect(Array.from(second.movement)).toEqual([Movement.churn, Movement.expansion])
    expect(Array.from(second.startMrr)).toEqual([10, 5])
    expect(Array.from(second.endMrr)).toEqual([0, 8])
    expect(second.upsellMrr[1] + second.crossSellMrr[1]).toBe(3)
  })
})

describe('activityByMonth', () => {
  it('repeats the status split every month without an activity table', () => {
    const series = buildSeries({
      customers: [{ id: 'a', status: 'Ativo', signupDate: '2024-01-03' }, { id: 'b', status: 'Inativo' }, { id: 'c', status: 'Cancelado' }],
      months: { from: '2024-01', to: '2024-03' }
    })
    const monthly = activityByMonth(series, customPeriod('2024-01', '2024-03'), null, defaultMetricSettings)!
    expect(monthly).toEqual({ basis: 'status', months: ['2024-01', '2024-02', '2024-03'], active: [1, 1, 1], inactive: [1, 1, 1], inactiveShare: [0.5, 0.5, 0.5], inactiveToActiveRatio: [1, 1, 1] })
  })

  it('is null with neither activity nor a status column, or off the axis', () => {
    const series = buildSeries({ customers: [{ id: 'a', signupDate: '2024-01-03' }] })
    expect(activityByMonth(series, monthPeriod('2024-01'), null, defaultMetricSettings)).toBeNull()
    expect(activityByMonth(series, monthPeriod('2020-01'), null, defaultMetricSettings)).toBeNull()
  })
})
