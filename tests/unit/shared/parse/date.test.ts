import { describe, expect, it } from 'vitest'
import { parseDate, parseExcelSerial, parseMonth, type DateOptions } from '../../../../src/shared/parse/date'

type Row = [string | number, DateOptions, string, string | null]

const good: Row[] = [
  ['31/12/2024', {}, '2024-12-31', null],
  ['1/2/2024', {}, '2024-02-01', null],
  ['1/2/2024', { order: 'mdy' }, '2024-01-02', null],
  ['12/31/2024', { order: 'mdy' }, '2024-12-31', null],
  ['31-12-2024', {}, '2024-12-31', null],
  ['31.12.2024', { order: 'mdy' }, '2024-12-31', null],
  ['31/12/24', {}, '2024-12-31', null],
  ['01/01/30', {}, '1930-01-01', null],
  ['2024-12-31', {}, '2024-12-31', null],
  ['2024/1/5', {}, '2024-01-05', null],
  ['2024-12-31 10:22:00', {}, '2024-12-31', '10:22:00'],
  ['2024-12-31T10:22', {}, '2024-12-31', '10:22:00'],
  ['2024-12-31T23:30:00-03:00', {}, '2024-12-31', '23:30:00'],
  ['2024-12-31T23:30:00.000Z', {}, '2024-12-31', '23:30:00'],
  ['2011-10-30T16:17:00.000Z', {}, '2011-10-30', '16:17:00'],
  ['2019-11-01 08:51:12.402', {}, '2019-11-01', '08:51:12'],
  ['11/1/2019 8:51:12', { order: 'mdy' }, '2019-11-01', '08:51:12'],
  ['11/1/2019 8:51:12 PM', { order: 'mdy' }, '2019-11-01', '20:51:12'],
  ['11/1/2019 12:05 AM', { order: 'mdy' }, '2019-11-01', '00:05:00'],
  ['31/12/2024 10:22', {}, '2024-12-31', '10:22:00'],
  ['20241231', {}, '2024-12-31', null],
  ['29/02/2024', {}, '2024-02-29', null],
  ['31 dez 2024', {}, '2024-12-31', null],
  ['31/dez/2024', {}, '2024-12-31', null],
  ['31-Dec-2024', {}, '2024-12-31', null],
  ['31 de dezembro de 2024', {}, '2024-12-31', null],
  ['Dec 31, 2024', {}, '2024-12-31', null],
  ['1º de março de 2024', {}, '2024-03-01', null],
  [45657, {}, '2024-12-31', null],
  [45657.5, {}, '2024-12-31', '12:00:00'],
  ['45657', {}, '2024-12-31', null],
  [44195, { dateSystem: 1904 }, '2024-12-31', null],
  [1, {}, '1900-01-01', null],
  [59, {}, '1900-02-28', null],
  [61, {}, '1900-03-01', null],
  [0, { dateSystem: 1904 }, '1904-01-01', null],
  [45657.99999999, {}, '2025-01-01', '00:00:00']
]

const bad: Array<[string | number | boolean, DateOptions, string, string]> = [
  ['31/02/2024', {}, 'invalid-date', 'day 31 does not exist in February'],
  ['29/02/2023', {}, 'invalid-date', 'day 29 does not exist in February 2023'],
  ['12/31/2024', {}, 'invalid-date', 'month 31 does not exist'],
  ['2024-13-01', {}, 'invalid-date', 'month 13 does not exist'],
  ['2024-12-00', {}, 'invalid-date', 'day 0 does not exist'],
  ['2024-12-31 25:00', {}, 'invalid-date', 'the time of day is not valid'],
  [60, {}, 'invalid-date', 'serial 60 is 1900-02-29, a day that does not exist (Excel leap-year bug)'],
  [0, {}, 'invalid-date', "serial 0 is outside Excel's dates"],
  [-5, {}, 'not-a-date', 'not a date'],
  [3000000, {}, 'invalid-date', "serial 3000000 is outside Excel's dates"],
  ['2024-12', {}, 'month-not-date', 'a month without a day'],
  ['dez/2024', {}, 'month-not-date', 'a month without a day'],
  ['amanhã', {}, 'not-a-date', 'not a date'],
  ['2024', {}, 'not-a-date', 'not a date'],
  [true, {}, 'not-a-date', 'not a date'],
  ['', {}, 'missing', 'no value'],
  ['#N/A', {}, 'missing', 'no value']
]

describe('parseDate', () => {
  it.each(good)('reads %j %j as %s %s', (raw, options, date, time) => {
    expect(parseDate(raw, options)).toEqual({ ok: true, value: { date, time } })
  })

  it.each(bad)('refuses %j %j: %s', (raw, options, code, message) => {
    expect(parseDate(raw, options)).toEqual({ ok: false, reason: { code, message } })
  })

  it('is the same calendar date whatever the machine time zone', () => {
    const before = process.env.TZ
    for (const zone of ['America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = zone
      expect(parseDate('2024-12-31T23:30:00-03:00')).toEqual({ ok: true, value: { date: '2024-12-31', time: '23:30:00' } })
      expect(parseExcelSerial(45657)).toEqual({ ok: true, value: { date: '2024-12-31', time: null } })
    }
    process.env.TZ = before
  })
})

describe('parseMonth', () => {
  it.each([
    ['2024-12', '2024-12'],
    ['2024/1', '2024-01'],
    ['12/2024', '2024-12'],
    ['1-2024', '2024-01'],
    ['202412', '2024-12'],
    ['dez/2024', '2024-12'],
    ['dez/24', '2024-12'],
    ['Dez-24', '2024-12'],
    ['dezembro de 2024', '2024-12'],
    ['Dezembro/2024', '2024-12'],
    ['março de 2024', '2024-03'],
    ['Dec 2024', '2024-12'],
    ['December 2024', '2024-12'],
    ['set/23', '2023-09'],
    ['out 2023', '2023-10'],
    ['31/12/2024', '2024-12'],
    ['2024-12-31T10:00:00Z', '2024-12-31'.slice(0, 7)]
  ] as const)('reads %j as %s', (raw, month) => {
    expect(parseMonth(raw)).toEqual({ ok: true, value: month })
  })

  it('reads serials as their month', () => {
    expect(parseMonth(45657)).toEqual({ ok: true, value: '2024-12' })
  })

  it.each([
    ['2024-13', 'invalid-date'],
    ['13/2024', 'invalid-date'],
    ['foo 2024', 'not-a-month'],
    ['31/02/2024', 'invalid-date'],
    ['', 'missing']
  ] as const)('refuses %j (%s)', (raw, code) => {
    const result = parseMonth(raw)
    expect(result.ok ? null : result.reason.code).toBe(code)
  })
})
