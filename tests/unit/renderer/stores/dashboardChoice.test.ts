import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { defaultChoice, filterColumns, periodOptions, resolvePeriod, restoreChoice, storageKeyFor, trendPeriodOf } from '../../../../src/renderer/stores/dashboardChoice'
import { subscriptionsOf } from '../seriesFixtures'

const series = buildSeries({
  customers: [
    { id: 'a', acquisitionChannel: 'Indicação', attributes: { Segmento: 'PME', Plano: 'Essencial' } },
    { id: 'b', acquisitionChannel: 'Google Ads', attributes: { Segmento: 'Enterprise', Plano: 'Empresarial' } }
  ],
  subscriptions: subscriptionsOf({ a: Array<number>(14).fill(10), b: Array<number>(14).fill(20) }, '2024-11'),
  months: { from: '2024-11', to: '2025-12' }
})

describe('the dashboards period and filter choice', () => {
  it('starts with the last month of the data', () => {
    expect(defaultChoice(series)).toEqual({ kind: 'month', month: '2025-12' })
  })

  it('resolves months, quarters, years and custom ranges', () => {
    expect(resolvePeriod({ kind: 'month', month: '2025-05' })).toEqual({ from: '2025-05', to: '2025-05' })
    expect(resolvePeriod({ kind: 'quarter', month: '2025-05' })).toEqual({ from: '2025-04', to: '2025-06' })
    expect(resolvePeriod({ kind: 'year', month: '2025-05' })).toEqual({ from: '2025-01', to: '2025-12' })
    expect(resolvePeriod({ kind: 'custom', from: '2025-02', to: '2025-07' })).toEqual({ from: '2025-02', to: '2025-07' })
  })

  it('offers the periods the data has, latest first', () => {
    expect(periodOptions(series, 'month')).toHaveLength(14)
    expect(periodOptions(series, 'quarter').map((p) => p.from)).toEqual(['2025-10', '2025-07', '2025-04', '2025-01', '2024-10'])
    expect(periodOptions(series, 'year').map((p) => p.from)).toEqual(['2025-01', '2024-01'])
  })

  it('trends over the 12 months ending with the period, or the whole period when longer', () => {
    expect(trendPeriodOf({ from: '2025-03', to: '2025-03' })).toEqual({ from: '2024-04', to: '2025-03' })
    expect(trendPeriodOf({ from: '2023-01', to: '2025-03' })).toEqual({ from: '2023-01', to: '2025-03' })
  })

  it('offers every categorical customer column with its values as filters', () => {
    const columns = filterColumns(series)
    expect(columns.map((column) => column.name)).toEqual(expect.arrayContaining(['Segmento', 'Plano']))
    expect(columns.find((column) => column.name === 'Segmento')?.values).toEqual(['Enterprise', 'PME'])
    expect(columns.some((column) => column.values.includes('Indicação'))).toBe(true)
  })

  it('reads a saved choice back, dropping what the data no longer has', () => {
    const saved = { period: { kind: 'quarter', month: '2025-05' }, filters: [{ column: 'Segmento', values: ['PME', 'Gone'] }, { column: 'Nope', values: ['x'] }, { column: 'Plano', values: ['Gone'] }] }
    expect(restoreChoice(saved, series)).toEqual({ choice: { kind: 'quarter', month: '2025-05' }, filters: [{ column: 'Segmento', values: ['PME'] }] })
    expect(restoreChoice({ period: { kind: 'month', month: '2019-01' } }, series).choice).toEqual({ kind: 'month', month: '2025-12' })
    expect(restoreChoice({ period: { kind: 'custom', from: '2025-06', to: '2025-02' } }, series).choice).toEqual({ kind: 'month', month: '2025-12' })
    expect(restoreChoice('garbage', series)).toEqual({ choice: { kind: 'month', month: '2025-12' }, filters: [] })
  })

  it('keys the remembered choice by the workspace path', () => {
    expect(storageKeyFor('/home/ana/Pulso/acme.pulso')).toBe('pulso.dashboards:/home/ana/Pulso/acme.pulso')
    expect(storageKeyFor(null)).toBe('pulso.dashboards:(unsaved)')
  })
})
