import { describe, expect, it } from 'vitest'
import { compareMetric, compareNamedMetric, compareSummaries } from '../../../../src/shared/metrics/compare'

describe('comparing a metric over two periods', () => {
  it('gives rates in percentage points and says lower churn is better', () => {
    const churn = compareNamedMetric('customerChurnRate', 0.05, 0.0571)
    expect(churn.difference).toBeCloseTo(-0.71, 10)
    expect(churn.unit).toBe('p.p.')
    expect(churn.relativeChange).toBeCloseTo(-0.0071 / 0.0571, 10)
    expect(churn.trend).toBe('better')
  })

  it('gives NPS in points and money as the amount', () => {
    expect(compareNamedMetric('nps', 32, 40)).toEqual({ current: 32, reference: 40, difference: -8, unit: 'points', relativeChange: -0.2, trend: 'worse' })
    expect(compareNamedMetric('mrr', 1200, 1000)).toEqual({ current: 1200, reference: 1000, difference: 200, unit: 'money', relativeChange: 0.2, trend: 'better' })
    expect(compareNamedMetric('contractionMrr', 1200, 1000).trend).toBe('worse')
  })

  it('uses the size of a negative reference for the relative change', () => {
    expect(compareMetric(-10, -20, 'nps', 'higher')).toMatchObject({ difference: 10, relativeChange: 0.5, trend: 'better' })
  })

  it('gives null for a missing value and for a zero reference', () => {
    expect(compareNamedMetric('nrr', null, 1.02)).toMatchObject({ difference: null, relativeChange: null, trend: null })
    expect(compareNamedMetric('orders', 5, 0)).toMatchObject({ difference: 5, relativeChange: null, trend: 'better' })
    expect(compareNamedMetric('orders', 5, 5)).toMatchObject({ difference: 0, relativeChange: 0, trend: 'same' })
  })

  it('compares every known metric of two summaries', () => {
    const result = compareSummaries({ mrr: 110, nps: null, note: 'x' }, { mrr: 100, nps: 10 })
    expect(Object.keys(result).sort()).toEqual(['mrr', 'nps'])
    expect(result.mrr?.relativeChange).toBeCloseTo(0.1, 12)
    expect(result.nps?.difference).toBeNull()
  })
})
