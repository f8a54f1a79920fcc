import { z } from 'zod'
import { defaultMetricSettings, metricSettings } from '../../../shared/metrics/settings'
import type { WorkspaceSettings } from '../../../shared/model/workspaceSettings'
import type { Workspace } from './workspace'

const settingsKey = 'workspaceSettings'

/** What a workspace may store as its settings: whole or decimal numbers in sane ranges. */
export const workspaceSettingsSchema = z
  .object({
    settings: z
      .object({
        inactivityWindowDays: z.number().int().min(1).max(3650),
        activityWindowDays: z.number().int().min(1).max(3650),
        activationDays: z.number().int().min(0).max(365),
        acquisitionToRetentionCostRatio: z.number().min(0.1).max(100),
        ltvChurnMonths: z.number().int().min(1).max(36),
        surveyRecentPurchaseDays: z.number().int().min(1).max(3650),
        surveyQuietDays: z.number().int().min(0).max(3650)
      })
      .partial()
      .strict(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    fiscalYearStartMonth: z.number().int().min(1).max(12)
  })
  .strict()

/** The workspace's settings, each missing or damaged value at its default. */
export function readWorkspaceSettings(workspace: Workspace): WorkspaceSettings {
  const parsed = workspaceSettingsSchema.safeParse(workspace.setting(settingsKey, null))
  if (!parsed.success) return { settings: { ...defaultMetricSettings }, currency: 'BRL', fiscalYearStartMonth: 1 }
  return { settings: metricSettings(parsed.data.settings), currency: parsed.data.currency, fiscalYearStartMonth: parsed.data.fiscalYearStartMonth }
}

/** Keeps the settings in the workspace (the caller saves the file). */
export function writeWorkspaceSettings(workspace: Workspace, next: z.output<typeof workspaceSettingsSchema>): WorkspaceSettings {
  workspace.setSetting(settingsKey, next)
  return readWorkspaceSettings(workspace)
}
