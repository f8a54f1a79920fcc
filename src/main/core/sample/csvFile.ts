import { closeSync, openSync, writeSync } from 'node:fs'

/** How a csv file is written: Excel-in-Brazil style is `;`, CRLF, Latin-1 or UTF-8 with a BOM. */
export interface CsvStyle {
  encoding: 'latin1' | 'utf8-bom'
  delimiter: ';' | ','
}

/** A csv cell: null is written empty. */
export type CsvValue = string | number | null

const flushAt = 1 << 16

/**
 * A csv file written line by line, so the generator can write millions of rows without
 * holding them. Values holding the delimiter, a quote or a line break are quoted.
 * The owner calls `close()`.
 */
export class CsvFile {
  private readonly fd: number
  private pending = ''
  rows = 0

  constructor(
    readonly path: string,
    private readonly style: CsvStyle
  ) {
    this.fd = openSync(path, 'w')
    if (style.encoding === 'utf8-bom') writeSync(this.fd, Buffer.from([0xef, 0xbb, 0xbf]))
  }

  /** Writes one line (the header is a line like any other). */
  line(values: readonly CsvValue[]): void {
    this.pending += values.map((value) => this.quote(value)).join(this.style.delimiter) + '\r\n'
    this.rows++
    if (this.pending.length >= flushAt) this.flush()
  }

  close(): void {
    this.flush()
    closeSync(this.fd)
  }

  private quote(value: CsvValue): string {
    if (value === null) return ''
    const text = String(value)
    return text.includes(this.style.delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }

  private flush(): void {
    if (this.pending === '') return
    writeSync(this.fd, Buffer.from(this.pending, this.style.encoding === 'latin1' ? 'latin1' : 'utf8'))
    this.pending = ''
  }
}
