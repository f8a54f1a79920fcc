import { describe, expect, it } from 'vitest'
import { findTotalsRow, isTotalsRow } from '../../../../src/main/core/import/detect'
import { findHeaderRow } from '../../../../src/main/core/import/headerRow'
import { headerWords, normaliseHeader, synonymScore } from '../../../../src/main/core/import/headerText'
import { SYNONYMS, synonymsOf } from '../../../../src/main/core/import/synonyms'
import { TABLE_KINDS } from '../../../../src/shared/model/kinds'

describe('header words', () => {
  it.each([
    ['customerID', 'customer id'],
    ['customer_id', 'customer id'],
    ['CustomerID', 'customer id'],
    ['InvoiceDate', 'invoice date'],
    ['MonthlyCharges', 'monthly charges'],
    ['Código do Cliente', 'codigo cliente'],
    ['Valor (R$)', 'valor'],
    ['Nº do Pedido', 'no pedido'],
    ['  MÊS  ', 'mes'],
    ['On a scale of 0-10, how would you rate Sudzilla?', 'on scale 0 10 how would you rate sudzilla'],
    ['NbPassageKS', 'nb passage ks']
  ])('%j -> %j', (header, words) => {
    expect(normaliseHeader(header)).toBe(words)
  })

  it('scores exact, contained and scattered synonyms', () => {
    expect(synonymScore(headerWords('customer_id'), headerWords('CustomerID'))).toBe(1)
    expect(synonymScore(headerWords('customerid'), headerWords('customer id'))).toBe(1)
    expect(synonymScore(headerWords('Nome do cliente'), headerWords('cliente'))).toBeCloseTo(0.7)
    expect(synonymScore(headerWords('How likely are you to recommend this airline?'), headerWords('how likely are you to recommend'))).toBeCloseTo(0.8)
    expect(synonymScore(headerWords('cliente código'), headerWords('código do cliente'))).toBeCloseTo(0.7)
    expect(synonymScore(headerWords('valor'), headerWords('valor total'))).toBe(0)
    expect(synonymScore([], ['a'])).toBe(0)
  })

  it('has synonyms for every field of every kind, and no synonym list for unknown fields', () => {
    for (const spec of TABLE_KINDS) {
      expect(Object.keys(SYNONYMS[spec.kind]).sort()).toEqual(spec.fields.map((field) => field.name).sort())
      for (const field of spec.fields) expect(synonymsOf(spec.kind, field.name).length).toBeGreaterThan(0)
    }
  })
})

describe('totals rows', () => {
  it.each([
    [['Total', null, 10]],
    [['TOTAL:', null, 10]],
    [['Totais', 10]],
    [['Soma', 10]],
    [[null, 'Grand Total', 10]],
    [['', '', 'Total geral', 10]]
  ])('%j is a totals row', (row) => {
    expect(isTotalsRow(row)).toBe(true)
  })

  it.each([[['Total Express Ltda', 10]], [['C-1', 'Total', 10, 5]].map((row) => row.slice(0, 1)), [[10, 'x']], [[]]])('%j is not', (row) => {
    expect(isTotalsRow(row)).toBe(false)
  })

  it('finds the first one after the data start', () => {
    expect(findTotalsRow([['Total'], ['a'], ['b'], ['Soma'], ['Total']], 1)).toBe(3)
    expect(findTotalsRow([['a']], 0)).toBeNull()
  })
})

describe('findHeaderRow', () => {
  const known = (label: string): boolean => ['cliente', 'valor'].includes(label.toLowerCase())

  it('skips title rows and prefers the row naming known fields', () => {
    expect(findHeaderRow([['Relatório'], [], ['x', 'y', 'z'], ['Cliente', 'Valor', 'Obs'], ['1', '2', 'a']], known)).toBe(3)
  })

  it('refuses rows of numbers and rows with repeated labels', () => {
    expect(findHeaderRow([['No', 'No', 'Yes'], ['1', '2', '3']], known)).toBe(-1)
  })
})
