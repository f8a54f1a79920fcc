import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import type { ChannelName, RequestOf, ResponseOf } from '../../../../src/shared/api'
import type { WorkspaceSummary } from '../../../../src/shared/model/workspace'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import type { PulsoClient } from '../../../../src/renderer/api/client'
import { provideClient } from '../../../../src/renderer/api/inject'
import { useMetricsStore } from '../../../../src/renderer/stores/metrics'
import type { WorkspaceSettings } from '../../../../src/shared/model/workspaceSettings'
import { companySeries } from '../viewFixtures'

const series = companySeries()
const summary = (path: string): WorkspaceSummary => ({ path, name: 'w', dirty: false, files: [], tables: [] })

/** What each workspace file holds as its settings, as the core would keep them. */
const savedSettings = new Map<string, WorkspaceSettings>()

function storeOpening(path: { current: string }) {
  const client: PulsoClient = {
    transport: 'http',
    call: async <C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
      if (channel === 'workspace:current') return summary(path.current) as ResponseOf<C>
      if (channel === 'workspace:series') return series as ResponseOf<C>
      if (channel === 'workspace:settings') return (savedSettings.get(path.current) ?? null) as ResponseOf<C>
      if (channel === 'workspace:updateSettings') {
        savedSettings.set(path.current, request as WorkspaceSettings)
        return request as ResponseOf<C>
      }
      throw new Error(`unexpected ${channel}`)
    },
    on: () => () => undefined
  }
  const app = createApp({})
  app.use(createPinia())
  provideClient(app, client)
  return app.runWithContext(() => useMetricsStore())
}

describe('the metric settings in the metrics store', () => {
  beforeEach(() => {
    localStorage.clear()
    savedSettings.clear()
  })

  it('a change recomputes the numbers with the engine and is kept in that workspace only', async () => {
    const path = { current: '/w/a.pulso' }
    const store = storeOpening(path)
    await store.reload()
    const before = store.current?.activity?.inactive
    store.updateSettings({ activityWindowDays: 7, currency: 'USD', fiscalYearStartMonth: 4 })
    const expected = dashboardMetrics(series, { period: store.period, settings: { activityWindowDays: 7 } }).activity
    expect(store.current?.activity?.inactive).toBe(expected?.inactive)
    expect(expected?.inactive).not.toBe(before)
    expect(savedSettings.get('/w/a.pulso')).toMatchObject({ settings: { activityWindowDays: 7 }, currency: 'USD', fiscalYearStartMonth: 4 })

    const again = storeOpening(path)
    await again.reload()
    expect([again.settings.activityWindowDays, again.currency, again.fiscalYearStartMonth]).toEqual([7, 'USD', 4])

    const other = storeOpening({ current: '/w/b.pulso' })
    await other.reload()
    expect([other.settings.activityWindowDays, other.currency, other.fiscalYearStartMonth]).toEqual([30, 'BRL', 1])
  })

  it('a fiscal year starting in April makes a year choice April to March', async () => {
    const store = storeOpening({ current: '/w/a.pulso' })
    await store.reload()
    store.choosePeriod({ kind: 'year', month: '2024-06' })
    expect(store.period).toEqual({ from: '2024-01', to: '2024-12' })
    store.updateSettings({ fiscalYearStartMonth: 4 })
    expect(store.period).toEqual({ from: '2024-04', to: '2025-03' })
  })
})
