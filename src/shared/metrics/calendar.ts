/**
 * Calendar arithmetic on whole numbers, never on JS Dates: a spreadsheet date is a
 * calendar date, so it must never move with a time zone (METRICS.md, "Periods").
 *
 * - a day number counts days since 1970-01-01 (that day is 0);
 * - a month number counts months since year 0 (`year * 12 + month - 1`);
 * - a month key is the text form 'YYYY-MM'.
 */
import type { DayNumber, MonthKey } from '../model/series'
import { civilFromDays, daysFromCivil } from '../parse/calendar'

/** The day number of a calendar date (proleptic Gregorian): the parsers' own arithmetic. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return daysFromCivil(year, month, day)
}

/** Year, month (1..12) and day of a day number: the inverse of `dayNumber`. */
export function calendarDate(day: DayNumber): { year: number; month: number; day: number } {
  return civilFromDays(day)
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/

/**
 * The day number of an ISO date 'YYYY-MM-DD' (a time part after it is ignored), or
 * null when the text is not a real calendar date (2023-02-30 is not).
 */
export function parseDay(text: string): DayNumber | null {
  const match = isoDate.exec(text.trim())
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return dayNumber(year, month, day)
}

/** 'YYYY-MM-DD' of a day number. */
export function dayToIso(day: DayNumber): string {
  const d = calendarDate(day)
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`
}

/** Days in a month of a year (leap years by the Gregorian rule). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The month number (`year * 12 + month - 1`) a day falls in. */
export function monthOfDay(day: DayNumber): number {
  const d = calendarDate(day)
  return d.year * 12 + d.month - 1
}

/** The day number of the first day of a month number. */
export function firstDayOfMonth(month: number): DayNumber {
  return dayNumber(Math.floor(month / 12), (month % 12) + 1, 1)
}

/** The day number of the last day of a month number: where MRR is measured. */
export function lastDayOfMonth(month: number): DayNumber {
  return firstDayOfMonth(month + 1) - 1
}

const monthKeyPattern = /^(\d{4})-(\d{2})$/

/** The month number of a key 'YYYY-MM'; throws on anything else, because a period is program input. */
export function monthNumber(key: MonthKey): number {
  const match = monthKeyPattern.exec(key)
  const month = match ? Number(match[2]) : 0
  if (!match || month < 1 || month > 12) throw new RangeError(`Not a month key (YYYY-MM): "${key}"`)
  return Number(match[1]) * 12 + month - 1
}

/** The key 'YYYY-MM' of a month number. */
export function monthKey(month: number): MonthKey {
  return `${pad(Math.floor(month / 12), 4)}-${pad((month % 12) + 1, 2)}`
}

/** Whether a text is a valid month key 'YYYY-MM'. */
export function isMonthKey(text: string): boolean {
  const match = monthKeyPattern.exec(text)
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
