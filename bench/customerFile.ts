// The customer table beside the revenue lines of bench/revenueFiles.ts: the same 60,000 ids
// (C00000..C59999) with a segment and a plan, so the dashboard benchmark has a column to
// filter by. Deterministic; written once into bench/data (git-ignored).
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { benchDataDir } from './revenueFiles'
import { writeLines } from './writeLines'

const SEGMENTS = ['Enterprise', 'PME', 'Startup']
const PLANS = ['Essencial', 'Profissional', 'Empresarial']

/** The customers csv (customer_id, segment, plan), generated when missing. */
export async function customerFile(count = 60_000): Promise<string> {
  const file = path.join(benchDataDir, `customers-${count / 1000}k.csv`)
  if (existsSync(file)) return file
  mkdirSync(benchDataDir, { recursive: true })
  await writeLines(file, 'customer_id,segment,plan', count, (i) => {
    const h = Math.imul(i + 7, 2246822519) >>> 0
    return `C${i.toString().padStart(5, '0')},${SEGMENTS[h % SEGMENTS.length]},${PLANS[(h >>> 7) % PLANS.length]}`
  }, 'utf8')
  return file
}
