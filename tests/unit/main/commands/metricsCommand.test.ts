// `pulso metrics` options on a small workspace whose numbers are worked out by hand below,
// its readable tables, its errors (exit codes 1 and 2) and an empty workspace.
import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Workspace } from '../../../../src/main/core/workspace/workspace'
import { cli, importFiles, metricsJson, temporaryDir } from './cliRun'

const temp = temporaryDir()
afterAll(() => temp.remove())
const workspace = temp.file('small.pulso')

// Five customers; c3 adds a second subscription in May (expansion); c2, c4, c5 leave.
const customers = `customer_id,plan,channel,signup_date,churn_date,churn_reason
c1,Pro,Indicação,2024-01-05,,
c2,Basic,Google,2024-01-10,2024-04-20,Preço
c3,Pro,Indicação,2024-02-03,,
c4,Basic,Google,2024-03-01,2024-06-15,Suporte
c5,Pro,Evento,2024-05-02,2024-07-10,Preço
`
const subscriptions = `customer_id,start_date,end_date,mrr
c1,2024-01-05,,100
c2,2024-01-10,2024-04-20,50
c3,2024-02-03,,80
c3,2024-05-01,,40
c4,2024-03-01,2024-06-15,60
c5,2024-05-02,2024-07-10,200
`

beforeAll(async () => {
  writeFileSync(temp.file('clientes.csv'), customers)
  writeFileSync(temp.file('assinaturas.csv'), subscriptions)
  await importFiles(workspace, [temp.file('clientes.csv'), temp.file('assinaturas.csv')])
})

describe('pulso metrics --json', () => {
  it('gives every month of the data, MRR measured on the last day', async () => {
    const metrics = await metricsJson(workspace)
    expect(metrics.period).toEqual({ from: '2024-01', to: '2024-07' })
    // Jan: c1 100 + c2 50; Feb: + c3 80; Mar: + c4 60; Apr: - c2; May: + c3 40 + c5 200; Jun: - c4; Jul: - c5.
    expect(metrics.months.map((month) => month.mrr)).toEqual([150, 230, 290, 240, 480, 420, 220])
    expect(metrics.months[3]).toMatchObject({ month: '2024-04', startCustomers: 4, churnedCustomers: 1, customerChurnRate: 0.25, churnedMrr: 50 })
    expect(metrics.churnReasons).toEqual({ Preço: { customers: 2, mrr: 250 }, Suporte: { customers: 1, mrr: 60 } })
    expect(metrics.referral).toMatchObject({ newCustomers: 5, referredCustomers: 2, referredShare: 0.4, bySource: { Indicação: 2, Google: 2, Evento: 1 } })
  })

  it('takes --from/--to, --segment and --group-by together', async () => {
    const pro = await metricsJson(workspace, '--from', '2024-04', '--to', '2024-07', '--segment', 'plan=Pro', '--group-by', 'channel')
    // Pro at the end of March: c1 100 + c3 80; at the end of July: c1 100 + c3 120. c5 came and left inside P.
    expect(pro.summary).toMatchObject({ startMrr: 180, mrr: 220, expansionMrr: 40, startCustomers: 2, churnedCustomers: 0, customerChurnRate: 0, grr: 1, nrr: 220 / 180 })
    expect(pro.months.map((month) => month.month)).toEqual(['2024-04', '2024-05', '2024-06', '2024-07'])
    expect(pro.churnReasons).toEqual({ Preço: { customers: 1, mrr: 200 } })
    expect(pro.groups?.column).toBe('channel')
    expect(pro.groups?.values.Indicação).toMatchObject({ startMrr: 180, mrr: 220, customers: 2 })
    expect(pro.snapshot?.bySegment.channel).toMatchObject({ Evento: { customers: 1, churned: 1 }, Indicação: { customers: 2, churned: 0 } })
  })

  it('takes a repeated --segment column as alternatives', async () => {
    const both = await metricsJson(workspace, '--segment', 'channel=Google', '--segment', 'channel=Evento')
    expect(both.snapshot).toMatchObject({ customers: 3, churned: 3 })
  })
})

describe('pulso metrics, readable', () => {
  it('prints the summary, churn reasons, referral and the last 6 months', async () => {
    const run = await cli('metrics', workspace)
    expect(run.code).toBe(0)
    expect(run.out).toContain('MRR at the end         220')
    expect(run.out).toMatch(/Churn reasons\n\s+reason\s+customers\s+lost MRR\n\s+Preço\s+2\s+250\n\s+Suporte\s+1\s+60/)
    expect(run.out).toContain('2 of 5 new customers referred (40.0 %)')
    expect(run.out).toMatch(/Months \(last 6\)\n\s+month\s+MRR\s+new\s+expansion\s+churned MRR\s+customers\s+customer churn\n\s+2024-02\s+230/)
    expect(run.out).toMatch(/2024-07\s+220\s+0\s+0\s+200\s+2\s+33\.3 %/)
    expect(run.out).not.toContain('2024-01  ')
  })

  it('prints the groups of --group-by', async () => {
    const run = await cli('metrics', workspace, '--group-by', 'plan', '--from', '2024-04', '--to', '2024-04')
    expect(run.out).toMatch(/By plan\n\s+value\s+customers\s+MRR\s+customer churn\s+NRR\n\s+Basic\s+1\s+60\s+50\.0 %/)
  })
})

describe('pulso metrics errors', () => {
  it.each([
    [['--segment', 'plano=Pro'], 'No column "plano" to filter by: the columns are plan, channel'],
    [['--group-by', 'plano'], 'No column "plano" to group by']
  ])('exits 1 on a column the data lacks (%j), naming the columns there are', async (extra, message) => {
    const run = await cli('metrics', workspace, ...extra)
    expect(run.code).toBe(1)
    expect(run.out).toBe('')
    expect(run.err).toContain(message)
  })

  it.each([
    [['--segment', 'plan']],
    [['--from', '2024-13']],
    [['--to', '24-01']],
    [[]]
  ])('exits 2 on wrong usage %j', async (extra) => {
    const run = extra.length ? await cli('metrics', workspace, ...extra) : await cli('metrics')
    expect(run.code).toBe(2)
    expect(run.err).toContain('pulso --help')
  })

  it('exits 1 on a file that is not a workspace', async () => {
    const run = await cli('metrics', temp.file('clientes.csv'))
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/^pulso: /)
  })
})

describe('pulso metrics on an empty workspace', () => {
  it('says there is nothing to measure, and gives nulls as JSON', async () => {
    const empty = await Workspace.create()
    empty.save(temp.file('empty.pulso'))
    empty.close()
    const run = await cli('metrics', temp.file('empty.pulso'))
    expect(run.code).toBe(0)
    expect(run.out).toContain('no data to measure yet')
    expect(await metricsJson(temp.file('empty.pulso'))).toMatchObject({
      period: null, summary: null, snapshot: null, months: [], referral: null, churnReasons: {}, activity: null, nps: null, orders: null, cohorts: null, campaigns: null, groups: null
    })
  })
})
