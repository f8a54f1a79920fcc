import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLogStore } from '../../../../src/renderer/stores/log'
import { useQuickInputStore } from '../../../../src/renderer/stores/quickInput'

describe('problems and the quick input', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('replaces the workspace’s stored problems and keeps this session’s failed files until cleared', () => {
    const log = useLogStore()
    log.reportError({ code: 'bad-file', message: 'broken.xlsx is damaged', details: { file: 'broken.xlsx' } })
    log.setWorkspaceProblems([{ file: 'a.csv', sheet: null, row: 3, column: 'Valor', raw: 'x', reason: 'not a number' }])
    expect(log.problems.map((p) => [p.origin, p.file, p.row, p.raw])).toEqual([['session', 'broken.xlsx', undefined, undefined], ['workspace', 'a.csv', 3, 'x']])
    log.setWorkspaceProblems([])
    expect(log.problems).toHaveLength(1)
    log.clearSessionProblems()
    expect(log.problems).toHaveLength(0)
  })

  it('answers the question asked, or null when dismissed', async () => {
    const quickInput = useQuickInputStore()
    const first = quickInput.ask({ titleKey: 'quickInput.saveAsTitle', value: 'Untitled' })
    const second = quickInput.ask({ titleKey: 'quickInput.saveAsTitle', value: 'Again' })
    expect(await first).toBeNull()
    expect(quickInput.request?.value).toBe('Again')
    quickInput.answer('Q1')
    expect(await second).toBe('Q1')
    expect(quickInput.request).toBeNull()
  })
})
