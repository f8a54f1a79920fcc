import { describe, expect, it } from 'vitest'
import type { SheetPreview } from '../../../../../src/shared/model/importRequests'
import { kindSpec } from '../../../../../src/shared/model/kinds'
import {
  choiceFromPreview, importRequests, kindOptions, mapOf, needsInWords, readyToImport, sheetLabel, unmetNeeds, withColumn, withKind
} from '../../../../../src/renderer/views/import/importPlan'

const headers = ['Código do Cliente', 'Data da Compra', 'Pedido', 'Produto', 'Valor (R$)']

function preview(overrides: Partial<SheetPreview> = {}): SheetPreview {
  return {
    file: 'vendas.xlsx',
    path: '/up/vendas.xlsx',
    sheet: 'Vendas',
    headers,
    kind: 'revenue',
    confidence: 0.85,
    mapping: [
      { field: 'customer', column: 'Código do Cliente' },
      { field: 'date', column: 'Data da Compra' },
      { field: 'amount', column: 'Valor (R$)' },
      { field: 'orderId', column: 'Pedido' }
    ],
    missing: [],
    candidates: ['revenue', 'nps', 'activity'],
    rows: [],
    remembered: false,
    ...overrides
  }
}

describe('the import plan', () => {
  it('starts from the proposal, included when nothing is missing', () => {
    const choice = choiceFromPreview(preview())
    expect(choice.columns).toEqual({ customer: 'Código do Cliente', date: 'Data da Compra', amount: 'Valor (R$)', orderId: 'Pedido' })
    expect(choice.include).toBe(true)
    expect(choice.changed).toBe(false)
    expect(choiceFromPreview(preview({ mapping: [{ field: 'customer', column: 'Código do Cliente' }] })).include).toBe(false)
  })

  it('lists the detected kind and candidates first, then every other kind once', () => {
    const { suggested, others } = kindOptions(preview({ kind: 'nps', candidates: ['revenue', 'nps'] }))
    expect(suggested).toEqual(['nps', 'revenue'])
    expect(others).not.toContain('nps')
    expect([...suggested, ...others].sort()).toEqual(['activity', 'campaign-recipients', 'campaigns', 'churn-events', 'customers', 'nps', 'revenue', 'subscriptions'])
  })

  it('moves a column from one field to another, as the core does, and unmaps with an empty column', () => {
    const choice = withColumn(choiceFromPreview(preview()), 'productCode', 'Pedido')
    expect(choice.columns.productCode).toBe('Pedido')
    expect(choice.columns.orderId).toBeUndefined()
    expect(choice.changed).toBe(true)
    const unmapped = withColumn(choice, 'amount', '')
    expect(unmapped.columns.amount).toBeUndefined()
    expect(unmetNeeds(unmapped)).toEqual([{ anyOf: [['amount'], ['quantity', 'unitPrice']] }])
  })

  it('keeps the shared fields when the kind changes, and restores the proposal when it comes back', () => {
    const asNps = withKind(choiceFromPreview(preview()), 'nps')
    expect(asNps.kind).toBe('nps')
    expect(asNps.columns).toEqual({ customer: 'Código do Cliente', date: 'Data da Compra' })
    expect(unmetNeeds(asNps)).toEqual([{ anyOf: [['score']] }])
    const back = withKind(asNps, 'revenue')
    expect(back.columns).toEqual(choiceFromPreview(preview()).columns)
  })

  it('says what is missing in the user’s language', () => {
    const spec = kindSpec('revenue')
    const needs = [{ anyOf: [['date'], ['month']] }, { anyOf: [['amount'], ['quantity', 'unitPrice']] }]
    expect(needsInWords(spec, needs, 'en', 'or')).toEqual(['Date or Month', 'Amount or Quantity + Unit price'])
    expect(needsInWords(spec, needs, 'pt-BR', 'ou')).toEqual(['Data ou Mês', 'Valor ou Quantidade + Preço unitário'])
  })

  it('sends every field of the kind, empty for those not mapped', () => {
    const map = mapOf(choiceFromPreview(preview()))
    expect(Object.keys(map)).toEqual(kindSpec('revenue').fields.map((f) => f.name))
    expect(map).toMatchObject({ customer: 'Código do Cliente', amount: 'Valor (R$)', month: '', product: '' })
  })

  it('imports each included sheet with its kind and columns; an untouched multi-sheet file goes whole', () => {
    const single = choiceFromPreview(preview())
    expect(importRequests([single])).toEqual([{ path: '/up/vendas.xlsx', sheet: 'Vendas', kind: 'revenue', map: mapOf(single) }])
    const csv = choiceFromPreview(preview({ path: '/up/a.csv', file: 'a.csv', sheet: null }))
    expect(importRequests([csv])[0]).not.toHaveProperty('sheet')

    const other = choiceFromPreview(preview({ sheet: 'Outra' }))
    expect(importRequests([single, other])).toEqual([{ path: '/up/vendas.xlsx' }])
    expect(importRequests([single, { ...other, include: false }])).toEqual([{ path: '/up/vendas.xlsx', sheet: 'Vendas', kind: 'revenue', map: mapOf(single) }])
    expect(importRequests([{ ...single, include: false }])).toEqual([])
  })

  it('is ready when at least one sheet is included and every included sheet has what it needs', () => {
    const good = choiceFromPreview(preview())
    expect(readyToImport([good])).toBe(true)
    expect(readyToImport([])).toBe(false)
    expect(readyToImport([{ ...good, include: false }])).toBe(false)
    expect(readyToImport([good, withColumn(good, 'amount', '')])).toBe(false)
    expect(readyToImport([good, { ...withColumn(good, 'amount', ''), include: false }])).toBe(true)
  })

  it('labels a sheet with its file', () => {
    expect(sheetLabel('a.xlsx', 'Plan1')).toBe('a.xlsx · Plan1')
    expect(sheetLabel('a.csv', null)).toBe('a.csv')
  })
})
