import { existsSync } from 'node:fs'
import path from 'node:path'

/** Where the real public data sets live beside the checkout (never copied into the repository). */
export const realDataRoot = path.resolve(__dirname, '../../../shared/data/real')

/**
 * The folder of one real data set, or null when it is absent. Says so plainly on the
 * console, so a run without `../shared/data/real` shows which tests did not run.
 */
export function realDataSet(name: string): string | null {
  const dir = path.join(realDataRoot, name)
  if (existsSync(dir)) return dir
  console.warn(`Real data set "${name}" not found at ${dir}: its tests do not run here.`)
  return null
}
