/** Referral (METRICS.md section 2): new customers brought by existing ones, by acquisition channel. */
import type { Series } from '../model/series'
import type { ActiveCustomers } from './activeCustomers'
import { plainWord } from './dictionary'
import { axisRange, type Period } from './periods'
import { ratio } from './ratio'
import type { CustomerSelection } from './selection'

const referralWords = /(refer|indica|recomend|recommend|boca a boca|word of mouth|member get member|\bmgm\b)/

/** Whether an acquisition channel value means "brought by a customer" ('Indicação', 'referral', 'customer referral'). */
export function isReferralChannel(value: string): boolean {
  return referralWords.test(plainWord(value))
}

/** New customers of a period by acquisition channel. */
export interface Referral {
  /** New customers per channel value (blank channels under ''). */
  bySource: Record<string, number>
  newCustomers: number
  referredCustomers: number
  /** MRR (or revenue) of the referred customers in their first month. */
  referredMrr: number
  /** `referred / new customers`; null without new customers. */
  referredShare: number | null
}

/**
 * Customers whose first active month (first MRR, first purchase, or signup) is inside the
 * period, counted by acquisition channel; referred ones are those whose channel is a
 * referral. Null without an acquisition channel column or dated customer data.
 */
export function referral(series: Series, active: ActiveCustomers | null, period: Period, selection: CustomerSelection): Referral | null {
  const channel = series.customers.acquisitionChannel
  const range = axisRange(series, period)
  if (!channel || !active || !range) return null
  const referredCode = channel.values.map(isReferralChannel)
  const counts = new Float64Array(channel.values.length + 1)
  const values = series.subscriptions?.mrr ?? series.transactions?.revenue ?? null
  const months = active.months
  let newCustomers = 0
  let referredCustomers = 0
  let referredMrr = 0
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const base = c * months
    const first = active.firstActive[c]
    if (first < range.first || first > range.last) continue
    newCustomers++
    const code = channel.codes[c]
    counts[code + 1]++
    if (code >= 0 && referredCode[code]) {
      referredCustomers++
      if (values) referredMrr += values[base + first]
    }
  }
  const bySource: Record<string, number> = {}
  if (counts[0] > 0) bySource[''] = counts[0]
  channel.values.forEach((value, code) => {
    if (counts[code + 1] > 0) bySource[value] = counts[code + 1]
  })
  return { bySource, newCustomers, referredCustomers, referredMrr, referredShare: ratio(referredCustomers, newCustomers) }
}
