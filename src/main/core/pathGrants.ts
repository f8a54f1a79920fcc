import path from 'node:path'
import { PulsoFailure } from './failure'

/**
 * The files the user really chose (a native dialog, a file dropped or uploaded, the recent
 * list, the command line). When paths come from an untrusted renderer, the core opens
 * only these: a compromised page cannot make it read or overwrite anything else.
 */
export class PathGrants {
  private readonly granted = new Set<string>()
  private readonly folders = new Set<string>()

  constructor(private readonly enforced: boolean) {}

  grant(...paths: string[]): void {
    for (const p of paths) this.granted.add(path.resolve(p))
  }

  /** Every file inside `folder` (Pulso's own workspaces folder). */
  grantFolder(folder: string): void {
    this.folders.add(path.resolve(folder) + path.sep)
  }

  /** Whether the user chose this file (or it is in a granted folder), whether or not grants are enforced. */
  allows(file: string): boolean {
    const resolved = path.resolve(file)
    return this.granted.has(resolved) || [...this.folders].some((folder) => resolved.startsWith(folder))
  }

  /** Throws `forbidden` for a path the user did not choose, when grants are enforced. */
  check(file: string): string {
    const resolved = path.resolve(file)
    if (this.enforced && !this.allows(resolved)) {
      throw new PulsoFailure('forbidden', `Pulso opens only files you chose; ${path.basename(resolved)} was not.`, { file: path.basename(resolved) })
    }
    return resolved
  }
}
