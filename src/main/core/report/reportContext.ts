/** What every sheet writer of the report gets: the workbook, the words, the formats, the numbers and a way to add charts. */
import type ExcelJS from 'exceljs'
import type { ChartSpec } from '../../../shared/charts/chartSpec'
import type { ChartContext } from '../../../shared/charts/context'
import type { DashboardMetrics } from '../../../shared/metrics/dashboard'
import type { Period } from '../../../shared/metrics/periods'
import type { AttributeFilter } from '../../../shared/metrics/selection'
import type { Series } from '../../../shared/model/series'
import type { CellKind } from './formats'
import type { ReportLabels, ReportLanguage } from './labels'
import type { SheetWriter } from './sheetWriter'

export interface ReportContext {
  book: ExcelJS.Workbook
  labels: ReportLabels
  language: ReportLanguage
  currency: string
  formats: Record<CellKind, string>
  series: Series
  filters: readonly AttributeFilter[]
  /** The report's period and its numbers. */
  metrics: DashboardMetrics
  /** The period of the same length just before, and its numbers (null when the data has none of it). */
  previousPeriod: Period | null
  previous: DashboardMetrics | null
  charts: ChartContext
  /** A new sheet, named in the report's language. */
  sheet(name: string): SheetWriter
  /** Renders a chart and places it on the sheet, right of the tables (from `column`), or below them with 'below'. */
  chart(writer: SheetWriter, spec: ChartSpec, column: number | 'below'): void
  /** A period as text ('2025-10 – 2025-12', or one month). */
  periodText(period: Period | null): string
}
