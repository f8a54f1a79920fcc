import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { PulsoFailure } from '../failure'
import type { ParsedBatch, SheetPlan } from './parsedBatches'

type WorkerMessage = { type: 'batch'; batch: ParsedBatch } | { type: 'done' } | { type: 'error'; message: string; readError: boolean }

/**
 * The parsed batches of a sheet, read by the import worker thread (`workerFile`, the
 * bundled `importWorker.ts`). The worker is terminated when the caller stops early
 * (cancel, error) or finishes.
 */
export async function* workerBatches(workerFile: string, plan: SheetPlan): AsyncGenerator<ParsedBatch> {
  const worker = new Worker(workerFile, { workerData: plan })
  const queue: WorkerMessage[] = []
  let wake: (() => void) | null = null
  let failure: Error | null = null
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message)
    wake?.()
  })
  worker.on('error', (error) => {
    failure = error
    wake?.()
  })
  worker.on('exit', (code) => {
    if (code !== 0 && !failure) failure = new Error(`the import worker stopped (exit code ${code})`)
    wake?.()
  })
  try {
    for (;;) {
      if (queue.length === 0) {
        if (failure) throw failure
        await new Promise<void>((resolve) => (wake = resolve))
        wake = null
        continue
      }
      const message = queue.shift() as WorkerMessage
      if (message.type === 'done') return
      if (message.type === 'error') throw message.readError ? new PulsoFailure('bad-file', message.message, { file: path.basename(plan.file) }) : new Error(message.message)
      worker.postMessage('ack')
      yield message.batch
    }
  } finally {
    await worker.terminate()
  }
}
