/**
 * The import editor's decisions as pure functions: the user's choice per sheet (kind,
 * columns, whether to import it), what is still missing in words, and the `import:run`
 * request that carries the choices to the core. No Vue, so it is tested on its own.
 */
import type { ImportFileRequest, SheetPreview } from '../../../shared/model/importRequests'
import { kindSpec, TABLE_KINDS, unmetRequirements, type KindSpec, type Requirement, type TableKind } from '../../../shared/model/kinds'
import type { Language } from '../../../shared/model/settings'

/** What the user decided for one sheet (or csv file) of the proposal. */
export interface SheetChoice {
  /** Unique per file and sheet. */
  key: string
  preview: SheetPreview
  kind: TableKind
  /** Field name -> column header; a field absent or '' is not mapped. */
  columns: Record<string, string>
  include: boolean
  /** True once the user changed the kind or a column: the choices travel to the core. */
  changed: boolean
}

export function choiceKey(preview: Pick<SheetPreview, 'path' | 'sheet'>): string {
  return `${preview.path}\u0000${preview.sheet ?? ''}`
}

/** The proposal as the core made it; sheets with unmet needs start excluded. */
export function choiceFromPreview(preview: SheetPreview): SheetChoice {
  const columns = Object.fromEntries(preview.mapping.map((m) => [m.field, m.column]))
  const choice: SheetChoice = { key: choiceKey(preview), preview, kind: preview.kind, columns, include: true, changed: false }
  return { ...choice, include: unmetNeeds(choice).length === 0 }
}

/** Kinds for the picker: the detected one, the other candidates, then every other kind. */
export function kindOptions(preview: SheetPreview): { suggested: TableKind[]; others: TableKind[] } {
  const suggested = [...new Set([preview.kind, ...preview.candidates])]
  return { suggested, others: TABLE_KINDS.map((spec) => spec.kind).filter((kind) => !suggested.includes(kind)) }
}

/**
 * Another kind for the sheet: back to the detected kind restores the proposal; a new kind
 * keeps the columns of the fields it shares with the old one (customer, date...).
 */
export function withKind(choice: SheetChoice, kind: TableKind): SheetChoice {
  if (kind === choice.preview.kind) {
    const restored = choiceFromPreview(choice.preview)
    return { ...restored, include: choice.include || restored.include, changed: true }
  }
  const fields = new Set(kindSpec(kind).fields.map((f) => f.name))
  const columns = Object.fromEntries(Object.entries(choice.columns).filter(([field, column]) => fields.has(field) && column !== ''))
  return { ...choice, kind, columns, changed: true }
}

/** A column for a field ('' unmaps it); as in the core, the column leaves any other field. */
export function withColumn(choice: SheetChoice, field: string, column: string): SheetChoice {
  const columns: Record<string, string> = {}
  for (const [name, header] of Object.entries(choice.columns)) if (name !== field && header !== column && header !== '') columns[name] = header
  if (column !== '') columns[field] = column
  return { ...choice, columns, changed: true }
}

export function mappedFields(choice: SheetChoice): Set<string> {
  return new Set(Object.entries(choice.columns).filter(([, column]) => column !== '').map(([field]) => field))
}

export function unmetNeeds(choice: SheetChoice): Requirement[] {
  return unmetRequirements(kindSpec(choice.kind), mappedFields(choice))
}

/** Needs in the user's words: "Date or Month", "Amount or Quantity + Unit price". */
export function needsInWords(spec: KindSpec, needs: readonly Requirement[], language: Language, or: string): string[] {
  const label = (name: string) => spec.fields.find((f) => f.name === name)?.label[language] ?? name
  return needs.map((need) => need.anyOf.map((option) => option.map(label).join(' + ')).join(` ${or} `))
}

/** The user's mapping as the core's `map`: every field of the kind, '' for those not mapped. */
export function mapOf(choice: SheetChoice): Record<string, string> {
  return Object.fromEntries(kindSpec(choice.kind).fields.map((f) => [f.name, choice.columns[f.name] ?? '']))
}

/**
 * One sheet as the user saw it: its kind and every column, so what is imported is what
 * the editor showed (a mapping the core remembers from an earlier file in the same run
 * cannot change it behind the user's back).
 */
function requestFor(choice: SheetChoice): ImportFileRequest {
  const request: ImportFileRequest = { path: choice.preview.path, kind: choice.kind, map: mapOf(choice) }
  if (choice.preview.sheet !== null) request.sheet = choice.preview.sheet
  return request
}

/**
 * The files to import. A file whose every sheet is included and untouched goes as one
 * request (the core reads all its sheets in one pass); otherwise each included sheet
 * goes with its own kind and columns.
 */
export function importRequests(choices: readonly SheetChoice[]): ImportFileRequest[] {
  const byPath = new Map<string, SheetChoice[]>()
  for (const choice of choices) byPath.set(choice.preview.path, [...(byPath.get(choice.preview.path) ?? []), choice])
  const requests: ImportFileRequest[] = []
  for (const [path, sheets] of byPath) {
    const included = sheets.filter((s) => s.include)
    if (included.length === 0) continue
    if (sheets.length > 1 && included.length === sheets.length && included.every((s) => !s.changed)) requests.push({ path })
    else requests.push(...included.map(requestFor))
  }
  return requests
}

/** True when every included sheet has what its kind needs, and at least one is included. */
export function readyToImport(choices: readonly SheetChoice[]): boolean {
  const included = choices.filter((c) => c.include)
  return included.length > 0 && included.every((c) => unmetNeeds(c).length === 0)
}

/** "file.xlsx · Sheet" or "file.csv". */
export function sheetLabel(file: string, sheet: string | null): string {
  return sheet ? `${file} · ${sheet}` : file
}
