/**
 * Draws a shared chart spec (src/shared/charts) to a PNG with Chart.js on @napi-rs/canvas,
 * with no window: what the CLI report embeds. The axes are written the chosen language's
 * way with `Intl`; the background is white so the image reads on any sheet.
 */
import { createCanvas } from '@napi-rs/canvas'
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js'
import type { ChartSpec, ChartValueKind } from '../../../shared/charts/chartSpec'
import { lightPalette } from '../../../shared/charts/palette'

let registered = false

const whiteBackground: Plugin = {
  id: 'pulsoWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  }
}

/** How a value of the axis reads in the locale ('R$ 5,6 mi', '2,4%', '1.459', '+40'). */
export function axisFormatter(kind: ChartValueKind, locale: string, currency: string): (value: number) => string {
  const format =
    kind === 'money'
      ? new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })
      : kind === 'percent'
        ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
        : kind === 'nps'
          ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
          : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  return (value) => format.format(value)
}

/** The Chart.js configuration of a spec: its data as it is, options from its axis kind and layout. */
export function chartConfiguration(spec: ChartSpec, locale: string, currency: string): ChartConfiguration {
  const palette = lightPalette
  const formatValue = axisFormatter(spec.valueKind, locale, currency)
  const valueAxis = { stacked: spec.stacked ?? false, grid: { color: palette.grid }, ticks: { color: palette.muted, callback: (value: string | number) => formatValue(Number(value)) } }
  const categoryAxis = { stacked: spec.stacked ?? false, grid: { display: false }, ticks: { color: palette.muted, autoSkip: true, maxRotation: 0 } }
  return {
    type: spec.type,
    data: spec.data as ChartConfiguration['data'],
    options: {
      locale,
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        title: { display: true, text: spec.title, color: palette.text, font: { size: 15, weight: 'bold' } },
        legend: { display: spec.legend ?? true, position: 'bottom', labels: { color: palette.text, boxWidth: 12, boxHeight: 12 } }
      }
    },
    plugins: [whiteBackground]
  }
}

/** The chart as a PNG of `width` x `height` pixels. */
export function renderChartPng(spec: ChartSpec, locale: string, currency: string, size = { width: 960, height: 480 }): Buffer {
  if (!registered) {
    Chart.register(...registerables)
    registered = true
  }
  const canvas = createCanvas(size.width, size.height)
  const context = canvas.getContext('2d')
  const chart = new Chart(context as unknown as ConstructorParameters<typeof Chart>[0], chartConfiguration(spec, locale, currency))
  try {
    return canvas.toBuffer('image/png')
  } finally {
    chart.destroy()
  }
}
