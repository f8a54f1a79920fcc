import { describe, expect, it } from 'vitest'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'
import { defaultWorkspaceSettings, restoreWorkspaceSettings, validSetting } from '../../../../src/renderer/stores/workspaceSettings'

describe('the metric settings of a workspace', () => {
  it('default to METRICS.md: 90, 30 and 14 days, ratio 7, BRL, January', () => {
    expect(defaultWorkspaceSettings()).toEqual({ settings: { ...defaultMetricSettings }, currency: 'BRL', fiscalYearStartMonth: 1 })
  })

  it('are read back value by value, a bad value falling back to its default', () => {
    const restored = restoreWorkspaceSettings({ settings: { activityWindowDays: 7, activationDays: -1, inactivityWindowDays: 'x', acquisitionToRetentionCostRatio: 5.5 }, currency: 'USD', fiscalYearStartMonth: 4 })
    expect(restored.settings).toEqual({ ...defaultMetricSettings, activityWindowDays: 7, acquisitionToRetentionCostRatio: 5.5 })
    expect(restored.currency).toBe('USD')
    expect(restored.fiscalYearStartMonth).toBe(4)
    expect(restoreWorkspaceSettings({ currency: 'reais', fiscalYearStartMonth: 13 })).toEqual(defaultWorkspaceSettings())
    expect(restoreWorkspaceSettings(null)).toEqual(defaultWorkspaceSettings())
  })

  it('accept whole days in range and a decimal cost ratio', () => {
    expect(validSetting('activityWindowDays', 30)).toBe(true)
    expect(validSetting('activityWindowDays', 0)).toBe(false)
    expect(validSetting('activityWindowDays', 7.5)).toBe(false)
    expect(validSetting('activationDays', 0)).toBe(true)
    expect(validSetting('acquisitionToRetentionCostRatio', 6.5)).toBe(true)
    expect(validSetting('acquisitionToRetentionCostRatio', Number.NaN)).toBe(false)
  })
})
