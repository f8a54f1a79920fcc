// Generated revenue-line files for the import benchmark: 6 columns (customer, date, order,
// product, quantity, amount), as comma csv (UTF-8, ISO dates), pt-BR csv (`;`, Latin-1,
// dd/mm/yyyy, `1.234,56`) and xlsx (real dates, shared strings). Deterministic; written once
// into bench/data (git-ignored).
import { existsSync, mkdirSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import path from 'node:path'
import { streamRawXlsx } from '../tests/fixtures/xlsxPackage'
import { writeLines } from './writeLines'

export const benchDataDir = path.resolve(process.cwd(), 'bench/data')
const PRODUCTS = ['Plano Essencial', 'Plano Profissional', 'Plano Empresarial', 'Módulo BI', 'Módulo Atendimento', 'Consultoria']

interface Line {
  customer: string
  serial: number
  order: string
  product: string
  quantity: number
  amount: number
}

function lineAt(i: number): Line {
  const h = Math.imul(i + 1, 2654435761) >>> 0
  return { customer: `C${(h % 60_000).toString().padStart(5, '0')}`, serial: 44927 + (h % 1096), order: `P${Math.floor(i / 3)}`, product: PRODUCTS[(h >>> 5) % PRODUCTS.length], quantity: 1 + ((h >>> 9) % 5), amount: ((h >>> 8) % 500_000) / 100 }
}

function isoDay(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
}

function brAmount(n: number): string {
  const [whole, cents] = n.toFixed(2).split('.')
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`
}

function* xlsxRows(count: number, index: Map<string, number>): Generator<string> {
  yield `<row r="1">${[0, 1, 2, 3, 4, 5].map((s, c) => `<c r="${'ABCDEF'[c]}1" t="s"><v>${s}</v></c>`).join('')}</row>`
  for (let i = 0; i < count; i++) {
    const l = lineAt(i)
    const n = i + 2
    yield `<row r="${n}"><c r="A${n}" t="s"><v>${index.get(l.customer)}</v></c><c r="B${n}" s="1"><v>${l.serial}</v></c><c r="C${n}" t="s"><v>${index.get(l.order)}</v></c><c r="D${n}" t="s"><v>${index.get(l.product)}</v></c><c r="E${n}"><v>${l.quantity}</v></c><c r="F${n}"><v>${l.amount}</v></c></row>`
  }
}

/** The file of one format and size, generated when missing. */
export async function revenueFile(format: 'csv' | 'csv-ptbr' | 'xlsx', count: number): Promise<string> {
  const label = count >= 1_000_000 ? `${count / 1_000_000}m` : `${count / 1000}k`
  const file = path.join(benchDataDir, `revenue-${format}-${label}.${format === 'xlsx' ? 'xlsx' : 'csv'}`)
  if (existsSync(file)) return file
  mkdirSync(benchDataDir, { recursive: true })
  if (format === 'csv') {
    await writeLines(file, 'customer_id,invoice_date,invoice_no,product,quantity,amount', count, (i) => {
      const l = lineAt(i)
      return `${l.customer},${isoDay(l.serial)},${l.order},${l.product},${l.quantity},${l.amount.toFixed(2)}`
    }, 'utf8')
  } else if (format === 'csv-ptbr') {
    await writeLines(file, 'Código do Cliente;Data da Compra;Pedido;Produto;Quantidade;Valor (R$)', count, (i) => {
      const l = lineAt(i)
      const [y, m, d] = isoDay(l.serial).split('-')
      return `${l.customer};${d}/${m}/${y};${l.order};${l.product};${l.quantity};"R$ ${brAmount(l.amount)}"`
    }, 'latin1')
  } else {
    const strings = ['Cliente', 'Data', 'Pedido', 'Produto', 'Quantidade', 'Valor', ...PRODUCTS]
    const seen = new Set(strings)
    for (let i = 0; i < count; i++) {
      const l = lineAt(i)
      for (const text of [l.customer, l.order]) {
        if (seen.has(text)) continue
        seen.add(text)
        strings.push(text)
      }
    }
    const index = new Map(strings.map((s, i) => [s, i]))
    await streamRawXlsx(`${file}.tmp`, { sheetName: 'Vendas', sharedStrings: strings, numFmts: [{ id: 164, code: 'dd/mm/yyyy' }], cellXfs: [0, 164] }, xlsxRows(count, index))
    await rename(`${file}.tmp`, file)
  }
  return file
}
