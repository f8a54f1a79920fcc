/**
 * The Data sheet's table: one row per customer the report counts (the filters applied),
 * with its attributes and its numbers in the period: MRR at the start and end of the
 * period and the movement between them (the engine's `customerMovements`, the one rule behind
 * the period's movement totals, so the sums of this table give the Summary's MRR numbers),
 * revenue and orders, NPS answers.
 */
import { activeCustomers } from '../../../shared/metrics/activeCustomers'
import { firstDayOfMonth, lastDayOfMonth, monthNumber } from '../../../shared/metrics/calendar'
import { customerMovements, Movement, type MovementCode } from '../../../shared/metrics/customerMovements'
import { axisRange, wholeSeriesPeriod, type Period } from '../../../shared/metrics/periods'
import { selectCustomers, type AttributeFilter } from '../../../shared/metrics/selection'
import { metricSettings, type MetricSettings } from '../../../shared/metrics/settings'
import { MISSING_CODE, NO_DAY, type CategoricalColumn, type Series } from '../../../shared/model/series'
import { excelSerial, type CellKind } from './formats'
import type { ReportLabels } from './labels'

export type DataValue = string | number | null

/** One column: its header, the kind of its cells and each customer's value. */
export interface DataColumn {
  header: string
  kind: CellKind
  value: (customer: number) => DataValue
}

/** The columns and the customers (indexes) of the Data sheet. */
export interface DataTable {
  columns: DataColumn[]
  customers: Int32Array
}

function categorical(column: CategoricalColumn, header = column.name): DataColumn {
  return { header, kind: 'text', value: (c) => (column.codes[c] === MISSING_CODE ? null : column.values[column.codes[c]]) }
}

function day(days: Int32Array, header: string): DataColumn {
  return { header, kind: 'date', value: (c) => (days[c] === NO_DAY ? null : excelSerial(days[c])) }
}

/** The Data table of a period (null = the whole axis) for the customers the filters keep. */
export function dataTable(series: Series, period: Period | null, filters: readonly AttributeFilter[], labels: ReportLabels, settings: MetricSettings = metricSettings()): DataTable {
  const d = labels.data
  const people = series.customers
  const selection = selectCustomers(series, filters.filter((filter) => [...people.attributes, people.statusColumn, people.churnReason, people.acquisitionChannel].some((column) => column?.name === filter.column)))
  const chosen: number[] = []
  for (let c = 0; c < people.count; c++) if (!selection || selection[c]) chosen.push(c)
  const columns: DataColumn[] = [{ header: d.id, kind: 'text', value: (c) => people.ids[c] }]
  for (const column of people.attributes) columns.push(categorical(column))
  if (people.statusColumn) columns.push(categorical(people.statusColumn, d.status))
  if (people.acquisitionChannel) columns.push(categorical(people.acquisitionChannel, d.channel))
  if (people.churnReason) columns.push(categorical(people.churnReason, d.churnReason))
  columns.push(day(people.signupDay, d.signup), day(people.churnDay, d.churnDate))
  const measured = period ?? wholeSeriesPeriod(series)
  const range = measured ? axisRange(series, measured) : null
  const months = series.months.length
  const active = activeCustomers(series, settings)
  if (range && active) {
    const at = (c: number, m: number) => (m >= 0 ? (active.active[c * months + m] ? labels.yes : labels.no) : labels.no)
    columns.push({ header: d.activeStart, kind: 'text', value: (c) => at(c, range.baseline) }, { header: d.activeEnd, kind: 'text', value: (c) => at(c, range.last) })
  }
  const movements = measured ? customerMovements(series, measured) : null
  if (movements) {
    const names = movementNames(labels)
    columns.push(
      { header: d.startMrr, kind: 'money', value: (c) => movements.startMrr[c] },
      { header: d.endMrr, kind: 'money', value: (c) => movements.endMrr[c] },
      { header: d.change, kind: 'money', value: (c) => movements.endMrr[c] - movements.startMrr[c] },
      { header: d.movement, kind: 'text', value: (c) => names[movements.movement[c] as MovementCode] }
    )
  }
  const transactions = series.transactions
  if (range && transactions) {
    const sum = (values: Float64Array | Int32Array, c: number) => {
      let total = 0
      for (let m = range.first; m <= range.last; m++) total += values[c * months + m]
      return total
    }
    columns.push({ header: d.revenue, kind: 'money', value: (c) => sum(transactions.revenue, c) }, { header: d.orders, kind: 'count', value: (c) => sum(transactions.orders, c) })
  }
  if (series.nps) columns.push(...npsColumns(series, period, labels))
  return { columns, customers: Int32Array.from(chosen) }
}

/** The report's word for each of the engine's `Movement` codes. */
function movementNames(labels: ReportLabels): Record<MovementCode, string> {
  const names = labels.movements
  return {
    [Movement.none]: names.none,
    [Movement.new]: names.new,
    [Movement.reactivation]: names.reactivation,
    [Movement.expansion]: names.expansion,
    [Movement.contraction]: names.contraction,
    [Movement.churn]: names.churn
  }
}

/** NPS answers in the period per customer (undated answers count in every period) and the last score given. */
function npsColumns(series: Series, period: Period | null, labels: ReportLabels): DataColumn[] {
  const nps = series.nps
  if (!nps) return []
  const from = period ? firstDayOfMonth(monthNumber(period.from)) : -Infinity
  const to = period ? lastDayOfMonth(monthNumber(period.to)) : Infinity
  const answers = new Int32Array(series.customers.count)
  const lastScore = new Int8Array(series.customers.count).fill(-1)
  const lastDay = new Float64Array(series.customers.count).fill(-Infinity)
  for (let i = 0; i < nps.count; i++) {
    const c = nps.customer[i]
    const when = nps.day[i]
    if (c < 0 || (when !== NO_DAY && (when < from || when > to))) continue
    answers[c]++
    const rank = when === NO_DAY ? -Infinity : when
    if (rank >= lastDay[c]) {
      lastDay[c] = rank
      lastScore[c] = nps.score[i]
    }
  }
  return [
    { header: labels.data.npsAnswers, kind: 'count', value: (c) => answers[c] },
    { header: labels.data.lastScore, kind: 'count', value: (c) => (lastScore[c] < 0 ? null : lastScore[c]) }
  ]
}
