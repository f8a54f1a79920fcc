/**
 * The customers behind the numbers of a period: for each count the dashboards show, the
 * customer indexes (NPS: answer indexes; campaigns: recipient rows too) it counts, taken
 * by the same rule and the same filters as `dashboardMetrics`, so a drill-down list or the
 * report's Data sheet always has as many rows as the number says.
 */
import { NO_DAY, type CategoricalColumn, type Series } from '../model/series'
import { activityStatesAt } from './activation'
import { activeCustomers } from './activeCustomers'
import { CAMPAIGN_COLUMN } from './buildSurveys'
import { firstDayOfMonth, lastDayOfMonth, monthNumber } from './calendar'
import { campaignGroupKey } from './campaigns'
import { customerMovements, Movement, type CustomerMovements } from './customerMovements'
import { axisRange, type Period } from './periods'
import { isReferralChannel } from './referral'
import { findCustomerColumn, selectCustomers, selectRows, type AttributeFilter, type CustomerSelection } from './selection'
import { metricSettings, type MetricSettings } from './settings'

export interface CustomersBehindRequest {
  period: Period
  /** The dashboard's filters: customer columns select customers; NPS and campaign rows also by their own columns. */
  filters?: readonly AttributeFilter[]
  settings?: Partial<MetricSettings>
}

/** Customer indexes (ascending) behind each count of a period; an empty list where the data has no such count. */
export interface CustomersBehind {
  /** The filters' customer selection (null = every customer). */
  selection: CustomerSelection
  /** Customers at the start of the period (end of the month before) and at its end: `summary.startCustomers`, `summary.customers`. */
  customersAtStart: Int32Array
  customersAtEnd: Int32Array
  /** At the start and not at the end (`summary.churnedCustomers`). */
  churned: Int32Array
  /** The month each churned customer left (axis index of the month after its last active month in the period), parallel to `churned`. */
  churnMonth: Int32Array
  /** Subscription movements of the period (`summary.newCustomers`, `reactivatedCustomers`...); empty without subscription data. */
  new: Int32Array
  reactivated: Int32Array
  expanded: Int32Array
  /** Expanded customers with an upsell part, and with a cross-sell part (a customer can be in both). */
  upsell: Int32Array
  crossSell: Int32Array
  contracted: Int32Array
  /** MRR went to 0 (`summary.churnedMrr`): the churned customers on subscription data. */
  churnedMrr: Int32Array
  /** First active month inside the period (`referral.newCustomers`), and of those the referred ones (`referral.referredCustomers`). */
  acquired: Int32Array
  referred: Int32Array
  /** The activity split on the period's last day (`activity.active`, `activity.inactive`). */
  activeAtEnd: Int32Array
  inactiveAtEnd: Int32Array
  /** NPS answer indexes of the period (`nps.promoters`, `passives`, `detractors`); undated answers count in every period. */
  promoters: Int32Array
  passives: Int32Array
  detractors: Int32Array
  /** Campaign recipient rows that converted (every period, as `campaigns`), their group keys, and their distinct known customers. */
  converterRows: Int32Array
  converterGroups: string[]
  converters: Int32Array
  /** Each customer's start MRR, end MRR and movement; null without subscription data. */
  movements: CustomerMovements | null
}

const none = new Int32Array(0)
const listOf = (count: number, keep: (index: number) => boolean): Int32Array => {
  const out: number[] = []
  for (let i = 0; i < count; i++) if (keep(i)) out.push(i)
  return Int32Array.from(out)
}

/** The customers behind every count of a period, for the filters. Throws on a customer-column filter the data lacks, as dashboardMetrics does. */
export function customersBehind(series: Series, request: CustomersBehindRequest): CustomersBehind {
  const settings = metricSettings(request.settings)
  const filters = request.filters ?? []
  const selection = selectCustomers(series, filters.filter((filter) => findCustomerColumn(series, filter.column) !== null))
  const chosen = (c: number): boolean => !selection || selection[c] === 1
  const count = series.customers.count
  const range = axisRange(series, request.period)
  const active = activeCustomers(series, settings)
  const months = series.months.length
  const isActive = (c: number, m: number): boolean => active !== null && m >= 0 && active.active[c * months + m] === 1
  const start = range && range.baseline >= 0 ? listOf(count, (c) => chosen(c) && isActive(c, range.baseline)) : none
  const churned = range ? start.filter((c) => !isActive(c, range.last)) : none
  const churnMonth = churned.map((c) => {
    let last = range ? range.last : 0
    while (range && last > range.baseline && !isActive(c, last)) last--
    return last + 1
  })
  const movements = customerMovements(series, request.period)
  const moved = (code: number) => (movements ? listOf(count, (c) => chosen(c) && movements.movement[c] === code) : none)
  const expanded = moved(Movement.expansion)
  const channel = series.customers.acquisitionChannel
  const acquired = range && active ? listOf(count, (c) => chosen(c) && active.firstActive[c] >= range.first && active.firstActive[c] <= range.last) : none
  const states = range ? activityStatesAt(series, series.monthEndDay[range.last], selection, settings) : null
  return {
    selection,
    customersAtStart: start,
    customersAtEnd: range ? listOf(count, (c) => chosen(c) && isActive(c, range.last)) : none,
    churned,
    churnMonth,
    new: moved(Movement.new),
    reactivated: moved(Movement.reactivation),
    expanded,
    upsell: movements ? expanded.filter((c) => movements.upsellMrr[c] > 0) : none,
    crossSell: movements ? expanded.filter((c) => movements.crossSellMrr[c] > 0) : none,
    contracted: moved(Movement.contraction),
    churnedMrr: moved(Movement.churn),
    acquired: channel ? acquired : none,
    referred: channel ? acquired.filter((c) => channel.codes[c] >= 0 && isReferralChannel(channel.values[channel.codes[c]])) : none,
    activeAtEnd: states ? listOf(count, (c) => states.state[c] === 1) : none,
    inactiveAtEnd: states ? listOf(count, (c) => states.state[c] === 0) : none,
    ...npsAnswersBehind(series, request.period, filters),
    ...convertersBehind(series, filters),
    movements
  }
}

/** The filters a per-row table can apply: those on its own columns or on customer columns. */
function filtersFor(series: Series, own: readonly CategoricalColumn[], filters: readonly AttributeFilter[]): AttributeFilter[] {
  return filters.filter((filter) => own.some((column) => column.name === filter.column) || findCustomerColumn(series, filter.column) !== null)
}

function npsAnswersBehind(series: Series, period: Period, filters: readonly AttributeFilter[]): Pick<CustomersBehind, 'promoters' | 'passives' | 'detractors'> {
  const nps = series.nps
  if (!nps) return { promoters: none, passives: none, detractors: none }
  const rows = selectRows(series, nps, filtersFor(series, nps.attributes, filters))
  const from = firstDayOfMonth(monthNumber(period.from))
  const to = lastDayOfMonth(monthNumber(period.to))
  const inPeriod = (i: number): boolean => (!rows || rows[i] === 1) && (nps.day[i] === NO_DAY || (nps.day[i] >= from && nps.day[i] <= to))
  return {
    promoters: listOf(nps.count, (i) => inPeriod(i) && nps.score[i] >= 9),
    passives: listOf(nps.count, (i) => inPeriod(i) && nps.score[i] >= 7 && nps.score[i] <= 8),
    detractors: listOf(nps.count, (i) => inPeriod(i) && nps.score[i] <= 6)
  }
}

function convertersBehind(series: Series, filters: readonly AttributeFilter[]): Pick<CustomersBehind, 'converterRows' | 'converterGroups' | 'converters'> {
  const recipients = series.campaignRecipients
  if (!recipients?.converted) return { converterRows: none, converterGroups: [], converters: none }
  const converted = recipients.converted
  const rows = selectRows(series, recipients, filtersFor(series, recipients.attributes, filters))
  const converterRows = listOf(recipients.count, (i) => (!rows || rows[i] === 1) && converted[i] === 1)
  const campaigns = recipients.attributes.find((column) => column.name === CAMPAIGN_COLUMN) ?? null
  const converterGroups = Array.from(converterRows, (i) => {
    const code = recipients.group.codes[i]
    const campaign = campaigns && campaigns.codes[i] >= 0 ? campaigns.values[campaigns.codes[i]] : null
    return campaignGroupKey(campaign, code >= 0 ? recipients.group.values[code] : '')
  })
  const customers = new Set<number>()
  for (const i of converterRows) if (recipients.customer[i] >= 0) customers.add(recipients.customer[i])
  return { converterRows, converterGroups, converters: Int32Array.from([...customers].sort((a, b) => a - b)) }
}
