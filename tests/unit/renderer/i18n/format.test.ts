import { describe, expect, it } from 'vitest'
import { formatBytes, formatCalendarValue, formatMoment } from '../../../../src/renderer/i18n/format'

describe('locale formats', () => {
  it('writes ISO days and months in the chosen language, without time zone shifts', () => {
    expect(formatCalendarValue('2024-03-01', 'pt-BR')).toBe('01/03/2024')
    expect(formatCalendarValue('2024-03-01', 'en')).toBe('3/1/24')
    expect(formatCalendarValue('2024-12', 'en')).toBe('Dec 2024')
    expect(formatCalendarValue('2024-12', 'pt-BR')).toMatch(/dez\.? de 2024/)
    expect(formatCalendarValue('someday', 'en')).toBe('someday')
  })

  it('writes sizes with the locale’s decimal separator', () => {
    expect(formatBytes(512, 'en')).toBe('512 B')
    expect(formatBytes(1536, 'pt-BR')).toBe('1,5 KB')
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB')
  })

  it('leaves a moment it cannot read as it is', () => {
    expect(formatMoment('not a time', 'en')).toBe('not a time')
    expect(formatMoment('2024-03-01T12:00:00Z', 'en')).toMatch(/3\/1\/24/)
  })
})
