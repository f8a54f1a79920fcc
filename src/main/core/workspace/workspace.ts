import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Database, SqlValue } from 'sql.js'
import { TABLE_KINDS } from '../../../shared/model/kinds'
import type { SourceFileSummary, WorkspaceSummary } from '../../../shared/model/workspace'
import { PulsoFailure } from '../failure'
import { writeFileAtomic } from '../jsonFile'
import { APPLICATION_ID, kindTable, SCHEMA_VERSION, workspaceDdl } from './schema'
import { loadSqlite } from './sqlite'
import { removeStaleTempFiles } from './staleTempFiles'

const sqliteMagic = 'SQLite format 3\0'

/** Rows of a query as plain objects. */
export function queryRows(db: Database, sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] {
  const statement = db.prepare(sql)
  try {
    statement.bind(params)
    const rows: Record<string, SqlValue>[] = []
    while (statement.step()) rows.push(statement.getAsObject())
    return rows
  } finally {
    statement.free()
  }
}

function scalar(db: Database, sql: string): SqlValue {
  return db.exec(sql)[0]?.values[0]?.[0] ?? null
}

function notAWorkspace(file: string, why: string): PulsoFailure {
  return new PulsoFailure('not-a-workspace', `${path.basename(file)} cannot be opened as a Pulso workspace: ${why}`, { file })
}

/** Checks a database read from disk is a sound workspace of a version we understand. */
function checkWorkspace(db: Database, file: string): void {
  let check: SqlValue
  try {
    check = scalar(db, 'PRAGMA integrity_check(1)')
  } catch (error) {
    throw notAWorkspace(file, `the file is damaged (${error instanceof Error ? error.message : String(error)}).`)
  }
  if (check !== 'ok') throw notAWorkspace(file, `the file is damaged (${String(check)}).`)
  if (scalar(db, 'PRAGMA application_id') !== APPLICATION_ID) throw notAWorkspace(file, 'it is an SQLite database, but not one Pulso made.')
  const version = Number(scalar(db, 'PRAGMA user_version'))
  if (version > SCHEMA_VERSION) throw notAWorkspace(file, `it was saved by a newer Pulso (format ${version}); update Pulso to open it.`)
}

/**
 * One workspace: a sql.js database held in memory, saved as one `.pulso` file. Saves are
 * atomic (temp file, flush, rename), so a crash leaves the old file or the new one; the
 * temp file a crash leaves is removed on the next open or save. The
 * workspace owns its database: `close()` frees it.
 */
export class Workspace {
  dirty = false

  private constructor(
    readonly db: Database,
    public path: string | null
  ) {
    db.exec('PRAGMA foreign_keys = ON')
  }

  /** A new, empty, unsaved workspace. */
  static async create(): Promise<Workspace> {
    const SQL = await loadSqlite()
    const db = new SQL.Database()
    db.exec(workspaceDdl)
    return new Workspace(db, null)
  }

  /**
   * Opens a `.pulso` file. A file that is not a workspace, is damaged or is from a newer
   * Pulso is refused with a `not-a-workspace` failure saying which; nothing is changed.
   */
  static async open(file: string): Promise<Workspace> {
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new PulsoFailure(code === 'ENOENT' ? 'not-found' : 'bad-file', `${path.basename(file)} cannot be read: ${code === 'ENOENT' ? 'there is no such file.' : String(error)}`, { file })
    }
    if (bytes.length < 100 || bytes.subarray(0, 16).toString('latin1') !== sqliteMagic) throw notAWorkspace(file, 'it is not a workspace file.')
    const SQL = await loadSqlite()
    let db: Database
    try {
      db = new SQL.Database(bytes)
    } catch (error) {
      throw notAWorkspace(file, `the file is damaged (${error instanceof Error ? error.message : String(error)}).`)
    }
    try {
      checkWorkspace(db, file)
    } catch (error) {
      db.close()
      throw error
    }
    removeStaleTempFiles(path.resolve(file))
    return new Workspace(db, path.resolve(file))
  }

  get name(): string {
    return this.path ? path.basename(this.path).replace(/\.pulso$/i, '') : 'Untitled'
  }

  /**
   * Writes the workspace to `file` (its own path by default) atomically, and remembers the
   * path. Temp files an earlier, killed save left beside it are removed first.
   */
  save(file: string | null = this.path): string {
    if (!file) throw new PulsoFailure('invalid-input', 'This workspace has never been saved: choose where to save it.')
    const target = path.resolve(file)
    removeStaleTempFiles(target)
    writeFileAtomic(target, this.db.export())
    this.db.exec('PRAGMA foreign_keys = ON')
    this.path = target
    this.dirty = false
    return target
  }

  /** Runs `work` in one transaction: all of it lands, or none of it (the error is rethrown). */
  async transaction<T>(work: () => Promise<T> | T): Promise<T> {
    this.db.exec('BEGIN')
    try {
      const result = await work()
      this.db.exec('COMMIT')
      this.dirty = true
      return result
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }

  /** A setting saved in the workspace, or `fallback`. */
  setting(key: string, fallback: unknown): unknown {
    const value = queryRows(this.db, 'SELECT value FROM settings WHERE key = ?', [key])[0]?.value
    return typeof value === 'string' ? (JSON.parse(value) as unknown) : fallback
  }

  setSetting(key: string, value: unknown): void {
    this.db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, JSON.stringify(value)])
    this.dirty = true
  }

  sourceFiles(): SourceFileSummary[] {
    return queryRows(this.db, 'SELECT id, name, sheet, size_bytes, sha256, imported_at, kind FROM source_files ORDER BY id').map((row) => ({
      id: Number(row.id),
      name: String(row.name),
      sheet: row.sheet === null ? null : String(row.sheet),
      sizeBytes: Number(row.size_bytes),
      sha256: String(row.sha256),
      importedAt: String(row.imported_at),
      tableName: String(row.kind)
    }))
  }

  /** What the explorer shows: source files and the row count of every kind that has rows. */
  summary(): WorkspaceSummary {
    const tables = TABLE_KINDS.map((spec) => ({
      name: spec.kind,
      kind: spec.kind,
      rows: Number(scalar(this.db, `SELECT count(*) FROM ${kindTable(spec.kind)}`)),
      columns: spec.fields.map((field) => field.name)
    })).filter((table) => table.rows > 0)
    return { path: this.path, name: this.name, dirty: this.dirty, files: this.sourceFiles(), tables }
  }

  close(): void {
    this.db.close()
  }
}
