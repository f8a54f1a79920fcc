/** The survey side of the series builder: NPS answers and e-mail campaigns. */
import type { CampaignCount, CampaignRecipients, NpsAnswers } from '../model/series'
import type { CustomerIndex } from './buildCustomers'
import { optionalDay } from './buildDays'
import { attributeColumns, categoricalColumn, plainWord } from './dictionary'
import type { CampaignCountRecord, CampaignRecipientRecord, NpsRecord } from './records'

/**
 * NPS answers. A score must be a whole number 0..10 and a satisfaction answer a whole
 * number 0..10 (METRICS.md: anything else is a row error, shown, never dropped silently),
 * so the builder throws naming the row; the importer reports such rows before.
 * The satisfaction scale is 5 when every answer is within 1..5, else 10, unless given.
 */
export function buildNpsAnswers(rows: readonly NpsRecord[], index: CustomerIndex, scale?: 5 | 10): NpsAnswers {
  const satisfaction = new Int8Array(rows.length).fill(-1)
  let anySatisfaction = false
  let fitsFivePoints = true
  const score = Int8Array.from(rows, (row, i) => {
    const where = `NPS answer ${i + 1}`
    if (!isScore(row.score)) throw new RangeError(`${where}: score "${row.score}" is not a whole number from 0 to 10`)
    if (row.satisfaction != null) {
      if (!isScore(row.satisfaction)) throw new RangeError(`${where}: satisfaction "${row.satisfaction}" is not a whole number from 0 to 10`)
      satisfaction[i] = row.satisfaction
      anySatisfaction = true
      if (row.satisfaction < 1 || row.satisfaction > 5) fitsFivePoints = false
    }
    return row.score
  })
  return {
    count: rows.length,
    customer: Int32Array.from(rows, (row) => index.find(row.customer)),
    day: Int32Array.from(rows, (row, i) => optionalDay(row.date, `NPS answer ${i + 1}`)),
    score,
    satisfaction,
    satisfactionScale: anySatisfaction ? (scale ?? (fitsFivePoints ? 5 : 10)) : null,
    comments: rows.map((row) => (row.comment != null && row.comment.trim() !== '' ? row.comment : null)),
    attributes: attributeColumns(rows)
  }
}

function isScore(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 10
}

const controlGroupWords = /\b(no e-?mail|control|controle|grupo de controle|sem e-?mail|holdout)\b/

/** Whether a group name says "control group" ('No E-Mail', 'Controle', 'sem e-mail'). */
export function looksLikeControlGroup(group: string): boolean {
  return controlGroupWords.test(plainWord(group))
}

/** A blank cell in a per-recipient flag column (delivered, opened, clicked, converted): neither yes (1) nor no (0). */
export const FLAG_BLANK = 2

/** The name of the recipients' attribute column that holds the campaign (filterable like any other). */
export const CAMPAIGN_COLUMN = 'campaign'

/**
 * Per-recipient campaign rows. A flag column that no row fills is null (its rates are then
 * null); a blank cell of a filled column is FLAG_BLANK, so a group whose cells are all
 * blank has no count either. The campaign, when any row has one, becomes the attribute
 * column `campaign` (it replaces an imported attribute of that name).
 */
export function buildCampaignRecipients(rows: readonly CampaignRecipientRecord[], index: CustomerIndex): CampaignRecipients {
  const control = Uint8Array.from(rows, (row) => ((row.control ?? looksLikeControlGroup(row.group)) ? 1 : 0))
  const flags = (pick: (row: CampaignRecipientRecord) => boolean | null | undefined): Uint8Array | null =>
    rows.some((row) => pick(row) != null) ? Uint8Array.from(rows, (row) => { const value = pick(row); return value == null ? FLAG_BLANK : value ? 1 : 0 }) : null
  const attributes = attributeColumns(rows).filter((column) => column.name !== CAMPAIGN_COLUMN)
  if (rows.some((row) => row.campaign != null && row.campaign.trim() !== '')) attributes.unshift(categoricalColumn(CAMPAIGN_COLUMN, rows.map((row) => row.campaign)))
  return {
    count: rows.length,
    customer: Int32Array.from(rows, (row) => index.find(row.customer)),
    day: Int32Array.from(rows, (row, i) => optionalDay(row.date, `campaign recipient ${i + 1}`)),
    group: categoricalColumn('group', rows.map((row) => row.group)),
    control,
    sent: Uint8Array.from(rows, (row, i) => ((row.sent ?? control[i] === 0) ? 1 : 0)),
    delivered: flags((row) => row.delivered),
    opened: flags((row) => row.opened),
    clicked: flags((row) => row.clicked),
    converted: flags((row) => row.converted),
    attributes
  }
}

/** Per-campaign totals; the group defaults to the campaign's name, control to a guess from it. */
export function buildCampaignCounts(rows: readonly CampaignCountRecord[]): CampaignCount[] {
  return rows.map((row) => {
    const group = row.group?.trim() || row.campaign.trim()
    return {
      campaign: row.campaign.trim(),
      group,
      control: row.control ?? looksLikeControlGroup(group),
      sent: row.sent,
      delivered: row.delivered ?? null,
      opened: row.opened ?? null,
      clicked: row.clicked ?? null,
      converted: row.converted ?? null
    }
  })
}
