// The report opened by LibreOffice with "recalculate on load: always": every formula
// cell's recalculated value equals the value the report cached. Also renders the Summary
// sheet to artifacts/report/summary.pdf. Skipped, with a message, without LibreOffice.
import ExcelJS from 'exceljs'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeReport } from '../../../../src/main/core/report/writeReport'
import { Workspace } from '../../../../src/main/core/workspace/workspace'
import { cachedResult, formulaCells, readWorkbook, sampleFolder } from './reportFixture'

const libreoffice = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], { encoding: 'utf8' }).stdout.trim()
if (!libreoffice) console.log('LibreOffice is not installed: the recalculation test is skipped (.ci/run installs libreoffice-calc-nogui).')

const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

let folder: Awaited<ReturnType<typeof sampleFolder>>
let report = ''

/** Converts with LibreOffice in the test's own profile (recalculation on load: always); answers the output file. */
function convert(file: string, to: string, extension: string): string {
  const out = path.join(folder.dir, `out-${extension}`)
  const run = spawnSync(libreoffice, [`-env:UserInstallation=file://${folder.dir}/profile`, '--headless', '--convert-to', to, '--outdir', out, file], { encoding: 'utf8', timeout: 180_000 })
  const result = path.join(out, `${path.basename(file, '.xlsx')}.${extension}`)
  if (!existsSync(result)) throw new Error(`LibreOffice did not convert ${file}: ${run.stderr} ${run.stdout}`)
  return result
}

beforeAll(async () => {
  if (!libreoffice) return
  folder = await sampleFolder()
  mkdirSync(path.join(folder.dir, 'profile/user'), { recursive: true })
  writeFileSync(path.join(folder.dir, 'profile/user/registrymodifications.xcu'), recalcAlways)
  const workspace = await Workspace.open(folder.workspace)
  try {
    report = (await writeReport(workspace, { file: path.join(folder.dir, 'report.xlsx'), from: '2025-10', to: '2025-12', compare: { a: { from: '2025-10', to: '2025-12' }, b: { from: '2024-10', to: '2024-12' } }, lang: 'pt-BR' })).file
  } finally {
    workspace.close()
  }
}, 120_000)
afterAll(() => folder?.remove())

describe.skipIf(!libreoffice)('the report in LibreOffice', () => {
  it('recalculates on load (a wrong cached value is corrected)', async () => {
    const book = new ExcelJS.Workbook()
    book.addWorksheet('x').getCell('A1').value = { formula: '1+1', result: 5 }
    const file = path.join(folder.dir, 'control.xlsx')
    await book.xlsx.writeFile(file)
    const recalculated = await readWorkbook(convert(file, 'xlsx', 'xlsx'))
    expect((recalculated.worksheets[0].getCell('A1').value as { result: number }).result).toBe(2)
  }, 180_000)

  it('gives every formula cell the value the report cached', async () => {
    const original = await readWorkbook(report)
    const recalculated = await readWorkbook(convert(report, 'xlsx', 'xlsx'))
    let checked = 0
    for (const sheet of original.worksheets) {
      const again = recalculated.getWorksheet(sheet.name)
      if (!again) throw new Error(`LibreOffice lost the sheet ${sheet.name}`)
      for (const cell of formulaCells(sheet)) {
        const recalculatedCell = again.getCell(cell.address)
        const result = recalculatedCell.formula ? cachedResult(recalculatedCell) : recalculatedCell.value
        const cached = cell.result as number
        expect(typeof result, `${sheet.name}!${cell.address} =${cell.formula}`).toBe('number')
        expect(Math.abs((result as number) - cached), `${sheet.name}!${cell.address} =${cell.formula}: ${String(result)} vs ${cached}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(cached)))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  }, 180_000)

  it('renders the Summary sheet as a PDF (artifacts/report/summary.pdf)', () => {
    // One page per sheet; the Summary is the first. pdfseparate (poppler-utils) keeps that page alone when present.
    const pdf = convert(report, 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}', 'pdf')
    const artifacts = path.resolve('artifacts/report')
    mkdirSync(artifacts, { recursive: true })
    const summary = path.join(artifacts, 'summary.pdf')
    const separate = spawnSync('pdfseparate', ['-f', '1', '-l', '1', pdf, summary])
    if (separate.error || separate.status !== 0) {
      console.log('pdfseparate is not installed: artifacts/report/summary.pdf holds every sheet, the Summary first.')
      copyFileSync(pdf, summary)
    }
    copyFileSync(pdf, path.join(artifacts, 'report-sample-pt-BR.pdf'))
    copyFileSync(report, path.join(artifacts, 'report-sample-pt-BR.xlsx'))
    expect(readFileSync(summary).subarray(0, 5).toString()).toBe('%PDF-')
  }, 180_000)
})
