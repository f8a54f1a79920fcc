import { isMissing } from './missing'
import type { DecimalSeparator } from './number'
import type { RawCell } from './result'

/** The separator a column uses, and how sure the guess is (0..1); `decided` is false when no value told. */
export interface DecimalGuess {
  decimal: DecimalSeparator
  confidence: number
  decided: boolean
  votes: { comma: number; dot: number }
}

type Vote = DecimalSeparator | 'ambiguous' | null

/** What one text says about the decimal separator, if anything. */
function voteOf(text: string): Vote {
  const body = text.replace(/[^\d.,]/g, '')
  const dots = body.split('.').length - 1
  const commas = body.split(',').length - 1
  if (dots === 0 && commas === 0) return null
  if (dots > 0 && commas > 0) return body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.'
  const separator: DecimalSeparator = dots > 0 ? '.' : ','
  if (dots + commas > 1) return separator === '.' ? ',' : '.'
  const [integer, fraction] = body.split(separator)
  if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integer)) return 'ambiguous'
  return separator
}

/**
 * Decides a column's decimal separator from a sample of its texts, so the single-value
 * parser can read `1.234` as 1234 in a pt-BR column and as 1.234 in an en one.
 * Values that can be read only one way vote; `R$` leans to `,`, `$`/`US$` to `.`.
 * When nothing votes, a column whose every separated value has exactly three digits
 * after one separator (`1.500`, `12.000`) reads that separator as thousands; otherwise
 * `fallback` (the workspace locale) decides.
 */
export function guessDecimalSeparator(samples: readonly RawCell[], fallback: DecimalSeparator = '.'): DecimalGuess {
  let comma = 0
  let dot = 0
  let ambiguousComma = 0
  let ambiguousDot = 0
  for (const raw of samples) {
    if (typeof raw !== 'string' || isMissing(raw)) continue
    const text = raw.trim()
    if (/^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(text) || /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text)) continue
    const vote = voteOf(text)
    if (vote === ',') comma++
    else if (vote === '.') dot++
    else if (vote === 'ambiguous') {
      if (text.includes(',')) ambiguousComma++
      else ambiguousDot++
    }
    if (/r\$/i.test(text)) comma += 0.5
    else if (/(^|[^r])\$/i.test(text)) dot += 0.5
  }
  const votes = { comma, dot }
  if (comma + dot === 0) {
    if (ambiguousDot >= 3 && ambiguousComma === 0) return { decimal: ',', confidence: 0.6, decided: true, votes }
    if (ambiguousComma >= 3 && ambiguousDot === 0) return { decimal: '.', confidence: 0.6, decided: true, votes }
    return { decimal: fallback, confidence: 0.5, decided: false, votes }
  }
  const decimal: DecimalSeparator = comma > dot ? ',' : comma < dot ? '.' : fallback
  return { decimal, confidence: Math.max(comma, dot) / (comma + dot), decided: comma !== dot, votes }
}
