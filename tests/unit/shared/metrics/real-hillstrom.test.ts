// Kevin Hillstrom's e-mail test (64,000 recipients: Mens / Womens e-mail and a No E-Mail control group).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { campaignLift, campaignsByGroup } from '../../../../src/shared/metrics/campaigns'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { realDataSet } from '../../../support/realData'

const dir = realDataSet('email-hillstrom')

describe.skipIf(!dir)('real data: Hillstrom e-mail conversion and lift', () => {
  const rows = dir ? Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'hillstrom.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data : []
  const series = buildSeries({
    campaignRecipients: rows.map((row) => ({
      group: row.segment,
      clicked: row.visit === '1',
      converted: row.conversion === '1',
      attributes: { channel: row.channel, zip_code: row.zip_code }
    }))
  })

  const counted: Record<string, { recipients: number; visits: number; conversions: number }> = {}
  for (const row of rows) {
    const entry = (counted[row.segment] ??= { recipients: 0, visits: 0, conversions: 0 })
    entry.recipients++
    entry.visits += Number(row.visit)
    entry.conversions += Number(row.conversion)
  }

  it('counts the published totals', () => {
    expect(counted['Mens E-Mail']).toEqual({ recipients: 21307, visits: 3894, conversions: 267 })
    expect(counted['Womens E-Mail']).toEqual({ recipients: 21387, visits: 3238, conversions: 189 })
    expect(counted['No E-Mail']).toEqual({ recipients: 21306, visits: 2262, conversions: 122 })
  })

  it('gives conversion and click (visit) rates per group, the control group detected by name', () => {
    const groups = campaignsByGroup(series, null)
    for (const [name, counts] of Object.entries(counted)) {
      expect(groups[name]).toMatchObject({ recipients: counts.recipients, converted: counts.conversions, conversionRate: counts.conversions / counts.recipients, clickRate: counts.visits / counts.recipients })
    }
    expect(groups['No E-Mail'].control).toBe(true)
    expect(groups['Mens E-Mail'].openRate).toBeNull()
  })

  it('gives the lift of each e-mail over no e-mail', () => {
    const control = counted['No E-Mail'].conversions / counted['No E-Mail'].recipients
    const lift = campaignLift(campaignsByGroup(series, null))
    expect(lift['Mens E-Mail']).toBeCloseTo(267 / 21307 - control, 12)
    expect(lift['Womens E-Mail']).toBeCloseTo(189 / 21387 - control, 12)
    expect(Object.keys(lift).sort()).toEqual(['Mens E-Mail', 'Womens E-Mail'])
  })

  it('filters recipients by their own column', () => {
    let web = 0
    let webConverted = 0
    for (const row of rows) {
      if (row.segment === 'Mens E-Mail' && row.channel === 'Web') {
        web++
        webConverted += Number(row.conversion)
      }
    }
    const dashboard = dashboardMetrics(series, { filters: [{ column: 'channel', values: ['Web'] }] })
    expect(dashboard.campaigns?.bySegment['Mens E-Mail']).toMatchObject({ recipients: web, conversionRate: webConverted / web })
  })
})
