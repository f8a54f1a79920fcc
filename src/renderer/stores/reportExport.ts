import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AttributeFilter } from '../../shared/metrics/selection'
import type { ReportExportResult } from '../../shared/model/report'
import { ApiError, toPulsoError } from '../api/client'
import { useFileAccess } from '../api/files'
import { useClient } from '../api/inject'
import { useAppStore } from './app'
import { useMetricsStore } from './metrics'
import { defaultReportForm, formProblem, reportFileName, reportRequest, type ReportForm } from './reportForm'
import { useWorkspaceStore } from './workspace'

/** Where the dialog is: choosing, writing the file, done (with what was written) or failed (with why). */
export type ExportState = 'choosing' | 'writing' | 'done' | 'failed'

/**
 * The Export report dialog (File › Export report, Ctrl+E, the palette): its choices, and
 * the export itself: a place from the file access (the native dialog in Electron; a name
 * in Pulso's folder in the browser), `report:export`, then the browser downloads the file.
 * Reads the dashboards' period and filters only as the first choices.
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
  const result = shallowRef<ReportExportResult | null>(null)
  const error = ref<string | null>(null)
  const problem = computed(() => formProblem(form.value, files.savesByName))

  /** Opens the dialog with the dashboards' period and filters and the interface's language. */
  function start(): void {
    const summary = workspace.summary
    if (!summary) throw new ApiError({ code: 'invalid-input', message: 'Open a workspace first: the report is made from its data.' })
    const metrics = useMetricsStore()
    filters.value = metrics.filters.map((filter) => ({ column: filter.column, values: [...filter.values] }))
    form.value = defaultReportForm(metrics.period, app.language, summary.name, filters.value.length > 0)
    state.value = 'choosing'
    result.value = null
    error.value = null
    open.value = true
  }

  /** The language changed: so does the file's suggested name, unless the user typed one. */
  function setLanguage(lang: ReportForm['lang']): void {
    const name = workspace.summary?.name ?? ''
    const from = form.value.from && form.value.to ? { from: form.value.from, to: form.value.to } : null
    const suggested = reportFileName(name, from, form.value.lang)
    form.value = { ...form.value, lang, name: form.value.name === suggested ? reportFileName(name, from, lang) : form.value.name }
  }

  /** Asks where, writes the report, and hands it over (the browser downloads it). False when cancelled or refused. */
  async function run(): Promise<boolean> {
    if (problem.value || state.value === 'writing') return false
    const target = await files.chooseReportLocation(form.value.name.trim())
    if (!target) return false
    state.value = 'writing'
    error.value = null
    try {
      result.value = await client.call('report:export', reportRequest(form.value, target, filters.value))
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

  return { open, state, form, filters, result, error, problem, savesByName: files.savesByName, start, setLanguage, run, deliverAgain, close }
})
