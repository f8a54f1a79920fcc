import { describe, expect, it } from 'vitest'
import { calendarDate, dayNumber, dayToIso, daysInMonth, firstDayOfMonth, isMonthKey, lastDayOfMonth, monthKey, monthNumber, monthOfDay, parseDay } from '../../../../src/shared/metrics/calendar'

describe('calendar arithmetic', () => {
  it('counts days from 1970-01-01 like UTC does, without a time zone', () => {
    for (const iso of ['1970-01-01', '1900-03-01', '2000-02-29', '2024-12-31', '1969-12-31', '2100-03-01']) {
      expect(parseDay(iso)).toBe(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000)
    }
  })

  it('round-trips every day of 400 years', () => {
    const from = dayNumber(1900, 1, 1)
    const wrong: number[] = []
    for (let day = from; day < from + 146_097; day++) {
      const date = calendarDate(day)
      if (dayNumber(date.year, date.month, date.day) !== day) wrong.push(day)
    }
    expect(wrong).toEqual([])
    expect(calendarDate(dayNumber(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 })
  })

  it('rejects dates that do not exist', () => {
    expect(parseDay('2023-02-29')).toBeNull()
    expect(parseDay('2024-02-29')).toBe(dayNumber(2024, 2, 29))
    expect(parseDay('2024-13-01')).toBeNull()
    expect(parseDay('31/12/2024')).toBeNull()
    expect(parseDay('2024-04-31')).toBeNull()
  })

  it('ignores a time after the date', () => {
    expect(parseDay('2024-03-05 23:59:59')).toBe(dayNumber(2024, 3, 5))
    expect(parseDay('2024-03-05T00:30:00-03:00')).toBe(dayNumber(2024, 3, 5))
  })

  it('formats day numbers and months', () => {
    expect(dayToIso(dayNumber(2024, 2, 9))).toBe('2024-02-09')
    expect(monthKey(monthNumber('2024-12') + 1)).toBe('2025-01')
    expect(monthOfDay(dayNumber(2024, 2, 29))).toBe(monthNumber('2024-02'))
    expect(dayToIso(firstDayOfMonth(monthNumber('2024-03')))).toBe('2024-03-01')
    expect(dayToIso(lastDayOfMonth(monthNumber('2024-02')))).toBe('2024-02-29')
    expect(dayToIso(lastDayOfMonth(monthNumber('2023-02')))).toBe('2023-02-28')
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
  })

  it('validates month keys', () => {
    expect(isMonthKey('2024-01')).toBe(true)
    expect(isMonthKey('2024-13')).toBe(false)
    expect(isMonthKey('2024-1')).toBe(false)
    expect(() => monthNumber('2024/01')).toThrow(RangeError)
  })
})
