import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import type { ChannelName, EventName, EventOf, RequestOf, ResponseOf } from '../../../../src/shared/api'
import type { Series } from '../../../../src/shared/model/series'
import type { WorkspaceSummary } from '../../../../src/shared/model/workspace'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import type { PulsoClient } from '../../../../src/renderer/api/client'
import { provideClient } from '../../../../src/renderer/api/inject'
import { useMetricsStore } from '../../../../src/renderer/stores/metrics'
import { subscriptionsOf } from '../seriesFixtures'

const series = buildSeries({
  customers: [
    { id: 'a', attributes: { Segmento: 'PME' } },
    { id: 'b', attributes: { Segmento: 'Enterprise' } },
    { id: 'c', attributes: { Segmento: 'PME' } }
  ],
  subscriptions: subscriptionsOf({ a: [10, 10, 10], b: [50, 60, 60], c: [20, 20, 0] }, '2025-01'),
  months: { from: '2025-01', to: '2025-03' }
})

function summaryOf(path: string | null): WorkspaceSummary {
  return { path, name: 'w', dirty: false, files: [], tables: [] }
}

/** A client that answers the two channels the store uses and lets the test push `workspace:changed`. */
function fakeClient(state: { workspace: WorkspaceSummary | null; series: Series | null }) {
  const listeners: ((payload: WorkspaceSummary | null) => void)[] = []
  const client: PulsoClient = {
    transport: 'http',
    call: async <C extends ChannelName>(channel: C, _request: RequestOf<C>): Promise<ResponseOf<C>> => {
      if (channel === 'workspace:current') return state.workspace as ResponseOf<C>
      if (channel === 'workspace:series') return state.series as ResponseOf<C>
      if (channel === 'workspace:settings') return null as ResponseOf<C>
      throw new Error(`unexpected ${channel}`)
    },
    on: <E extends EventName>(event: E, listener: (payload: EventOf<E>) => void) => {
      if (event === 'workspace:changed') listeners.push(listener as (payload: WorkspaceSummary | null) => void)
      return () => undefined
    }
  }
  return { client, changed: (next: WorkspaceSummary | null) => listeners.forEach((listener) => listener(next)) }
}

function storeWith(state: { workspace: WorkspaceSummary | null; series: Series | null }) {
  const fake = fakeClient(state)
  const app = createApp({})
  app.use(createPinia())
  provideClient(app, fake.client)
  return { store: app.runWithContext(() => useMetricsStore()), changed: fake.changed }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the metrics store', () => {
  beforeEach(() => localStorage.clear())

  it('computes the last month and the month before with the shared engine', async () => {
    const { store } = storeWith({ workspace: summaryOf('/w/a.pulso'), series })
    await store.ensureLoaded()
    expect(store.period).toEqual({ from: '2025-03', to: '2025-03' })
    expect(store.current).toEqual(dashboardMetrics(series, { period: { from: '2025-03', to: '2025-03' } }))
    expect(store.reference?.summary).toEqual(dashboardMetrics(series, { period: { from: '2025-02', to: '2025-02' } }).summary)
    expect(store.current?.summary?.customerChurnRate).toBeCloseTo(1 / 3)
    expect(store.churnedList.map((row) => row.id)).toEqual(['c'])
  })

  it('filters, and remembers the period and filters per workspace path', async () => {
    const first = storeWith({ workspace: summaryOf('/w/a.pulso'), series })
    await first.store.ensureLoaded()
    first.store.choosePeriod({ kind: 'quarter', month: '2025-02' })
    first.store.setFilter('Segmento', ['PME'])
    await flush()
    expect(first.store.current?.summary?.mrr).toBe(10)

    const again = storeWith({ workspace: summaryOf('/w/a.pulso'), series })
    await again.store.ensureLoaded()
    expect(again.store.choice).toEqual({ kind: 'quarter', month: '2025-02' })
    expect(again.store.filters).toEqual([{ column: 'Segmento', values: ['PME'] }])

    const other = storeWith({ workspace: summaryOf('/w/b.pulso'), series })
    await other.store.ensureLoaded()
    expect(other.store.choice).toEqual({ kind: 'month', month: '2025-03' })
    expect(other.store.filters).toEqual([])
  })

  it('follows workspace:changed, and shows nothing without a workspace', async () => {
    const state: { workspace: WorkspaceSummary | null; series: Series | null } = { workspace: null, series: null }
    const { store, changed } = storeWith(state)
    await store.ensureLoaded()
    expect(store.hasWorkspace).toBe(false)
    expect(store.current).toBeNull()
    state.workspace = summaryOf('/w/a.pulso')
    state.series = series
    changed(state.workspace)
    await flush()
    await flush()
    expect(store.hasWorkspace).toBe(true)
    expect(store.current?.summary?.mrr).toBe(70)
  })

  it('reports a filter on a column the data lacks instead of counting everyone', async () => {
    const { store } = storeWith({ workspace: summaryOf('/w/a.pulso'), series })
    await store.ensureLoaded()
    store.setFilter('Região', ['Sul'])
    expect(store.current).toBeNull()
    expect(store.computeError).toMatch(/Região/)
  })
})
