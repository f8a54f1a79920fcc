/** E-mail survey campaigns (METRICS.md section 6): rates per group, lift against a control group, the survey list. */
import { NO_DAY, type DayNumber, type Series } from '../model/series'
import { lastDayAtOrBefore } from './activation'
import { CAMPAIGN_COLUMN, FLAG_BLANK } from './buildSurveys'
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
  /** `delivered / sent` (control group: null). */
  deliveryRate: number | null
  /** `unique opens / delivered` (control group: null, nothing was sent to open). */
  openRate: number | null
  /** `unique clicks / delivered`, the "read" rate (control group: `/ recipients`, and null unless it recorded clicks). */
  clickRate: number | null
  /** `clicks / opens` (control group: null). */
  clickToOpen: number | null
  /** `responses or conversions / delivered` (control group: `/ recipients`). */
  conversionRate: number | null
}

/** The rates of one group of one campaign, under the key "group · campaign" (the group alone without a campaign). */
export interface CampaignGroupRates extends CampaignRates {
  /** The campaign, or null when the data names none (or names it as the group). */
  campaign: string | null
  group: string
}

/**
 * The rates of one group. Without a delivered count, every sent e-mail counts as
 * delivered (the delivery rate is then null). Every rate is null when its count or its
 * denominator is missing or 0. A control group got no e-mail: delivery, open and
 * click-to-open rates are null, and a click count of 0 is no measurement (null); clicks it
 * did record (Hillstrom's site visits mapped to clicks) give `clicks / recipients`.
 */
export function campaignRates(totals: CampaignTotals, control: boolean): CampaignRates {
  const base = control ? totals.recipients : (totals.delivered ?? totals.sent)
  const over = (count: number | null, whole: number | null): number | null => (count === null || whole === null ? null : ratio(count, whole))
  return {
    ...totals,
    control,
    deliveryRate: control ? null : over(totals.delivered, totals.sent),
    openRate: control ? null : over(totals.opened, base),
    clickRate: control && !totals.clicked ? null : over(totals.clicked, base),
    clickToOpen: control ? null : over(totals.clicked, totals.opened),
    conversionRate: over(totals.converted, base)
  }
}

/**
 * The key of a campaign's group: "group · campaign" ('E-mail · Pesquisa março'), or the
 * group alone when the campaign is blank or is the group. The group comes first so a key
 * still starts with the group's name (a control group's key with 'Controle...').
 */
export function campaignGroupKey(campaign: string | null, group: string): string {
  return campaign === null || campaign === '' || campaign === group ? group : `${group} · ${campaign}`
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

type GroupEntry = CampaignTotals & { control: boolean; campaign: string | null; group: string }

/**
 * Rates per campaign group, keyed by `campaignGroupKey` and ordered by campaign then group, from per-recipient rows (`rows`
 * selects them, null = all) and, when `withCounts` (by default when every row is taken),
 * per-campaign counts. A blank flag cell is not counted; a group with every cell of a flag
 * blank has a null count.
 */
export function campaignsByGroup(series: Series, rows: Uint8Array | null, withCounts = rows === null): Record<string, CampaignGroupRates> {
  const totals = new Map<string, GroupEntry>()
  const entry = (campaignName: string | null, group: string, control: boolean): GroupEntry => {
    const campaign = campaignName === null || campaignName === '' || campaignName === group ? null : campaignName
    const key = campaignGroupKey(campaign, group)
    let found = totals.get(key)
    if (!found) {
      found = { recipients: 0, sent: 0, delivered: null, opened: null, clicked: null, converted: null, control, campaign, group }
      totals.set(key, found)
    }
    return found
  }
  const add = (value: number | null, count: number | null): number | null => (count === null ? value : (value ?? 0) + count)
  const flag = (value: number | null, flags: Uint8Array | null, i: number): number | null => (!flags || flags[i] === FLAG_BLANK ? value : (value ?? 0) + flags[i])
  const recipients = series.campaignRecipients
  if (recipients) {
    const campaigns = recipients.attributes.find((column) => column.name === CAMPAIGN_COLUMN) ?? null
    for (let i = 0; i < recipients.count; i++) {
      if (rows && !rows[i]) continue
      const code = recipients.group.codes[i]
      const campaignCode = campaigns ? campaigns.codes[i] : -1
      const group = entry(campaigns && campaignCode >= 0 ? campaigns.values[campaignCode] : null, code >= 0 ? recipients.group.values[code] : '', recipients.control[i] === 1)
      group.recipients++
      group.sent += recipients.sent[i]
      group.delivered = flag(group.delivered, recipients.delivered, i)
      group.opened = flag(group.opened, recipients.opened, i)
      group.clicked = flag(group.clicked, recipients.clicked, i)
      group.converted = flag(group.converted, recipients.converted, i)
    }
  }
  if (withCounts) {
    for (const row of series.campaignCounts ?? []) {
      const group = entry(row.campaign, row.group, row.control)
      group.recipients += row.sent
      group.sent += row.control ? 0 : row.sent
      group.delivered = add(group.delivered, row.delivered)
      group.opened = add(group.opened, row.opened)
      group.clicked = add(group.clicked, row.clicked)
      group.converted = add(group.converted, row.converted)
    }
  }
  const order = (entry: GroupEntry): string => `${entry.campaign ?? ''}\u0000${entry.group}`
  const keys = [...totals.keys()].sort((a, b) => compareText(order(totals.get(a) as GroupEntry), order(totals.get(b) as GroupEntry)))
  return Object.fromEntries(keys.map((key) => {
    const { control, campaign, group, ...counts } = totals.get(key) as GroupEntry
    return [key, { ...campaignRates(counts, control), campaign, group }]
  }))
}

/**
 * Lift of each e-mailed group: `conversion(group) - conversion(control)`, where the control
 * is the control groups of the group's own campaign, pooled (converted / recipients).
 * A group whose campaign has no control group with a conversion count has no entry; null
 * when a conversion rate is null. An empty object without a control group.
 */
export function campaignLift(byGroup: Record<string, CampaignGroupRates>): Record<string, number | null> {
  const controls = new Map<string | null, { converted: number; recipients: number }>()
  for (const group of Object.values(byGroup)) {
    if (!group.control || group.converted === null) continue
    const pooled = controls.get(group.campaign) ?? { converted: 0, recipients: 0 }
    pooled.converted += group.converted
    pooled.recipients += group.recipients
    controls.set(group.campaign, pooled)
  }
  const out: Record<string, number | null> = {}
  for (const [key, group] of Object.entries(byGroup)) {
    const pooled = controls.get(group.campaign)
    if (group.control || !pooled) continue
    const control = ratio(pooled.converted, pooled.recipients)
    out[key] = group.conversionRate === null || control === null ? null : group.conversionRate - control
  }
  return out
}

/**
 * Surveys delivered in the days `from..to` (inclusive; null = every day): per e-mailed
 * group, its delivered count (its sent count without one), over the recipients `rows`
 * selects (null = all) whose send date is in the days; undated recipients count in every
 * period, as do per-campaign counts (they have no date; left out when rows are selected).
 * Null without campaign data.
 */
export function surveysDelivered(series: Series, days: { from: DayNumber; to: DayNumber } | null, rows: Uint8Array | null): number | null {
  if (!series.campaignRecipients && !series.campaignCounts) return null
  const recipients = series.campaignRecipients
  let mask = rows
  if (recipients && days) {
    mask = new Uint8Array(recipients.count)
    for (let i = 0; i < recipients.count; i++) {
      const day = recipients.day[i]
      mask[i] = (!rows || rows[i]) && (day === NO_DAY || (day >= days.from && day <= days.to)) ? 1 : 0
    }
  }
  let delivered = 0
  for (const group of Object.values(campaignsByGroup(series, mask, rows === null))) if (!group.control) delivered += group.delivered ?? group.sent
  return delivered
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
