import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { WorkspaceSummary } from '../../shared/model/workspace'
import { useFileAccess } from '../api/files'
import { useClient } from '../api/inject'
import { useLogStore } from './log'

/**
 * The open workspace as the explorer and status bar show it, kept current by
 * `workspace:changed`, and the file actions on it: new, open, save, save as. The stored
 * problems follow every change into the Problems panel.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const client = useClient()
  const files = useFileAccess()
  const log = useLogStore()
  const summary = ref<WorkspaceSummary | null>(null)
  const recent = ref<string[]>([])
  let unsubscribe: (() => void) | null = null

  async function refreshProblems(): Promise<void> {
    log.setWorkspaceProblems(summary.value ? await client.call('workspace:problems', {}) : [])
  }

  async function refreshRecent(): Promise<void> {
    recent.value = await client.call('workspace:recent', {})
  }

  async function load(): Promise<void> {
    const [current, recentPaths] = await Promise.all([client.call('workspace:current', {}), client.call('workspace:recent', {})])
    summary.value = current
    recent.value = recentPaths
    unsubscribe ??= client.on('workspace:changed', (next) => {
      summary.value = next
      void refreshProblems().catch(() => undefined)
      void refreshRecent().catch(() => undefined)
    })
    await refreshProblems()
  }

  /** Takes a summary a channel answered (the event may come later, or not over every transport). */
  async function adopt(next: WorkspaceSummary): Promise<WorkspaceSummary> {
    summary.value = next
    await Promise.all([refreshProblems(), refreshRecent()])
    return next
  }

  async function newWorkspace(): Promise<void> {
    log.clearSessionProblems()
    await adopt(await client.call('workspace:new', {}))
  }

  /** Opens a workspace: the one at `path`, or one the user picks. */
  async function openWorkspace(path?: string): Promise<void> {
    const chosen = path ?? (await files.chooseWorkspace())
    if (!chosen) return
    log.clearSessionProblems()
    await adopt(await client.call('workspace:open', { path: chosen }))
  }

  async function saveAs(): Promise<void> {
    const target = await files.chooseSaveLocation(summary.value?.name ?? 'Pulso')
    if (!target) return
    await adopt(await client.call('workspace:saveAs', { path: target }))
  }

  /** Saves where the workspace lives; a workspace never saved asks where (save as). */
  async function save(): Promise<void> {
    if (!summary.value) return
    if (!summary.value.path) return saveAs()
    await adopt(await client.call('workspace:save', {}))
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { summary, recent, load, refreshProblems, newWorkspace, openWorkspace, save, saveAs, dispose }
})
