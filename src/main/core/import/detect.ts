import { kindSpec, TABLE_KINDS, unmetRequirements, type KindSpec, type Requirement, type TableKind } from '../../../shared/model/kinds'
import type { ColumnConventions } from '../../../shared/parse/value'
import { profileColumn, typeFit, type ColumnProfile } from './columnProfile'
import { cellValue, findHeaderRow, findTotalsRow, headerNames, type SheetCell } from './headerRow'
import { headerWords, normaliseHeader, synonymScore } from './headerText'
import { applyOverrides } from './overrides'
import { synonymsOf } from './synonyms'

export type { SheetCell } from './headerRow'
export { isTotalsRow, findTotalsRow } from './headerRow'
export { parseMapOptions } from './overrides'

/** One field mapped to one column; `by` says whether detection or the user chose it. */
export interface FieldMapping {
  field: string
  column: number
  header: string
  score: number
  by: 'header' | 'override'
}

/** How well each kind fits, best first, so the UI can offer the runner-up. */
export interface KindCandidate {
  kind: TableKind
  score: number
  missing: Requirement[]
}

/** The proposal shown to the user before import, and what the reader needs to read the rows. */
export interface TableDetection {
  /** 0-based index, within the given rows, of the header row (-1 when none was found). */
  headerRow: number
  /** 0-based index of the first data row. */
  dataStart: number
  headers: string[]
  /** Normalised header list: mappings are remembered per shape. */
  shapeKey: string
  kind: TableKind
  /** 0..1: how sure the kind is (all needs met, and far ahead of the next kind). */
  confidence: number
  mapping: FieldMapping[]
  /** Needs of the chosen kind that no column meets. */
  missing: Requirement[]
  candidates: KindCandidate[]
  /** First totals row among the given rows (0-based), where reading stops; null when none. */
  totalsRow: number | null
  /** Per column: decimal separator, day/month order, date system decided from the sample. */
  conventions: ColumnConventions[]
  /** The value of the control group column that means "not e-mailed" (`No E-Mail`), if any. */
  controlGroup: string | null
  /** Overrides that could not be applied, in words (unknown field or column). */
  overrideProblems: string[]
}

export interface DetectOptions {
  /** Force the kind (CLI `--kind`, the UI's kind picker). */
  kind?: TableKind
  /** Force fields to columns by header name or column letter; an empty column unmaps (CLI `--map field=Column`). */
  map?: Record<string, string>
  /** The workspace locale's conventions for columns whose sample does not decide. */
  defaults?: ColumnConventions
  /** How many rows to scan for the header (default 30) and to profile (default 200). */
  headerScan?: number
  sampleRows?: number
}

const PT_BR: ColumnConventions = { decimal: ',', dateOrder: 'dmy', dateSystem: 1900 }
const REQUIRED_WEIGHT = 1.5
const UNMET_PENALTY = 2
/** Header matches weaker than this (a field word lost in a long question) are not proposed. */
const MIN_HEADER_SCORE = 0.55

/** The normalised header list that identifies a file's shape for remembered mappings. */
export function fileShapeKey(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('|')
}

const allFieldSynonyms = TABLE_KINDS.flatMap((spec) => spec.fields.flatMap((field) => synonymsOf(spec.kind, field.name)))

/** True when a label is a known header synonym (used to find the header row). */
function knownHeader(label: string): boolean {
  const words = headerWords(label)
  return allFieldSynonyms.some((synonym) => weighted(synonymScore(words, synonym.words), synonym.weight) >= 0.7)
}

/** A weak synonym counts fully only when it is the whole header (`id`, not `usage_id`). */
const weighted = (score: number, weight: number): number => (weight < 1 && score < 1 ? score * 0.5 : score * weight)

/** Best header score of a column for a field, times how well its values fit the field type. */
function fieldScore(spec: KindSpec, fieldIndex: number, words: readonly string[], profile: ColumnProfile): number {
  const field = spec.fields[fieldIndex]
  const header = Math.max(0, ...synonymsOf(spec.kind, field.name).map((synonym) => weighted(synonymScore(words, synonym.words), synonym.weight)))
  if (header < MIN_HEADER_SCORE) return 0
  const fit = typeFit(field.type, profile, field.name)
  if (fit < 0.5 && profile.filled >= 3) return 0
  return header * (0.5 + 0.5 * fit)
}

/** Greedy one-to-one matching: best score first, then field order, then leftmost column. */
function mapKind(spec: KindSpec, words: string[][], profiles: ColumnProfile[], headers: string[]): FieldMapping[] {
  const pairs: Array<{ f: number; c: number; score: number }> = []
  spec.fields.forEach((_, f) => words.forEach((w, c) => {
    const score = fieldScore(spec, f, w, profiles[c])
    if (score > 0) pairs.push({ f, c, score })
  }))
  pairs.sort((a, b) => b.score - a.score || a.f - b.f || a.c - b.c)
  const usedFields = new Set<number>()
  const usedColumns = new Set<number>()
  const mapping: FieldMapping[] = []
  for (const { f, c, score } of pairs) {
    if (usedFields.has(f) || usedColumns.has(c)) continue
    usedFields.add(f)
    usedColumns.add(c)
    mapping.push({ field: spec.fields[f].name, column: c, header: headers[c], score: Math.round(score * 1000) / 1000, by: 'header' })
  }
  return mapping.sort((a, b) => spec.fields.findIndex((x) => x.name === a.field) - spec.fields.findIndex((x) => x.name === b.field))
}

function kindScore(spec: KindSpec, mapping: FieldMapping[]): { score: number; missing: Requirement[] } {
  const missing = unmetRequirements(spec, new Set(mapping.map((m) => m.field)))
  const needed = new Set(spec.fields.filter((field) => field.required).map((field) => field.name).concat(spec.needs.flatMap((req) => req.anyOf.flat())))
  const score = mapping.reduce((sum, m) => sum + m.score * (needed.has(m.field) ? REQUIRED_WEIGHT : 1), 0) - UNMET_PENALTY * missing.length
  return { score: Math.round(score * 1000) / 1000, missing }
}

/**
 * Proposes how to read a sheet from its first rows: where the header is (below title
 * rows, merged cells filled), which kind of table it is, which column feeds each
 * field (header synonyms in Portuguese and English, value types as tie-breakers),
 * which needs are unmet, where a totals row ends the data, and each column's number
 * and date conventions. Pure: no I/O, never throws on odd input.
 */
export function detectTable(rows: ReadonlyArray<readonly SheetCell[]>, options: DetectOptions = {}): TableDetection {
  const defaults = options.defaults ?? PT_BR
  const headerRow = findHeaderRow(rows, knownHeader, options.headerScan ?? 30)
  const { names: headers, dataStart } = headerRow >= 0 ? headerNames(rows, headerRow) : { names: [], dataStart: 0 }
  const totalsRow = headerRow >= 0 ? findTotalsRow(rows, dataStart) : null
  const body = rows.slice(dataStart, totalsRow ?? undefined).slice(0, options.sampleRows ?? 200)
  const profiles = headers.map((_, c) => profileColumn(body.map((row) => cellValue(row[c])), defaults))
  const words = headers.map(headerWords)
  const candidates = TABLE_KINDS.map((spec) => {
    const mapping = mapKind(spec, words, profiles, headers)
    return { kind: spec.kind, mapping, ...kindScore(spec, mapping) }
  }).sort((a, b) => b.score - a.score)
  const chosen = options.kind ? candidates.find((c) => c.kind === options.kind) ?? candidates[0] : candidates[0]
  const spec = kindSpec(chosen.kind)
  const { mapping, problems } = applyOverrides(spec, chosen.mapping, headers, options.map ?? {})
  const { score, missing } = kindScore(spec, mapping)
  const runnerUp = candidates.find((c) => c.kind !== chosen.kind)?.score ?? 0
  const margin = score > 0 ? Math.max(0, Math.min(1, (score - Math.max(0, runnerUp)) / score)) : 0
  const confidence = options.kind ? 1 : Math.round(((missing.length === 0 ? 0.6 : 0.2) + 0.4 * margin) * 100) / 100
  const groupColumn = mapping.find((m) => m.field === 'group')?.column
  return {
    headerRow,
    dataStart,
    headers,
    shapeKey: fileShapeKey(headers),
    kind: chosen.kind,
    confidence,
    mapping,
    missing,
    candidates: candidates.map(({ kind, score: s, missing: m }) => ({ kind, score: s, missing: m })),
    totalsRow,
    conventions: profiles.map((profile) => profile.conventions),
    controlGroup: groupColumn === undefined ? null : profiles[groupColumn].controlValue,
    overrideProblems: problems
  }
}
