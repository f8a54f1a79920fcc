import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { WorkspaceSummary } from '../../shared/model/workspace'
import { useClient } from '../api/inject'

/** The open workspace as the explorer and status bar show it, kept current by `workspace:changed`. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const client = useClient()
  const summary = ref<WorkspaceSummary | null>(null)
  const recent = ref<string[]>([])
  let unsubscribe: (() => void) | null = null

  async function load(): Promise<void> {
    const [current, recentPaths] = await Promise.all([client.call('workspace:current', {}), client.call('workspace:recent', {})])
    summary.value = current
    recent.value = recentPaths
    unsubscribe ??= client.on('workspace:changed', (next) => {
      summary.value = next
    })
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { summary, recent, load, dispose }
})
