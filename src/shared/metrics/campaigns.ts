/** E-mail survey campaigns (METRICS.md section 6): rates per group, lift against a control group, the survey list. */
import { NO_DAY, type DayNumber, type Series } from '../model/series'
import { lastDayAtOrBefore } from './activation'
import { dayToIso } from './calendar'
import { ratio } from './ratio'
import type { CustomerSelection } from './selection'
import type { MetricSettings } from './settings'

/** Counts of one campaign group; a count the data lacks is null. */
export interface CampaignTotals {
  recipients: number
  sent: number
  delivered: number | null
  opened: number | null
  clicked: number | null
  converted: number | null
}

/** Counts and rates of one group. */
export interface CampaignRates extends CampaignTotals {
  /** A control group: no e-mail was sent; its conversion is over its recipients. */
  control: boolean
  /** `delivered / sent`. */
  deliveryRate: number | null
  /** `unique opens / delivered`. */
  openRate: number | null
  /** `unique clicks / delivered` (the "read" rate). */
  clickRate: number | null
  /** `clicks / opens`. */
  clickToOpen: number | null
  /** `responses or conversions / delivered` (control group: `/ recipients`). */
  conversionRate: number | null
}

/**
 * The rates of one group. Without a delivered count, every sent e-mail counts as
 * delivered (the delivery rate is then null). Every rate is null when its count or its
 * denominator is missing or 0.
 */
export function campaignRates(totals: CampaignTotals, control: boolean): CampaignRates {
  const base = control ? totals.recipients : (totals.delivered ?? totals.sent)
  const over = (count: number | null, whole: number | null): number | null => (count === null || whole === null ? null : ratio(count, whole))
  return {
    ...totals,
    control,
    deliveryRate: control ? null : over(totals.delivered, totals.sent),
    openRate: control ? null : over(totals.opened, base),
    clickRate: over(totals.clicked, base),
    clickToOpen: control ? null : over(totals.clicked, totals.opened),
    conversionRate: over(totals.converted, base)
  }
}

/** Rates per campaign group, from per-recipient rows (`rows` selects them, null = all) and per-campaign counts. */
export function campaignsByGroup(series: Series, rows: Uint8Array | null): Record<string, CampaignRates> {
  const totals = new Map<string, CampaignTotals & { control: boolean }>()
  const entry = (group: string, control: boolean) => {
    let found = totals.get(group)
    if (!found) {
      found = { recipients: 0, sent: 0, delivered: null, opened: null, clicked: null, converted: null, control }
      totals.set(group, found)
    }
    return found
  }
  const add = (value: number | null, count: number | null): number | null => (count === null ? value : (value ?? 0) + count)
  const recipients = series.campaignRecipients
  if (recipients) {
    for (let i = 0; i < recipients.count; i++) {
      if (rows && !rows[i]) continue
      const code = recipients.group.codes[i]
      const group = entry(code >= 0 ? recipients.group.values[code] : '', recipients.control[i] === 1)
      group.recipients++
      group.sent += recipients.sent[i]
      group.delivered = add(group.delivered, recipients.delivered ? recipients.delivered[i] : null)
      group.opened = add(group.opened, recipients.opened ? recipients.opened[i] : null)
      group.clicked = add(group.clicked, recipients.clicked ? recipients.clicked[i] : null)
      group.converted = add(group.converted, recipients.converted ? recipients.converted[i] : null)
    }
  }
  if (!rows) {
    for (const row of series.campaignCounts ?? []) {
      const group = entry(row.group, row.control)
      group.recipients += row.sent
      group.sent += row.control ? 0 : row.sent
      group.delivered = add(group.delivered, row.delivered)
      group.opened = add(group.opened, row.opened)
      group.clicked = add(group.clicked, row.clicked)
      group.converted = add(group.converted, row.converted)
    }
  }
  const names = [...totals.keys()].sort()
  return Object.fromEntries(names.map((name) => {
    const { control, ...counts } = totals.get(name) as CampaignTotals & { control: boolean }
    return [name, campaignRates(counts, control)]
  }))
}

/**
 * Lift of each e-mailed group: `conversion(group) - conversion(control)`, the control
 * groups pooled. An empty object without a control group.
 */
export function campaignLift(byGroup: Record<string, CampaignRates>): Record<string, number | null> {
  let controlConverted = 0
  let controlRecipients = 0
  let hasControl = false
  for (const group of Object.values(byGroup)) {
    if (!group.control || group.converted === null) continue
    hasControl = true
    controlConverted += group.converted
    controlRecipients += group.recipients
  }
  const control = ratio(controlConverted, controlRecipients)
  if (!hasControl) return {}
  const out: Record<string, number | null> = {}
  for (const [name, group] of Object.entries(byGroup)) {
    if (group.control) continue
    out[name] = group.conversionRate === null || control === null ? null : group.conversionRate - control
  }
  return out
}

/** One customer due for a satisfaction survey. */
export interface SurveyDue {
  customer: number
  id: string
  /** The latest purchase or subscription start, 'YYYY-MM-DD'. */
  lastPurchase: string
}

/**
 * Customers due for a survey at `day`: purchased or started a subscription in the N days
 * ending on `day` (default 30) and neither answered an NPS survey nor were sent a campaign
 * e-mail in the M days ending on it (default 90).
 */
export function surveyDueList(series: Series, day: DayNumber, selection: CustomerSelection, settings: Pick<MetricSettings, 'surveyRecentPurchaseDays' | 'surveyQuietDays'>): SurveyDue[] {
  const count = series.customers.count
  const lastSurvey = new Int32Array(count).fill(NO_DAY)
  const seeSurvey = (customer: number, when: number): void => {
    if (customer >= 0 && when <= day && when > lastSurvey[customer]) lastSurvey[customer] = when
  }
  const nps = series.nps
  if (nps) for (let i = 0; i < nps.count; i++) seeSurvey(nps.customer[i], nps.day[i])
  const recipients = series.campaignRecipients
  if (recipients) for (let i = 0; i < recipients.count; i++) if (recipients.sent[i]) seeSurvey(recipients.customer[i], recipients.day[i])
  const lists = [series.transactions?.purchaseDays, series.subscriptions?.startDays]
  const out: SurveyDue[] = []
  for (let c = 0; c < count; c++) {
    if (selection && !selection[c]) continue
    let lastPurchase = NO_DAY
    for (const list of lists) {
      if (!list) continue
      const found = lastDayAtOrBefore(list.days, list.start[c], list.start[c + 1], day)
      if (found > lastPurchase) lastPurchase = found
    }
    if (lastPurchase === NO_DAY || lastPurchase <= day - settings.surveyRecentPurchaseDays) continue
    if (lastSurvey[c] !== NO_DAY && lastSurvey[c] > day - settings.surveyQuietDays) continue
    out.push({ customer: c, id: series.customers.ids[c], lastPurchase: dayToIso(lastPurchase) })
  }
  return out
}
