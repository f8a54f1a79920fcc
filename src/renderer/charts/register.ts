/**
 * The Chart.js parts the dashboards use, registered once: line and bar charts on
 * category and linear scales, with tooltips and legends. Nothing else is bundled.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'

let registered = false

/** Registers the controllers, elements, scales and plugins the dashboard charts need. */
export function registerChartParts(): typeof Chart {
  if (!registered) {
    Chart.register(LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend)
    registered = true
  }
  return Chart
}
