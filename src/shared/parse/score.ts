import { isMissing } from './missing'
import { parseNumber } from './number'
import { missingValue, parsed, problem, type ParseResult, type RawCell } from './result'

const PLAIN = /^[+-]?\d+(?:[.,]\d+)?$/
const LABELLED = /^(\d{1,2})(?:[.,]0+)?\s*(?:[-–—:(]|\s)\s*\D/

/**
 * Reads an NPS answer: a whole number 0..10 (`9`, `9.0`, `9,0`, and survey exports'
 * `10 - Extremely likely`). Anything else is a problem, never a silent drop
 * (METRICS.md: NPS answers outside 0..10 or not whole are row errors).
 */
export function parseScore(raw: RawCell): ParseResult<number> {
  if (isMissing(raw)) return missingValue()
  if (typeof raw === 'boolean') return problem('not-a-score', 'not a score from 0 to 10')
  const text = typeof raw === 'string' ? raw.trim() : raw
  const labelled = typeof text === 'string' ? LABELLED.exec(text) : null
  if (typeof text === 'string' && !labelled && !PLAIN.test(text)) return problem('not-a-score', 'not a score from 0 to 10')
  const number = labelled ? parseNumber(labelled[1]) : parseNumber(text, typeof text === 'string' && text.includes(',') ? ',' : '.')
  if (!number.ok) return problem('not-a-score', 'not a score from 0 to 10')
  const value = number.value
  if (!Number.isInteger(value)) return problem('not-whole', `${value} is not a whole number from 0 to 10`)
  if (value < 0 || value > 10) return problem('out-of-range', `${value} is outside 0 to 10`)
  return parsed(value)
}
