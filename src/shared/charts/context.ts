import type { ChartPalette } from './palette'

/** What every builder needs besides the numbers and its labels: colours and how a month key reads. */
export interface ChartContext {
  palette: ChartPalette
  /** A month key ('2025-03') as an axis label ('mar. 25'). */
  monthLabel: (month: string) => string
}
