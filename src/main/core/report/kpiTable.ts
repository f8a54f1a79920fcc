/**
 * The KPI table of the Summary and Comparison sheets: a metric per row, two periods side
 * by side, then the difference (p.p. for rates, points for NPS, money for amounts) and the
 * relative change, as formulas over the two value cells with the engine's numbers cached.
 */
import { compareMetric, metricCatalogue, type MetricComparison, type MetricKind } from '../../../shared/metrics/compare'
import type { DashboardMetrics } from '../../../shared/metrics/dashboard'
import type { CellKind } from './formats'
import { kpiRows, type KpiRow } from './kpiRows'
import type { ReportContext } from './reportContext'
import { cellRef, type SheetWriter } from './sheetWriter'

const metricKind: Partial<Record<CellKind, MetricKind>> = { percent: 'rate', nps: 'nps', money: 'money', count: 'count', ratio: 'ratio' }
const differenceKind: Partial<Record<CellKind, CellKind>> = { percent: 'pp', nps: 'points', money: 'money', count: 'count', ratio: 'ratio' }

/** Compares a KPI's two values as the engine does (the catalogue's direction of good when it has one). */
export function compareKpi(row: KpiRow, current: number | null, reference: number | null): MetricComparison {
  if (row.compareAs) {
    const { kind, good } = metricCatalogue[row.compareAs]
    return compareMetric(current, reference, kind, good)
  }
  return compareMetric(current, reference, metricKind[row.kind] ?? 'count', 'higher')
}

/**
 * Writes the table at the writer's current row: columns metric, `headers[0]` (current),
 * `headers[1]` (reference), difference, unit, relative change, trend. Rows without a value
 * in either period are left out. Returns the header row and the last row.
 */
export function kpiTable(writer: SheetWriter, context: ReportContext, headers: [string, string], current: DashboardMetrics, reference: DashboardMetrics | null): { headerRow: number; lastRow: number } {
  const { labels, series } = context
  const rows = kpiRows.filter((row) => row.value(current, series) !== null || (reference !== null && row.value(reference, series) !== null))
  const headerRow = writer.header([labels.metric, headers[0], headers[1], labels.difference, labels.unit, labels.relativeChange, labels.trend])
  const rowOf = new Map(rows.map((row, i) => [row.key, headerRow + 1 + i]))
  const valueOf = (key: string, metrics: DashboardMetrics | null) => {
    const row = kpiRows.find((item) => item.key === key)
    return row && metrics ? row.value(metrics, series) : null
  }
  for (const row of rows) {
    const a = row.value(current, series)
    const b = reference ? row.value(reference, series) : null
    writer.put(1, row.label(labels))
    for (const [column, metrics, value] of [[2, current, a], [3, reference, b]] as const) {
      const inputs = row.formula ? formulaInputs(row, rowOf) : null
      const usable = inputs !== null && inputs.every((key) => valueOf(key, metrics) !== null)
      if (row.formula && usable) writer.formula(column, row.formula((key) => cellRef(column, rowOf.get(key) ?? 0)), value, row.kind)
      else writer.put(column, value, row.kind)
    }
    const comparison = compareKpi(row, a, b)
    const here = writer.row
    const scale = comparison.unit === 'p.p.' ? '*100' : ''
    writer.formula(4, `(B${here}-C${here})${scale}`, comparison.difference, differenceKind[row.kind] ?? 'decimal')
    writer.put(5, unitText(comparison.unit, context))
    writer.formula(6, `(B${here}-C${here})/ABS(C${here})`, comparison.relativeChange, 'percent')
    writer.put(7, row.compareAs && comparison.trend ? labels[comparison.trend] : '')
    writer.next()
  }
  return { headerRow, lastRow: headerRow + rows.length }
}

/** The rows a KPI's formula reads, or null when one of them is not in the table. */
function formulaInputs(row: KpiRow, rowOf: Map<string, number>): string[] | null {
  const keys: string[] = []
  row.formula?.((key) => {
    keys.push(key)
    return 'A1'
  })
  return keys.every((key) => rowOf.has(key)) ? keys : null
}

function unitText(unit: MetricComparison['unit'], context: ReportContext): string {
  const { labels } = context
  return unit === 'p.p.' ? labels.pp : unit === 'points' ? labels.points : unit === 'money' ? context.currency : unit === 'ratio' ? labels.ratio : labels.count
}
