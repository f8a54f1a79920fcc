import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Period } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import type { SurveyListExportResult } from '../../shared/model/surveyList'
import { useFileAccess, type ExportFormat } from '../api/files'
import { useClient } from '../api/inject'
import { useAppStore } from './app'
import { useCommandsStore } from './commands'

/** What the Campaigns view exports: the list of its period (taken on the last day) and filters, under a suggested name. */
export interface SurveyListChoice {
  name: string
  format: ExportFormat
  period: Period | null
  filters: readonly AttributeFilter[]
}

/**
 * Exporting the customers due for a survey: a place from the file access (the native
 * dialog in Electron; the name in Pulso's folder in the browser), then the core writes the
 * list (`export:surveyList`, one escaping rule for formula-looking text, in the core) and
 * the browser downloads it.
 */
export const useSurveyListExportStore = defineStore('surveyListExport', () => {
  const client = useClient()
  const files = useFileAccess()
  const app = useAppStore()
  const writing = ref<ExportFormat | null>(null)

  /** Writes the list; the result, or null when cancelled or failed (the failure is in the Output panel). */
  async function run(choice: SurveyListChoice): Promise<SurveyListExportResult | null> {
    if (writing.value) return null
    try {
      const path = await files.chooseExportLocation(choice.name, choice.format)
      if (!path) return null
      writing.value = choice.format
      const result = await client.call('export:surveyList', {
        path,
        format: choice.format,
        ...(choice.period ? { period: { from: choice.period.from, to: choice.period.to } } : {}),
        ...(choice.filters.length ? { filters: choice.filters.map((filter) => ({ column: filter.column, values: [...filter.values] })) } : {}),
        lang: app.language
      })
      files.deliver(result.file)
      return result
    } catch (error) {
      useCommandsStore().reportFailure('campaigns.exportSurveyList', error)
      return null
    } finally {
      writing.value = null
    }
  }

  return { writing, run }
})
