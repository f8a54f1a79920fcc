/**
 * Aligned value axes for charts shown side by side (the split comparison): each chart's
 * value extent per axis, read from its data (stacked bars summed per stack, above and below
 * zero), the joint extent of several charts rounded out to round numbers, and the chart
 * options with those bounds, so both sides draw on the same scale. Pure: no canvas.
 */
import type { ChartConfig } from './config'

/** The lowest and highest value an axis must show. */
export interface AxisExtent {
  min: number
  max: number
}

/** Value extents by axis id ('y', 'customers'...). */
export type AxisExtents = Record<string, AxisExtent>

interface DatasetLike {
  type?: string
  stack?: string
  yAxisID?: string
  xAxisID?: string
  data: readonly unknown[]
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function widen(extents: AxisExtents, axis: string, value: number): void {
  const extent = extents[axis]
  if (!extent) extents[axis] = { min: value, max: value }
  else extents[axis] = { min: Math.min(extent.min, value), max: Math.max(extent.max, value) }
}

/** The value axis a dataset draws on. */
function axisOf(dataset: DatasetLike, horizontal: boolean): string {
  return horizontal ? (dataset.xAxisID ?? 'x') : (dataset.yAxisID ?? 'y')
}

/** Whether an axis stacks its datasets. */
function isStacked(config: ChartConfig, axis: string): boolean {
  const scale: unknown = config.options.scales?.[axis]
  return typeof scale === 'object' && scale !== null && (scale as { stacked?: unknown }).stacked === true
}

/** The extent of every value axis of a chart; bar charts include zero, as their bars start there. */
export function chartExtents(config: ChartConfig): AxisExtents {
  const horizontal = config.options.indexAxis === 'y'
  const extents: AxisExtents = {}
  const stacks = new Map<string, { axis: string; above: number[]; below: number[] }>()
  for (const dataset of config.data.datasets as readonly DatasetLike[]) {
    const axis = axisOf(dataset, horizontal)
    const type = dataset.type ?? config.type
    if (type === 'bar') widen(extents, axis, 0)
    if (!isStacked(config, axis)) {
      for (const value of dataset.data) if (isNumber(value)) widen(extents, axis, value)
      continue
    }
    const key = `${axis}.${dataset.stack ?? type}`
    const stack = stacks.get(key) ?? { axis, above: [], below: [] }
    stacks.set(key, stack)
    dataset.data.forEach((value, index) => {
      if (!isNumber(value)) return
      if (value >= 0) stack.above[index] = (stack.above[index] ?? 0) + value
      else stack.below[index] = (stack.below[index] ?? 0) + value
    })
  }
  for (const stack of stacks.values()) for (const total of [...stack.above, ...stack.below]) if (isNumber(total)) widen(extents, stack.axis, total)
  return extents
}

/** The extents covering all of the given ones, axis by axis. */
export function jointExtents(all: readonly AxisExtents[]): AxisExtents {
  const joint: AxisExtents = {}
  for (const extents of all) {
    for (const [axis, extent] of Object.entries(extents)) {
      widen(joint, axis, extent.min)
      widen(joint, axis, extent.max)
    }
  }
  return joint
}

/** A round step near `span / 5`: 1, 2, 2.5 or 5 times a power of ten. */
function roundStep(span: number): number {
  const rough = span / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10
  return step * power
}

/** An extent widened to round numbers (a flat extent gets room around it). */
export function roundExtent(extent: AxisExtent): AxisExtent {
  const span = extent.max - extent.min
  const padding = span === 0 ? Math.abs(extent.max) || 1 : 0
  const step = roundStep(span + 2 * padding)
  return { min: Math.floor((extent.min - padding) / step) * step, max: Math.ceil((extent.max + padding) / step) * step }
}

/** The chart with its value axes fixed to the given extents (rounded), the rest unchanged. */
export function withAxisExtents(config: ChartConfig, extents: AxisExtents): ChartConfig {
  const scales: Record<string, unknown> = { ...config.options.scales }
  for (const [axis, extent] of Object.entries(extents)) {
    const bounds = roundExtent(extent)
    const scale = scales[axis]
    scales[axis] = { ...(typeof scale === 'object' && scale !== null ? scale : {}), min: bounds.min, max: bounds.max }
  }
  return { ...config, options: { ...config.options, scales: scales as ChartConfig['options']['scales'] } }
}
