// `pulso report`: periods as typed for --compare, usage errors (exit 2), and a written report in pt-BR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePeriodText } from '../../../../src/main/core/report/periodText'
import { cli } from '../commands/cliRun'
import { readWorkbook, sampleFolder } from './reportFixture'

let folder: Awaited<ReturnType<typeof sampleFolder>>
beforeAll(async () => {
  folder = await sampleFolder()
}, 60_000)
afterAll(() => folder.remove())

describe('parsePeriodText', () => {
  it('reads months, quarters, years and ranges of them', () => {
    expect(parsePeriodText('2024-03')).toEqual({ from: '2024-03', to: '2024-03' })
    expect(parsePeriodText('2024-Q4')).toEqual({ from: '2024-10', to: '2024-12' })
    expect(parsePeriodText('2024')).toEqual({ from: '2024-01', to: '2024-12' })
    expect(parsePeriodText('2024-01..2024-03')).toEqual({ from: '2024-01', to: '2024-03' })
    expect(parsePeriodText('2024-Q1..2024-Q2')).toEqual({ from: '2024-01', to: '2024-06' })
    for (const wrong of ['2024-13', '2024-Q5', '2024-03..2024-01', 'last month', '2024-01..2024-02..2024-03']) expect(parsePeriodText(wrong), wrong).toBeNull()
  })
})

describe('pulso report', () => {
  it('refuses wrong usage with exit code 2', async () => {
    expect((await cli('report', folder.workspace)).code).toBe(2)
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--lang', 'fr')).err).toContain('--lang takes pt-BR or en')
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--compare', '2024-Q1')).code).toBe(2)
    expect((await cli('report', folder.workspace, '-o', 'x.xlsx', '--compare', 'soon', '2024-Q1')).err).toContain('"soon"')
    expect((await cli('report', '--help')).out).toContain('--compare A B')
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
})
