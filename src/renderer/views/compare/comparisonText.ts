/**
 * The comparison's numbers as the Compare editor writes them, with the dashboards'
 * formatters (Intl, the UI language, the workspace currency): values in their unit,
 * differences in p.p., points or money, relative changes signed, the NPS sentence.
 */
import type { ComparisonRow, ComparisonUnit, NpsComparison, NpsSide } from '../../../shared/metrics/comparison'
import type { MetricComparison } from '../../../shared/metrics/compare'
import type { ChangeUnits, NumberFormatters } from '../../charts/format'

const changeUnits: Record<ComparisonUnit, MetricComparison['unit']> = { rate: 'p.p.', points: 'points', money: 'money', count: 'count', ratio: 'ratio' }

/** A value in its unit: rates as percentages, NPS in whole points, money, counts, ratios with one decimal. */
export function valueText(value: number | null, unit: ComparisonUnit, format: NumberFormatters): string {
  if (unit === 'rate') return format.percent(value)
  if (unit === 'points') return format.nps(value)
  if (unit === 'money') return format.money(value)
  if (unit === 'ratio') return format.decimal(value)
  return format.count(value)
}

/** A - B in the row's unit: "+0,7 p.p.", "+4 pts", "−R$ 1.200", "+12". */
export function differenceText(row: ComparisonRow, format: NumberFormatters, units: ChangeUnits): string {
  const comparison: MetricComparison = { current: row.a, reference: row.b, difference: row.difference, unit: changeUnits[row.unit], relativeChange: row.relativeChange, trend: row.direction }
  return format.change(comparison, units)
}

/** (A - B) / |B| as a signed percentage: "+20,0%". */
export function relativeChangeText(change: number | null, format: NumberFormatters): string {
  return change !== null && change > 0 ? `+${format.percent(change)}` : format.percent(change)
}

/** The texts the NPS sentence is made of, translated by the view. */
export type NpsWords = (key: string, params?: Record<string, string>) => string

/** NPS points with one decimal, the way the sentence weighs them against the margin of error. */
function points(value: number | null, format: NumberFormatters): string {
  return format.decimal(value === null ? null : Math.round(value * 10) / 10)
}

function sideText(side: NpsSide | null, format: NumberFormatters, words: NpsWords): string {
  if (!side || side.nps === null) return words('compare.nps.noAnswers')
  const params = { nps: points(side.nps, format), margin: points(side.marginOfError, format), responses: format.count(side.responses) }
  return words(side.smallSample ? 'compare.nps.smallSample' : 'compare.nps.side', params)
}

/** The NPS comparison in plain words: both scores with their margins, the difference, within or beyond the combined margin of error. */
export function npsSentence(nps: NpsComparison, format: NumberFormatters, words: NpsWords): string | null {
  if (!nps.a && !nps.b) return null
  const a = sideText(nps.a, format, words)
  const b = sideText(nps.b, format, words)
  if (nps.difference === null || nps.verdict === null) return words('compare.nps.noComparison', { a, b })
  const difference = `${nps.difference > 0 ? '+' : ''}${points(nps.difference, format)}`
  return words('compare.nps.sentence', { a, b, difference, verdict: words(`compare.nps.${nps.verdict}`), margin: points(nps.combinedMarginOfError, format) })
}
