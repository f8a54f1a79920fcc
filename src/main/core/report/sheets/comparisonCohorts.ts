/**
 * The Comparison sheet's cohort block: the average retention of the cohorts starting in A
 * and of those starting in B, by months since their start (logo, and revenue when the data
 * has it), as a table and a chart on one axis, month k of A beside month k of B.
 */
import { retentionCurveChart } from '../../../../shared/charts/retentionCurveChart'
import type { CohortComparison, RetentionCurve } from '../../../../shared/metrics/cohortComparison'
import type { ComparisonLabels } from '../comparisonLabels'
import type { ReportContext } from '../reportContext'
import type { SheetWriter } from '../sheetWriter'

type Column = { header: string; value: (k: number) => number | null; kind: 'percent' | 'count' }

/** Writes the block at the writer's row (nothing when neither period starts a cohort). */
export function comparisonCohorts(writer: SheetWriter, context: ReportContext, cohorts: CohortComparison, words: ComparisonLabels): void {
  const { a, b } = cohorts
  const width = Math.max(a?.logoRetention.length ?? 0, b?.logoRetention.length ?? 0)
  if (width === 0 || (!a?.cohorts && !b?.cohorts)) return
  const w = words.cohorts
  const count = (name: string, curve: RetentionCurve | null) => w.count(name, curve?.cohorts ?? 0, curve?.customers ?? 0)
  writer.title(w.title, 12)
  writer.note(`${count('A', a)} · ${count('B', b)}`)
  const curve = (name: 'A' | 'B', side: RetentionCurve | null, pick: (c: RetentionCurve) => (number | null)[] | null, label: string): Column => ({ header: `${name} ${label}`, value: (k) => (side ? (pick(side)?.[k] ?? null) : null), kind: 'percent' })
  const columns: Column[] = [curve('A', a, (c) => c.logoRetention, w.logo), curve('B', b, (c) => c.logoRetention, w.logo)]
  const hasRevenue = Boolean(a?.revenueRetention ?? b?.revenueRetention)
  if (hasRevenue) columns.push(curve('A', a, (c) => c.revenueRetention, w.revenue), curve('B', b, (c) => c.revenueRetention, w.revenue))
  columns.push({ header: `A ${w.cohortsAt}`, value: (k) => a?.cohortsAt[k] ?? null, kind: 'count' }, { header: `B ${w.cohortsAt}`, value: (k) => b?.cohortsAt[k] ?? null, kind: 'count' })
  writer.header([w.monthsSince, ...columns.map((column) => column.header)])
  for (let k = 0; k < width; k++) {
    writer.put(1, context.labels.cohorts.k(k))
    columns.forEach((column, i) => writer.put(2 + i, column.value(k), column.kind))
    writer.next()
  }
  const names = { aLogo: `A ${w.logo}`, bLogo: `B ${w.logo}`, aRevenue: `A ${w.revenue}`, bRevenue: `B ${w.revenue}` }
  context.chart(writer, retentionCurveChart(a, b, { title: w.chart, monthLabel: context.labels.cohorts.k, ...names }, context.charts), 'below')
}
