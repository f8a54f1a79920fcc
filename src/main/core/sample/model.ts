/** The records the sample generator makes for one customer, before they are written as files. */
import type { ChurnReason, Plan, Product, Segment } from './catalog'

/** One row of the subscriptions sheet: a product at a plan and seat count, from start to end. */
export interface SampleSubscription {
  product: Product
  plan: Plan
  seats: number
  startDay: number
  /** The day it stopped counting; null while it runs. */
  endDay: number | null
  mrrCents: number
}

/** One cancellation: the day, why, and the MRR lost. */
export interface SampleChurn {
  day: number
  reason: ChurnReason
  comment: string
  lostMrrCents: number
}

/** One answer to the NPS survey (0-10) with the satisfaction question (1-5). */
export interface SampleNpsAnswer {
  customer: string
  day: number
  score: number
  satisfaction: number
  comment: string | null
  segment: Segment
}

/** Logged usage of one day: an event and how many times it happened. */
export interface SampleActivity {
  day: number
  event: string
  count: number
}

/** One recipient of an e-mail survey campaign, or of its control group (no e-mail). */
export interface SampleRecipient {
  campaign: string
  group: string
  customer: string
  sendDay: number
  control: boolean
  sent: boolean
  delivered: boolean
  opened: boolean
  clicked: boolean
  responded: boolean
  segment: Segment
}

/** Everything that happened to one customer over the sample's months. */
export interface CustomerLife {
  id: string
  name: string
  segment: Segment
  state: string
  channel: string
  signupDay: number
  /** The plan of the customer's main product, now or when it left. */
  plan: Plan
  /** Today's MRR, or the MRR it had when it left. */
  mrrCents: number
  /** The last cancellation when the customer is gone today; null when active. */
  lastChurn: SampleChurn | null
  subscriptions: SampleSubscription[]
  churns: SampleChurn[]
  nps: SampleNpsAnswer[]
  activity: SampleActivity[]
  /** Stretches with at least one subscription running: [first day, first day without] (end null: still running). */
  activeSpans: [number, number | null][]
  /** Healthy customers (above 0) use more, answer better and leave less. */
  health: number
}
