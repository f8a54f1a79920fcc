import type { SqlValue } from 'sql.js'
import type { TableKind } from '../../../shared/model/kinds'
import type { CampaignCountRecord, CampaignRecipientRecord, ChurnEventRecord, CustomerRecord, NpsRecord, RevenueRecord, SeriesInput, SubscriptionRecord, ActivityRecord } from '../../../shared/metrics/records'
import { fieldColumn, kindTable } from '../workspace/schema'
import { queryRows, type Workspace } from '../workspace/workspace'

const text = (value: SqlValue): string | null => (value === null || value === undefined ? null : String(value))
const num = (value: SqlValue): number | null => (typeof value === 'number' ? value : null)
const flag = (value: SqlValue): boolean | null => (value === null || value === undefined ? null : Number(value) === 1)

type Mapping = { field: string; header: string }[]
type Field = (name: string) => SqlValue

/**
 * Every row of a kind, with each field under its field name and the parsed attributes.
 * Read as value arrays through one statement, and each source file's mapping once: on a
 * 64k-row table, row objects and a mapping joined to every row took most of the time.
 */
function rowsOf(workspace: Workspace, kind: TableKind): { field: Field; attributes: Record<string, string> }[] {
  const mappings = new Map<number, Mapping>()
  for (const source of queryRows(workspace.db, 'SELECT id, mapping FROM source_files')) mappings.set(Number(source.id), JSON.parse(String(source.mapping)) as Mapping)
  const statement = workspace.db.prepare(`SELECT * FROM ${kindTable(kind)} ORDER BY source_id, row_number`)
  try {
    const index = new Map(statement.getColumnNames().map((name, i) => [name, i]))
    const fieldIndex = new Map<string, number>()
    const indexOf = (name: string): number => {
      let found = fieldIndex.get(name)
      if (found === undefined) {
        found = index.get(fieldColumn(name)) ?? -1
        fieldIndex.set(name, found)
      }
      return found
    }
    const sourceAt = index.get('source_id') ?? -1
    const attributesAt = index.get('attributes') ?? -1
    const out: { field: Field; attributes: Record<string, string> }[] = []
    while (statement.step()) {
      const values = statement.get()
      const field: Field = (name) => {
        const i = indexOf(name)
        return i < 0 ? null : (values[i] ?? null)
      }
      const own = attributesAt >= 0 && values[attributesAt] ? (JSON.parse(String(values[attributesAt])) as Record<string, string>) : {}
      out.push({ field, attributes: { ...categoricalFields(field, mappings.get(Number(values[sourceAt])) ?? []), ...own } })
    }
    return out
  } finally {
    statement.free()
  }
}

const namedCategoricalFields: ReadonlySet<string> = new Set(['segment', 'plan', 'region', 'channel', 'status'])

/**
 * Mapped categorical fields named by the header the user imported them under (`Contract`,
 * not `plan`), so `--segment`/`--group-by` take the column the user sees. The acquisition
 * channel and status are also kept under their header (`referral_source`), besides the
 * customer table's own `acquisitionChannel` and `status` columns.
 */
function categoricalFields(field: Field, mapping: Mapping): Record<string, string> {
  const out: Record<string, string> = {}
  for (const { field: name, header } of mapping) {
    if (!namedCategoricalFields.has(name)) continue
    const value = field(name)
    if (value !== null && value !== undefined && value !== '') out[header] = String(value)
  }
  return out
}

/** A date field, or the first day of a month field. */
function dateOf(field: (name: string) => SqlValue, dateName: string): string | null {
  const date = text(field(dateName))
  if (date) return date
  const month = text(field('month'))
  return month ? `${month}-01` : null
}

/** The small tables as records (everything but revenue and activity), and each subscription id's customer. */
export type RecordTables = Omit<SeriesInput, 'revenue' | 'activity'> & { subscriptionOwner: Map<string, string> }

/**
 * Reads the workspace's imported rows into the plain records the series builder takes: for
 * tests and small workspaces (`seriesColumns` streams revenue and activity as columns).
 * Activity rows that name a subscription instead of a customer are given the subscription's
 * customer.
 */
export function seriesInput(workspace: Workspace): SeriesInput {
  const { subscriptionOwner, ...records } = recordTables(workspace)
  const revenue: RevenueRecord[] = rowsOf(workspace, 'revenue').flatMap(({ field }) => {
    const date = dateOf(field, 'date')
    const amount = num(field('amount'))
    return date && amount !== null ? [{ customer: text(field('customer')), date, amount, orderId: text(field('orderId')), product: text(field('product')) }] : []
  })
  const activity: ActivityRecord[] = rowsOf(workspace, 'activity').flatMap(({ field }) => {
    const customer = text(field('customer')) ?? subscriptionOwner.get(text(field('subscription')) ?? '') ?? null
    const date = text(field('date'))
    return customer && date ? [{ customer, date }] : []
  })
  return { ...records, revenue, activity }
}

/** The customer, subscription, churn, NPS and campaign tables as records. */
export function recordTables(workspace: Workspace): RecordTables {
  const customers: CustomerRecord[] = rowsOf(workspace, 'customers').map(({ field, attributes }) => ({
    id: String(field('customer')),
    signupDate: text(field('signupDate')),
    churnDate: text(field('churnDate')),
    churned: flag(field('churned')),
    status: text(field('status')),
    churnReason: text(field('churnReason')),
    acquisitionChannel: text(field('channel')),
    mrr: num(field('mrr')),
    attributes
  }))
  const subscriptionOwner = new Map<string, string>()
  const subscriptions: SubscriptionRecord[] = []
  for (const { field } of rowsOf(workspace, 'subscriptions')) {
    const customer = String(field('customer'))
    const id = text(field('subscription'))
    if (id) subscriptionOwner.set(id, customer)
    subscriptions.push({ customer, start: String(field('startDate')), end: text(field('endDate')), mrr: num(field('mrr')) ?? 0, product: text(field('product')) })
  }
  const churnEvents: ChurnEventRecord[] = rowsOf(workspace, 'churn-events').map(({ field }) => ({ customer: String(field('customer')), date: text(field('date')), reason: text(field('reason')) }))
  const npsAnswers: NpsRecord[] = rowsOf(workspace, 'nps').map(({ field, attributes }) => ({
    customer: text(field('customer')),
    date: text(field('date')),
    score: Number(field('score')),
    satisfaction: num(field('satisfaction')),
    comment: text(field('comment')),
    attributes
  }))
  const campaignRecipients: CampaignRecipientRecord[] = rowsOf(workspace, 'campaign-recipients').map(({ field, attributes }) => ({
    customer: text(field('customer')),
    date: text(field('date')),
    campaign: text(field('campaign')),
    group: text(field('group')) ?? text(field('campaign')) ?? 'all',
    sent: flag(field('sent')),
    delivered: flag(field('delivered')),
    opened: flag(field('opened')),
    clicked: flag(field('clicked')),
    converted: flag(field('converted')),
    attributes
  }))
  const campaignCounts: CampaignCountRecord[] = rowsOf(workspace, 'campaigns').map(({ field }) => ({
    campaign: String(field('campaign')),
    group: text(field('group')),
    sent: num(field('sent')) ?? 0,
    delivered: num(field('delivered')),
    opened: num(field('opens')),
    clicked: num(field('clicks')),
    converted: num(field('conversions'))
  }))
  return { customers, subscriptions, churnEvents, npsAnswers, campaignRecipients, campaignCounts, subscriptionOwner }
}
