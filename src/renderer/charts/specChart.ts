/**
 * The dashboards draw the report's charts: the shared builders (src/shared/charts) turn
 * metric results into plain chart specs, and here a spec becomes a Chart.js configuration
 * with the theme's colours and the locale's ticks and tooltips, so a dashboard chart and
 * the report's image of it come from the same chart data.
 */
import type { ChartSpec } from '../../shared/charts/chartSpec'
import type { ChartContext as SpecContext } from '../../shared/charts/context'
import type { ChartPalette } from '../../shared/charts/palette'
import { cartesianOptions, type ChartConfig, type ChartContext } from './config'
import type { ChartTheme } from './theme'

const seriesColours: Record<ChartTheme['name'], string[]> = {
  light: ['#0e7490', '#7c3aed', '#c2410c', '#15803d', '#2563eb', '#db2777', '#ca8a04', '#4b5563', '#0891b2', '#9333ea', '#ea580c', '#65a30d'],
  dark: ['#22a6c3', '#a78bfa', '#fb923c', '#4ade80', '#60a5fa', '#f472b6', '#facc15', '#a1a1aa', '#22d3ee', '#c084fc', '#fdba74', '#a3e635']
}

/** The theme's colours as the shared builders' palette (passives and other neutral values in the theme's muted colour). */
export function paletteOf(theme: ChartTheme): ChartPalette {
  return { text: theme.text, muted: theme.muted, grid: theme.grid, primary: theme.primary, secondary: theme.secondary, good: theme.good, bad: theme.bad, neutral: theme.muted, movements: { ...theme.movements }, series: [...seriesColours[theme.name]] }
}

/** What the shared builders need from the dashboards' chart context. */
export function specContext(context: ChartContext): SpecContext {
  return { palette: paletteOf(context.theme), monthLabel: context.monthLabel }
}

/** A shared chart spec as a Chart.js configuration with the dashboards' axes, legend and tooltips. */
export function chartFromSpec(spec: ChartSpec, context: ChartContext): ChartConfig {
  return {
    type: spec.type,
    data: { labels: [...spec.data.labels], datasets: spec.data.datasets.map((dataset) => ({ ...dataset, data: [...dataset.data] })) },
    options: cartesianOptions(context, spec.valueKind, { stacked: spec.stacked, horizontal: spec.horizontal, legend: spec.legend })
  }
}
