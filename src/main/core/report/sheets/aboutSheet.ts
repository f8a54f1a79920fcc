/** About: where the numbers come from: source files with their hashes, period, filters, formulas, sheets left out, when and by which Pulso. */
import type { SourceFileSummary } from '../../../../shared/model/workspace'
import { formulaList } from '../formulas'
import type { ReportContext } from '../reportContext'

export interface AboutFacts {
  workspaceName: string
  sources: readonly SourceFileSummary[]
  generatedAt: Date
  version: string
  compare: string | null
  /** Rows of the Data sheet; null when the report has none. */
  dataRows: number | null
  truncatedRows: number
  leftOut: readonly { sheet: string; why: string }[]
}

export function aboutSheet(context: ReportContext, facts: AboutFacts): void {
  const { labels, metrics } = context
  const a = labels.about
  const writer = context.sheet(labels.sheets.about)
  writer.title(a.title)
  writer.skip()
  const filters = context.filters.map((filter) => `${filter.column} = ${filter.values.join(' | ')}`).join('; ')
  const facts2: [string, string][] = [
    [a.workspace, facts.workspaceName],
    [labels.period, context.periodText(metrics.period)],
    [labels.previousPeriod, context.periodText(context.previousPeriod)],
    [a.compare, facts.compare ?? labels.missing],
    [a.filters, filters || a.noFilters],
    [a.basis, metrics.basis ?? labels.missing],
    [labels.sheets.data, facts.dataRows === null ? labels.missing : `${facts.dataRows}${facts.truncatedRows ? ` (${facts.truncatedRows} ${labels.data.truncated})` : ''}`],
    [a.generatedAt, facts.generatedAt.toISOString()],
    [a.version, facts.version]
  ]
  for (const [key, value] of facts2) {
    writer.put(1, key)
    writer.put(2, value)
    writer.next()
  }
  writer.note(a.monthEnd)
  writer.skip()
  writer.title(a.files, 12)
  const headerRow = writer.header([a.file, a.sheet, a.kind, a.size, a.sha256, a.importedAt])
  for (const file of facts.sources) {
    writer.put(1, file.name)
    writer.put(2, file.sheet)
    writer.put(3, file.tableName)
    writer.put(4, file.sizeBytes, 'count')
    writer.put(5, file.sha256)
    writer.put(6, file.importedAt)
    writer.next()
  }
  writer.autoFilter(headerRow, writer.row - 1, 6)
  writer.freezeAbove(headerRow)
  if (facts.leftOut.length) {
    writer.skip()
    writer.title(a.leftOut, 12)
    writer.header([a.sheet, a.why])
    for (const item of facts.leftOut) {
      writer.put(1, item.sheet)
      writer.put(2, item.why)
      writer.next()
    }
  }
  writer.skip()
  writer.title(a.formulas, 12)
  writer.header([labels.metric, a.formula])
  for (const item of formulaList(context.language)) {
    writer.put(1, item.metric)
    writer.put(2, item.formula)
    writer.next()
  }
  writer.finish()
}
