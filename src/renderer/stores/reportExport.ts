import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Period } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import type { ReportExportResult, ReportSheetId } from '../../shared/model/report'
import { ApiError, toPulsoError } from '../api/client'
import { useFileAccess } from '../api/files'
import { useClient } from '../api/inject'
import { useAppStore } from './app'
import { useCompareStore } from './compare'
import { useMetricsStore } from './metrics'
import { comparisonReportForm, defaultReportForm, formProblem, reportFileName, reportRequest, type ReportForm, type ReportScope } from './reportForm'
import { useWorkspaceStore } from './workspace'

/** Where the dialog is: choosing, writing the file, done (with what was written) or failed (with why). */
export type ExportState = 'choosing' | 'writing' | 'done' | 'failed'

/** What a dashboard starts the dialog from: its own period and filters (a side of the split has its own), and its sheet. */
export interface DashboardPart {
  sheet: ReportSheetId
  period: Period | null
  filters: readonly AttributeFilter[]
}

/** What the Compare editor starts the dialog from: A, B and each side's segments. */
export interface ComparisonStart {
  a: Period
  b: Period
  aFilters: readonly AttributeFilter[]
  bFilters: readonly AttributeFilter[]
}

/**
 * The Export report dialog (File › Export report, Ctrl+E, the palette): its choices, and
 * the export itself: a place from the file access (the native dialog in Electron; a name
 * in Pulso's folder in the browser), `report:export`, then the browser downloads the file.
 * Reads the dashboards' period and filters only as the first choices. A dashboard's button
 * opens the same dialog for its own sheet; the Compare editor opens it with its A and B.
 */
export const useReportExportStore = defineStore('reportExport', () => {
  const client = useClient()
  const files = useFileAccess()
  const app = useAppStore()
  const workspace = useWorkspaceStore()
  const open = ref(false)
  const state = ref<ExportState>('choosing')
  const form = ref<ReportForm>(defaultReportForm(null, 'en', '', false))
  const filters = shallowRef<AttributeFilter[]>([])
  const scope = shallowRef<ReportScope>({})
  const result = shallowRef<ReportExportResult | null>(null)
  const error = ref<string | null>(null)
  const problem = computed(() => formProblem(form.value, files.savesByName))

  function summaryOrThrow(): { name: string } {
    const summary = workspace.summary
    if (!summary) throw new ApiError({ code: 'invalid-input', message: 'Open a workspace first: the report is made from its data.' })
    return summary
  }

  function show(next: ReportForm, nextFilters: readonly AttributeFilter[], nextScope: ReportScope): void {
    filters.value = copyFilters(nextFilters)
    scope.value = nextScope
    form.value = next
    state.value = 'choosing'
    result.value = null
    error.value = null
    open.value = true
  }

  /** Opens the dialog with the dashboards' period and filters and the interface's language. */
  function start(): void {
    const { name } = summaryOrThrow()
    const metrics = useMetricsStore()
    show(defaultReportForm(metrics.period, app.language, name, metrics.filters.length > 0), metrics.filters, {})
  }

  /** Opens the dialog for a dashboard's own sheet, with that dashboard's period and filters. */
  function startPart(part: DashboardPart): void {
    const { name } = summaryOrThrow()
    show(defaultReportForm(part.period, app.language, name, part.filters.length > 0, [part.sheet]), part.filters, { sheets: [part.sheet] })
  }

  /** Opens the dialog from the Compare editor: the comparison of its A and B, each with its segments. */
  function startComparison(start: ComparisonStart): void {
    const { name } = summaryOrThrow()
    const sides = { aFilters: copyFilters(start.aFilters), bFilters: copyFilters(start.bFilters) }
    show(comparisonReportForm(start.a, start.b, app.language, name, start.aFilters.length > 0), start.aFilters, { sides })
  }

  /** Opens the dialog from the Compare editor's A, B and segments; the dashboards' choices when there is no comparison yet. */
  function startFromCompare(): void {
    const compare = useCompareStore()
    if (compare.periodA && compare.periodB) startComparison({ a: compare.periodA, b: compare.periodB, aFilters: compare.filtersA, bFilters: compare.filtersB })
    else start()
  }

  /** The language changed: so does the file's suggested name, unless the user typed one. */
  function setLanguage(lang: ReportForm['lang']): void {
    const name = workspace.summary?.name ?? ''
    const from = form.value.from && form.value.to ? { from: form.value.from, to: form.value.to } : null
    const sheets = scope.value.sheets ?? []
    const suggested = reportFileName(name, from, form.value.lang, sheets)
    form.value = { ...form.value, lang, name: form.value.name === suggested ? reportFileName(name, from, lang, sheets) : form.value.name }
  }

  /** Asks where, writes the report, and hands it over (the browser downloads it). False when cancelled or refused. */
  async function run(): Promise<boolean> {
    if (problem.value || state.value === 'writing') return false
    const target = await files.chooseReportLocation(form.value.name.trim())
    if (!target) return false
    state.value = 'writing'
    error.value = null
    try {
      result.value = await client.call('report:export', reportRequest(form.value, target, filters.value, scope.value))
      state.value = 'done'
      files.deliver(result.value.file)
      return true
    } catch (thrown) {
      error.value = toPulsoError(thrown).message
      state.value = 'failed'
      return false
    }
  }

  /** Downloads the written report again (browser). */
  function deliverAgain(): void {
    if (result.value) files.deliver(result.value.file)
  }

  function close(): void {
    if (state.value !== 'writing') open.value = false
  }

  return { open, state, form, filters, scope, result, error, problem, savesByName: files.savesByName, start, startPart, startComparison, startFromCompare, setLanguage, run, deliverAgain, close }
})

function copyFilters(filters: readonly AttributeFilter[]): AttributeFilter[] {
  return filters.map((filter) => ({ column: filter.column, values: [...filter.values] }))
}
