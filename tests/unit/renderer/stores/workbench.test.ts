import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useWorkbenchStore } from '../../../../src/renderer/stores/workbench'

describe('the workbench layout', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('opens one tab per editor kind and focuses it', () => {
    const workbench = useWorkbenchStore()
    workbench.openEditor('welcome')
    workbench.openEditor('settings')
    workbench.openEditor('welcome')
    expect(workbench.groups[0].tabs.map((t) => t.kind)).toEqual(['welcome', 'settings'])
    expect(workbench.activeTab?.kind).toBe('welcome')
  })

  it('splits the active editor into a second group and closes the group when emptied', () => {
    const workbench = useWorkbenchStore()
    workbench.openEditor('settings')
    workbench.splitEditor()
    expect(workbench.groups).toHaveLength(2)
    expect(workbench.activeGroupIndex).toBe(1)
    expect(workbench.groups[1].tabs.map((t) => t.kind)).toEqual(['settings'])
    workbench.splitEditor()
    expect(workbench.groups).toHaveLength(2)
    workbench.closeTab(1, 'settings')
    expect(workbench.groups).toHaveLength(1)
    expect(workbench.activeGroupIndex).toBe(0)
  })

  it('closing the active tab activates its neighbour; cycling wraps around', () => {
    const workbench = useWorkbenchStore()
    workbench.openEditor('welcome')
    workbench.openEditor('settings')
    workbench.openEditor('shortcuts')
    workbench.activateTab(0, 'settings')
    workbench.closeActiveTab()
    expect(workbench.activeTab?.kind).toBe('shortcuts')
    workbench.cycleTab(1)
    expect(workbench.activeTab?.kind).toBe('welcome')
    workbench.cycleTab(-1)
    expect(workbench.activeTab?.kind).toBe('shortcuts')
  })

  it('toggles the side bar from its activity and shows a panel tab', () => {
    const workbench = useWorkbenchStore()
    workbench.showActivity('explorer')
    expect(workbench.sideBarVisible).toBe(false)
    workbench.showActivity('explorer')
    expect(workbench.sideBarVisible).toBe(true)
    workbench.showPanel('output')
    expect(workbench.panelVisible && workbench.panelTab === 'output').toBe(true)
  })
})
