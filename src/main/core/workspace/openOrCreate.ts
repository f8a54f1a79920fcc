import { existsSync } from 'node:fs'
import { Workspace } from './workspace'

/** The workspace at `file`, or a new one that will be saved there. */
export async function openOrCreateWorkspace(file: string): Promise<Workspace> {
  if (existsSync(file)) return Workspace.open(file)
  const workspace = await Workspace.create()
  workspace.path = file
  return workspace
}
