/** The report's sheets in order, each written when the workspace has its data, else listed in About with the reason. */
import type { PeriodComparison } from '../../../shared/metrics/comparison'
import type { ReportContext } from './reportContext'
import { aboutSheet, type AboutFacts } from './sheets/aboutSheet'
import { activationSheet } from './sheets/activationSheet'
import { campaignSheet } from './sheets/campaignSheet'
import { churnSheet, hasChurnData } from './sheets/churnSheet'
import { cohortSheet } from './sheets/cohortSheet'
import { comparisonSheet } from './sheets/comparisonSheet'
import { npsSheet } from './sheets/npsSheet'
import { revenueSheet } from './sheets/revenueSheet'
import { summarySheet } from './sheets/summarySheet'

/** A sheet left out and why, in the report's language. */
export interface LeftOut {
  sheet: string
  why: string
}

/** Writes every sheet (Data through `addData`) and answers the sheets left out. */
export function writeSheets(context: ReportContext, workspaceName: string, comparison: PeriodComparison | null, addData: () => void, about: Omit<AboutFacts, 'leftOut'>): LeftOut[] {
  const { labels, metrics, series } = context
  const names = labels.sheets
  const leftOut: LeftOut[] = []
  const optional: [string, boolean, string, () => void][] = [
    [names.churn, hasChurnData(context), labels.why.churn, () => churnSheet(context)],
    [names.revenue, series.subscriptions !== null, labels.why.subscriptions, () => revenueSheet(context)],
    [names.nps, metrics.nps !== null, labels.why.nps, () => npsSheet(context)],
    [names.cohorts, (metrics.cohorts?.rows.length ?? 0) > 0, labels.why.cohorts, () => cohortSheet(context)],
    [names.activation, metrics.activity !== null, labels.why.activation, () => activationSheet(context)],
    [names.campaigns, metrics.campaigns !== null, labels.why.campaigns, () => campaignSheet(context)]
  ]
  summarySheet(context, workspaceName)
  for (const [sheet, present, why, write] of optional) {
    if (present) write()
    else leftOut.push({ sheet, why })
  }
  if (comparison) comparisonSheet(context, comparison)
  addData()
  aboutSheet(context, { ...about, leftOut })
  return leftOut
}
