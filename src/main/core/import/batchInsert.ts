import type { Database, SqlValue, Statement } from 'sql.js'

/** Rows per INSERT statement: sql.js crosses into WebAssembly once per statement, so fewer is faster. */
const rowsPerStatement = 50

/**
 * Inserts rows into one table through multi-row INSERT statements. `add` buffers a row;
 * `flush` writes what is left. The owner must call `free` (also after an error).
 */
export class BatchInsert {
  private readonly many: Statement
  private readonly one: Statement
  private buffer: SqlValue[] = []

  constructor(db: Database, table: string, private readonly columns: readonly string[]) {
    const row = `(${columns.map(() => '?').join(', ')})`
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `
    this.many = db.prepare(head + Array(rowsPerStatement).fill(row).join(', '))
    this.one = db.prepare(head + row)
  }

  add(values: readonly SqlValue[]): void {
    for (const value of values) this.buffer.push(value)
    if (this.buffer.length === rowsPerStatement * this.columns.length) {
      this.many.run(this.buffer)
      this.buffer = []
    }
  }

  flush(): void {
    const width = this.columns.length
    for (let at = 0; at < this.buffer.length; at += width) this.one.run(this.buffer.slice(at, at + width))
    this.buffer = []
  }

  free(): void {
    this.many.free()
    this.one.free()
  }
}
