import { foldText } from './text'

/**
 * Month names and abbreviations in Portuguese and English (folded), as they appear in
 * `dez/2024`, `dezembro de 2024`, `Dec 2024`, `31-Dec-2024`.
 */
const MONTH_WORDS: ReadonlyArray<readonly string[]> = [
  ['jan', 'janeiro', 'january'],
  ['fev', 'fevereiro', 'feb', 'february'],
  ['mar', 'marco', 'march'],
  ['abr', 'abril', 'apr', 'april'],
  ['mai', 'maio', 'may'],
  ['jun', 'junho', 'june'],
  ['jul', 'julho', 'july'],
  ['ago', 'agosto', 'aug', 'august'],
  ['set', 'setembro', 'sep', 'sept', 'september'],
  ['out', 'outubro', 'oct', 'october'],
  ['nov', 'novembro', 'november'],
  ['dez', 'dezembro', 'dec', 'december']
]

const monthByWord = new Map<string, number>()
MONTH_WORDS.forEach((words, index) => words.forEach((word) => monthByWord.set(word, index + 1)))

/** The month number (1..12) of a month name or abbreviation, or null. `Dez.` and `DEZ` count. */
export function monthFromName(word: string): number | null {
  return monthByWord.get(foldText(word).replace(/\.$/, '')) ?? null
}

/** Excel's two-digit year window: 00-29 are 2000-2029, 30-99 are 1930-1999. */
export function fullYear(digits: string): number {
  const year = Number(digits)
  if (digits.length !== 2) return year
  return year < 30 ? 2000 + year : 1900 + year
}

/** The pieces of a text date with a month name: `31 dez 2024`, `Dec 31, 2024`, `dezembro de 2024`. */
export interface NamedMonthParts {
  year: number
  month: number
  day: number | null
}

/** Reads `[day] month-name [day][,] year` with any of ` / - . ,` and Portuguese `de` between; null otherwise. */
export function namedMonthParts(text: string): NamedMonthParts | null {
  const tokens = foldText(text)
    .replace(/\b(\d{1,2})o\b/, '$1')
    .split(/[\s/.,-]+/)
    .filter((token) => token !== '' && token !== 'de' && token !== 'of')
  if (tokens.length < 2 || tokens.length > 3) return null
  const at = tokens.findIndex((token) => monthFromName(token) !== null)
  if (at < 0) return null
  const month = monthFromName(tokens[at]) as number
  const numbers = tokens.filter((_, index) => index !== at)
  if (!numbers.every((token) => /^\d+$/.test(token))) return null
  const yearText = numbers[numbers.length - 1]
  if (yearText.length !== 2 && yearText.length !== 4) return null
  if (numbers.length === 1) return at === 0 ? { year: fullYear(yearText), month, day: null } : null
  const dayText = numbers[0]
  if (dayText.length > 2 || at === 2) return null
  return { year: fullYear(yearText), month, day: Number(dayText) }
}
