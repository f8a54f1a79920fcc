import { createWriteStream } from 'node:fs'
import { rename } from 'node:fs/promises'

/**
 * Writes a header and `count` generated lines (`line(i)`) as a text file, 5,000 lines per
 * write, waiting for the stream to drain; the file appears only once complete.
 */
export async function writeLines(file: string, header: string, count: number, line: (index: number) => string, encoding: BufferEncoding): Promise<void> {
  const out = createWriteStream(`${file}.tmp`)
  out.write(Buffer.from(`${header}\r\n`, encoding))
  let batch: string[] = []
  for (let i = 0; i < count; i++) {
    batch.push(line(i))
    if (batch.length === 5000 || i === count - 1) {
      if (!out.write(Buffer.from(`${batch.join('\r\n')}\r\n`, encoding))) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      batch = []
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
  await rename(`${file}.tmp`, file)
}
