import { describe, expect, it } from 'vitest'
import { activationRate, activityAt } from '../../../../src/shared/metrics/activation'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { parseDay } from '../../../../src/shared/metrics/calendar'
import { monthPeriod } from '../../../../src/shared/metrics/periods'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'

const day = (iso: string) => parseDay(iso)!

describe('active and inactive customers with an activity table', () => {
  const series = buildSeries({
    customers: [
      { id: 'recent', signupDate: '2024-01-01' },
      { id: 'edge', signupDate: '2024-01-01' },
      { id: 'stale', signupDate: '2024-01-01' },
      { id: 'never', signupDate: '2024-01-01' },
      { id: 'gone', signupDate: '2024-01-01', churnDate: '2024-03-01' },
      { id: 'later', signupDate: '2024-05-01' }
    ],
    activity: [
      { customer: 'recent', date: '2024-03-30' },
      { customer: 'edge', date: '2024-03-02' },
      { customer: 'stale', date: '2024-03-01' },
      { customer: 'gone', date: '2024-03-30' },
      { customer: 'later', date: '2024-05-02' }
    ]
  })

  it('calls inactive whoever has no event in the 30 days ending on the date', () => {
    // Mar 31 - 30 days: Mar 2 is inside the window, Mar 1 is not.
    expect(activityAt(series, day('2024-03-31'), null, defaultMetricSettings)).toEqual({
      basis: 'activity', active: 2, inactive: 2, inactiveToActiveRatio: 1, inactiveShare: 0.5
    })
  })

  it('follows the window setting and the selection', () => {
    expect(activityAt(series, day('2024-03-31'), null, { activityWindowDays: 31 })).toMatchObject({ active: 3, inactive: 1 })
    expect(activityAt(series, day('2024-03-31'), Uint8Array.from([0, 0, 0, 1, 0, 0]), defaultMetricSettings)).toEqual({
      basis: 'activity', active: 0, inactive: 1, inactiveToActiveRatio: null, inactiveShare: 1
    })
  })

  it('takes the population from MRR when there are subscriptions', () => {
    const withMrr = buildSeries({
      subscriptions: [{ customer: 'a', start: '2024-01-01', mrr: 10 }, { customer: 'b', start: '2024-01-01', end: '2024-02-10', mrr: 10 }],
      activity: [{ customer: 'a', date: '2024-01-05' }, { customer: 'b', date: '2024-03-30' }],
      months: { to: '2024-03' }
    })
    expect(activityAt(withMrr, day('2024-03-31'), null, defaultMetricSettings)).toMatchObject({ active: 0, inactive: 1 })
  })

  it('is null with neither activity nor status', () => {
    expect(activityAt(buildSeries({ customers: [{ id: 'a' }] }), 0, null, defaultMetricSettings)).toBeNull()
  })
})

describe('activation rate', () => {
  const series = buildSeries({
    customers: [
      { id: 'fast', signupDate: '2024-02-01' },
      { id: 'day14', signupDate: '2024-02-10' },
      { id: 'day15', signupDate: '2024-02-10' },
      { id: 'before', signupDate: '2024-02-20' },
      { id: 'old', signupDate: '2024-01-31' }
    ],
    activity: [
      { customer: 'fast', date: '2024-02-01' },
      { customer: 'day14', date: '2024-02-24' },
      { customer: 'day15', date: '2024-02-25' },
      { customer: 'before', date: '2024-02-19' },
      { customer: 'old', date: '2024-02-01' }
    ]
  })

  it('is new customers with a first activity within 14 days of signup / new customers', () => {
    expect(activationRate(series, monthPeriod('2024-02'), null, defaultMetricSettings)).toEqual({ newCustomers: 4, activated: 2, activationRate: 0.5 })
    expect(activationRate(series, monthPeriod('2024-02'), null, { activationDays: 15 })).toEqual({ newCustomers: 4, activated: 3, activationRate: 0.75 })
  })

  it('is null without new customers or without activity data', () => {
    expect(activationRate(series, monthPeriod('2024-04'), null, defaultMetricSettings)?.activationRate).toBeNull()
    expect(activationRate(buildSeries({ customers: [{ id: 'a', signupDate: '2024-01-01' }] }), monthPeriod('2024-01'), null, defaultMetricSettings)).toBeNull()
  })
})
