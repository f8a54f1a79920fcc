/** Date handling shared by the series builders: strict ISO parsing and per-customer day lists. */
import { NO_DAY, type DayLists } from '../model/series'
import { parseDay } from './calendar'

/** The day number of a required ISO date; throws naming the record, because the importer validates dates first. */
export function requireDay(text: string, where: string): number {
  const day = parseDay(text)
  if (day === null) throw new RangeError(`${where}: "${text}" is not a calendar date (YYYY-MM-DD)`)
  return day
}

/** The day number of an optional ISO date, NO_DAY when blank. */
export function optionalDay(text: string | null | undefined, where: string): number {
  if (text == null || text.trim() === '') return NO_DAY
  return requireDay(text, where)
}

/** Per-customer sorted day lists (CSR) from parallel customer/day arrays. */
export function dayLists(customerCount: number, customers: ArrayLike<number>, days: ArrayLike<number>): DayLists {
  const start = new Int32Array(customerCount + 1)
  for (let i = 0; i < customers.length; i++) start[customers[i] + 1]++
  for (let c = 0; c < customerCount; c++) start[c + 1] += start[c]
  const fill = start.slice(0, customerCount)
  const out = new Int32Array(customers.length)
  for (let i = 0; i < customers.length; i++) out[fill[customers[i]]++] = days[i]
  for (let c = 0; c < customerCount; c++) {
    if (start[c + 1] - start[c] > 1) out.subarray(start[c], start[c + 1]).sort()
  }
  return { start, days: out }
}
