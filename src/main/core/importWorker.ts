/**
 * The import worker thread: reads and parses one sheet while the main thread inserts,
 * so a large import uses both cores. It sends a batch, and at most `ahead` batches wait
 * unacknowledged, so memory stays bounded however fast it reads.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { parsedBatches, type SheetPlan } from './import/parsedBatches'
import { openSpreadsheet, ReadError } from './readers'

const ahead = 2

async function run(): Promise<void> {
  const port = parentPort
  if (!port) return
  const plan = workerData as SheetPlan
  let acknowledged = 0
  let sent = 0
  let wake: (() => void) | null = null
  port.on('message', () => {
    acknowledged++
    wake?.()
  })
  try {
    const spreadsheet = await openSpreadsheet(plan.file)
    for await (const batch of parsedBatches(spreadsheet, plan)) {
      port.postMessage({ type: 'batch', batch })
      sent++
      while (sent - acknowledged >= ahead) await new Promise<void>((resolve) => (wake = resolve))
      wake = null
    }
    port.postMessage({ type: 'done' })
  } catch (error) {
    const message = error instanceof ReadError || error instanceof Error ? error.message : String(error)
    port.postMessage({ type: 'error', message, readError: error instanceof ReadError })
  }
}

void run()
