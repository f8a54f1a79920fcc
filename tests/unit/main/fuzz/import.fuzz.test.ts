/**
 * Property-based tests of the whole import: random tables with real headers and random
 * cells, and mutated bytes of good files. Every import either lands, with each value it
 * could not read recorded as a problem (row, column, reason), or fails with a
 * PulsoFailure naming the file, leaving the workspace as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PulsoFailure } from '../../../../src/main/core/failure'
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'
import { csvText, encodeWindows1252, PT_BR_ROWS } from '../../../fixtures/csv'
import { fuzzRuns, fuzzSeed, fuzzTimeout } from './fuzzRuns'
import { mutatedBytes, trickyText } from './mutations'

const dir = mkdtempSync(path.join(tmpdir(), 'pulso-fuzz-import-'))
let workspace: Workspace
beforeAll(async () => {
  workspace = await Workspace.create()
})
afterAll(() => {
  workspace.close()
  rmSync(dir, { recursive: true, force: true })
})

const options = (runs: number) => ({ numRuns: fuzzRuns(runs, 50), seed: fuzzSeed() })

/** Headers the detector knows, for the kinds analysts bring most. */
const headerSets = [
  ['Cliente', 'Data', 'Valor', 'Produto'],
  ['Código do cliente', 'Nome', 'Data de adesão', 'Plano', 'Mensalidade'],
  ['Cliente', 'Nota', 'Comentário', 'Data']
]

/** A cell: a good value of some field type, or anything. */
const cell = fc.oneof(fc.constantFrom('C1', 'C2', '1001', '15/03/2024', '2024-03-15', '1.234,56', 'R$ 12', '9', '10', 'Sim', '', 'NA', '=HYPERLINK("x")'), trickyText)

function rowsCount(): number {
  return Number(queryRows(workspace.db, 'SELECT count(*) AS n FROM source_files')[0].n)
}

/** Imports `file`; checks the outcome is a well-formed result or a PulsoFailure naming it with nothing changed. */
async function importChecked(file: string): Promise<void> {
  const filesBefore = rowsCount()
  try {
    const sheets = await importSpreadsheet(workspace, file)
    for (const sheet of sheets) {
      expect(sheet.rowsImported).toBeLessThanOrEqual(sheet.rowsRead)
      for (const problem of sheet.problems) {
        expect(problem.row).toBeGreaterThan(0)
        expect(typeof problem.column).toBe('string')
        expect(problem.reason.length).toBeGreaterThan(0)
      }
    }
  } catch (error) {
    if (!(error instanceof PulsoFailure)) throw error
    expect(error.message).toContain(path.basename(file))
    expect(rowsCount()).toBe(filesBefore)
  }
}

describe('import fuzzing', () => {
  it('random tables under real headers import with problems recorded, or fail as a PulsoFailure', async () => {
    const table = fc.constantFrom(...headerSets).chain((header) => fc.tuple(fc.constant(header), fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 12 })))
    let n = 0
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(',', ';'), async ([header, rows], delimiter) => {
        const file = path.join(dir, `table-${n++}.csv`)
        writeFileSync(file, csvText([header, ...rows], delimiter))
        await importChecked(file)
      }),
      options(150)
    )
    expect(queryRows(workspace.db, 'PRAGMA integrity_check')[0].integrity_check).toBe('ok')
  }, fuzzTimeout(60_000))

  it('mutated bytes of a good csv import or fail as a PulsoFailure', async () => {
    const seed = encodeWindows1252(csvText(PT_BR_ROWS, ';'))
    let n = 0
    await fc.assert(
      fc.asyncProperty(mutatedBytes(seed), async (bytes) => {
        const file = path.join(dir, `mutated-${n++}.csv`)
        writeFileSync(file, bytes)
        await importChecked(file)
      }),
      options(150)
    )
    expect(queryRows(workspace.db, 'PRAGMA integrity_check')[0].integrity_check).toBe('ok')
  }, fuzzTimeout(60_000))
})
