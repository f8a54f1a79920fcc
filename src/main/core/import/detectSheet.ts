import path from 'node:path'
import { kindSpec, type TableKind } from '../../../shared/model/kinds'
import type { SheetPreview } from '../../../shared/model/importRequests'
import type { ColumnConventions } from '../../../shared/parse/value'
import { PulsoFailure } from '../failure'
import { openSpreadsheet, ReadError, type Spreadsheet } from '../readers'
import type { Workspace } from '../workspace/workspace'
import { detectTable, type TableDetection } from './detect'
import { rememberedMapping } from './mappingMemory'
import { rawCell } from './rowReader'
import { readSample, type SheetSample } from './sample'

export interface DetectChoices {
  kind?: TableKind
  map?: Record<string, string>
  defaults?: ColumnConventions
}

/** A sheet's sample and the proposal for it: the user's choices first, then a mapping remembered for its shape, then detection. */
export async function detectSheet(workspace: Workspace | null, spreadsheet: Spreadsheet, sheet: string, choices: DetectChoices): Promise<{ sample: SheetSample; detection: TableDetection; remembered: boolean }> {
  const sample = await readSample(spreadsheet, sheet)
  const firstGuess = detectTable(sample.cells, { kind: choices.kind, map: choices.map, defaults: choices.defaults })
  const remembered = workspace && !choices.kind && !choices.map ? rememberedMapping(workspace, firstGuess.shapeKey) : null
  const detection = remembered ? detectTable(sample.cells, { ...remembered, defaults: choices.defaults }) : firstGuess
  return { sample, detection, remembered: remembered !== null }
}

/** A read error (the file is bad, hostile or past a limit) as a `bad-file` failure naming the file; anything else as it is. */
export function asImportFailure(error: unknown, file: string): unknown {
  return error instanceof ReadError ? new PulsoFailure('bad-file', error.message, { file: path.basename(file) }) : error
}

/** Opens a spreadsheet, turning a read error into a `bad-file` failure that names the file. */
export async function openForImport(file: string): Promise<Spreadsheet> {
  try {
    return await openSpreadsheet(file)
  } catch (error) {
    throw asImportFailure(error, file)
  }
}

/** Unmet needs of a detection, in words: "Date or Month; Amount or Quantity + Unit price". */
export function missingInWords(detection: TableDetection): string[] {
  const spec = kindSpec(detection.kind)
  const label = (name: string) => spec.fields.find((f) => f.name === name)?.label.en ?? name
  return detection.missing.map((need) => need.anyOf.map((option) => option.map(label).join(' + ')).join(' or '))
}

/** The proposals for every visible sheet of a file, for the mapping dialog. */
export async function previewSpreadsheet(workspace: Workspace | null, file: string, choices: DetectChoices & { sheet?: string } = {}): Promise<SheetPreview[]> {
  const spreadsheet = await openForImport(file)
  const sheets = spreadsheet.sheets.filter((s) => (choices.sheet ? s.name === choices.sheet : !s.hidden))
  const previews: SheetPreview[] = []
  for (const sheet of sheets) {
    const { sample, detection, remembered } = await detectSheet(workspace, spreadsheet, sheet.name, choices).catch((error: unknown) => {
      throw asImportFailure(error, file)
    })
    previews.push({
      file: path.basename(file),
      path: file,
      sheet: spreadsheet.format === 'xlsx' ? sheet.name : null,
      headers: detection.headers,
      kind: detection.kind,
      confidence: detection.confidence,
      mapping: detection.mapping.map((m) => ({ field: m.field, column: m.header })),
      missing: [...detection.overrideProblems, ...missingInWords(detection)],
      candidates: detection.candidates.map((c) => c.kind),
      rows: sample.rows.slice(detection.dataStart, Math.min(detection.dataStart + 8, detection.totalsRow ?? Infinity)).map((row) => row.cells.map((cell) => String(rawCell(cell) ?? ''))),
      remembered
    })
  }
  return previews
}
