/**
 * The plain records the series builder takes: what the importer reads from the
 * workspace tables, or what a test writes literally. Dates are ISO calendar dates
 * 'YYYY-MM-DD' (a time part after them is ignored); blank is null or absent.
 */
import type { MonthKey } from '../model/series'

/** One row of a customer table (CRM export). */
export interface CustomerRecord {
  id: string
  signupDate?: string | null
  churnDate?: string | null
  /** The churned flag, when the table has one (Telco's Churn = Yes). */
  churned?: boolean | null
  /** A status text ('ativo', 'inactive', 'cancelado'...). */
  status?: string | null
  churnReason?: string | null
  /** Acquisition channel ('indicação', 'referral', 'ads'...). */
  acquisitionChannel?: string | null
  /** A current monthly value (MonthlyCharges), for snapshot revenue churn. */
  mrr?: number | null
  /** Any other categorical column, by its name. */
  attributes?: Record<string, string | null | undefined>
}

/** One subscription: MRR from start (inclusive) until end (exclusive), for one product. */
export interface SubscriptionRecord {
  customer: string
  start: string
  end?: string | null
  mrr: number
  product?: string | null
}

/** One line of an order (transaction data); lines of one order share `orderId`. */
export interface RevenueRecord {
  customer?: string | null
  date: string
  amount: number
  /** Without an order id, each line is an order of its own. */
  orderId?: string | null
  product?: string | null
}

/** One activity event (login, usage, purchase). */
export interface ActivityRecord {
  customer: string
  date: string
}

/** One churn event (a churn table: customer, date, reason). */
export interface ChurnEventRecord {
  customer: string
  date?: string | null
  reason?: string | null
}

/** One NPS survey answer. */
export interface NpsRecord {
  customer?: string | null
  date?: string | null
  /** Whole number 0..10 (a 1..10 survey is accepted as it is). */
  score: number
  /** The satisfaction question, 1..5 or 0..10. */
  satisfaction?: number | null
  comment?: string | null
  attributes?: Record<string, string | null | undefined>
}

/** One recipient of an e-mail campaign or test, with flags. */
export interface CampaignRecipientRecord {
  customer?: string | null
  date?: string | null
  /**
   * The campaign (a send, a survey wave). Groups of different campaigns stay apart
   * ("campaign · group") and the lift compares a group with its own campaign's control.
   */
  campaign?: string | null
  /** Campaign or test group. */
  group: string
  /** A control-group recipient (no e-mail); guessed from the group name when absent. */
  control?: boolean | null
  /** Defaults to "not control". */
  sent?: boolean | null
  delivered?: boolean | null
  opened?: boolean | null
  clicked?: boolean | null
  converted?: boolean | null
  attributes?: Record<string, string | null | undefined>
}

/** One campaign's totals from an e-mail platform's report. */
export interface CampaignCountRecord {
  campaign: string
  group?: string | null
  control?: boolean | null
  sent: number
  delivered?: number | null
  opened?: number | null
  clicked?: number | null
  converted?: number | null
}

/** Everything the builder turns into a Series. */
export interface SeriesInput {
  customers?: readonly CustomerRecord[]
  subscriptions?: readonly SubscriptionRecord[]
  revenue?: readonly RevenueRecord[]
  activity?: readonly ActivityRecord[]
  churnEvents?: readonly ChurnEventRecord[]
  npsAnswers?: readonly NpsRecord[]
  campaignRecipients?: readonly CampaignRecipientRecord[]
  campaignCounts?: readonly CampaignCountRecord[]
  /** The months axis; by default from the first to the last month any date of the data falls in. */
  months?: { from?: MonthKey; to?: MonthKey }
  /** The satisfaction scale, when the user says it; otherwise detected (answers all within 1..5 -> 5). */
  satisfactionScale?: 5 | 10
}
