/**
 * The readable output of `pulso compare`: the two sides, one table per dashboard (metric,
 * A, B, difference, change, better/worse), the NPS sentence and the cohort curves.
 * Numbers only come from `comparePeriods`; this file only lays them out. A missing value
 * prints as "—"; a metric missing on both sides is left out.
 */
import type { RetentionCurve } from '../../shared/metrics/cohortComparison'
import type { ComparedSide, ComparisonRow, ComparisonUnit, NpsComparison, NpsVerdict, PeriodComparison } from '../../shared/metrics/comparison'
import type { ComparisonMetric, ComparisonSection } from '../../shared/metrics/comparisonRows'
import { periodText } from '../../shared/metrics/periodText'
import { amount, percent, table } from './metricsTable'

const labels: Record<ComparisonMetric, string> = {
  customers: 'Customers at the end', customerChurnRate: 'Customer churn rate', churnedCustomers: 'Customers lost',
  averageMonthlyChurnRate: 'Avg monthly churn (6 months)', snapshotChurnRate: 'Churn rate (snapshot)',
  mrr: 'MRR at the end', grossMrrChurnRate: 'Gross MRR churn rate', netMrrChurnRate: 'Net MRR churn rate', nrr: 'NRR', grr: 'GRR',
  quickRatio: 'Quick ratio', newMrr: 'New MRR', expansionMrr: 'Expansion MRR', upsellMrr: 'Upsell MRR', crossSellMrr: 'Cross-sell MRR',
  reactivationMrr: 'Reactivation MRR', contractionMrr: 'Contraction MRR', churnedMrr: 'Churned MRR', newCustomers: 'New customers',
  arpa: 'ARPA', ltv: 'LTV', referredCustomers: 'Referred customers', referredShare: 'Referred share of new', referredMrr: 'Referred MRR',
  active: 'Active', inactive: 'Inactive', inactiveToActiveRatio: 'Inactive-to-active ratio', inactiveShare: 'Inactive share',
  activationRate: 'Activation rate', nps: 'NPS', csat: 'CSAT', responses: 'NPS responses', responseRate: 'NPS response rate',
  orders: 'Orders', revenue: 'Revenue', averageTicket: 'Average ticket', campaignConversionRate: 'Campaign conversion (e-mailed)'
}

const sectionTitles: Record<ComparisonSection, string> = {
  customers: 'Customers and churn', revenue: 'Revenue', referral: 'Referral', activity: 'Activity and activation',
  nps: 'NPS and satisfaction', orders: 'Orders', campaigns: 'Campaigns (not cut by period)'
}

/** The words of an NPS verdict, for every place that shows one. */
export const npsVerdictWords: Record<NpsVerdict, string> = { 'within-margin': 'within the margin of error', 'beyond-margin': 'beyond the margin of error' }

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text)

/** NPS points with one decimal: 40.44 -> "40.4". */
const npsPoints = (value: number | null) => (value === null ? '—' : value.toFixed(1))

/** A value in its unit: rates as percentages, NPS with one decimal, the rest as numbers. */
function valueText(value: number | null, unit: ComparisonUnit): string {
  return unit === 'rate' ? percent(value) : unit === 'points' ? npsPoints(value) : amount(value)
}

/** A difference in its unit: "+1.0 p.p.", "-12 points", "+259". */
export function differenceText(difference: number | null, unit: ComparisonUnit): string {
  if (difference === null) return '—'
  if (unit === 'rate') return `${signed(difference.toFixed(1), difference)} p.p.`
  if (unit === 'points') return `${signed(npsPoints(difference), difference)} points`
  return signed(amount(difference), difference)
}

/** ▲/▼ for A above/below B, with better or worse. */
function directionText(row: ComparisonRow): string {
  if (row.direction === null || row.a === null || row.b === null) return ''
  if (row.direction === 'same') return '= same'
  return `${row.a > row.b ? '▲' : '▼'} ${row.direction}`
}

function rowCells(row: ComparisonRow): string[] {
  const change = row.relativeChange === null ? '—' : signed(percent(row.relativeChange), row.relativeChange)
  return [labels[row.metric], valueText(row.a, row.unit), valueText(row.b, row.unit), differenceText(row.difference, row.unit), change, directionText(row)]
}

function sideText(name: string, side: ComparedSide): string {
  const filters = side.filters.map((filter) => `${filter.column}=${filter.values.join('|')}`).join(', ')
  const noData = side.monthsWithData === 0 ? ' (no data in this period)' : ''
  return `  ${name}  ${periodText(side.period)} (${side.months} ${side.months === 1 ? 'month' : 'months'})${filters ? `, ${filters}` : ''}${noData}`
}

/** The NPS sentence: both scores with their margins, the difference, and whether it is beyond the margin of error. */
export function npsSentence(nps: NpsComparison): string | null {
  if (!nps.a && !nps.b) return null
  const side = (s: NpsComparison['a']) => (s && s.nps !== null ? `${npsPoints(s.nps)} (± ${npsPoints(s.marginOfError)}, ${amount(s.responses)} answers${s.smallSample ? ', small sample' : ''})` : 'no answers')
  const start = `NPS: A ${side(nps.a)}, B ${side(nps.b)}`
  if (nps.difference === null || nps.verdict === null) return `${start}: no comparison.`
  return `${start}: a difference of ${differenceText(nps.difference, 'points')}, ${npsVerdictWords[nps.verdict]} (± ${npsPoints(nps.combinedMarginOfError)} combined).`
}

function curveCells(curve: RetentionCurve | null, pick: (curve: RetentionCurve) => (number | null)[] | null, width: number): string[] {
  const values = curve ? pick(curve) : null
  return Array.from({ length: width }, (_, k) => (values ? percent(values[k] ?? null) : '—'))
}

function cohortLines(comparison: PeriodComparison): string[] {
  const { a, b } = comparison.cohorts
  const width = Math.max(a?.logoRetention.length ?? 0, b?.logoRetention.length ?? 0)
  if (width === 0 || (!a?.cohorts && !b?.cohorts)) return []
  const count = (curve: RetentionCurve | null) => (curve ? `${curve.cohorts} ${curve.cohorts === 1 ? 'cohort' : 'cohorts'}, ${amount(curve.customers)} customers` : 'no cohorts')
  const rows = [['A logo', ...curveCells(a, (c) => c.logoRetention, width)], ['B logo', ...curveCells(b, (c) => c.logoRetention, width)]]
  if (a?.revenueRetention || b?.revenueRetention) {
    rows.push(['A revenue', ...curveCells(a, (c) => c.revenueRetention, width)], ['B revenue', ...curveCells(b, (c) => c.revenueRetention, width)])
  }
  return [`Cohorts: average retention by months since start (A: ${count(a)}; B: ${count(b)})`, ...table(['month', ...Array.from({ length: width }, (_, k) => String(k))], rows)]
}

/** The readable comparison, as lines. */
export function compareReport(fileName: string, comparison: PeriodComparison): string[] {
  const out = [`Pulso comparison of ${fileName}`, sideText('A', comparison.a), sideText('B', comparison.b)]
  const shown = comparison.rows.filter((row) => row.a !== null || row.b !== null)
  if (shown.length === 0) return [...out, '', '  No metric has a value in either period.']
  for (const section of Object.keys(sectionTitles) as ComparisonSection[]) {
    const rows = shown.filter((row) => row.section === section)
    if (rows.length) out.push('', sectionTitles[section], ...table(['metric', 'A', 'B', 'difference', 'change', 'A vs B'], rows.map(rowCells)))
  }
  const sentence = npsSentence(comparison.nps)
  if (sentence) out.push('', sentence)
  const cohorts = cohortLines(comparison)
  if (cohorts.length) out.push('', ...cohorts)
  out.push('', 'Rates are each period\'s own; amounts are at the end of the period (MRR, customers, ARPA) or totals over it (new MRR, orders, revenue).')
  return out
}
