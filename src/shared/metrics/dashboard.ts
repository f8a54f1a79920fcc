/**
 * Everything a dashboard needs for one period and one filter, in one call: the numbers of
 * every view, shaped as the CLI's `pulso metrics --json` prints them (rates as fractions,
 * missing values as null). The benchmark times this function.
 */
import type { CategoricalColumn, Series } from '../model/series'
import { activationRate, activityAt, type ActivitySummary } from './activation'
import { activeCustomers, type ActivityBasis } from './activeCustomers'
import { campaignLift, campaignsByGroup, surveysDelivered, type CampaignGroupRates } from './campaigns'
import { churnReasons, snapshotChurn, snapshotChurnBy, type ChurnReasonCount, type SnapshotChurn } from './churn'
import { cohortTable, type CohortTable } from './cohorts'
import { monthlyMovements } from './movements'
import { npsByMonth, npsBySegment, npsSummary, type NpsSummary } from './nps'
import { firstDayOfMonth, lastDayOfMonth, monthNumber } from './calendar'
import { axisRange, wholeSeriesPeriod, type Period } from './periods'
import { ratio } from './ratio'
import { referral, type Referral } from './referral'
import { findCustomerColumn, groupSelections, intersectSelections, selectCustomers, selectRows, type AttributeFilter } from './selection'
import { metricSettings, type MetricSettings } from './settings'
import { customersByMonth, monthTable, periodSummary, type MonthMetrics, type PeriodSummary } from './summary'
import { averageTicket, retentionWhatIf, type OrderTotals, type RetentionWhatIf } from './ticket'

export interface DashboardRequest {
  /** The period; the whole months axis by default. */
  period?: Period | null
  /** Keep only rows matching every filter (customer columns; NPS and campaign rows also by their own columns). */
  filters?: readonly AttributeFilter[]
  /** Also compute the period summary per value of this customer column (throws on a column no table has). */
  groupBy?: string | null
  /** Columns for `snapshot.bySegment` and `nps.bySegment`: by default `groupBy`, else every column with 2..50 values. */
  segmentColumns?: readonly string[] | null
  settings?: Partial<MetricSettings>
  /** The retention what-if's churn reduction (fraction; 0.01 = 1 p.p.). */
  churnReduction?: number
  acquisitionCost?: number | null
}

export interface DashboardMetrics {
  period: Period | null
  /** How customers at a time are counted: MRR, purchases in the window, or signup/churn dates. */
  basis: ActivityBasis | null
  summary: PeriodSummary | null
  retentionWhatIf: RetentionWhatIf | null
  snapshot: (SnapshotChurn & { bySegment: Record<string, Record<string, SnapshotChurn>> }) | null
  months: MonthMetrics[]
  referral: Referral | null
  churnReasons: Record<string, ChurnReasonCount>
  activity: (ActivitySummary & { newCustomers: number | null; activated: number | null; activationRate: number | null }) | null
  nps: (NpsSummary & { responseRate: number | null; byMonth: ({ month: string } & NpsSummary)[]; bySegment: Record<string, Record<string, NpsSummary>> }) | null
  orders: OrderTotals | null
  cohorts: CohortTable | null
  campaigns: { bySegment: Record<string, CampaignGroupRates>; lift: Record<string, number | null> } | null
  groups: { column: string; values: Record<string, PeriodSummary> } | null
}

const maxSegmentValues = 50

/** Computes every metric of every view for a period and a filter. Throws on a filter or group column the data lacks. */
export function dashboardMetrics(series: Series, request: DashboardRequest = {}): DashboardMetrics {
  const settings = metricSettings(request.settings)
  const filters = request.filters ?? []
  checkColumns(series, filters, request.groupBy ?? null)
  const customerFilters = filters.filter((filter) => findCustomerColumn(series, filter.column) !== null)
  const selection = selectCustomers(series, customerFilters)
  const period = request.period ?? wholeSeriesPeriod(series)
  const range = period ? axisRange(series, period) : null
  const active = activeCustomers(series, settings)
  const movements = monthlyMovements(series, selection)
  const customers = customersByMonth(series, active, movements, selection)
  const summary = period && range ? periodSummary(series, active, customers, period, range, selection, settings) : null
  const segmentColumns = request.segmentColumns ?? (request.groupBy ? [request.groupBy] : null)
  const months = range ? monthTable(series, movements, customers, range, selection) : []

  return {
    period,
    basis: active?.basis ?? null,
    summary,
    retentionWhatIf: summary ? retentionWhatIf({
      customers: summary.customers ?? 0,
      mrr: summary.mrr ?? 0,
      monthlyChurnRate: summary.averageMonthlyChurnRate,
      churnReduction: request.churnReduction ?? 0.01,
      arpa: summary.arpa,
      costRatio: settings.acquisitionToRetentionCostRatio,
      acquisitionCost: request.acquisitionCost ?? null
    }) : null,
    snapshot: snapshotSection(series, selection, segmentColumns),
    months,
    referral: period ? referral(series, active, period, selection) : null,
    churnReasons: churnReasons(series, period, selection),
    activity: activitySection(series, period, range, selection, settings),
    nps: npsSection(series, period, filters, segmentColumns),
    orders: ordersOfMonths(series, months),
    cohorts: period ? cohortTable(series, period, selection) : null,
    campaigns: campaignSection(series, filters),
    groups: request.groupBy && period && range ? groupSection(series, request.groupBy, { active, period, range, selection, settings }) : null
  }
}

/** Orders of the period: the sum of its months (the same as `orderTotals`, without another pass). */
function ordersOfMonths(series: Series, months: readonly MonthMetrics[]): OrderTotals | null {
  if (!series.transactions || months.length === 0) return null
  let orders = 0
  let revenue = 0
  for (const month of months) {
    orders += month.orders ?? 0
    revenue += month.revenue ?? 0
  }
  return { orders, revenue, averageTicket: averageTicket(revenue, orders) }
}

function snapshotSection(series: Series, selection: Uint8Array | null, columns: readonly string[] | null): DashboardMetrics['snapshot'] {
  const totals = snapshotChurn(series, selection)
  if (!totals) return null
  const bySegment: Record<string, Record<string, SnapshotChurn>> = {}
  const chosen = columns
    ? columns.map((name) => findCustomerColumn(series, name)).filter((column) => column !== null)
    : series.customers.attributes.filter((column) => column.values.length >= 2 && column.values.length <= maxSegmentValues)
  for (const column of chosen) bySegment[column.name] = snapshotChurnBy(series, column, selection)
  return { ...totals, bySegment }
}

function activitySection(series: Series, period: Period | null, range: ReturnType<typeof axisRange>, selection: Uint8Array | null, settings: MetricSettings): DashboardMetrics['activity'] {
  const day = range ? series.monthEndDay[range.last] : 0
  const split = range || !series.activity ? activityAt(series, day, selection, settings) : null
  if (!split) return null
  const activation = period ? activationRate(series, period, selection, settings) : null
  return { ...split, newCustomers: activation?.newCustomers ?? null, activated: activation?.activated ?? null, activationRate: activation?.activationRate ?? null }
}

function npsSection(series: Series, period: Period | null, filters: readonly AttributeFilter[], columns: readonly string[] | null): DashboardMetrics['nps'] {
  const nps = series.nps
  if (!nps) return null
  const rows = selectRows(series, nps, filtersFor(series, nps.attributes, filters))
  const totals = npsSummary(series, period, rows)
  if (!totals) return null
  const names = columns ?? [
    ...nps.attributes.filter((column) => column.values.length >= 2 && column.values.length <= maxSegmentValues).map((column) => column.name),
    ...(nps.customer.some((customer) => customer >= 0) ? series.customers.attributes.filter((column) => column.values.length >= 2 && column.values.length <= maxSegmentValues).map((column) => column.name) : [])
  ]
  const bySegment: Record<string, Record<string, NpsSummary>> = {}
  for (const name of names) bySegment[name] = npsBySegment(series, name, period, rows)
  const delivered = surveysDelivered(series, periodDays(period), campaignRows(series, filters))
  return { ...totals, responseRate: responseRate(totals.responses, delivered), byMonth: npsByMonth(series, period, rows), bySegment }
}

/**
 * `responses / surveys delivered` in the period, when campaign data exists (else null).
 * Null too when there are more responses than deliveries: the answers then come from more
 * than the campaigns (another channel, or campaigns not imported), so no rate above 1.
 */
export function responseRate(responses: number, delivered: number | null): number | null {
  if (delivered === null || responses > delivered) return null
  return ratio(responses, delivered)
}

/** The days of a period, first day of its first month to last day of its last month; null = every day. */
function periodDays(period: Period | null): { from: number; to: number } | null {
  return period ? { from: firstDayOfMonth(monthNumber(period.from)), to: lastDayOfMonth(monthNumber(period.to)) } : null
}

/** The recipient rows the filters keep (null = all, or no per-recipient table). */
function campaignRows(series: Series, filters: readonly AttributeFilter[]): Uint8Array | null {
  const recipients = series.campaignRecipients
  return recipients ? selectRows(series, recipients, filtersFor(series, recipients.attributes, filters)) : null
}

function campaignSection(series: Series, filters: readonly AttributeFilter[]): DashboardMetrics['campaigns'] {
  if (!series.campaignRecipients && !series.campaignCounts) return null
  const bySegment = campaignsByGroup(series, campaignRows(series, filters))
  return { bySegment, lift: campaignLift(bySegment) }
}

interface GroupContext {
  active: ReturnType<typeof activeCustomers>
  period: Period
  range: NonNullable<ReturnType<typeof axisRange>>
  selection: Uint8Array | null
  settings: MetricSettings
}

function groupSection(series: Series, columnName: string, context: GroupContext): DashboardMetrics['groups'] {
  const column = findCustomerColumn(series, columnName)
  if (!column) return null // a column of the NPS or campaign rows: grouped in their bySegment
  const values: Record<string, PeriodSummary> = {}
  for (const group of groupSelections(column, context.selection)) {
    const within = intersectSelections(context.selection, group.selection)
    const customers = customersByMonth(series, context.active, monthlyMovements(series, within), within)
    values[group.value] = periodSummary(series, context.active, customers, context.period, context.range, within, context.settings)
  }
  return { column: column.name, values }
}

/** The filters a per-row table can apply: those on its own columns or on customer columns. */
function filtersFor(series: Series, own: readonly CategoricalColumn[], filters: readonly AttributeFilter[]): AttributeFilter[] {
  return filters.filter((filter) => own.some((column) => column.name === filter.column) || findCustomerColumn(series, filter.column) !== null)
}

/**
 * Throws on a filter or group-by column no table has (a typo must not silently select
 * everyone, nor group by nothing); the message lists the columns there are.
 */
export function checkColumns(series: Series, filters: readonly AttributeFilter[], groupBy: string | null): void {
  const own = [...(series.nps?.attributes ?? []), ...(series.campaignRecipients?.attributes ?? [])]
  const known = (name: string) => findCustomerColumn(series, name) !== null || own.some((column) => column.name === name)
  const missing = filters.find((filter) => !known(filter.column))
  const problem = missing ? `No column "${missing.column}" to filter by` : groupBy !== null && !known(groupBy) ? `No column "${groupBy}" to group by` : null
  if (!problem) return
  const customers = series.customers
  const names = [...new Set([...customers.attributes, customers.statusColumn, customers.churnReason, customers.acquisitionChannel, ...own].flatMap((column) => (column ? [column.name] : [])))]
  throw new RangeError(names.length ? `${problem}: the columns are ${names.join(', ')}` : `${problem}: this data has no columns to filter or group by`)
}
