import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli'
import { temporaryDir } from './sampleFixture'

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) })
  return { code, out, err }
}

describe('pulso sample', () => {
  const temp = temporaryDir()
  const target = path.join(temp.dir, 'amostra.pulso')
  const files = path.join(temp.dir, 'planilhas')
  afterAll(() => temp.remove())

  it('is listed in the help, with its own help', async () => {
    expect((await run(['--help'])).out).toContain('sample     write the sample workspace')
    const help = await run(['sample', '--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('pulso sample --workspace W.pulso [--customers N] [--seed S] [--files DIR]')
  })

  it('writes the workspace, keeps the spreadsheets, and shows the deliberate typos', async () => {
    const { code, out } = await run(['sample', '--workspace', target, '--customers', '150', '--seed', '3', '--files', files])
    expect(code).toBe(0)
    expect(out).toContain('clientes.csv: customers, 150 of 150 rows imported')
    expect(out).toContain('campanhas.xlsx [Destinatários]: campaign-recipients')
    expect(out).toContain('(a typo left on purpose)')
    expect(out).toContain(`Sample workspace saved: ${target}`)
    expect(existsSync(target)).toBe(true)
    expect(readdirSync(files).sort()).toEqual(['assinaturas.xlsx', 'atividade.csv', 'campanhas.xlsx', 'cancelamentos.csv', 'clientes.csv', 'nps.csv'])
    const metrics = await run(['metrics', target, '--from', '2025-10', '--to', '2025-12', '--json'])
    expect(metrics.code).toBe(0)
    const json = JSON.parse(metrics.out) as { months: { month: string; mrr: number }[] }
    expect(json.months.map((m) => m.month)).toEqual(['2025-10', '2025-11', '2025-12'])
    expect(json.months.every((m) => m.mrr > 0)).toBe(true)
  })

  it('does not overwrite a workspace unless told to', async () => {
    const again = await run(['sample', '--workspace', target, '--customers', '50'])
    expect(again.code).toBe(2)
    expect(again.err).toContain('already exists')
    expect((await run(['sample', '--workspace', target, '--customers', '50', '--replace'])).code).toBe(0)
  })

  it('exits 2 on wrong usage', async () => {
    expect((await run(['sample'])).err).toContain('--workspace W.pulso is required')
    const bad = await run(['sample', '--workspace', path.join(temp.dir, 'x.pulso'), '--customers', 'muitos'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--customers takes a whole number')
    expect(existsSync(path.join(temp.dir, 'x.pulso'))).toBe(false)
  })
})
