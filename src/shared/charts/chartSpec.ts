/**
 * Chart data as plain objects: what a chart shows (labels, datasets, colours, the kind of
 * value on its axis), with no Chart.js import, no DOM and no functions, so the same spec
 * feeds the dashboards (renderer) and the Excel report (rendered headlessly in main).
 * `data` has Chart.js's shape: `new Chart(ctx, { type, data, options })` takes it as it is;
 * the caller adds the options (formatters, theme) from `valueKind`, `stacked`, `horizontal`.
 */

/** How the values of the value axis are written. */
export type ChartValueKind = 'money' | 'percent' | 'count' | 'nps'

/** One dataset in Chart.js's shape (only plain fields). */
export interface ChartDataset {
  label: string
  data: (number | null)[]
  /** A dataset of another type inside a bar chart (the net line of the MRR movements). */
  type?: 'bar' | 'line'
  backgroundColor: string | string[]
  borderColor?: string
  borderWidth?: number
  pointRadius?: number
  stack?: string
  order?: number
  spanGaps?: boolean
  tension?: number
  borderDash?: number[]
}

/** A chart: its Chart.js type and data, and how to draw its axes. */
export interface ChartSpec {
  /** A stable name ('mrrMovements', 'npsTrend'...), for file names and tests. */
  name: string
  title: string
  type: 'bar' | 'line'
  data: { labels: string[]; datasets: ChartDataset[] }
  valueKind: ChartValueKind
  stacked?: boolean
  /** Horizontal bars (categories on the y axis). */
  horizontal?: boolean
  legend?: boolean
}

/** A line dataset with the project's usual look. */
export function lineDataset(label: string, data: (number | null)[], colour: string, extra: Partial<ChartDataset> = {}): ChartDataset {
  return { label, data, borderColor: colour, backgroundColor: colour, pointRadius: 3, tension: 0.2, spanGaps: true, ...extra }
}

/** A bar dataset with the project's usual look. */
export function barDataset(label: string, data: (number | null)[], colour: string | string[], extra: Partial<ChartDataset> = {}): ChartDataset {
  return { label, data, backgroundColor: colour, ...extra }
}
