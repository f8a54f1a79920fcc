import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createSampleWorkspace } from '../core/sample'
import { UsageError, type CommandIo } from './io'

export const sampleHelp = `pulso sample --workspace W.pulso [--customers N] [--seed S] [--files DIR] [--replace]

Writes the sample workspace: a made-up Brazilian SaaS company (three products, three
plans, PME to Enterprise customers) over 36 months, ending 31/12/2025. Its
spreadsheets (clientes.csv, assinaturas.xlsx, nps.csv, atividade.csv,
cancelamentos.csv, campanhas.xlsx) are generated and imported as a user would; the
same seed always gives the same company. nps.csv and clientes.csv hold a few typos
on purpose, so the Problems panel has something to show.

  --workspace W.pulso  the workspace file to write
  --customers N        how many customers ever signed up (default 2000)
  --seed S             the seed (default 42)
  --files DIR          also keep the generated spreadsheets in DIR
  --replace            overwrite W.pulso when it already exists`

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${name} takes a whole number from ${min}, not "${value}".`)
  return Number(value)
}

/** `pulso sample`: returns the exit code. */
export async function sampleCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { workspace: { type: 'string', short: 'w' }, customers: { type: 'string' }, seed: { type: 'string' }, files: { type: 'string' }, replace: { type: 'boolean' } }
  })
  if (!values.workspace) throw new UsageError('--workspace W.pulso is required.')
  if (positionals.length > 0) throw new UsageError(`pulso sample takes no file names (got "${positionals[0]}").`)
  const customers = wholeNumber('--customers', values.customers, 1)
  const seed = wholeNumber('--seed', values.seed, 0)
  const target = path.resolve(values.workspace)
  if (existsSync(target) && !values.replace) throw new UsageError(`${target} already exists: choose another file, or add --replace to overwrite it.`)

  const sample = await createSampleWorkspace(target, { customers, seed, filesDir: values.files })
  for (const sheet of sample.imported) {
    io.out(`${sheet.file}${sheet.sheet ? ` [${sheet.sheet}]` : ''}: ${sheet.kind}, ${sheet.rowsImported} of ${sheet.rowsRead} rows imported${sheet.firstDate ? `, ${sheet.firstDate} to ${sheet.lastDate}` : ''}`)
    for (const p of sheet.problems) {
      const deliberate = sample.files.typos.some((typo) => typo.file === sheet.file && typo.row === p.row && typo.column === p.column)
      io.out(`  row ${p.row}, column ${p.column}: ${p.reason}${p.raw ? ` ("${p.raw}")` : ''}${deliberate ? ' (a typo left on purpose)' : ''}`)
    }
  }
  if (values.files) io.out(`Spreadsheets kept in: ${path.resolve(values.files)}`)
  io.out(`Sample workspace saved: ${sample.path}`)
  return 0
}
