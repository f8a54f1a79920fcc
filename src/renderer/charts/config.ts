/**
 * What a chart builder returns and the options every dashboard chart shares: theme
 * colours for text and grid, locale-aware ticks and tooltips, no animation (charts
 * redraw on every filter change, and the e2e reads their pixels at once).
 */
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js'
import type { NumberFormatters } from './format'
import type { ChartTheme } from './theme'

export type PulsoChartType = 'line' | 'bar'

/** A Chart.js configuration a `ChartCanvas` draws. */
export interface ChartConfig {
  type: PulsoChartType
  data: ChartData<PulsoChartType, (number | null)[], string>
  options: ChartOptions<PulsoChartType>
}

/** A bar or point of a chart: its series and its position on the category axis. */
export interface ChartPoint {
  datasetIndex: number
  index: number
}

/** What a builder needs besides the numbers: colours, formatters and translated labels. */
export interface ChartContext {
  theme: ChartTheme
  format: NumberFormatters
  /** A month key ('2025-03') as an axis label. */
  monthLabel: (month: string) => string
}

/** How the values of an axis are written (the shared chart specs' `valueKind`). */
export type ValueKind = 'money' | 'percent' | 'count' | 'nps'

/** The formatter of a value kind. */
export function formatterOf(kind: ValueKind, format: NumberFormatters, axis = false): (value: number | null) => string {
  if (kind === 'money') return axis ? format.moneyCompact : format.money
  if (kind === 'percent') return format.percent
  if (kind === 'nps') return format.nps
  return format.count
}

/** Options of a chart with a category x axis and a value y axis. */
export function cartesianOptions(context: ChartContext, kind: ValueKind, extra: { stacked?: boolean; legend?: boolean; horizontal?: boolean } = {}): ChartOptions<PulsoChartType> {
  const { theme, format } = context
  const axisValue = formatterOf(kind, format, true)
  const tooltipValue = formatterOf(kind, format)
  const valueAxis = {
    stacked: extra.stacked ?? false,
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { color: theme.muted, callback: (value: string | number) => axisValue(Number(value)) }
  }
  const categoryAxis = { stacked: extra.stacked ?? false, grid: { display: false }, border: { color: theme.grid }, ticks: { color: theme.muted, autoSkip: true, maxRotation: 0 } }
  return {
    locale: format.locale,
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: extra.horizontal ? 'y' : 'x',
    interaction: { mode: 'index', intersect: false },
    scales: extra.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      legend: { display: extra.legend ?? true, position: 'bottom', labels: { color: theme.text, boxWidth: 12, boxHeight: 12 } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<PulsoChartType>) => `${item.dataset.label ?? ''}: ${tooltipValue(horizontalAware(item, extra.horizontal))}`
        }
      }
    }
  }
}

function horizontalAware(item: TooltipItem<PulsoChartType>, horizontal: boolean | undefined): number | null {
  const value = horizontal ? item.parsed.x : item.parsed.y
  return typeof value === 'number' ? value : null
}
