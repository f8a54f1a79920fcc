import { readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

/** When the running process started, in ms since the epoch. */
export function processStartedAt(): number {
  return Date.now() - process.uptime() * 1000
}

/**
 * Removes the temp files a killed save of `workspaceFile` left beside it
 * (`<name>.pulso.tmp-<pid>-<time>`, written by the atomic save). Only that workspace's
 * temp files are touched, and only those last written before `startedAt` (the running
 * process's start by default): a save still running in another process is never
 * disturbed. Returns the files removed; errors (a folder we cannot list) remove nothing.
 */
export function removeStaleTempFiles(workspaceFile: string, startedAt: number = processStartedAt()): string[] {
  const folder = path.dirname(workspaceFile)
  const prefix = `${path.basename(workspaceFile)}.tmp-`
  const removed: string[] = []
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return removed
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^\d+-\d+$/.test(name.slice(prefix.length))) continue
    const file = path.join(folder, name)
    try {
      const stat = statSync(file)
      if (!stat.isFile() || stat.mtimeMs >= startedAt) continue
      rmSync(file)
      removed.push(file)
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed
}
