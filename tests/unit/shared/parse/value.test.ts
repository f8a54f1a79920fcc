import { describe, expect, it } from 'vitest'
import type { FieldType } from '../../../../src/shared/model/kinds'
import { defaultConventions, guessColumnConventions, parseValue } from '../../../../src/shared/parse/value'

const br = defaultConventions('pt-BR')
const en = defaultConventions('en')

describe('parseValue', () => {
  it.each([
    ['id', 12417, '12417'],
    ['id', ' C-001 ', 'C-001'],
    ['text', 'Olá', 'Olá'],
    ['category', true, 'true'],
    ['money', 'R$ 1.234,56', 1234.56],
    ['number', '1.234', 1234],
    ['date', '31/12/2024', '2024-12-31'],
    ['date', 45657, '2024-12-31'],
    ['month', 'dez/24', '2024-12'],
    ['flag', 'Sim', true],
    ['score', '9', 9]
  ] as const)('%s %j -> %j (pt-BR)', (type, raw, value) => {
    expect(parseValue(type as FieldType, raw, br)).toEqual({ ok: true, value })
  })

  it('uses the column conventions', () => {
    expect(parseValue('number', '1.234', en)).toEqual({ ok: true, value: 1.234 })
    expect(parseValue('date', '12/31/2024', en)).toEqual({ ok: true, value: '2024-12-31' })
  })

  it('gives null for a missing value and a reason for a bad one', () => {
    expect(parseValue('money', 'NA', br)).toEqual({ ok: true, value: null })
    expect(parseValue('date', ' ', br)).toEqual({ ok: true, value: null })
    expect(parseValue('score', '11', br)).toMatchObject({ ok: false, reason: { code: 'out-of-range' } })
  })

  it('guesses a column from its sample, falling back to the locale', () => {
    expect(guessColumnConventions(['1,234.5', '12/31/2024'], br)).toEqual({ decimal: '.', dateOrder: 'mdy', dateSystem: 1900 })
    expect(guessColumnConventions(['1', '2'], br)).toEqual(br)
  })
})
