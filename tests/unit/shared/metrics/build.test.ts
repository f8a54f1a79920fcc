import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { FLAG_BLANK } from '../../../../src/shared/metrics/buildSurveys'
import { dayNumber } from '../../../../src/shared/metrics/calendar'
import { CustomerStatus, MISSING_CODE, NO_DAY } from '../../../../src/shared/model/series'

describe('buildSeries: subscriptions measured on the last day of each month', () => {
  const series = buildSeries({
    subscriptions: [
      { customer: 'a', start: '2024-01-31', end: '2024-03-31', mrr: 100, product: 'CRM' },
      { customer: 'a', start: '2024-02-01', end: null, mrr: 50, product: 'BI' },
      { customer: 'b', start: '2024-02-10', end: '2024-02-20', mrr: 70 },
      { customer: 'c', start: '2024-03-15', end: '2024-04-01', mrr: 30 }
    ],
    months: { to: '2024-05' }
  })
  const mrr = (id: string) => {
    const c = series.customers.ids.indexOf(id)
    return Array.from(series.subscriptions!.mrr.subarray(c * 5, c * 5 + 5))
  }

  it('counts a subscription from its start month until the month its end falls in', () => {
    expect(series.months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'])
    // Started on Jan 31 (the last day: counts), ended on Mar 31 (not after Mar's last day: does not count in March).
    expect(mrr('a')).toEqual([100, 150, 50, 50, 50])
    // Started and ended inside February: never alive on a last day.
    expect(mrr('b')).toEqual([0, 0, 0, 0, 0])
    // Ends on Apr 1, after March's last day: counts in March.
    expect(mrr('c')).toEqual([0, 0, 30, 0, 0])
  })

  it('keeps the subscriptions as product spans', () => {
    const sub = series.subscriptions!
    expect(sub.products).toEqual(['CRM', 'BI', ''])
    const a = series.customers.ids.indexOf('a')
    expect(sub.productCount[a]).toBe(2)
    expect(Array.from(sub.spans.firstMonth.subarray(sub.spans.start[a], sub.spans.start[a + 1]))).toEqual([0, 1])
    expect(Array.from(sub.spans.endMonth.subarray(sub.spans.start[a], sub.spans.start[a + 1]))).toEqual([2, 5])
  })

  it('fills a missing signup with the first subscription start', () => {
    expect(series.customers.signupDay[series.customers.ids.indexOf('c')]).toBe(dayNumber(2024, 3, 15))
  })

  it('counts credits larger than charges as 0 MRR', () => {
    const credit = buildSeries({ subscriptions: [{ customer: 'a', start: '2024-01-01', mrr: 10 }, { customer: 'a', start: '2024-02-01', mrr: -30 }] })
    expect(Array.from(credit.subscriptions!.mrr)).toEqual([10, 0])
  })

  it('names the record of a bad date or value', () => {
    expect(() => buildSeries({ subscriptions: [{ customer: 'a', start: '2024-02-30', mrr: 1 }] })).toThrow('subscription row 1')
    expect(() => buildSeries({ subscriptions: [{ customer: 'a', start: '2024-02-03', mrr: Number.NaN }] })).toThrow('MRR')
  })
})

describe('buildSeries: transactions', () => {
  const series = buildSeries({
    revenue: [
      { customer: 'a', date: '2024-01-05', amount: 10, orderId: 'o1' },
      { customer: 'a', date: '2024-01-05', amount: 15, orderId: 'o1' },
      { customer: 'a', date: '2024-01-20', amount: 5, orderId: 'o2' },
      { customer: 'a', date: '2024-03-01', amount: 7 },
      { customer: 'a', date: '2024-03-01', amount: 8 },
      { customer: null, date: '2024-03-02', amount: 100, orderId: 'x' },
      { customer: '', date: '2024-03-02', amount: 1, orderId: 'x' }
    ]
  })

  it('sums revenue and counts distinct orders per customer-month; a line without an order id is an order', () => {
    expect(Array.from(series.transactions!.revenue)).toEqual([30, 0, 15])
    expect(Array.from(series.transactions!.orders)).toEqual([2, 0, 2])
    expect(Array.from(series.transactions!.unassignedRevenue)).toEqual([0, 0, 101])
    expect(Array.from(series.transactions!.unassignedOrders)).toEqual([0, 0, 1])
    expect(series.customers.ids).toEqual(['a'])
  })

  it('keeps one purchase day per order', () => {
    const days = series.transactions!.purchaseDays
    expect(Array.from(days.days.subarray(days.start[0], days.start[1]))).toEqual([dayNumber(2024, 1, 5), dayNumber(2024, 1, 20), dayNumber(2024, 3, 1), dayNumber(2024, 3, 1)])
  })
})

describe('buildSeries: customers', () => {
  const series = buildSeries({
    customers: [
      { id: ' a ', status: 'Ativo', attributes: { plano: 'Pro', região: 'Sul' }, acquisitionChannel: 'Indicação', mrr: 10 },
      { id: 'b', status: 'CANCELADO', churnReason: 'preço', attributes: { plano: 'Básico' }, mrr: null },
      { id: 'c', churned: true, churnDate: '2024-05-01', status: 'ativo' },
      { id: 'd', status: 'inativa', signupDate: '2024-01-02' }
    ]
  })
  const table = series.customers

  it('reads status words in Portuguese and English', () => {
    expect(Array.from(table.status)).toEqual([CustomerStatus.active, CustomerStatus.churned, CustomerStatus.active, CustomerStatus.inactive])
  })

  it('takes the churned flag first, then the status, then a churn date', () => {
    expect(Array.from(table.churned)).toEqual([0, 1, 1, 0])
    expect(table.hasChurnFlag).toBe(true)
    expect(table.churnDay[2]).toBe(dayNumber(2024, 5, 1))
    expect(table.churnDay[0]).toBe(NO_DAY)
  })

  it('encodes categorical columns with sorted dictionaries and blanks', () => {
    expect(table.ids).toEqual(['a', 'b', 'c', 'd'])
    const plano = table.attributes.find((column) => column.name === 'plano')!
    expect(plano.values).toEqual(['Básico', 'Pro'])
    expect(Array.from(plano.codes)).toEqual([1, 0, MISSING_CODE, MISSING_CODE])
    expect(table.acquisitionChannel?.values).toEqual(['Indicação'])
    expect(table.churnReason?.values).toEqual(['preço'])
    expect(Array.from(table.snapshotMrr!)).toEqual([10, NaN, NaN, NaN])
  })

  it('has no churn information without a flag, status or churn date', () => {
    expect(buildSeries({ customers: [{ id: 'x' }] }).customers.hasChurnFlag).toBe(false)
  })

  it('makes churn events of churn dates and reasons', () => {
    expect(series.churnEvents?.count).toBe(2)
    expect(series.churnEvents?.reason.values).toEqual(['preço'])
  })
})

describe('buildSeries: surveys and campaigns', () => {
  it('refuses scores outside 0..10 or not whole', () => {
    expect(() => buildSeries({ npsAnswers: [{ score: 11 }] })).toThrow('NPS answer 1')
    expect(() => buildSeries({ npsAnswers: [{ score: 7.5 }] })).toThrow('whole number')
    expect(() => buildSeries({ npsAnswers: [{ score: -1 }] })).toThrow(RangeError)
  })

  it('detects the satisfaction scale', () => {
    expect(buildSeries({ npsAnswers: [{ score: 9, satisfaction: 5 }, { score: 3, satisfaction: 1 }] }).nps?.satisfactionScale).toBe(5)
    expect(buildSeries({ npsAnswers: [{ score: 9, satisfaction: 8 }, { score: 3, satisfaction: 2 }] }).nps?.satisfactionScale).toBe(10)
    expect(buildSeries({ npsAnswers: [{ score: 9, satisfaction: 0 }] }).nps?.satisfactionScale).toBe(10)
    expect(buildSeries({ npsAnswers: [{ score: 9 }] }).nps?.satisfactionScale).toBeNull()
    expect(buildSeries({ npsAnswers: [{ score: 9, satisfaction: 4 }], satisfactionScale: 10 }).nps?.satisfactionScale).toBe(10)
  })

  it('links answers to known customers only', () => {
    const series = buildSeries({ customers: [{ id: 'a' }], npsAnswers: [{ customer: 'a', score: 9 }, { customer: 'zz', score: 2 }] })
    expect(Array.from(series.nps!.customer)).toEqual([0, -1])
    expect(series.customers.count).toBe(1)
  })

  it('guesses the control group from its name and leaves absent flag columns null', () => {
    const series = buildSeries({
      campaignRecipients: [
        { group: 'Mens E-Mail', clicked: true, converted: false },
        { group: 'No E-Mail', clicked: false, converted: true },
        { group: 'Grupo de controle', converted: false }
      ]
    })
    const recipients = series.campaignRecipients!
    expect(Array.from(recipients.control)).toEqual([0, 1, 1])
    expect(Array.from(recipients.sent)).toEqual([1, 0, 0])
    expect(recipients.opened).toBeNull()
    // The third row's click cell is blank: neither yes nor no.
    expect(Array.from(recipients.clicked!)).toEqual([1, 0, FLAG_BLANK])
  })

  it('spans the axis over every dated table, or as told', () => {
    expect(buildSeries({ activity: [{ customer: 'a', date: '2023-11-30' }], npsAnswers: [{ score: 1, date: '2024-02-01' }] }).months).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
    expect(buildSeries({ npsAnswers: [{ score: 1 }] }).months).toEqual([])
    expect(buildSeries({ months: { from: '2024-01', to: '2024-02' } }).months).toEqual(['2024-01', '2024-02'])
  })
})
