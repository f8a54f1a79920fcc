import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import type { ChannelName, EventName, EventOf, RequestOf, ResponseOf } from '../../../../src/shared/api'
import type { PulsoClient } from '../../../../src/renderer/api/client'
import { createFileAccess, provideFileAccess } from '../../../../src/renderer/api/files'
import { provideClient } from '../../../../src/renderer/api/inject'
import { useSurveyListExportStore } from '../../../../src/renderer/stores/surveyListExport'

/** A client that records its calls, answers the save dialog and `export:surveyList`, and fails as told. */
function fakeClient(transport: PulsoClient['transport'], failure: Error | null = null) {
  const calls: [string, unknown][] = []
  const client: PulsoClient = {
    transport,
    call: async <C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
      calls.push([channel, request])
      if (channel === 'dialog:saveFile') return '/docs/lista.xlsx' as ResponseOf<C>
      if (channel === 'export:surveyList') {
        if (failure) throw failure
        const asked = request as RequestOf<'export:surveyList'>
        return { file: asked.path, format: asked.format, rows: 42, day: '2025-11-30' } as ResponseOf<C>
      }
      if (channel === 'app:info' || channel === 'settings:get') return null as ResponseOf<C>
      throw new Error(`unexpected ${channel}`)
    },
    on: <E extends EventName>(_event: E, _listener: (payload: EventOf<E>) => void) => () => undefined
  }
  return { client, calls }
}

function storeWith(transport: PulsoClient['transport'], failure: Error | null = null) {
  const fake = fakeClient(transport, failure)
  const app = createApp({})
  app.use(createPinia())
  provideClient(app, fake.client)
  provideFileAccess(app, createFileAccess(fake.client, { workspaceFolder: () => '/home/ana/Pulso', askWorkspaceName: async () => null }))
  return { store: app.runWithContext(() => useSurveyListExportStore()), calls: fake.calls }
}

const november = { from: '2025-11', to: '2025-11' }
const pme = [{ column: 'Segmento', values: ['PME'] }]

describe('exporting the survey list', () => {
  it('in the browser, writes the named file in Pulso’s folder through the core with the view’s period and filters', async () => {
    const { store, calls } = storeWith('http')
    const result = await store.run({ name: 'survey-list-2025-11-30', format: 'csv', period: november, filters: pme })
    expect(result).toEqual({ file: '/home/ana/Pulso/survey-list-2025-11-30.csv', format: 'csv', rows: 42, day: '2025-11-30' })
    expect(calls).toEqual([['export:surveyList', { path: '/home/ana/Pulso/survey-list-2025-11-30.csv', format: 'csv', period: november, filters: pme, lang: expect.stringMatching(/^(en|pt-BR)$/) }]])
    expect(store.writing).toBeNull()
  })

  it('in Electron, asks where with the save dialog; xlsx without filters sends none', async () => {
    const { store, calls } = storeWith('electron')
    await store.run({ name: 'survey-list-2025-11-30', format: 'xlsx', period: null, filters: [] })
    expect(calls[0]).toEqual(['dialog:saveFile', { purpose: 'report', suggestedName: 'survey-list-2025-11-30' }])
    expect(calls[1]).toEqual(['export:surveyList', { path: '/docs/lista.xlsx', format: 'xlsx', lang: expect.any(String) }])
  })

  it('answers null when the core refuses, and is ready again', async () => {
    const { store } = storeWith('http', new Error('refused'))
    expect(await store.run({ name: 'x', format: 'csv', period: november, filters: [] })).toBeNull()
    expect(store.writing).toBeNull()
  })
})
