import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { WorkspaceProblem } from '../../shared/model/importRequests'
import type { PulsoError } from '../../shared/model/result'

/** One line of the Output panel. */
export interface OutputLine {
  id: number
  time: string
  level: 'info' | 'error'
  text: string
}

/** One entry of the Problems panel: what is wrong and where, in the user's words. */
export interface Problem {
  id: number
  severity: 'error' | 'warning'
  message: string
  file?: string
  sheet?: string
  row?: number
  column?: string
  /** The text as written in the file, for a value that could not be read. */
  raw?: string
  /** 'workspace': stored in the open workspace; 'session': an error of this session (a failed file). */
  origin?: 'workspace' | 'session'
}

const outputLimit = 1000

/** The Output log and the Problems list, owned by the bottom panel. */
export const useLogStore = defineStore('log', () => {
  const output = ref<OutputLine[]>([])
  const problems = ref<Problem[]>([])
  /** The Problems panel's filter text. */
  const problemFilter = ref('')
  let nextId = 1

  function log(text: string, level: OutputLine['level'] = 'info'): void {
    const time = new Date().toLocaleTimeString([], { hour12: false })
    output.value = [...output.value.slice(-(outputLimit - 1)), { id: nextId++, time, level, text }]
  }

  function addProblem(problem: Omit<Problem, 'id'>): void {
    problems.value = [...problems.value, { ...problem, id: nextId++ }]
  }

  /** A typed error from the core: logged, and listed as a problem when it points at a place. */
  function reportError(error: PulsoError): void {
    log(error.message, 'error')
    const at = error.details
    if (at?.file) addProblem({ severity: 'error', message: error.message, file: at.file, sheet: at.sheet, row: at.row, column: at.column, origin: 'session' })
  }

  /** The open workspace's stored problems replace the earlier ones; this session's errors stay. */
  function setWorkspaceProblems(stored: readonly WorkspaceProblem[]): void {
    const kept = problems.value.filter((p) => p.origin !== 'workspace')
    const loaded = stored.map((p): Problem => ({
      id: nextId++,
      severity: 'warning',
      message: p.reason,
      file: p.file,
      sheet: p.sheet ?? undefined,
      row: p.row ?? undefined,
      column: p.column ?? undefined,
      raw: p.raw ?? undefined,
      origin: 'workspace'
    }))
    problems.value = [...kept, ...loaded]
  }

  /** Forgets the errors of earlier imports (a new import starts, another workspace opens). */
  function clearSessionProblems(): void {
    problems.value = problems.value.filter((p) => p.origin === 'workspace')
  }

  function clearProblems(): void {
    problems.value = []
  }

  const errorCount = computed(() => problems.value.filter((p) => p.severity === 'error').length)

  return { output, problems, problemFilter, errorCount, log, addProblem, reportError, setWorkspaceProblems, clearSessionProblems, clearProblems }
})
