import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** The `.pulso` files of a folder, newest first: what "Open" offers when there is no native dialog. */
export function listWorkspaces(folder: string): { path: string; name: string; modifiedAt: string; sizeBytes: number }[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.pulso'))
    .map((name) => {
      const file = path.join(folder, name)
      const stat = statSync(file)
      return { path: file, name: name.replace(/\.pulso$/i, ''), modifiedAt: stat.mtime.toISOString(), sizeBytes: stat.size }
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
}
