import { defineStore } from 'pinia'
import { ref } from 'vue'
import { jointExtents, type AxisExtents } from '../charts/sharedAxis'
import type { SharedAxisContext } from '../charts/sharedAxisContext'
import type { CompareSide } from './compareChoice'

/**
 * The value extents of the split comparison's charts, by chart id and side: each side's
 * chart shares its own, and both draw the joint extent, so their axes are the same.
 */
export const useSharedAxesStore = defineStore('sharedAxes', () => {
  const extents = ref<Record<string, Partial<Record<CompareSide, AxisExtents>>>>({})

  /** The shared-axis context of one side's charts. */
  function contextOf(side: CompareSide): SharedAxisContext {
    return {
      share(chartId, chart) {
        extents.value = { ...extents.value, [chartId]: { ...extents.value[chartId], [side]: chart } }
      },
      release(chartId) {
        const bySide = { ...extents.value[chartId] }
        delete bySide[side]
        extents.value = { ...extents.value, [chartId]: bySide }
      },
      extentsOf(chartId) {
        const shared = Object.values(extents.value[chartId] ?? {})
        return shared.length > 0 ? jointExtents(shared) : null
      }
    }
  }

  return { extents, contextOf }
})
