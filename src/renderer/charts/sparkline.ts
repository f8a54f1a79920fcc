/** A KPI card's sparkline: the metric's last months as a line with no axes. */
import type { ChartConfig, ChartContext, ValueKind } from './config'
import { formatterOf } from './config'

/** A sparkline of monthly values (null where the month has no value). */
export function sparklineChart(label: string, months: readonly string[], values: readonly (number | null)[], kind: ValueKind, context: ChartContext): ChartConfig {
  const format = formatterOf(kind, context.format)
  return {
    type: 'line',
    data: {
      labels: months.map(context.monthLabel),
      datasets: [{ label, data: [...values], borderColor: context.theme.primary, backgroundColor: context.theme.primary, borderWidth: 2, pointRadius: 0, pointHitRadius: 6, tension: 0.3, spanGaps: true }]
    },
    options: {
      locale: context.format.locale,
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: 2 },
      scales: { x: { display: false }, y: { display: false } },
      plugins: {
        legend: { display: false },
        tooltip: { displayColors: false, callbacks: { label: (item) => format(typeof item.parsed.y === 'number' ? item.parsed.y : null) } }
      }
    }
  }
}
