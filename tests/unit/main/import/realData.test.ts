import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectTable, type TableDetection } from '../../../../src/main/core/import/detect'
import { realDataSet } from '../../../support/realData'
import { csvRows, xlsxRows } from './sheetRows'

/** field -> header of a detection, for compact expectations. */
const fields = (detection: TableDetection): Record<string, string> => Object.fromEntries(detection.mapping.map((m) => [m.field, m.header]))

const telco = realDataSet('telco-churn')
describe.skipIf(!telco)('Telco customer churn', () => {
  it('is a customers table with a churned flag', () => {
    const detection = detectTable(csvRows(path.join(telco as string, 'WA_Fn-UseC_-Telco-Customer-Churn.csv')))
    expect(detection).toMatchObject({ kind: 'customers', headerRow: 0, dataStart: 1, missing: [], totalsRow: null })
    expect(fields(detection)).toMatchObject({ customer: 'customerID', churned: 'Churn', plan: 'Contract', mrr: 'MonthlyCharges' })
    expect(detection.confidence).toBeGreaterThan(0.7)
    expect(detection.conventions[detection.headers.indexOf('TotalCharges')].decimal).toBe('.')
  })
})

const raven = realDataSet('saas-ravenstack')
describe.skipIf(!raven)('RavenStack SaaS', () => {
  const detect = (file: string): TableDetection => detectTable(csvRows(path.join(raven as string, file)))

  it('accounts are customers, referral_source the acquisition channel', () => {
    const detection = detect('ravenstack_accounts.csv')
    expect(detection.kind).toBe('customers')
    expect(fields(detection)).toEqual({
      customer: 'account_id', name: 'account_name', segment: 'industry', plan: 'plan_tier', region: 'country',
      signupDate: 'signup_date', churned: 'churn_flag', channel: 'referral_source'
    })
  })

  it('subscriptions are subscriptions with start, end and MRR', () => {
    const detection = detect('ravenstack_subscriptions.csv')
    expect(detection).toMatchObject({ kind: 'subscriptions', missing: [] })
    expect(fields(detection)).toMatchObject({ customer: 'account_id', subscription: 'subscription_id', startDate: 'start_date', endDate: 'end_date', mrr: 'mrr_amount', plan: 'plan_tier', quantity: 'seats' })
  })

  it('churn events are their own kind: dated, repeatable, with reasons', () => {
    const detection = detect('ravenstack_churn_events.csv')
    expect(detection).toMatchObject({ kind: 'churn-events', missing: [] })
    expect(fields(detection)).toEqual({ customer: 'account_id', date: 'churn_date', reason: 'reason_code', comment: 'feedback_text', refund: 'refund_amount_usd', reactivation: 'is_reactivation' })
  })

  it('feature usage is activity keyed by subscription', () => {
    const detection = detect('ravenstack_feature_usage.csv')
    expect(detection).toMatchObject({ kind: 'activity', missing: [] })
    expect(fields(detection)).toEqual({ subscription: 'subscription_id', date: 'usage_date', event: 'feature_name', quantity: 'usage_count' })
  })
})

const botanic = realDataSet('nps-botanic-fr')
describe.skipIf(!botanic)('Botanic NPS (Latin-1, NA, unnamed first column)', () => {
  it('is NPS answers with score, satisfaction and French comments', () => {
    const detection = detectTable(csvRows(path.join(botanic as string, 'nps.csv')))
    expect(detection).toMatchObject({ kind: 'nps', missing: [] })
    expect(detection.headers[0]).toBe('Column A')
    expect(fields(detection)).toEqual({ customer: 'id', score: 'nps', satisfaction: 'satisfaction', comment: 'explication' })
  })
})

const prepAir = realDataSet('nps-prepair')
describe.skipIf(!prepAir)('Prep Air NPS', () => {
  it.each(['input_01.csv', 'input_02.csv'])('%s is NPS answers scored by the recommend question', (file) => {
    const detection = detectTable(csvRows(path.join(prepAir as string, file)))
    expect(detection).toMatchObject({ kind: 'nps', missing: [] })
    expect(fields(detection)).toEqual({ customer: 'CustomerID', score: 'How likely are you to recommend this airline?' })
  })
})

const sudzilla = realDataSet('nps-sudzilla')
describe.skipIf(!sudzilla)('Sudzilla survey', () => {
  it.each(['input_01.csv', 'input_02.csv'])('%s is NPS answers: the first 0-10 question, the why, the timestamp', (file) => {
    const detection = detectTable(csvRows(path.join(sudzilla as string, file)), { defaults: { decimal: '.', dateOrder: 'mdy', dateSystem: 1900 } })
    expect(detection).toMatchObject({ kind: 'nps', missing: [] })
    expect(fields(detection)).toEqual({ date: 'Timestamp', score: 'On a scale of 0-10, how would you rate Sudzilla?', comment: '...why?' })
    expect(detection.conventions[0].dateOrder).toBe('mdy')
  })
})

const hillstrom = realDataSet('email-hillstrom')
describe.skipIf(!hillstrom)('Hillstrom e-mail test', () => {
  it('is a per-recipient campaign with the No E-Mail control group', () => {
    const detection = detectTable(csvRows(path.join(hillstrom as string, 'hillstrom.csv')))
    expect(detection).toMatchObject({ kind: 'campaign-recipients', missing: [], controlGroup: 'No E-Mail' })
    expect(fields(detection)).toMatchObject({ group: 'segment', clicked: 'visit', converted: 'conversion', revenue: 'spend' })
  })
})

const retail = realDataSet('online-retail-sample')
const retailII = realDataSet('online-retail-ii-sample')
describe.skipIf(!retail || !retailII)('Online Retail (xlsx)', () => {
  it('both files, every sheet: revenue lines as quantity x unit price, invoice as order', async () => {
    const books = [
      [path.join(retail as string, 'Online Retail.xlsx'), 'UnitPrice', 'InvoiceNo', 'CustomerID'],
      [path.join(retailII as string, 'online_retail_II.xlsx'), 'Price', 'Invoice', 'Customer ID']
    ]
    for (const [file, price, invoice, customer] of books) {
      for (const rows of (await xlsxRows(file, 200)).values()) {
        const detection = detectTable(rows)
        expect(detection).toMatchObject({ kind: 'revenue', missing: [], totalsRow: null })
        expect(fields(detection)).toEqual({
          customer, date: 'InvoiceDate', quantity: 'Quantity', unitPrice: price, orderId: invoice,
          product: 'Description', productCode: 'StockCode', region: 'Country'
        })
      }
    }
  }, 60_000)
})
