import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { choiceOfB, compareStorageKeyFor, defaultCompareChoice, periodB, restoreCompareChoice, withFilter, type CompareChoice } from '../../../../src/renderer/stores/compareChoice'
import { useWorkbenchStore } from '../../../../src/renderer/stores/workbench'
import { subscriptionsOf } from '../seriesFixtures'

const series = buildSeries({
  customers: [
    { id: 'a', attributes: { Segmento: 'PME' } },
    { id: 'b', attributes: { Segmento: 'Enterprise' } }
  ],
  subscriptions: subscriptionsOf({ a: Array<number>(26).fill(10), b: Array<number>(26).fill(20) }, '2023-11'),
  months: { from: '2023-11', to: '2025-12' }
})

const quarter: CompareChoice = { a: { kind: 'quarter', month: '2025-12' }, aFilters: [], preset: 'last-year', b: { kind: 'quarter', month: '2025-12' }, bFilters: [] }

describe('the comparison choice', () => {
  it('B as the previous period, the same period last year, or its own', () => {
    expect(periodB(quarter)).toEqual({ from: '2024-10', to: '2024-12' })
    expect(periodB({ ...quarter, preset: 'previous' })).toEqual({ from: '2025-07', to: '2025-09' })
    expect(periodB({ ...quarter, preset: 'chosen', b: { kind: 'month', month: '2025-02' } })).toEqual({ from: '2025-02', to: '2025-02' })
    expect(periodB({ ...quarter, a: { kind: 'custom', from: '2025-03', to: '2025-05' }, preset: 'previous' })).toEqual({ from: '2024-12', to: '2025-02' })
  })

  it('shows a preset B in the period picker as a period of A’s kind', () => {
    expect(choiceOfB(quarter)).toEqual({ kind: 'quarter', month: '2024-12' })
    expect(choiceOfB({ ...quarter, a: { kind: 'custom', from: '2025-03', to: '2025-05' } })).toEqual({ kind: 'custom', from: '2024-03', to: '2024-05' })
  })

  it('starts from the dashboards: one month against the previous, longer periods against last year', () => {
    expect(defaultCompareChoice({ kind: 'month', month: '2025-12' }).preset).toBe('previous')
    const started = defaultCompareChoice({ kind: 'quarter', month: '2025-12' }, [{ column: 'Segmento', values: ['PME'] }])
    expect(started.preset).toBe('last-year')
    expect(started.bFilters).toEqual([{ column: 'Segmento', values: ['PME'] }])
  })

  it('reads a saved comparison back where it still fits the data, the rest from the fallback', () => {
    const saved = { ...quarter, preset: 'chosen', b: { kind: 'year', month: '2024-06' }, aFilters: [{ column: 'Segmento', values: ['Enterprise', 'Gone'] }], bFilters: [{ column: 'Nope', values: ['x'] }] }
    const fallback = defaultCompareChoice({ kind: 'month', month: '2025-12' })
    const restored = restoreCompareChoice(JSON.parse(JSON.stringify(saved)), series, fallback)
    expect(restored).toEqual({ a: quarter.a, aFilters: [{ column: 'Segmento', values: ['Enterprise'] }], preset: 'chosen', b: { kind: 'year', month: '2024-06' }, bFilters: [] })
    expect(restoreCompareChoice({ a: { kind: 'month', month: '1999-01' }, preset: 'sometime' }, series, fallback)).toEqual(fallback)
    expect(restoreCompareChoice(null, series, fallback)).toEqual(fallback)
    expect(compareStorageKeyFor('/w/a.pulso')).toBe('pulso.compare:/w/a.pulso')
  })

  it('a filter per side: set, replaced, removed', () => {
    const one = withFilter([], 'Segmento', ['PME'])
    expect(withFilter(one, 'Segmento', ['Enterprise'])).toEqual([{ column: 'Segmento', values: ['Enterprise'] }])
    expect(withFilter(one, 'Segmento', [])).toEqual([])
  })
})

describe('the split comparison in the workbench', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('opens a dashboard with side A in the first group and side B in the second', () => {
    const workbench = useWorkbenchStore()
    workbench.openEditor('revenue')
    workbench.openSideBySide('revenue')
    expect(workbench.groups).toHaveLength(2)
    expect(workbench.groups[0].tabs.map((tab) => tab.id)).toEqual(['revenue', 'revenue:a'])
    expect(workbench.groups[1].tabs).toEqual([{ id: 'revenue:b', kind: 'revenue', side: 'b' }])
    expect(workbench.activeGroupIndex).toBe(0)
    expect(workbench.activeTab).toEqual({ id: 'revenue:a', kind: 'revenue', side: 'a' })
    workbench.splitEditor()
    expect(workbench.groups[1].activeTabId).toBe('revenue:a')
  })
})
