import { civilFromDays, isoDate } from '../../../../shared/parse/calendar'
import type { Cell } from '../types'

/**
 * Excel date serials to calendar values, and which number formats are dates.
 * In the 1900 system serial 1 is 1900-01-01 and serial 60 is the 1900-02-29 that Lotus
 * 1-2-3 invented and Excel kept; from serial 61 on, serial N is N days after 1899-12-30.
 * In the 1904 system (old Mac workbooks) serial 0 is 1904-01-01.
 */

/** Days from 1970-01-01 back to 1899-12-30, Excel's effective epoch from 1900-03-01 on. */
const EPOCH_1900 = 25569
/** Days from 1970-01-01 back to 1904-01-01. */
const EPOCH_1904 = 24107
/** Serial of 9999-12-31 plus one: Excel's last date. */
const LAST_SERIAL = 2958466

/** Built-in number formats that are dates or times: 14-22 and 45-47. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])

/** True when the built-in format id, or the custom format code, shows a date or a time. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATE_FORMATS.has(id)
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, (bracket) => (/^\[(h+|m+|s+)\]$/i.test(bracket) ? 'h' : ''))
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
  return /[dmyhs]/i.test(bare)
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

/** The ISO calendar date of a count of days since 1970-01-01 (proleptic Gregorian). */
function civilDate(days: number): string {
  return isoDate(civilFromDays(days))
}

/**
 * The calendar value of a date serial, rounded to the second: `YYYY-MM-DD` when the time
 * of day is midnight, else `YYYY-MM-DDTHH:MM:SS`. A serial Excel cannot show as a date
 * (negative, or past 9999-12-31) stays a number.
 */
export function serialToDate(serial: number, date1904: boolean): Cell {
  if (!(serial >= 0) || serial >= LAST_SERIAL) return serial
  let days = Math.floor(serial)
  let seconds = Math.round(Math.round((serial - days) * 86_400_000) / 1000)
  if (seconds >= 86_400) {
    days += 1
    seconds -= 86_400
  }
  let date: string
  if (date1904) date = civilDate(days - EPOCH_1904)
  else if (days >= 61 || days === 0) date = civilDate(days - EPOCH_1900)
  else if (days === 60) date = '1900-02-29'
  else date = civilDate(days - EPOCH_1900 + 1)
  if (seconds === 0) return { kind: 'date', value: date }
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  return { kind: 'date', value: `${date}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds % 60)}` }
}

/** The calendar value of a cell of type `d` (an ISO 8601 text written by some tools). */
export function isoToDate(text: string): Cell {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(text.trim())
  if (!match) return text
  return { kind: 'date', value: match[2] && match[2] !== '00:00:00' ? `${match[1]}T${match[2]}` : match[1] }
}
