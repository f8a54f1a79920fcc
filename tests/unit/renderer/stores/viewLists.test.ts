import { describe, expect, it } from 'vitest'
import { activityAt } from '../../../../src/shared/metrics/activation'
import { campaignsByGroup, surveyDueList } from '../../../../src/shared/metrics/campaigns'
import { cohortTable } from '../../../../src/shared/metrics/cohorts'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { npsSummary } from '../../../../src/shared/metrics/nps'
import { metricSettings } from '../../../../src/shared/metrics/settings'
import { activityByMonth } from '../../../../src/shared/metrics/activityByMonth'
import { customersBehind } from '../../../../src/shared/metrics/customersBehind'
import { cohortCellCustomers, cohortCounts } from '../../../../src/renderer/stores/cohortCells'
import { activityCustomers, answersTable, campaignGroupRecipients, churnedTable, cohortCustomers, customersAt, surveyDueTable } from '../../../../src/renderer/stores/customersBehind'
import { churnedCustomers, customerActivityAt, customerSelection } from '../../../../src/renderer/stores/customerLists'
import { filterComments, npsAnswerRows } from '../../../../src/renderer/stores/npsAnswers'
import { companySeries } from '../viewFixtures'

const series = companySeries()
const settings = metricSettings()
const year = { from: '2024-01', to: '2024-12' }
const enterprise = [{ column: 'Segmento', values: ['Enterprise'] }]

describe('the customers behind each number agree with the engine', () => {
  it('activity: the active and inactive customers of every month are as many as activityAt counts, for any window', () => {
    let inactive = 0
    for (const window of [7, 30, 90]) {
      const chosen = { ...settings, activityWindowDays: window }
      for (const selection of [null, customerSelection(series, enterprise)]) {
        const trend = activityByMonth(series, year, selection, chosen)
        series.months.forEach((_, m) => {
          const split = activityAt(series, series.monthEndDay[m], selection, chosen)
          const rows = customerActivityAt(series, series.monthEndDay[m], selection, chosen)
          expect(rows.filter((row) => !row.active).length).toBe(split?.inactive)
          expect(rows.filter((row) => row.active).length).toBe(split?.active)
          expect([trend?.active[m], trend?.inactive[m]]).toEqual([split?.active, split?.inactive])
          expect(activityCustomers(series, m, selection, chosen, false).rows.length).toBe(split?.inactive)
          inactive += split?.inactive ?? 0
        })
      }
    }
    expect(inactive).toBeGreaterThan(50)
  })

  it('cohorts: counts over sizes are the engine cells, null after the last month, and a cell opens as many customers as it counts', () => {
    for (const period of [year, { from: '2024-04', to: '2024-06' }, { from: '2024-09', to: '2024-09' }]) {
      const engine = cohortTable(series, period, null)
      const counts = cohortCounts(series, period, null)
      expect(counts.map((row) => row.cohort)).toEqual(engine?.rows.map((row) => row.cohort))
      counts.forEach((row, r) => {
        const reference = engine?.rows[r]
        expect(row.customers.map((cell) => (cell === null ? null : cell / row.size))).toEqual(reference?.logoRetention)
        row.revenue?.forEach((cell, k) => {
          const expected = reference?.revenueRetention?.[k] ?? null
          if (expected === null) expect(cell).toBeNull()
          else expect((cell ?? 0) / (row.revenue?.[0] ?? 1)).toBeCloseTo(expected, 12)
        })
        row.customers.forEach((cell, k) => {
          if (cell !== null) expect(cohortCellCustomers(series, period, null, row.cohort, k).length).toBe(cell)
        })
      })
    }
    const first = cohortCounts(series, year, null)[0]
    expect(cohortCustomers(series, year, null, first.cohort, 2).rows.length).toBe(first.customers[2])
  })

  it('KPIs: the customers at the end of a period and the churned ones are as many as the summary counts', () => {
    for (const filters of [[], enterprise]) {
      for (const period of [{ from: '2024-06', to: '2024-06' }, { from: '2024-04', to: '2024-09' }]) {
        const summary = dashboardMetrics(series, { period, filters }).summary
        const last = series.months.indexOf(period.to)
        expect(customersAt(series, last, customerSelection(series, filters), settings).rows.length).toBe(summary?.customers)
        expect(churnedTable(series, churnedCustomers(series, period, filters, settings), last).rows.length).toBe(summary?.churnedCustomers)
      }
    }
  })

  it('NPS: the answers of a period are the responses the engine counts; filters apply to the answers', () => {
    const rows = npsAnswerRows(series, { from: '2024-03', to: '2024-08' }, [], settings)
    expect(rows.length).toBe(npsSummary(series, { from: '2024-03', to: '2024-08' }, null)?.responses)
    const filtered = npsAnswerRows(series, year, enterprise, settings)
    const nps = dashboardMetrics(series, { period: year, filters: enterprise }).nps
    expect(filtered.length).toBe(nps?.responses)
    expect(answersTable(filtered.filter((row) => row.score === 10)).rows.length).toBe(nps?.distribution[10])
    const behind = customersBehind(series, { period: year, filters: enterprise, settings })
    expect(filtered.filter((row) => row.group === 'promoter').map((row) => row.answer)).toEqual(Array.from(behind.promoters))
    expect(filtered.filter((row) => row.group === 'passive').length).toBe(nps?.passives)
    expect(filtered.filter((row) => row.group === 'detractor').length).toBe(nps?.detractors)
  })

  it('campaigns: a group opens its recipients; the survey list is the engine list', () => {
    const groups = campaignsByGroup(series, null)
    const words = { yes: 'yes', no: 'no' }
    const behind = customersBehind(series, { period: year, settings })
    for (const [key, group] of Object.entries(groups)) {
      const rows = campaignGroupRecipients(series, key, year, [], settings, words).rows
      expect(rows.length, key).toBe(group.recipients)
      expect(rows.filter((row) => row.cells[2] === 'yes').length, key).toBe(behind.converterGroups.filter((converter) => converter === key).length)
    }
    expect(behind.converterRows.length).toBeGreaterThan(0)
    const due = surveyDueList(series, series.monthEndDay[11], null, settings)
    expect(surveyDueTable(series, due, 11).rows.map((row) => row.cells[0])).toEqual(due.map((row) => row.id))
  })
})

describe('the comments list', () => {
  const rows = npsAnswerRows(series, year, [], settings)

  it('searches without accents or case, by every word', () => {
    const found = filterComments(rows, { group: null, search: 'RAPIDO atencioso', sort: 'newest' })
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((row) => row.comment === 'Suporte rápido e atencioso')).toBe(true)
    expect(filterComments(rows, { group: null, search: 'implantacao', sort: 'newest' }).every((row) => row.comment?.includes('implantação'))).toBe(true)
  })

  it('keeps one group, leaves out answers without a comment, and sorts by date or score', () => {
    const detractors = filterComments(rows, { group: 'detractor', search: '', sort: 'lowest' })
    expect(detractors.every((row) => row.score <= 6 && row.comment !== null)).toBe(true)
    expect(detractors.map((row) => row.score)).toEqual([...detractors.map((row) => row.score)].sort((a, b) => a - b))
    const newest = filterComments(rows, { group: null, search: '', sort: 'newest' }).map((row) => row.date ?? '')
    expect(newest).toEqual([...newest].sort().reverse())
    expect(filterComments(rows, { group: null, search: '', sort: 'oldest' }).length).toBe(rows.filter((row) => row.comment).length)
  })
})
