import { describe, expect, it } from 'vitest'
import { parsePeriod, periodText } from '../../../../src/shared/metrics/periodText'

describe('parsePeriod', () => {
  it('reads a month, a quarter, a year and ranges of them', () => {
    expect(parsePeriod('2024-03')).toEqual({ from: '2024-03', to: '2024-03' })
    expect(parsePeriod('2024-Q2')).toEqual({ from: '2024-04', to: '2024-06' })
    expect(parsePeriod('2024-q4')).toEqual({ from: '2024-10', to: '2024-12' })
    expect(parsePeriod('2024')).toEqual({ from: '2024-01', to: '2024-12' })
    expect(parsePeriod('2024-01..2024-03')).toEqual({ from: '2024-01', to: '2024-03' })
    expect(parsePeriod(' 2023-Q3..2024-Q2 ')).toEqual({ from: '2023-07', to: '2024-06' })
    expect(parsePeriod('2023..2024-02')).toEqual({ from: '2023-01', to: '2024-02' })
  })

  it('counts quarters and years from the fiscal year start', () => {
    expect(parsePeriod('2024-Q1', { fiscalYearStartMonth: 4 })).toEqual({ from: '2024-04', to: '2024-06' })
    expect(parsePeriod('2024', { fiscalYearStartMonth: 4 })).toEqual({ from: '2024-04', to: '2025-03' })
  })

  it('reads the presets relative to another period', () => {
    const quarter = { from: '2024-01', to: '2024-03' }
    expect(parsePeriod('previous', { relativeTo: quarter })).toEqual({ from: '2023-10', to: '2023-12' })
    expect(parsePeriod('last-year', { relativeTo: quarter })).toEqual({ from: '2023-01', to: '2023-03' })
    expect(() => parsePeriod('previous')).toThrow(/relative to another period/)
  })

  it('says what it accepts for anything else', () => {
    for (const text of ['', '2024-13', '24-01', '2024-Q5', 'Q1', '2024-01..', '2024-01..2024-02..2024-03', 'last year', '2024/01']) {
      expect(() => parsePeriod(text), text).toThrow(/is not a period: write YYYY-MM, YYYY-Qn, YYYY or a range/)
    }
    expect(() => parsePeriod('2024-05..2024-03')).toThrow(/ends before it starts/)
  })

  it('writes a period back as text it reads', () => {
    expect(periodText({ from: '2024-03', to: '2024-03' })).toBe('2024-03')
    expect(periodText({ from: '2024-01', to: '2024-03' })).toBe('2024-01..2024-03')
    expect(parsePeriod(periodText({ from: '2023-11', to: '2024-02' }))).toEqual({ from: '2023-11', to: '2024-02' })
  })
})
