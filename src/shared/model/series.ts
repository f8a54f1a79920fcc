/**
 * The columnar series the metric engine reads: everything METRICS.md needs, per customer
 * and month, in typed arrays so that recomputing every metric of a dashboard for 60,000
 * customers x 72 months stays around 0.1 s. It is plain data (typed arrays, strings,
 * numbers), so it can be built in the main process and sent to the renderer as it is.
 *
 * Layout rules, shared by every table below:
 * - Customers are numbered 0..count-1; a per-customer-month matrix is one flat array
 *   indexed `customer * months.length + month` (a customer's months are contiguous).
 * - Dates are day numbers (days since 1970-01-01, calendar arithmetic, no time zone);
 *   `NO_DAY` means "no date".
 * - A categorical column is a code per row plus the dictionary of its values;
 *   `MISSING_CODE` means blank.
 * - Per-customer lists of days are CSR: the days of customer c are
 *   `days[start[c]] .. days[start[c + 1] - 1]`, sorted ascending.
 * - A flag array (Uint8Array of a yes/no column) holds 1 for yes, 0 for no and FLAG_BLANK
 *   (2, `metrics/buildSurveys.ts`) for a blank cell, which is neither: the campaign
 *   recipients' delivered, opened, clicked and converted flags. Test `flag === 1`, never
 *   truthiness, and leave FLAG_BLANK out of both counts.
 * - A table the user did not import is `null`; a column the table lacks is `null`.
 */

/** A calendar date as whole days since 1970-01-01. */
export type DayNumber = number

/** A calendar month as 'YYYY-MM'. */
export type MonthKey = string

/** "No date" in an Int32Array of day numbers; smaller than every real day. */
export const NO_DAY = -2147483648

/** "Blank" in the codes of a categorical column. */
export const MISSING_CODE = -1

/** One categorical column: `values[codes[i]]` is row i's text, or blank when the code is MISSING_CODE. */
export interface CategoricalColumn {
  /** The column's name as the user imported it ('plan', 'segmento', 'Contract'...). */
  name: string
  codes: Int32Array
  values: string[]
}

/** Days per customer, CSR: customer c owns `days[start[c]] .. days[start[c + 1] - 1]`, ascending. */
export interface DayLists {
  start: Int32Array
  days: Int32Array
}

/** What a customer's status column says, normalised ('ativo', 'Active', 'cancelado'...). */
export const CustomerStatus = { unknown: 0, active: 1, inactive: 2, churned: 3 } as const
export type CustomerStatusCode = (typeof CustomerStatus)[keyof typeof CustomerStatus]

/** One row per customer: identity, dates, flags and categorical attributes. */
export interface CustomerTable {
  count: number
  ids: string[]
  /** Signup day; when the customer table has none, the first subscription start or purchase. */
  signupDay: Int32Array
  /** The day the customer churned, when known. */
  churnDay: Int32Array
  /** 1 when the data says the customer churned (flag, status or churn date). */
  churned: Uint8Array
  /** Whether any churn information exists at all (a churned flag, status or churn date column). */
  hasChurnFlag: boolean
  /** CustomerStatus code per customer, from the status column. */
  status: Uint8Array
  /** A current monthly value from the customer table (Telco's MonthlyCharges), NaN when blank; null without such a column. */
  snapshotMrr: Float64Array | null
  /** Every categorical column the user imported (segment, plan, contract, region...). */
  attributes: CategoricalColumn[]
  /** The raw status column, filterable like any attribute. */
  statusColumn: CategoricalColumn | null
  /** Why the customer left, as the customer table says. */
  churnReason: CategoricalColumn | null
  /** Acquisition channel ('canal', 'origem', 'referral_source'): drives referral metrics. */
  acquisitionChannel: CategoricalColumn | null
}

/**
 * Subscription data turned into monthly MRR, measured on the last day of each month.
 * `mrr` is dense; `spans` keeps each subscription as a run of months with its product,
 * the compact per-customer-per-product form that upsell vs cross-sell needs.
 */
export interface SubscriptionSeries {
  /** MRR per customer-month (`customer * months + month`), never below 0. */
  mrr: Float64Array
  /** Product names (the dictionary of `spans.product`); one '' product when the data has none. */
  products: string[]
  /** Subscriptions as month runs, grouped by customer (CSR over `start`). */
  spans: {
    start: Int32Array
    product: Int32Array
    /** First month (axis index) the subscription counts in. */
    firstMonth: Int32Array
    /** First month it no longer counts in (exclusive). */
    endMonth: Int32Array
    mrr: Float64Array
  }
  /** Number of distinct products per customer: 1 means every expansion is upsell. */
  productCount: Uint16Array
  /** Subscription start days per customer (purchases and renewals for the survey list). */
  startDays: DayLists
}

/** Transaction (order) data per customer-month, plus the purchase days for activity windows. */
export interface TransactionSeries {
  /** Revenue per customer-month (`customer * months + month`), net of returns. */
  revenue: Float64Array
  /** Distinct orders per customer-month, returns (orders totalling below 0) left out. */
  orders: Int32Array
  /** Purchase days per customer (CSR), one entry per distinct order and day (or line without an order id); returns (orders totalling below 0) are left out. */
  purchaseDays: DayLists
  /** Revenue and distinct orders per month of lines without a customer id (they count only without a customer filter). */
  unassignedRevenue: Float64Array
  unassignedOrders: Int32Array
}

/** Churn events (a churn table, or the churn date and reason of the customer table). */
export interface ChurnEvents {
  count: number
  customer: Int32Array
  day: Int32Array
  reason: CategoricalColumn
}

/** NPS survey answers, one row per answer. */
export interface NpsAnswers {
  count: number
  /** Customer index, or -1 when the answer names no known customer. */
  customer: Int32Array
  /** Answer day, NO_DAY when the survey has no dates. */
  day: Int32Array
  /** The recommendation score, a whole number 0..10. */
  score: Int8Array
  /** The satisfaction answer, -1 when blank. */
  satisfaction: Int8Array
  /** The satisfaction scale in use (5 for 1..5, 10 for 0..10 or 1..10); null without satisfaction answers. */
  satisfactionScale: 5 | 10 | null
  comments: (string | null)[]
  /** The answer's own categorical columns (airline, store, survey wave...). */
  attributes: CategoricalColumn[]
}

/**
 * Per-recipient e-mail campaign rows (one per recipient, with flags). A flag column the file
 * lacks is null; in a flag column the file has, a blank cell is FLAG_BLANK (2), not 0.
 */
export interface CampaignRecipients {
  count: number
  customer: Int32Array
  day: Int32Array
  /** Campaign or test group ('Mens E-Mail', 'No E-Mail'...). */
  group: CategoricalColumn
  /** 1 for a control-group recipient who got no e-mail. */
  control: Uint8Array
  sent: Uint8Array
  delivered: Uint8Array | null
  opened: Uint8Array | null
  clicked: Uint8Array | null
  converted: Uint8Array | null
  attributes: CategoricalColumn[]
}

/** Per-campaign totals (a campaign report with counts). A count the report lacks is null. */
export interface CampaignCount {
  campaign: string
  group: string
  control: boolean
  sent: number
  delivered: number | null
  opened: number | null
  clicked: number | null
  converted: number | null
}

/** Everything the metric engine reads. */
export interface Series {
  /** The months axis, consecutive 'YYYY-MM' keys; empty when the data has no dates. */
  months: MonthKey[]
  /** Month number (`year * 12 + month - 1`) of `months[0]`. */
  firstMonth: number
  /** Last day of each month of the axis: where MRR and activity are measured. */
  monthEndDay: Int32Array
  customers: CustomerTable
  subscriptions: SubscriptionSeries | null
  transactions: TransactionSeries | null
  /** Days with activity events (logins, usage...) per customer, each day once. */
  activity: DayLists | null
  churnEvents: ChurnEvents | null
  nps: NpsAnswers | null
  campaignRecipients: CampaignRecipients | null
  campaignCounts: CampaignCount[] | null
}
