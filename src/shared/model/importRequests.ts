import type { TableKind } from './kinds'
import type { ImportedSheet } from './imports'
import type { PulsoError } from './result'

/** One file the user chose, with the kind and columns they confirmed (or none: detected). */
export interface ImportFileRequest {
  path: string
  kind?: TableKind
  map?: Record<string, string>
  sheet?: string
}

/** What became of one file: its sheets, or why it could not be imported (the workspace is unchanged for it). */
export interface ImportFileResult {
  file: string
  sheets: ImportedSheet[]
  error: PulsoError | null
}

/** The proposal for one sheet, shown before import so the user can change it. */
export interface SheetPreview {
  file: string
  path: string
  sheet: string | null
  headers: string[]
  kind: TableKind
  confidence: number
  mapping: { field: string; column: string }[]
  /** Needs no column meets, in words ("Score (0 to 10)"). */
  missing: string[]
  /** Other kinds, best first, for the kind picker. */
  candidates: TableKind[]
  /** The first data rows as text, for a glance at the columns. */
  rows: string[][]
  /** True when a mapping remembered for this file shape was applied. */
  remembered: boolean
}

/** A stored problem of the workspace, for the Problems panel. */
export interface WorkspaceProblem {
  file: string
  sheet: string | null
  row: number | null
  column: string | null
  raw: string | null
  reason: string
}
