/** What the explorer shows of a workspace: its source files and the tables they became. */
export interface WorkspaceSummary {
  /** Absolute path of the `.pulso` file, or null for a workspace never saved. */
  path: string | null
  name: string
  dirty: boolean
  files: SourceFileSummary[]
  tables: TableSummary[]
}

export interface SourceFileSummary {
  id: number
  name: string
  sheet: string | null
  sizeBytes: number
  sha256: string
  importedAt: string
  tableName: string
}

export interface TableSummary {
  name: string
  kind: string
  rows: number
  columns: string[]
}

/** Progress of one file's import, pushed as the `import:progress` event. */
export interface ImportProgress {
  importId: string
  file: string
  rows: number
  /** How far through the file, from 0 to 1. */
  fraction: number
  rowsPerSecond: number
  /** True once this file is finished (imported, failed or cancelled). */
  done: boolean
}
