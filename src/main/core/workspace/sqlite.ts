import path from 'node:path'
import initSqlJs, { type SqlJsStatic } from 'sql.js'

let loading: Promise<SqlJsStatic> | null = null

/** sql.js, loaded once per process from the package's own wasm file (no network). */
export function loadSqlite(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: (file) => path.join(path.dirname(require.resolve('sql.js')), file) })
  return loading
}
