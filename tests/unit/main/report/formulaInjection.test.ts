// Text from imported data that starts like a formula (=, +, -, @) is written as text: a
// customer id, a segment value and an NPS comment of the sample company, rewritten so.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { looksLikeFormula, cellText } from '../../../../src/main/core/report/safeText'
import { writeReport } from '../../../../src/main/core/report/writeReport'
import { workspaceSeries } from '../../../../src/main/core/series/workspaceSeries'
import { Workspace } from '../../../../src/main/core/workspace/workspace'
import { formulaCells, readWorkbook, sampleFolder } from './reportFixture'

let folder: Awaited<ReturnType<typeof sampleFolder>>
beforeAll(async () => {
  folder = await sampleFolder()
}, 60_000)
afterAll(() => folder.remove())

const attacks = ['=HYPERLINK("http://example.com","click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1,2)']

it('writes formula-like text from the data as text, never as a formula', async () => {
  const workspace = await Workspace.open(folder.workspace)
  const series = workspaceSeries(workspace)
  const sources = workspace.sourceFiles()
  workspace.close()
  series.customers.ids[0] = attacks[0]
  series.customers.attributes[0].values[0] = attacks[1]
  const nps = series.nps
  if (!nps) throw new Error('the sample has NPS answers')
  const commented = nps.comments.findIndex((comment, i) => comment !== null && nps.day[i] >= 0)
  nps.comments[commented] = attacks[3]
  const file = `${folder.dir}/injection.xlsx`
  await writeReport({ series, sources: [{ ...sources[0], name: attacks[2] }], name: 'injection' }, { file, lang: 'en' })
  const book = await readWorkbook(file)
  const texts = new Set<string>()
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.add(cell.value)
    }))
    for (const cell of formulaCells(sheet)) expect(attacks.some((attack) => cell.formula.includes(attack.slice(1, 6))), `${sheet.name}!${cell.address}`).toBe(false)
  }
  for (const attack of attacks) expect(texts.has(attack), attack).toBe(true)
  const about = book.getWorksheet('About')
  let sourceCell = null
  about?.eachRow((row) => row.eachCell((cell) => {
    if (cell.value === attacks[2]) sourceCell = cell
  }))
  expect(sourceCell).not.toBeNull()
  expect((sourceCell as unknown as { numFmt: string }).numFmt).toBe('@')
}, 60_000)

it('knows which text could be taken for a formula, and drops characters XML cannot carry', () => {
  for (const attack of attacks) expect(looksLikeFormula(attack)).toBe(true)
  expect(looksLikeFormula('Acme = best')).toBe(false)
  expect(cellText('a\u0000b\u0007c\td')).toBe('abc\td')
})
