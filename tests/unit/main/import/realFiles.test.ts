import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { Workspace } from '../../../../src/main/core/workspace/workspace'
import { realDataRoot, realDataSet } from '../../../support/realData'

/**
 * Every real data set imports as the kind it is, with all its rows, and problems only
 * where the data really is bad. Expected counts come from each folder's SOURCE.md and
 * from reading the files by hand (noted beside each case).
 */
const cases: { file: string; kind: string; sheet?: string; rowsRead: number; rowsImported: number; problems: number; why?: string }[] = [
  { file: 'telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv', kind: 'customers', rowsRead: 7043, rowsImported: 7043, problems: 11, why: "11 TotalCharges of ' '" },
  { file: 'saas-ravenstack/ravenstack_accounts.csv', kind: 'customers', rowsRead: 500, rowsImported: 500, problems: 0 },
  { file: 'saas-ravenstack/ravenstack_subscriptions.csv', kind: 'subscriptions', rowsRead: 5000, rowsImported: 5000, problems: 0 },
  { file: 'saas-ravenstack/ravenstack_churn_events.csv', kind: 'churn-events', rowsRead: 600, rowsImported: 600, problems: 0 },
  { file: 'saas-ravenstack/ravenstack_feature_usage.csv', kind: 'activity', rowsRead: 25000, rowsImported: 25000, problems: 0 },
  { file: 'nps-botanic-fr/nps.csv', kind: 'nps', rowsRead: 13954, rowsImported: 13612, problems: 342, why: '342 answers with NA for the score' },
  { file: 'nps-prepair/input_01.csv', kind: 'nps', rowsRead: 5723, rowsImported: 5723, problems: 0 },
  { file: 'nps-sudzilla/input_01.csv', kind: 'nps', rowsRead: 39, rowsImported: 39, problems: 0 },
  { file: 'email-hillstrom/hillstrom.csv', kind: 'campaign-recipients', rowsRead: 64000, rowsImported: 64000, problems: 0 },
  { file: 'online-retail-sample/Online Retail.xlsx', kind: 'revenue', sheet: 'Sheet1', rowsRead: 40000, rowsImported: 40000, problems: 0 }
]

describe.skipIf(!realDataSet('telco-churn'))('importing the real data sets', () => {
  const workspaces: Workspace[] = []
  afterAll(() => workspaces.forEach((w) => w.close()))

  for (const expected of cases) {
    it(`${expected.file}: ${expected.kind}, ${expected.rowsImported} rows${expected.why ? `, ${expected.why}` : ''}`, async () => {
      const workspace = await Workspace.create()
      workspaces.push(workspace)
      const [sheet] = await importSpreadsheet(workspace, path.join(realDataRoot, expected.file), expected.sheet ? { sheet: expected.sheet } : {})
      expect({ kind: sheet.kind, rowsRead: sheet.rowsRead, rowsImported: sheet.rowsImported, problems: sheet.problemCount }).toEqual({
        kind: expected.kind,
        rowsRead: expected.rowsRead,
        rowsImported: expected.rowsImported,
        problems: expected.problems
      })
    }, 60_000)
  }

  it('Online Retail II: both yearly sheets of the workbook, blank customers kept as guest orders', async () => {
    const workspace = await Workspace.create()
    workspaces.push(workspace)
    const sheets = await importSpreadsheet(workspace, path.join(realDataRoot, 'online-retail-ii-sample/online_retail_II.xlsx'))
    expect(sheets.map((s) => [s.sheet, s.kind, s.rowsImported, s.problemCount])).toEqual([
      ['Year 2009-2010', 'revenue', 14269, 0],
      ['Year 2010-2011', 'revenue', 20497, 0]
    ])
  }, 60_000)

  it('Telco: every problem names the row and column, and the row is still imported', async () => {
    const workspace = await Workspace.create()
    workspaces.push(workspace)
    const [sheet] = await importSpreadsheet(workspace, path.join(realDataRoot, 'telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv'))
    const lines = readFileSync(path.join(realDataRoot, 'telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv'), 'utf8').split(/\r?\n/)
    const column = lines[0].split(',').indexOf('TotalCharges')
    const blankRows = lines.flatMap((line, i) => (i > 0 && line.split(',')[column] === ' ' ? [i + 1] : []))
    expect(blankRows).toHaveLength(11)
    expect(sheet.problems.map((p) => p.row)).toEqual(blankRows)
    expect(new Set(sheet.problems.map((p) => p.column))).toEqual(new Set(['TotalCharges']))
  }, 60_000)
})
