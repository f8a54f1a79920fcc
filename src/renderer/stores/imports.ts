import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ImportFileRequest, ImportFileResult } from '../../shared/model/importRequests'
import type { TableKind } from '../../shared/model/kinds'
import type { PulsoError } from '../../shared/model/result'
import type { ImportProgress } from '../../shared/model/workspace'
import { useFileAccess } from '../api/files'
import { toPulsoError as asPulsoError } from '../api/client'
import { useClient } from '../api/inject'
import { choiceFromPreview, importRequests, readyToImport, withColumn, withKind, type SheetChoice } from '../views/import/importPlan'
import { useLogStore } from './log'
import { useWorkbenchStore } from './workbench'
import { useWorkspaceStore } from './workspace'

/** Where the import editor is: choosing, reading the files, reviewing the proposal, importing, done. */
export type ImportPhase = 'idle' | 'reading' | 'review' | 'importing' | 'done'

/** A file that could not be previewed or imported, with the core's typed error. */
export interface FileError {
  file: string
  error: PulsoError
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/**
 * One import at a time, as the import editor shows it: the files' proposals and the
 * user's choices, the progress per file, the results, and the question whether to
 * replace files imported before.
 */
export const useImportsStore = defineStore('imports', () => {
  const client = useClient()
  const files = useFileAccess()
  const log = useLogStore()
  const workbench = useWorkbenchStore()
  const workspace = useWorkspaceStore()

  const phase = ref<ImportPhase>('idle')
  const choices = ref<SheetChoice[]>([])
  const fileErrors = ref<FileError[]>([])
  const progress = ref<Record<string, ImportProgress>>({})
  const results = shallowRef<ImportFileResult[]>([])
  /** Files the workspace already holds (same content): the user decides whether to replace them. */
  const toReplace = ref<ImportFileRequest[]>([])
  /** An i18n key of a message for the user (e.g. dropping files is not supported). */
  const notice = ref<string | null>(null)
  let importId: string | null = null

  const ready = computed(() => readyToImport(choices.value))

  function start(): void {
    notice.value = null
    workbench.openEditor('import')
  }

  /** Reads each file's proposal; a file that cannot be read is listed apart, the others go on. */
  async function preview(paths: readonly string[]): Promise<void> {
    start()
    if (paths.length === 0) return
    phase.value = 'reading'
    choices.value = []
    fileErrors.value = []
    results.value = []
    toReplace.value = []
    for (const path of paths) {
      try {
        const previews = await client.call('import:preview', { paths: [path] })
        choices.value = [...choices.value, ...previews.map(choiceFromPreview)]
      } catch (error) {
        const problem = asPulsoError(error)
        fileErrors.value = [...fileErrors.value, { file: baseName(path), error: problem }]
        log.reportError({ ...problem, details: { ...problem.details, file: baseName(path) } })
      }
    }
    phase.value = 'review'
  }

  /** Asks for spreadsheets (dialog or upload) and proposes how to import them. */
  async function chooseFiles(): Promise<void> {
    const paths = await files.chooseSpreadsheets()
    if (paths.length > 0) await preview(paths)
  }

  /** Files dropped on the workbench. */
  async function dropFiles(dropped: readonly File[]): Promise<void> {
    let paths: string[]
    try {
      paths = await files.receiveDropped(dropped)
    } catch (error) {
      start()
      const problem = asPulsoError(error)
      notice.value = problem.code === 'unsupported' ? 'import.dropUnsupported' : null
      if (!notice.value) log.reportError(problem)
      return
    }
    await preview(paths)
  }

  function update(key: string, change: (choice: SheetChoice) => SheetChoice): void {
    choices.value = choices.value.map((choice) => (choice.key === key ? change(choice) : choice))
  }

  const setKind = (key: string, kind: TableKind) => update(key, (c) => withKind(c, kind))
  const setColumn = (key: string, field: string, column: string) => update(key, (c) => withColumn(c, field, column))
  const setInclude = (key: string, include: boolean) => update(key, (c) => ({ ...c, include }))

  function onProgress(event: ImportProgress): void {
    if (event.importId !== importId) return
    const before = progress.value[event.file]
    progress.value = { ...progress.value, [event.file]: event.done && before ? { ...before, fraction: 1, done: true } : event }
  }

  /** Imports the requests; files already imported wait for the user's answer. */
  async function runRequests(requests: ImportFileRequest[], replace: boolean): Promise<void> {
    phase.value = 'importing'
    importId = `import-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
    progress.value = Object.fromEntries(requests.map((r) => [baseName(r.path), { importId: importId as string, file: baseName(r.path), rows: 0, fraction: 0, rowsPerSecond: 0, done: false }]))
    log.clearSessionProblems()
    const stop = client.on('import:progress', onProgress)
    try {
      const answered = await client.call('import:run', { importId, files: requests, replace })
      const earlier = results.value.filter((r) => !answered.some((a) => a.file === r.file))
      results.value = [...earlier, ...answered.filter((r) => r.error?.code !== 'already-imported')]
      toReplace.value = requests.filter((_, i) => answered[i]?.error?.code === 'already-imported')
      for (const result of answered) if (result.error && result.error.code !== 'already-imported' && result.error.code !== 'cancelled') log.reportError({ ...result.error, details: { ...result.error.details, file: result.file } })
    } catch (error) {
      log.reportError(asPulsoError(error))
    } finally {
      stop()
      importId = null
      phase.value = 'done'
    }
    await workspace.refreshProblems().catch(() => undefined)
  }

  async function run(): Promise<void> {
    if (!ready.value || phase.value === 'importing') return
    results.value = []
    await runRequests(importRequests(choices.value), false)
  }

  /** The user chose to replace the earlier imports of the same files. */
  async function replaceEarlier(): Promise<void> {
    const again = toReplace.value
    toReplace.value = []
    if (again.length > 0) await runRequests(again, true)
  }

  function keepEarlier(): void {
    toReplace.value = []
  }

  async function cancel(): Promise<void> {
    if (importId) await client.call('import:cancel', { importId })
  }

  function showProblems(file: string): void {
    log.problemFilter = file
    workbench.showPanel('problems')
  }

  return {
    phase, choices, fileErrors, progress, results, toReplace, notice, ready,
    preview, chooseFiles, dropFiles, setKind, setColumn, setInclude, run, replaceEarlier, keepEarlier, cancel, showProblems
  }
})
