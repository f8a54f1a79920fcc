import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
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
}

const outputLimit = 1000

/** The Output log and the Problems list, owned by the bottom panel. */
export const useLogStore = defineStore('log', () => {
  const output = ref<OutputLine[]>([])
  const problems = ref<Problem[]>([])
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
    if (at?.file) addProblem({ severity: 'error', message: error.message, file: at.file, sheet: at.sheet, row: at.row, column: at.column })
  }

  function clearProblems(): void {
    problems.value = []
  }

  const errorCount = computed(() => problems.value.filter((p) => p.severity === 'error').length)

  return { output, problems, errorCount, log, addProblem, reportError, clearProblems }
})
