import { describe, expect, it } from 'vitest'
import type { Problem } from '../../../../src/renderer/stores/log'
import { filterProblems, problemLocation } from '../../../../src/renderer/workbench/filterProblems'

const problems: Problem[] = [
  { id: 1, severity: 'warning', message: 'day 31 does not exist in February', file: 'vendas.xlsx', sheet: 'Vendas 2024', row: 10, column: 'Data da Compra', raw: '31/02/2024' },
  { id: 2, severity: 'warning', message: 'not a number', file: 'vendas.csv', row: 11, column: 'Valor (R$)', raw: 'mil reais' },
  { id: 3, severity: 'error', message: 'no table was found', file: 'notas.csv' }
]

describe('the Problems panel filter', () => {
  it('writes where a problem is', () => {
    expect(problemLocation(problems[0], 'row')).toBe('vendas.xlsx · Vendas 2024 · row 10 · Data da Compra')
    expect(problemLocation(problems[2], 'linha')).toBe('notas.csv')
  })

  it('matches every word in message, raw value and place, ignoring accents and case', () => {
    expect(filterProblems(problems, '').map((p) => p.id)).toEqual([1, 2, 3])
    expect(filterProblems(problems, 'vendas.xlsx').map((p) => p.id)).toEqual([1])
    expect(filterProblems(problems, 'MIL valor').map((p) => p.id)).toEqual([2])
    expect(filterProblems(problems, 'NÚMBER').map((p) => p.id)).toEqual([2])
    expect(filterProblems(problems, 'compra 10').map((p) => p.id)).toEqual([1])
    expect(filterProblems(problems, 'nothing here')).toEqual([])
  })
})
