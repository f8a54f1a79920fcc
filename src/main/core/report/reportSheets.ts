/**
 * The report's sheets in order, each written when the workspace has its data, else listed
 * in About with the reason; with a choice of sheets (a dashboard's own part), only those.
 */
import type { PeriodComparison } from '../../../shared/metrics/comparison'
import type { ReportSheetId } from '../../../shared/model/report'
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

/** Which sheets to write: the chosen ones (null = all), the comparison (null = none) and the Data sheet (null = none). */
export interface SheetChoice {
  sheets: ReadonlySet<ReportSheetId> | null
  comparison: PeriodComparison | null
  addData: (() => void) | null
}

/** Writes the chosen sheets and About, and answers the chosen sheets left out for lack of data. */
export function writeSheets(context: ReportContext, workspaceName: string, choice: SheetChoice, about: Omit<AboutFacts, 'leftOut'>): LeftOut[] {
  const { labels, metrics, series } = context
  const names = labels.sheets
  const leftOut: LeftOut[] = []
  const optional: [ReportSheetId, string, boolean, string, () => void][] = [
    ['churn', names.churn, hasChurnData(context), labels.why.churn, () => churnSheet(context)],
    ['revenue', names.revenue, series.subscriptions !== null, labels.why.subscriptions, () => revenueSheet(context)],
    ['nps', names.nps, metrics.nps !== null, labels.why.nps, () => npsSheet(context)],
    ['cohorts', names.cohorts, (metrics.cohorts?.rows.length ?? 0) > 0, labels.why.cohorts, () => cohortSheet(context)],
    ['activation', names.activation, metrics.activity !== null, labels.why.activation, () => activationSheet(context)],
    ['campaigns', names.campaigns, metrics.campaigns !== null, labels.why.campaigns, () => campaignSheet(context)]
  ]
  const chosen = (id: ReportSheetId) => !choice.sheets || choice.sheets.has(id)
  if (chosen('summary')) summarySheet(context, workspaceName)
  for (const [id, sheet, present, why, write] of optional) {
    if (!chosen(id)) continue
    if (present) write()
    else leftOut.push({ sheet, why })
  }
  if (choice.comparison) comparisonSheet(context, choice.comparison)
  choice.addData?.()
  aboutSheet(context, { ...about, leftOut })
  return leftOut
}
