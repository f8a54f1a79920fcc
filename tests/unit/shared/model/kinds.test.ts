import { describe, expect, it } from 'vitest'
import { isTableKind, kindSpec, requirementsOf, TABLE_KINDS, unmetRequirements } from '../../../../src/shared/model/kinds'

describe('table kinds', () => {
  it('lists the eight kinds, each with unique fields and both labels', () => {
    expect(TABLE_KINDS.map((spec) => spec.kind)).toEqual(['customers', 'revenue', 'subscriptions', 'nps', 'activity', 'churn-events', 'campaign-recipients', 'campaigns'])
    for (const spec of TABLE_KINDS) {
      const names = spec.fields.map((field) => field.name)
      expect(new Set(names).size).toBe(names.length)
      for (const field of spec.fields) {
        expect(field.label['pt-BR'].length).toBeGreaterThan(0)
        expect(field.label.en.length).toBeGreaterThan(0)
      }
    }
  })

  it('only needs fields that exist, and every kind needs something', () => {
    for (const spec of TABLE_KINDS) {
      const names = new Set(spec.fields.map((field) => field.name))
      expect(requirementsOf(spec).length).toBeGreaterThan(0)
      for (const need of spec.needs) for (const option of need.anyOf) for (const name of option) expect(names.has(name)).toBe(true)
    }
  })

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(TABLE_KINDS))).toEqual(TABLE_KINDS)
  })

  it('says which needs are unmet', () => {
    const revenue = kindSpec('revenue')
    expect(unmetRequirements(revenue, new Set(['customer', 'month', 'quantity', 'unitPrice']))).toEqual([])
    expect(unmetRequirements(revenue, new Set(['customer', 'quantity']))).toEqual([{ anyOf: [['date'], ['month']] }, { anyOf: [['amount'], ['quantity', 'unitPrice']] }])
    expect(unmetRequirements(kindSpec('nps'), new Set())).toEqual([{ anyOf: [['score']] }])
  })

  it('recognises kind names', () => {
    expect(isTableKind('nps')).toBe(true)
    expect(isTableKind('sales')).toBe(false)
  })
})
