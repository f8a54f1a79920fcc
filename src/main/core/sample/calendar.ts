/**
 * Calendar arithmetic for the sample data, on whole days since 1970-01-01 (UTC, no time
 * zone), and the pt-BR way of writing them.
 */

const msPerDay = 86_400_000

/** The day number of a calendar date; `month` is 0-based. */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month, day) / msPerDay)
}

/** The day number of month `index` of the sample (0 = the first month), day `day` of it. */
export function dayInMonth(startYear: number, index: number, day: number): number {
  return dayOf(startYear, index, day)
}

/** How many days month `index` of the sample has. */
export function daysInMonth(startYear: number, index: number): number {
  return dayOf(startYear, index + 1, 1) - dayOf(startYear, index, 1)
}

/** The month index of a day, counted from January of `startYear`. */
export function monthIndexOf(startYear: number, day: number): number {
  const date = new Date(day * msPerDay)
  return (date.getUTCFullYear() - startYear) * 12 + date.getUTCMonth()
}

const two = (n: number) => String(n).padStart(2, '0')

/** `31/12/2025`, as Brazilian spreadsheets write dates. */
export function brazilianDate(day: number): string {
  const date = new Date(day * msPerDay)
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`
}

/** The date as a JS Date at UTC midnight, which exceljs writes as that calendar day. */
export function excelDate(day: number): Date {
  return new Date(day * msPerDay)
}

/** `1.234,56`: money the pt-BR way, without the currency sign. */
export function brazilianMoney(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${sign}${whole},${two(abs % 100)}`
}
