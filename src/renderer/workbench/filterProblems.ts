import type { Problem } from '../stores/log'
import { foldText } from './matchCommands'

/** Where a problem is, as the Problems panel writes it: "file · sheet · row 10 · column". */
export function problemLocation(problem: Pick<Problem, 'file' | 'sheet' | 'row' | 'column'>, rowWord: string): string {
  return [problem.file, problem.sheet, problem.row !== undefined ? `${rowWord} ${problem.row}` : undefined, problem.column].filter((part) => part !== undefined && part !== '').join(' · ')
}

/** The problems whose message, raw value or place contains every word of the filter (accents and case ignored). */
export function filterProblems(problems: readonly Problem[], filter: string): Problem[] {
  const words = foldText(filter).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...problems]
  return problems.filter((problem) => {
    const text = foldText([problem.message, problem.raw, problem.file, problem.sheet, problem.row, problem.column].filter((v) => v !== undefined).join(' '))
    return words.every((word) => text.includes(word))
  })
}
