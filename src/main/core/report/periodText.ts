/**
 * Periods as a user types them for `--compare`: a month `2024-03`, a quarter `2024-Q1`, a
 * year `2024`, or a range of any of them `2024-01..2024-03` (from the first month of the
 * left to the last month of the right). Calendar quarters and years.
 */
import { isMonthKey } from '../../../shared/metrics/calendar'
import { customPeriod, quarterPeriod, yearPeriod, type Period } from '../../../shared/metrics/periods'

function single(text: string): Period | null {
  if (isMonthKey(text)) return { from: text, to: text }
  const quarter = /^(\d{4})-?Q([1-4])$/i.exec(text)
  if (quarter) return quarterPeriod(Number(quarter[1]), Number(quarter[2]) as 1 | 2 | 3 | 4)
  if (/^\d{4}$/.test(text)) return yearPeriod(Number(text))
  return null
}

/** The period a text names, or null when it names none (or ends before it starts). */
export function parsePeriodText(text: string): Period | null {
  const [left, right, ...rest] = text.trim().split('..')
  if (rest.length) return null
  const start = single(left)
  const end = right === undefined ? start : single(right)
  if (!start || !end) return null
  try {
    return customPeriod(start.from, end.to)
  } catch {
    return null
  }
}
