// `pulso report`: usage errors (exit 2), --compare periods read by the engine's parsePeriod (presets included), and a written report in pt-BR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../commands/cliRun'
import { readWorkbook, sampleFolder } from './reportFixture'

let folder: Awaited<ReturnType<typeof sampleFolder>>
beforeAll(async () => {
  folder = await sampleFolder()
}, 60_000)
afterAll(() => folder.remove())

describe('pulso report', () => {
  it('refuses wrong usage with exit code 2', async () => {
    expect((await cli('report', folder.workspace)).code).toBe(2)
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--lang', 'fr')).err).toContain('--lang takes pt-BR or en')
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--compare', '2024-Q1')).code).toBe(2)
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--compare', 'soon', '2024-Q1')).err).toContain('"soon"')
    expect((await cli('report', '--help')).out).toContain('--compare A B')
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--compare', '2024-Q1', 'soon')).err).toContain('--compare B: "soon" is not a period')
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--compare', '2024-03..2024-01', '2024-Q1')).err).toContain('ends before it starts')
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--a-segment', 'Segmento=PME')).err).toContain('--a-segment and --b-segment filter the sides of --compare')
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--compare', '2024-Q1', 'previous', '--b-segment', 'Segmento')).err).toContain('--b-segment takes column=value')
  })

  it('fails with exit code 1 on a column no table has', async () => {
    const run = await cli('report', folder.workspace, '-o', `${folder.dir}/x.xlsx`, '--segment', 'nope=1')
    expect(run.code).toBe(1)
    expect(run.err).toContain('No column "nope"')
  })

  it('writes the report with the comparison, in pt-BR by default', async () => {
    const file = `${folder.dir}/cli.xlsx`
    const run = await cli('report', folder.workspace, '-o', file, '--from', '2025-10', '--to', '2025-12', '--compare', '2025-Q4', '2024-Q4')
    expect(run.code, run.err).toBe(0)
    expect(run.out).toContain('Resumo, Churn, Receita, NPS, Coortes, Ativação, Campanhas, Comparação, Dados, Sobre')
    const book = await readWorkbook(file)
    expect(book.getWorksheet('Comparação')?.getCell(1, 1).value).toBe('Comparação: A 2025-10 – 2025-12 · B 2024-10 – 2024-12')
    expect(book.getWorksheet('Resumo')?.getCell(5, 1).value).toBe('Clientes no início')
  }, 60_000)

  it('takes the presets for B and a segment per side', async () => {
    const file = `${folder.dir}/presets.xlsx`
    const run = await cli('report', folder.workspace, '-o', file, '--lang', 'en', '--compare', '2025-Q4', 'last-year', '--a-segment', 'Segmento=Enterprise', '--b-segment', 'Segmento=PME')
    expect(run.code, run.err).toBe(0)
    const sheet = (await readWorkbook(file)).getWorksheet('Comparison')
    expect(sheet?.getCell(1, 1).value).toBe('Comparison: A 2025-10 – 2025-12 · B 2024-10 – 2024-12')
    expect(sheet?.getCell(2, 1).value).toBe('A: 2025-10 – 2025-12 (3 months) · filters: Segmento = Enterprise')
    expect(sheet?.getCell(3, 1).value).toBe('B: 2024-10 – 2024-12 (3 months) · filters: Segmento = PME')
    const previous = await cli('report', folder.workspace, '-o', `${folder.dir}/previous.xlsx`, '--compare', '2025-11', 'previous')
    expect(previous.code, previous.err).toBe(0)
    expect((await readWorkbook(`${folder.dir}/previous.xlsx`)).getWorksheet('Comparação')?.getCell(1, 1).value).toBe('Comparação: A 2025-11 · B 2025-10')
  }, 60_000)
})
