// The workspace's series read as columns (revenue and activity streamed out of SQL) against
// the series of the same rows read as records: equal, table by table, on the sample
// workspace plus generated revenue lines with the awkward cases (returns, blank customers
// and order ids, order ids shared by customers, lines of one order in two months).
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { createSampleWorkspace } from '../../../../src/main/core/sample'
import { seriesColumns } from '../../../../src/main/core/series/seriesColumns'
import { seriesInput } from '../../../../src/main/core/series/seriesInput'
import { workspaceSeries } from '../../../../src/main/core/series/workspaceSeries'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { temporaryDir } from '../sample/sampleFixture'

/** Revenue lines for customers of the sample (and a few others), seeded. */
function revenueCsv(file: string, customers: string[], lines: number): void {
  let seed = 7
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return (seed >>> 8) % n
  }
  const rows = ['cliente,data,pedido,valor']
  for (let i = 0; i < lines; i++) {
    const pick = next(20)
    const customer = pick === 0 ? '' : pick === 1 ? `NOVO${next(5)}` : customers[next(customers.length)]
    const day = `2024-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`
    const kind = next(10)
    const order = kind === 0 ? '' : kind === 1 ? String(1 + next(3)) : kind === 2 ? `C${next(50)}` : `P${Math.floor(i / 3)}`
    const cents = 100 + next(50_000)
    const amount = (kind === 2 ? -cents : next(15) === 0 ? -cents / 4 : cents) / 100
    rows.push(`${customer},${day},${order},${amount.toFixed(2)}`)
  }
  writeFileSync(file, `${rows.join('\n')}\n`)
}

describe('the workspace series read as columns', () => {
  const temp = temporaryDir()
  let workspace: Workspace

  beforeAll(async () => {
    const sample = await createSampleWorkspace(path.join(temp.dir, 'sample.pulso'), { customers: 120, filesDir: path.join(temp.dir, 'files') })
    workspace = await Workspace.open(sample.path)
    const ids = queryRows(workspace.db, 'SELECT f_customer AS id FROM data_customers').map((row) => String(row.id))
    const file = path.join(temp.dir, 'vendas.csv')
    revenueCsv(file, ids, 3000)
    await importSpreadsheet(workspace, file, { kind: 'revenue', map: { customer: 'cliente', date: 'data', orderId: 'pedido', amount: 'valor' } })
  }, 120_000)
  afterAll(() => {
    workspace.close()
    temp.remove()
  })

  it('has every kind of table to compare', () => {
    const input = seriesInput(workspace)
    expect(input.revenue?.length).toBeGreaterThan(2900)
    expect(input.activity?.length).toBeGreaterThan(100)
    expect(input.subscriptions?.length).toBeGreaterThan(100)
    expect(input.npsAnswers?.length).toBeGreaterThan(10)
    expect(input.campaignRecipients?.length).toBeGreaterThan(10)
    expect(input.revenue?.some((line) => line.amount < 0)).toBe(true)
    expect(input.revenue?.some((line) => !line.customer)).toBe(true)
    expect(input.revenue?.some((line) => !line.orderId)).toBe(true)
  })

  it('equals the series built from the records', () => {
    const columns = seriesColumns(workspace)
    expect(columns.revenue?.count).toBe(seriesInput(workspace).revenue?.length)
    expect(workspaceSeries(workspace)).toEqual(buildSeries(seriesInput(workspace)))
  })

  it('reads rows stored out of import order in import order', () => {
    const before = workspaceSeries(workspace)
    // Row numbers reversed: storage order is now the opposite of import order.
    workspace.db.run('UPDATE data_revenue SET row_number = 1000000 - row_number')
    workspace.db.run('UPDATE data_activity SET row_number = 1000000 - row_number')
    const after = workspaceSeries(workspace)
    expect(after).toEqual(buildSeries(seriesInput(workspace)))
    // Customers are numbered by first appearance, so the order shows in the ids.
    expect(after.customers.ids).not.toEqual(before.customers.ids)
    workspace.db.run('UPDATE data_revenue SET row_number = 1000000 - row_number')
    workspace.db.run('UPDATE data_activity SET row_number = 1000000 - row_number')
    expect(workspaceSeries(workspace)).toEqual(before)
  })

  it('names a line whose date cannot be read', () => {
    workspace.db.run("UPDATE data_revenue SET f_date = '2024-02-30' WHERE row_number = (SELECT min(row_number) FROM data_revenue)")
    expect(() => workspaceSeries(workspace)).toThrow(/revenue row 1: "2024-02-30"/)
  })
})
