/**
 * The Excel report (issue 7): one workbook with the period's numbers from the metric
 * engine, the same numbers `pulso metrics --json` prints, laid out for a manager: Summary,
 * Churn, Revenue, NPS, Cohorts, Activation, Campaigns, Comparison (when asked), Data and
 * About. Ratios of cells on a sheet are formulas with their cached values; charts are
 * images drawn from the shared chart specs. A sheet whose data the workspace lacks is left
 * out, and About says which and why. A dashboard exports its own part with `sheets`.
 */
import ExcelJS from 'exceljs'
import path from 'node:path'
import { comparePeriods, type ComparedSide } from '../../../shared/metrics/comparison'
import { dashboardMetrics, type DashboardMetrics } from '../../../shared/metrics/dashboard'
import { axisRange, customPeriod, previousPeriod, type Period } from '../../../shared/metrics/periods'
import type { AttributeFilter } from '../../../shared/metrics/selection'
import { metricSettings, type MetricSettings } from '../../../shared/metrics/settings'
import type { Series } from '../../../shared/model/series'
import type { ReportSheetId } from '../../../shared/model/report'
import type { SourceFileSummary } from '../../../shared/model/workspace'
import type { WorkspaceSettings } from '../../../shared/model/workspaceSettings'
import { lightPalette } from '../../../shared/charts/palette'
import { PulsoFailure } from '../failure'
import { workspaceSeries } from '../series/workspaceSeries'
import { Workspace } from '../workspace/workspace'
import { readWorkspaceSettings } from '../workspace/workspaceSettings'
import { addDataSheet, maxDataRows } from './dataSheet'
import { dataTable } from './dataTable'
import { numberFormats } from './formats'
import { reportLabels, type ReportLanguage } from './labels'
import type { ReportContext } from './reportContext'
import { renderChartPng } from './renderChart'
import { writeReportPackage } from './reportPackage'
import { writeSheets, type LeftOut } from './reportSheets'
import { SheetWriter } from './sheetWriter'

export interface ReportOptions {
  /** Where to write the .xlsx. */
  file: string
  /** The period's first and last month ('YYYY-MM'); the whole data by default, as `pulso metrics`. */
  from?: string
  to?: string
  /**
   * Adds the Comparison sheet: A against B (difference = A − B), the numbers of
   * `comparePeriods`. Each side keeps only the customers of its own filters (`aFilters`,
   * `bFilters`), the report's `filters` when not given.
   */
  compare?: { a: Period; b: Period; aFilters?: AttributeFilter[]; bFilters?: AttributeFilter[] }
  lang: ReportLanguage
  filters?: AttributeFilter[]
  /** Only these sheets (a dashboard's own part) plus About; every sheet when not given. */
  sheets?: readonly ReportSheetId[]
  /** Whether to add the Data sheet: by default only with every sheet (no `sheets`). */
  data?: boolean
  /** The currency code; the workspace's (BRL by default) when not given. */
  currency?: string
  /** The clock and the version, given so tests and the app decide them. */
  now?: () => Date
  version?: string
}

/** A workspace's data without the workspace: its series, source files, name and settings (the defaults when not given). */
export interface ReportData {
  series: Series
  sources: SourceFileSummary[]
  name: string
  settings?: WorkspaceSettings
}

export interface ReportResult {
  file: string
  sheets: string[]
  leftOut: LeftOut[]
  period: Period | null
  dataRows: number
  charts: number
}

/** The engine's refusal of a filter (a column the data lacks) as the report's failure. */
function measured<T>(measure: () => T): T {
  try {
    return measure()
  } catch (error) {
    if (error instanceof RangeError) throw new PulsoFailure('invalid-input', error.message)
    throw error
  }
}

function metricsFor(series: Series, period: Period | null, filters: readonly AttributeFilter[], settings: MetricSettings): DashboardMetrics {
  return measured(() => dashboardMetrics(series, { period, filters, settings }))
}

/** A comparison side as About lists it: its period and, when it has them, its filters. */
function sideText(name: string, side: ComparedSide, periodText: (period: Period) => string): string {
  const filters = side.filters.map((filter) => `${filter.column} = ${filter.values.join(' | ')}`).join('; ')
  return `${name} ${periodText(side.period)}${filters ? ` (${filters})` : ''}`
}

function monthLabel(locale: string): (month: string) => string {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' })
  return (month) => {
    const match = /^(\d{4})-(\d{2})$/.exec(month)
    return match ? format.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : month
  }
}

/** Writes the report of a workspace (or of its data) and says what it holds. */
export async function writeReport(input: Workspace | ReportData, options: ReportOptions): Promise<ReportResult> {
  const data: ReportData = input instanceof Workspace ? { series: workspaceSeries(input), sources: input.sourceFiles(), name: input.name, settings: readWorkspaceSettings(input) } : input
  const { series } = data
  const settings = data.settings?.settings ?? metricSettings()
  const filters = options.filters ?? []
  const labels = reportLabels(options.lang)
  const currency = options.currency ?? data.settings?.currency ?? 'BRL'
  const formats = numberFormats(currency)
  const first = series.months[0]
  const last = series.months[series.months.length - 1]
  const period = options.from || options.to ? customPeriod(options.from ?? first ?? options.to ?? '', options.to ?? last ?? options.from ?? '') : null
  const metrics = metricsFor(series, period, filters, settings)
  const previous = metrics.period ? previousPeriod(metrics.period) : null
  const book = new ExcelJS.Workbook()
  book.creator = 'Pulso'
  book.created = (options.now ?? (() => new Date()))()
  let charts = 0
  const context: ReportContext = {
    book,
    labels,
    language: options.lang,
    currency,
    formats,
    series,
    filters,
    metrics,
    previousPeriod: previous,
    previous: previous && axisRange(series, previous) ? metricsFor(series, previous, filters, settings) : null,
    charts: { palette: lightPalette, monthLabel: monthLabel(options.lang) },
    sheet: (name) => new SheetWriter(book.addWorksheet(name), formats, labels.missing),
    chart(writer, spec, column) {
      const png = renderChartPng(spec, options.lang, currency)
      const imageId = book.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' })
      if (column === 'below') writer.chartBelow(imageId)
      else writer.chart(imageId, column)
      charts++
    },
    periodText: (p) => (p ? (p.from === p.to ? p.from : `${p.from} – ${p.to}`) : labels.missing)
  }
  const compare = options.compare
  const comparison = compare ? measured(() => comparePeriods(series, { period: compare.a, filters: compare.aFilters ?? filters }, { period: compare.b, filters: compare.bFilters ?? filters }, settings)) : null
  const table = (options.data ?? !options.sheets) ? dataTable(series, metrics.period, filters, labels, settings) : null
  const dataRows = table ? Math.min(table.customers.length, maxDataRows) : 0
  const choice = { sheets: options.sheets ? new Set(options.sheets) : null, comparison, addData: table ? () => addDataSheet(book, labels.sheets.data, table, formats) : null }
  const leftOut = writeSheets(context, data.name, choice, {
    workspaceName: data.name,
    sources: data.sources,
    generatedAt: book.created,
    version: options.version ?? '0.0.0',
    compare: comparison ? `${sideText('A', comparison.a, context.periodText)} · ${sideText('B', comparison.b, context.periodText)}` : null,
    dataRows: table ? dataRows : null,
    truncatedRows: table ? table.customers.length - dataRows : 0
  })
  const dataSheet = table ? book.getWorksheet(labels.sheets.data) : undefined
  const buffer = new Uint8Array(await book.xlsx.writeBuffer())
  const file = path.resolve(options.file)
  writeReportPackage(buffer, file, dataSheet && table ? { path: `xl/worksheets/sheet${dataSheet.id}.xml`, table, rows: dataRows } : null)
  return { file, sheets: book.worksheets.map((sheet) => sheet.name), leftOut, period: metrics.period, dataRows, charts }
}
