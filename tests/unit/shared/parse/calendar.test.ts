import { describe, expect, it } from 'vitest'
import { civilFromDays, daysFromCivil, daysInMonth, excelSerialDay, excelSerialOf, invalidDateReason, isoDate } from '../../../../src/shared/parse/calendar'

describe('calendar arithmetic', () => {
  it.each([
    [1970, 1, 1, 0],
    [2000, 3, 1, 11017],
    [1899, 12, 30, -25569],
    [2024, 12, 31, 20088]
  ])('%i-%i-%i is day %i', (year, month, day, days) => {
    expect(daysFromCivil(year, month, day)).toBe(days)
    expect(civilFromDays(days)).toEqual({ year, month, day })
  })

  it('knows leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29])
  })

  it('says why a date does not exist', () => {
    expect(invalidDateReason(2024, 4, 31)).toBe('day 31 does not exist in April')
    expect(invalidDateReason(2024, 2, 30)).toBe('day 30 does not exist in February')
    expect(invalidDateReason(99, 1, 1)).toBe('year 99 is out of range')
    expect(invalidDateReason(2024, 2, 29)).toBeNull()
  })

  it('converts Excel serials both ways in both systems', () => {
    for (const serial of [1, 59, 61, 367, 45657]) {
      const days = excelSerialDay(serial, 1900)
      expect(typeof days).toBe('number')
      expect(excelSerialOf(civilFromDays(days as number), 1900)).toBe(serial)
    }
    expect(isoDate(civilFromDays(excelSerialDay(45657, 1904) as number))).toBe('2029-01-01')
    expect(excelSerialOf({ year: 1904, month: 1, day: 1 }, 1904)).toBe(0)
  })
})
