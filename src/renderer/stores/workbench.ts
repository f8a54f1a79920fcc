import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { CompareSide } from './compareChoice'

/** The editors the workbench can open as tabs. */
export type EditorKind = 'welcome' | 'settings' | 'shortcuts' | 'import' | 'overview' | 'churn' | 'revenue' | 'nps' | 'cohorts' | 'activation' | 'campaigns' | 'data' | 'compare'

export interface EditorTab {
  /** Unique in its group: one tab per kind per group, as in VS Code. */
  id: string
  kind: EditorKind
  /** A dashboard showing side A or B of the comparison (the split view); absent: the dashboards' own period. */
  side?: CompareSide
}

export interface EditorGroup {
  id: number
  tabs: EditorTab[]
  activeTabId: string | null
}

export type PanelTab = 'problems' | 'output'
export type Activity = 'explorer' | 'dashboards'

const maxGroups = 2

/**
 * The layout of the workbench: side bar, bottom panel, and up to two editor groups side
 * by side, each with its tabs. Pure state and actions; components render it.
 */
export const useWorkbenchStore = defineStore('workbench', () => {
  const sideBarVisible = ref(true)
  const activity = ref<Activity>('explorer')
  const panelVisible = ref(false)
  const panelTab = ref<PanelTab>('problems')
  const paletteOpen = ref(false)
  const groups = ref<EditorGroup[]>([{ id: 1, tabs: [], activeTabId: null }])
  const activeGroupIndex = ref(0)
  let nextGroupId = 2

  const activeGroup = computed(() => groups.value[activeGroupIndex.value])
  const activeTab = computed(() => activeGroup.value.tabs.find((tab) => tab.id === activeGroup.value.activeTabId) ?? null)
  const isSplit = computed(() => groups.value.length > 1)

  /** Opens (or focuses) an editor in a group, the active one by default; a dashboard can show a side of the comparison. */
  function openEditor(kind: EditorKind, groupIndex = activeGroupIndex.value, side?: CompareSide): void {
    const group = groups.value[Math.min(groupIndex, groups.value.length - 1)]
    const id = side ? `${kind}:${side}` : kind
    if (!group.tabs.some((tab) => tab.id === id)) group.tabs.push(side ? { id, kind, side } : { id, kind })
    group.activeTabId = id
    activeGroupIndex.value = groups.value.indexOf(group)
  }

  /** The split comparison: a dashboard showing period A in the first group and period B in the second. */
  function openSideBySide(kind: EditorKind): void {
    if (groups.value.length < maxGroups) groups.value.push({ id: nextGroupId++, tabs: [], activeTabId: null })
    openEditor(kind, 1, 'b')
    openEditor(kind, 0, 'a')
  }

  function activateTab(groupIndex: number, tabId: string): void {
    groups.value[groupIndex].activeTabId = tabId
    activeGroupIndex.value = groupIndex
  }

  /** Closes a tab; an emptied second group disappears, as in VS Code. */
  function closeTab(groupIndex: number, tabId: string): void {
    const group = groups.value[groupIndex]
    const index = group.tabs.findIndex((tab) => tab.id === tabId)
    if (index < 0) return
    group.tabs.splice(index, 1)
    if (group.activeTabId === tabId) group.activeTabId = group.tabs[Math.min(index, group.tabs.length - 1)]?.id ?? null
    if (group.tabs.length === 0 && groups.value.length > 1) {
      groups.value.splice(groupIndex, 1)
      activeGroupIndex.value = 0
    }
  }

  function closeActiveTab(): void {
    if (activeGroup.value.activeTabId) closeTab(activeGroupIndex.value, activeGroup.value.activeTabId)
  }

  /** Opens the active editor again in a second group beside the first (or focuses that group). */
  function splitEditor(): void {
    const tab = activeTab.value
    if (groups.value.length < maxGroups) groups.value.push({ id: nextGroupId++, tabs: [], activeTabId: null })
    const target = activeGroupIndex.value === 0 ? 1 : 0
    if (tab) openEditor(tab.kind, target, tab.side)
    else activeGroupIndex.value = target
  }

  function focusGroup(index: number): void {
    if (index < groups.value.length) activeGroupIndex.value = index
  }

  /** Moves to the next (+1) or previous (-1) tab of the active group, wrapping around. */
  function cycleTab(step: 1 | -1): void {
    const group = activeGroup.value
    if (group.tabs.length === 0) return
    const index = group.tabs.findIndex((tab) => tab.id === group.activeTabId)
    group.activeTabId = group.tabs[(index + step + group.tabs.length) % group.tabs.length].id
  }

  function toggleSideBar(): void {
    sideBarVisible.value = !sideBarVisible.value
  }

  function showActivity(next: Activity): void {
    if (activity.value === next && sideBarVisible.value) sideBarVisible.value = false
    else {
      activity.value = next
      sideBarVisible.value = true
    }
  }

  function togglePanel(): void {
    panelVisible.value = !panelVisible.value
  }

  function showPanel(tab: PanelTab): void {
    panelTab.value = tab
    panelVisible.value = true
  }

  return {
    sideBarVisible, activity, panelVisible, panelTab, paletteOpen, groups, activeGroupIndex,
    activeGroup, activeTab, isSplit,
    openEditor, openSideBySide, activateTab, closeTab, closeActiveTab, splitEditor, focusGroup, cycleTab,
    toggleSideBar, showActivity, togglePanel, showPanel
  }
})
