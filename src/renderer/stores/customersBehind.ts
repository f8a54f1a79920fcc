/**
 * "The customers behind a number" for the drill-downs: the rows of the Data tab for an
 * activity split, a cohort cell, a set of NPS answers or a campaign group, each built by
 * the rule its number uses, so the row count equals the number clicked.
 */
import { NO_DAY, type MonthKey, type Series } from '../../shared/model/series'
import { dayToIso, monthOfDay } from '../../shared/metrics/calendar'
import type { CustomersBehind } from '../../shared/metrics/customersBehind'
import { CAMPAIGN_COLUMN, FLAG_BLANK } from '../../shared/metrics/buildSurveys'
import { campaignGroupKey, type SurveyDue } from '../../shared/metrics/campaigns'
import { axisRange, type Period } from '../../shared/metrics/periods'
import { findCustomerColumn, selectRows, type AttributeFilter, type CustomerSelection } from '../../shared/metrics/selection'
import type { MetricSettings } from '../../shared/metrics/settings'
import { activeCustomers } from '../../shared/metrics/activeCustomers'
import { cohortCellCustomers } from './cohortCells'
import { behindOrNull, customerActivityAt, type ChurnedCustomer } from './customerLists'
import { customerTable, dataRow, type DataTableModel, type ExtraColumn } from './dataTable'
import type { NpsAnswerRow } from './npsAnswers'

type Table = Pick<DataTableModel, 'columns' | 'rows'>

/** The active (or inactive) customers at the end of axis month `month`, with their last activity. */
export function activityCustomers(series: Series, month: number, selection: CustomerSelection, settings: MetricSettings, active: boolean): Table {
  const split = customerActivityAt(series, series.monthEndDay[month], selection, settings).filter((row) => row.active === active)
  const lastActivity = split.map((row) => (row.lastActivity === NO_DAY ? null : dayToIso(row.lastActivity)))
  return customerTable(series, split.map((row) => row.customer), month, series.activity ? [{ column: { key: 'lastActivity', kind: 'date' }, values: lastActivity }] : [])
}

/** The customers at the end of axis month `month` (MRR > 0, a purchase in the window, or signed up and not churned): the Customers KPI. */
export function customersAt(series: Series, month: number, selection: CustomerSelection, settings: MetricSettings): Table {
  const active = activeCustomers(series, settings)
  const customers: number[] = []
  if (active && month >= 0) for (let c = 0; c < series.customers.count; c++) if ((!selection || selection[c]) && active.active[c * active.months + month]) customers.push(c)
  return customerTable(series, customers, month)
}

/** The customers lost in the period (the churned customers list), with the month they left and their reason. */
export function churnedTable(series: Series, churned: readonly ChurnedCustomer[], month: number): Table {
  const index = new Map(series.customers.ids.map((id, c) => [id, c]))
  return customerTable(series, churned.map((row) => index.get(row.id) ?? -1).filter((c) => c >= 0), month, [
    { column: { key: 'churnMonth', kind: 'text' }, values: churned.map((row) => row.churnMonth) },
    { column: { key: 'reason', kind: 'text' }, values: churned.map((row) => row.reason) }
  ])
}

/** The customers of a cohort present in its month k. */
export function cohortCustomers(series: Series, period: Period, selection: CustomerSelection, cohort: string, k: number): Table {
  const customers = cohortCellCustomers(series, period, selection, cohort, k)
  return customerTable(series, customers, series.months.indexOf(cohort) + k)
}

/** NPS answers as rows: customer, date, score, comment. */
export function answersTable(answers: readonly NpsAnswerRow[]): Table {
  return {
    columns: [{ key: 'customer', kind: 'text' }, { key: 'date', kind: 'date' }, { key: 'score', kind: 'count' }, { key: 'comment', kind: 'text' }],
    rows: answers.map((row) => dataRow([row.customerId, row.date, row.score, row.comment]))
  }
}

/** The recipients of a campaign group (its key as the engine writes it), with whether they responded: yes for the engine's converter rows (`customersBehind(...).converterRows`). */
export function campaignGroupRecipients(series: Series, key: string, period: Period, filters: readonly AttributeFilter[], settings: MetricSettings, words: { yes: string; no: string }): Table {
  const recipients = series.campaignRecipients
  const columns: Table['columns'] = [{ key: 'customer', kind: 'text' }, { key: 'date', kind: 'date' }, { key: 'converted', kind: 'text' }]
  if (!recipients) return { columns, rows: [] }
  const usable = filters.filter((filter) => recipients.attributes.some((column) => column.name === filter.column) || findCustomerColumn(series, filter.column) !== null)
  const selected = selectRows(series, recipients, usable)
  const converters = new Set(behindOrNull(series, { period, filters, settings })?.converterRows ?? [])
  const campaigns = recipients.attributes.find((column) => column.name === CAMPAIGN_COLUMN) ?? null
  const rows = []
  for (let i = 0; i < recipients.count; i++) {
    if (selected && !selected[i]) continue
    const code = recipients.group.codes[i]
    const group = code >= 0 ? recipients.group.values[code] : ''
    const campaign = campaigns && campaigns.codes[i] >= 0 ? campaigns.values[campaigns.codes[i]] : null
    if (campaignGroupKey(campaign, group) !== key) continue
    const converted = converters.has(i) ? words.yes : recipients.converted && recipients.converted[i] !== FLAG_BLANK ? words.no : null
    const customer = recipients.customer[i]
    rows.push(dataRow([customer >= 0 ? series.customers.ids[customer] : null, recipients.day[i] === NO_DAY ? null : dayToIso(recipients.day[i]), converted]))
  }
  return { columns, rows }
}

/** The survey list as rows (customer, attributes, last purchase). */
export function surveyDueTable(series: Series, due: readonly SurveyDue[], month: number): Table {
  return customerTable(series, due.map((row) => row.customer), month, [{ column: { key: 'lastPurchase', kind: 'date' }, values: due.map((row) => row.lastPurchase) }])
}

/** A period of one month (the month of a chart point). */
export function monthPeriod(month: MonthKey): Period {
  return { from: month, to: month }
}

/** The movements of the MRR movements chart, in its bar order (after the net line). */
export const MOVEMENT_KINDS = ['new', 'upsell', 'crossSell', 'reactivated', 'contracted', 'churnedMrr'] as const
export type MovementKind = (typeof MOVEMENT_KINDS)[number]

/** Each listed customer's MRR at the start of the period (the engine's movements), null without subscription data. */
function startMrrColumn(behind: CustomersBehind, customers: readonly number[]): ExtraColumn {
  const start = behind.movements?.startMrr ?? null
  return { column: { key: 'startMrr', kind: 'money' }, values: customers.map((c) => (start ? start[c] : null)) }
}

/** The customers of one movement of the engine (`customersBehind(...)[kind]`), with their MRR at the start and at the end (axis month `month`). */
export function movementCustomers(series: Series, behind: CustomersBehind, kind: MovementKind, month: number): Table {
  const customers = Array.from(behind[kind])
  return customerTable(series, customers, month, [startMrrColumn(behind, customers)])
}

/** The customers behind revenue churn: MRR lost to churn or to contraction (`churnedMrr` and `contracted`), each with its movement. */
export function revenueChurnCustomers(series: Series, behind: CustomersBehind, month: number, words: { churn: string; contraction: string }): Table {
  const churned = new Set(behind.churnedMrr)
  const customers = [...behind.churnedMrr, ...behind.contracted].sort((a, b) => a - b)
  return customerTable(series, customers, month, [
    startMrrColumn(behind, customers),
    { column: { key: 'movement', kind: 'text' }, values: customers.map((c) => (churned.has(c) ? words.churn : words.contraction)) }
  ])
}

/** The customers at the start of the period (the base of NRR and GRR), with their MRR at the start and at the end (axis month `month`). */
export function customersAtStartTable(series: Series, behind: CustomersBehind, month: number): Table {
  const customers = Array.from(behind.customersAtStart)
  return customerTable(series, customers, month, [startMrrColumn(behind, customers)])
}

/** The customers at the end of the period (`customersAtEnd`) with their MRR at axis month `month`: the rows that add up to the MRR. */
export function customersAtEndTable(series: Series, behind: CustomersBehind, month: number): Table {
  return customerTable(series, Array.from(behind.customersAtEnd), month)
}

/**
 * The customers counted under one churn reason (the key as the engine writes it, '' for a
 * blank reason): as the Churn view's reasons count them, distinct customers with a churn
 * event of that reason in the period (undated events in every period), with the event's
 * date and the MRR lost (the month before the event).
 */
export function churnReasonCustomers(series: Series, period: Period, selection: CustomerSelection, reason: string): Table {
  const events = series.churnEvents
  const customers: number[] = []
  const dates: (string | null)[] = []
  const lost: (number | null)[] = []
  if (events) {
    const range = axisRange(series, period)
    const months = series.months.length
    const mrr = series.subscriptions?.mrr ?? null
    const snapshot = series.customers.snapshotMrr
    const seen = new Set<number>()
    for (let i = 0; i < events.count; i++) {
      const c = events.customer[i]
      if (selection && !selection[c]) continue
      const code = events.reason.codes[i]
      if ((code >= 0 ? events.reason.values[code] : '') !== reason || seen.has(c)) continue
      const day = events.day[i]
      const month = day === NO_DAY ? -1 : monthOfDay(day) - series.firstMonth
      if (day !== NO_DAY && (!range || month < range.first || month > range.last)) continue
      seen.add(c)
      customers.push(c)
      dates.push(day === NO_DAY ? null : dayToIso(day))
      lost.push(mrr ? (month >= 1 && month <= months ? mrr[c * months + month - 1] : 0) : snapshot && snapshot[c] === snapshot[c] ? snapshot[c] : null)
    }
  }
  return customerTable(series, customers, -1, [
    { column: { key: 'date', kind: 'date' }, values: dates },
    { column: { key: 'lostMrr', kind: 'money' }, values: lost }
  ])
}
