import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSpreadsheet, type SheetRow } from '../../../../src/main/core/readers'
import { realDataSet } from '../../../support/realData'
import { readWithExcelJs, readWithPulso } from './readBoth'

const retail = realDataSet('online-retail-sample')
const retailII = realDataSet('online-retail-ii-sample')
const telco = realDataSet('telco-churn')
const botanic = realDataSet('nps-botanic-fr')
const ravenstack = realDataSet('saas-ravenstack')

async function allRows(file: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = []
  for await (const row of (await openSpreadsheet(file)).rows()) rows.push(row)
  return rows
}

describe.skipIf(!retail)('real xlsx: Online Retail sample (openpyxl, inline strings)', () => {
  it('agrees with exceljs cell for cell', async () => {
    const file = path.join(retail ?? '', 'Online Retail.xlsx')
    const ours = await readWithPulso(file)
    const theirs = await readWithExcelJs(file)
    expect(ours.map((s) => s.name)).toEqual(['Sheet1'])
    expect(ours[0].rows.size).toBe(40_001)
    expect(ours[0].rows).toEqual(theirs[0].rows)
    expect(ours[0].rows.get(2)).toEqual([573415, 21166, 'COOK WITH WINE METAL SIGN ', 1, { kind: 'date', value: '2011-10-30T16:17:00' }, 2.08, 13607, 'United Kingdom'])
  })
})

describe.skipIf(!retailII)('real xlsx: Online Retail II sample (Excel for Mac, shared strings, two sheets)', () => {
  it('agrees with exceljs cell for cell on both sheets', async () => {
    const file = path.join(retailII ?? '', 'online_retail_II.xlsx')
    const ours = await readWithPulso(file)
    const theirs = await readWithExcelJs(file)
    expect(ours.map((s) => [s.name, s.rows.size])).toEqual([
      ['Year 2009-2010', 14_270],
      ['Year 2010-2011', 20_498]
    ])
    for (let i = 0; i < 2; i++) expect(ours[i].rows).toEqual(theirs[i].rows)
  })
})

describe.skipIf(!telco)('real csv: Telco churn', () => {
  it('reads 7,043 customers and keeps the blank TotalCharges as written', async () => {
    const file = path.join(telco ?? '', 'WA_Fn-UseC_-Telco-Customer-Churn.csv')
    const book = await openSpreadsheet(file)
    expect(book.csv).toEqual({ encoding: 'utf-8', delimiter: ',', bom: false })
    const rows = await allRows(file)
    expect(rows).toHaveLength(7_044)
    expect(rows[0].cells).toHaveLength(21)
    expect(rows[1].cells.slice(0, 2)).toEqual(['7590-VHVEG', 'Female'])
    expect(rows.filter((r) => r.cells[19] === ' ')).toHaveLength(11)
    expect(rows.filter((r) => r.cells[20] === 'Yes')).toHaveLength(1_869)
  })
})

describe.skipIf(!botanic)('real csv: Botanic NPS (Windows-1252, NA for missing)', () => {
  it('reads 13,954 answers with their French accents', async () => {
    const file = path.join(botanic ?? '', 'nps.csv')
    const book = await openSpreadsheet(file)
    expect(book.csv?.encoding).toBe('windows-1252')
    const rows = await allRows(file)
    expect(rows).toHaveLength(13_955)
    expect(rows[0].cells).toEqual([null, 'id', 'nps', 'satisfaction', 'intention', 'explication', 'NbPassageKS', 'CaTicket', 't'])
    expect(rows[2].cells[5]).toBe("Il y a très peu de caisse ouverte et le délai d'attente est particulièrement long!!!!")
    expect(rows.filter((r) => r.cells[2] === 'NA')).toHaveLength(342)
    expect(rows.filter((r) => r.cells[2] === '10')).toHaveLength(5_978)
    expect(rows.filter((r) => r.cells[5] !== 'NA' && r.rowNumber > 1)).toHaveLength(3_839)
  })
})

describe.skipIf(!ravenstack)('real csv: RavenStack', () => {
  it.each([
    ['ravenstack_accounts.csv', 500, 10],
    ['ravenstack_subscriptions.csv', 5_000, 14],
    ['ravenstack_churn_events.csv', 600, 9],
    ['ravenstack_feature_usage.csv', 25_000, 8],
    ['ravenstack_support_tickets.csv', 2_000, 9]
  ])('%s has %i rows of %i columns', async (name, count, columns) => {
    const rows = await allRows(path.join(ravenstack ?? '', name))
    expect(rows).toHaveLength(count + 1)
    expect(rows[0].cells).toHaveLength(columns)
    expect(rows.at(-1)?.rowNumber).toBe(count + 1)
  })

  it('keeps subscription values as text', async () => {
    const rows = await allRows(path.join(ravenstack ?? '', 'ravenstack_subscriptions.csv'))
    expect(rows[0].cells.slice(0, 4)).toEqual(['subscription_id', 'account_id', 'start_date', 'end_date'])
    expect(rows.filter((r) => r.cells[3] === null && r.rowNumber > 1)).toHaveLength(4_514)
  })
})
