import { describe, expect, it } from 'vitest'
import { activeCustomers } from '../../../../src/shared/metrics/activeCustomers'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { customPeriod, monthPeriod } from '../../../../src/shared/metrics/periods'
import { isReferralChannel, referral } from '../../../../src/shared/metrics/referral'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'

describe('referral', () => {
  it('recognises referral channels in Portuguese and English', () => {
    for (const value of ['Indicação', 'indicacao de cliente', 'Referral', 'customer_referral', 'Recomendação', 'boca a boca']) expect(isReferralChannel(value), value).toBe(true)
    for (const value of ['partner', 'Google Ads', 'orgânico', 'eventos']) expect(isReferralChannel(value), value).toBe(false)
  })

  it('counts the new customers of a period by channel, on purchases too', () => {
    const series = buildSeries({
      customers: [
        { id: 'a', acquisitionChannel: 'Indicação' },
        { id: 'b', acquisitionChannel: 'Google' },
        { id: 'c', acquisitionChannel: 'Indicação' },
        { id: 'd' }
      ],
      revenue: [
        { customer: 'a', date: '2024-01-10', amount: 30 },
        { customer: 'b', date: '2024-02-10', amount: 20 },
        { customer: 'c', date: '2024-02-11', amount: 10 },
        { customer: 'c', date: '2024-02-12', amount: 5 },
        { customer: 'd', date: '2024-02-13', amount: 1 }
      ]
    })
    const active = activeCustomers(series, defaultMetricSettings)
    expect(referral(series, active, monthPeriod('2024-02'), null)).toEqual({ bySource: { '': 1, Google: 1, Indicação: 1 }, newCustomers: 3, referredCustomers: 1, referredMrr: 15, referredShare: 1 / 3 })
    expect(referral(series, active, customPeriod('2024-01', '2024-02'), null)?.referredCustomers).toBe(2)
    expect(referral(series, active, monthPeriod('2024-02'), Uint8Array.from([1, 0, 0, 0]))?.referredShare).toBeNull()
  })

  it('is null without a channel column', () => {
    const series = buildSeries({ revenue: [{ customer: 'a', date: '2024-01-10', amount: 1 }] })
    expect(referral(series, activeCustomers(series, defaultMetricSettings), monthPeriod('2024-01'), null)).toBeNull()
  })
})
