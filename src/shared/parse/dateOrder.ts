import type { DateOrder } from './date'
import type { RawCell } from './result'

/** A column's day/month order and the evidence: `decided` is false when no value could tell. */
export interface DateOrderGuess {
  order: DateOrder
  confidence: number
  decided: boolean
  votes: { dmy: number; mdy: number }
}

const SLASHED = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b/

/**
 * Decides whether a column writes `a/b/yyyy` day first or month first. One value with a
 * first part above 12 (`31/12/2024`) says day first; a second part above 12
 * (`12/31/2024`) says month first. With no such value (`01/02/2024` only) the column
 * is ambiguous and `fallback` (the workspace locale: `dmy` for pt-BR) decides.
 */
export function guessDateOrder(samples: readonly RawCell[], fallback: DateOrder = 'dmy'): DateOrderGuess {
  let dmy = 0
  let mdy = 0
  for (const raw of samples) {
    if (typeof raw !== 'string') continue
    const match = SLASHED.exec(raw)
    if (!match) continue
    const [a, b] = [Number(match[1]), Number(match[2])]
    if (a > 12 && b <= 12) dmy++
    else if (b > 12 && a <= 12) mdy++
  }
  const votes = { dmy, mdy }
  if (dmy + mdy === 0) return { order: fallback, confidence: 0.5, decided: false, votes }
  const order: DateOrder = dmy > mdy ? 'dmy' : mdy > dmy ? 'mdy' : fallback
  return { order, confidence: Math.max(dmy, mdy) / (dmy + mdy), decided: dmy !== mdy, votes }
}
