import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { DataTableModel } from './dataTable'
import { useWorkbenchStore } from './workbench'

/** What the Data tab shows: the rows behind the last number the user drilled into. */
export const useDrillDownStore = defineStore('drillDown', () => {
  const model = shallowRef<DataTableModel | null>(null)

  /** Shows rows in the Data tab, opening (or focusing) it. */
  function show(next: DataTableModel): void {
    model.value = next
    useWorkbenchStore().openEditor('data')
  }

  return { model, show }
})
