// npm run bench readers: time reading every row of generated 100k and 1M-row files of 6
// columns (csv with commas in UTF-8, pt-BR csv with semicolons in Windows-1252, xlsx) with
// src/main/core/readers. Files are generated once into bench/data/ (git-ignored). Each
// measurement runs in its own Node process so its peak RSS is its own.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import path from 'node:path'
import { openSpreadsheet } from '../src/main/core/readers'
import { streamRawXlsx } from '../tests/fixtures/xlsxPackage'
import { writeLines } from './writeLines'

const dataDir = path.resolve(process.cwd(), 'bench/data')
const PLANS = ['Básico', 'Pro', 'Enterprise', 'Starter', 'Growth']
const FIRST = ['Ana', 'João', 'Maria', 'José', 'Lúcia', 'Pedro', 'Camila', 'Rafael', 'Beatriz', 'Gonçalves']
const LAST = ['Silva', 'Souza', 'Oliveira', 'Pereira', 'Lima', 'Araújo', 'Ferreira', 'Costa', 'Ribeiro', 'Martins']

interface GeneratedRow {
  id: number
  name: string
  day: number
  amount: number
  plan: string
  active: boolean
}

/** A deterministic row: the same file every run. */
function rowAt(i: number): GeneratedRow {
  const h = Math.imul(i + 1, 2654435761) >>> 0
  return {
    id: 100000 + i,
    name: `${FIRST[h % 10]} ${LAST[(h >>> 4) % 10]} ${h % 997}`,
    day: 44927 + (h % 1096),
    amount: ((h >>> 8) % 2_000_000) / 100,
    plan: PLANS[(h >>> 3) % PLANS.length],
    active: (h & 16) === 0
  }
}

function isoDay(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
}

function brDay(serial: number): string {
  const [y, m, d] = isoDay(serial).split('-')
  return `${d}/${m}/${y}`
}

function brAmount(n: number): string {
  const [whole, cents] = n.toFixed(2).split('.')
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`
}

function* xlsxRows(count: number, names: Map<string, number>): Generator<string> {
  yield '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>'
  for (let i = 0; i < count; i++) {
    const r = rowAt(i)
    const n = i + 2
    yield `<row r="${n}"><c r="A${n}"><v>${r.id}</v></c><c r="B${n}" t="s"><v>${names.get(r.name)}</v></c><c r="C${n}" s="1"><v>${r.day}</v></c><c r="D${n}"><v>${r.amount}</v></c><c r="E${n}" t="s"><v>${names.get(r.plan)}</v></c><c r="F${n}" t="b"><v>${r.active ? 1 : 0}</v></c></row>`
  }
}

async function generate(kind: string, count: number): Promise<string> {
  const label = count >= 1_000_000 ? `${count / 1_000_000}m` : `${count / 1000}k`
  const file = path.join(dataDir, `readers-${kind}-${label}.${kind === 'xlsx' ? 'xlsx' : 'csv'}`)
  if (existsSync(file)) return file
  mkdirSync(dataDir, { recursive: true })
  if (kind === 'csv') {
    await writeLines(file, 'id,name,signup_date,amount,plan,active', count, (i) => {
      const r = rowAt(i)
      return `${r.id},${r.name},${isoDay(r.day)},${r.amount.toFixed(2)},${r.plan},${r.active}`
    }, 'utf8')
  } else if (kind === 'csv-ptbr') {
    await writeLines(file, 'código;cliente;data de adesão;valor;plano;ativo', count, (i) => {
      const r = rowAt(i)
      return `${r.id};${r.name};${brDay(r.day)};"${brAmount(r.amount)}";${r.plan};${r.active ? 'Sim' : 'Não'}`
    }, 'latin1')
  } else {
    const strings = new Set(['id', 'name', 'signup_date', 'amount', 'plan', 'active', ...PLANS])
    for (let i = 0; i < count; i++) strings.add(rowAt(i).name)
    const unique = [...strings]
    const index = new Map(unique.map((s, i) => [s, i]))
    await streamRawXlsx(`${file}.tmp`, { sheetName: 'Clientes', sharedStrings: unique, numFmts: [{ id: 164, code: 'dd/mm/yyyy' }], cellXfs: [0, 164] }, xlsxRows(count, index))
    await rename(`${file}.tmp`, file)
  }
  return file
}

/** Child process: reads every row of one file and prints the figures. */
async function measure(file: string, label: string): Promise<void> {
  const start = performance.now()
  const sheet = await openSpreadsheet(file)
  let rows = 0
  let cells = 0
  for await (const batch of sheet.rowBatches()) {
    rows += batch.rows.length
    for (const row of batch.rows) cells += row.cells.length
  }
  const ms = performance.now() - start
  const peakRssMiB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ case: label, ms: Math.round(ms), rows: rows - 1, cells, rowsPerSec: Math.round(((rows - 1) / ms) * 1000), peakRssMiB: Math.round(peakRssMiB) }))
}

async function main(): Promise<void> {
  if (process.argv[2] === 'measure') return measure(process.argv[3], process.argv[4])
  const cases: [string, string][] = [
    ['csv', 'csv read'],
    ['csv-ptbr', 'csv pt-BR (;, Windows-1252) read'],
    ['xlsx', 'xlsx read']
  ]
  for (const count of [100_000, 1_000_000]) {
    for (const [kind, name] of cases) {
      const file = await generate(kind, count)
      const label = `${name} ${count >= 1_000_000 ? '1M' : '100k'} x 6`
      const run = spawnSync(process.execPath, [process.argv[1], 'measure', file, label], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
      process.stdout.write(run.stdout)
      if (run.status !== 0) process.exitCode = 1
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
