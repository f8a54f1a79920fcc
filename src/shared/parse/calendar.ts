/**
 * Calendar arithmetic on plain integers (proleptic Gregorian, days since 1970-01-01).
 * No JS Date: a date in a spreadsheet is a calendar date and must never move with
 * the machine's time zone.
 */

/** A day of the calendar, month 1..12. */
export interface CivilDate {
  year: number
  month: number
  day: number
}

/** English month names, for problem messages (`day 31 does not exist in February`). */
export const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Gregorian leap year (1900 is not one, whatever Excel says). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days in a month (1..12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}

/** Days from 1970-01-01 to the given date (negative before). Howard Hinnant's algorithm. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The date `days` after 1970-01-01. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** `YYYY-MM-DD`, the one date spelling that crosses process boundaries. */
export function isoDate(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`
}

/** `YYYY-MM`, the month key of the metric engine. */
export function monthKey(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`
}

/** `HH:MM:SS` from seconds since midnight. */
export function clockTime(seconds: number): string {
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`
}

/** Why a year/month/day triple is not a date, in words the Problems panel shows; null when it is one. */
export function invalidDateReason(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999) return `year ${year} is out of range`
  if (month < 1 || month > 12) return `month ${month} does not exist`
  if (day < 1) return `day ${day} does not exist`
  const last = daysInMonth(year, month)
  if (day > last) {
    const leapNote = month === 2 && day === 29 ? ` ${year}` : ''
    return `day ${day} does not exist in ${MONTH_NAMES_EN[month - 1]}${leapNote}`
  }
  return null
}

/** Excel's two date systems: 1900 (Windows default, with the fake 1900-02-29) and 1904 (old Mac). */
export type ExcelDateSystem = 1900 | 1904

/** The largest serial Excel accepts: 9999-12-31 in the 1900 system. */
export const MAX_EXCEL_SERIAL = 2958465

const EPOCH_1900_BEFORE_BUG = daysFromCivil(1899, 12, 31)
const EPOCH_1900_AFTER_BUG = daysFromCivil(1899, 12, 30)
const EPOCH_1904 = daysFromCivil(1904, 1, 1)

/**
 * Days since 1970-01-01 of a whole Excel serial day, or a reason. Serial 60 is
 * 1900-02-29, a day Excel invents (Lotus 1-2-3's leap-year bug): it is refused.
 */
export function excelSerialDay(serialDay: number, system: ExcelDateSystem): number | string {
  if (system === 1904) {
    if (serialDay < 0 || serialDay > MAX_EXCEL_SERIAL - 1462) return `serial ${serialDay} is outside Excel's dates`
    return EPOCH_1904 + serialDay
  }
  if (serialDay < 1 || serialDay > MAX_EXCEL_SERIAL) return `serial ${serialDay} is outside Excel's dates`
  if (serialDay === 60) return 'serial 60 is 1900-02-29, a day that does not exist (Excel leap-year bug)'
  return serialDay < 60 ? EPOCH_1900_BEFORE_BUG + serialDay : EPOCH_1900_AFTER_BUG + serialDay
}

/** The Excel serial of a calendar date, the inverse of `excelSerialDay` (used by writers and tests). */
export function excelSerialOf(date: CivilDate, system: ExcelDateSystem): number {
  const days = daysFromCivil(date.year, date.month, date.day)
  if (system === 1904) return days - EPOCH_1904
  const serial = days - EPOCH_1900_AFTER_BUG
  return serial <= 60 ? serial - 1 : serial
}
