import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { findCustomerColumn, groupSelections, intersectSelections, selectCustomers, selectedCount, selectRows } from '../../../../src/shared/metrics/selection'

const series = buildSeries({
  customers: [
    { id: 'a', acquisitionChannel: 'indicação', attributes: { plan: 'Pro', region: 'Sul' } },
    { id: 'b', acquisitionChannel: 'google', attributes: { plan: 'Pro', region: 'Norte' } },
    { id: 'c', attributes: { plan: 'Basic', region: 'Sul' } },
    { id: 'd', attributes: { plan: null, region: 'Sul' } }
  ],
  npsAnswers: [
    { customer: 'a', score: 10, attributes: { wave: '1' } },
    { customer: 'c', score: 3, attributes: { wave: '2' } },
    { customer: null, score: 8, attributes: { wave: '1' } }
  ]
})

describe('customer filters', () => {
  it('keeps customers matching any value of a column and every column', () => {
    expect(Array.from(selectCustomers(series, [{ column: 'plan', values: ['Pro', 'Basic'] }])!)).toEqual([1, 1, 1, 0])
    expect(Array.from(selectCustomers(series, [{ column: 'plan', values: ['Pro'] }, { column: 'region', values: ['Sul'] }])!)).toEqual([1, 0, 0, 0])
    expect(Array.from(selectCustomers(series, [{ column: 'acquisitionChannel', values: ['google'] }])!)).toEqual([0, 1, 0, 0])
  })

  it('selects everyone without filters, nobody for an unknown value, and refuses an unknown column', () => {
    expect(selectCustomers(series, [])).toBeNull()
    expect(selectedCount(series, selectCustomers(series, [{ column: 'plan', values: ['Gold'] }]))).toBe(0)
    expect(() => selectCustomers(series, [{ column: 'plano', values: ['Pro'] }])).toThrow('plano')
    expect(findCustomerColumn(series, 'region')?.values).toEqual(['Norte', 'Sul'])
  })

  it('groups by a column inside a selection', () => {
    const plan = findCustomerColumn(series, 'plan')!
    const groups = groupSelections(plan, Uint8Array.from([1, 0, 1, 1]))
    expect(groups.map((group) => [group.value, Array.from(group.selection)])).toEqual([['Basic', [0, 0, 1, 0]], ['Pro', [1, 0, 0, 0]]])
    expect(Array.from(intersectSelections(Uint8Array.from([1, 1, 0, 0]), Uint8Array.from([0, 1, 1, 0]))!)).toEqual([0, 1, 0, 0])
    expect(intersectSelections(null, null)).toBeNull()
  })
})

describe('row filters of answers', () => {
  it('match the answer column, or the customer column through the answer customer', () => {
    expect(Array.from(selectRows(series, series.nps!, [{ column: 'wave', values: ['1'] }])!)).toEqual([1, 0, 1])
    expect(Array.from(selectRows(series, series.nps!, [{ column: 'region', values: ['Sul'] }])!)).toEqual([1, 1, 0])
    expect(selectRows(series, series.nps!, [])).toBeNull()
    expect(() => selectRows(series, series.nps!, [{ column: 'nope', values: [] }])).toThrow(RangeError)
  })
})
