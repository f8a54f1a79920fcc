/**
 * One customer's life in the sample company, month by month: signup, first product,
 * seat and plan upsells, cross-sell of another product, contraction, dormancy, churn
 * with a reason, and sometimes a comeback. Each customer draws from its own seeded
 * source, so customers are independent and the generator can stream them.
 */
import { CHURN_COMMENTS, CHURN_REASONS, PLANS, PRODUCTS, SEAT_PRICE_CENTS, SEGMENT_PROFILE, type ChurnReason, type Plan, type Product, type Segment } from './catalog'
import { dayInMonth, daysInMonth, monthIndexOf } from './calendar'
import type { CustomerLife, SampleChurn, SampleSubscription } from './model'
import { activityOfMonth, npsAnswer } from './customerUsage'
import type { SeededRandom } from './random'

/** The months the sample covers, and its "today" (the last day of the last month). */
export interface SampleCalendar {
  /** Month indexes count from January of this year. */
  startYear: number
  /** The index of the first month of data. */
  firstMonth: number
  /** The index after the last month of data. */
  months: number
  today: number
}

/** Who the customer is before anything happens. */
export interface CustomerProfile {
  id: string
  name: string
  segment: Segment
  state: string
  channel: string
  channelHealth: number
  signupDay: number
}

interface OpenSubscription {
  plan: Plan
  seats: number
  startDay: number
}

const mrrOf = (product: Product, plan: Plan, seats: number) => SEAT_PRICE_CENTS[product][plan] * seats

function chooseReason(random: SeededRandom, segment: Segment, health: number, dormant: boolean): ChurnReason {
  const weights: Record<ChurnReason, number> = {
    Preço: segment === 'PME' ? 3.5 : 2,
    'Migrou para concorrente': 2,
    'Falta de uso': dormant ? 8 : 1.2,
    'Encerrou as atividades': segment === 'PME' ? 2 : 0.6,
    'Suporte insatisfatório': health < -0.5 ? 3 : 1,
    'Faltam funcionalidades': segment === 'Enterprise' ? 3 : 1.2
  }
  return random.weighted(CHURN_REASONS.map((reason) => [reason, weights[reason]] as const))
}

/** Simulates one customer from its signup to the sample's today. */
export function customerLife(profile: CustomerProfile, calendar: SampleCalendar, random: SeededRandom): CustomerLife {
  const { segment } = profile
  const segmentProfile = SEGMENT_PROFILE[segment]
  let health = random.normal() + profile.channelHealth
  const mainProduct = random.weighted<Product>([['Pulso CRM', 6], ['Pulso Atendimento', 3], ['Pulso BI', 1]])
  const open = new Map<Product, OpenSubscription>()
  const subscriptions: SampleSubscription[] = []
  const churns: SampleChurn[] = []
  const life: CustomerLife = {
    ...profile, plan: 'Essencial', mrrCents: 0, lastChurn: null, subscriptions, churns, nps: [], activity: [], activeSpans: [], health
  }

  const start = (product: Product, plan: Plan, seats: number, day: number) => open.set(product, { plan, seats, startDay: day })
  const close = (product: Product, day: number) => {
    const sub = open.get(product) as OpenSubscription
    subscriptions.push({ product, plan: sub.plan, seats: sub.seats, startDay: sub.startDay, endDay: day, mrrCents: mrrOf(product, sub.plan, sub.seats) })
    open.delete(product)
  }
  const change = (product: Product, plan: Plan, seats: number, day: number) => {
    close(product, day)
    start(product, plan, seats, day)
  }
  const currentMrr = () => [...open].reduce((sum, [product, sub]) => sum + mrrOf(product, sub.plan, sub.seats), 0)

  const signupMonth = monthIndexOf(calendar.startYear, profile.signupDay)
  const [minSeats, maxSeats] = segmentProfile.seats
  start(mainProduct, random.weighted(segmentProfile.plans), random.int(minSeats, maxSeats), profile.signupDay)
  life.activeSpans.push([profile.signupDay, null])
  let activityFrom = profile.signupDay + (random.chance(0.85) ? random.int(0, 6) : random.int(15, 45))
  let dormant = random.chance(0.03)
  let comeback = -1
  let lastMain: { plan: Plan; seats: number } = { plan: 'Essencial', seats: 1 }

  for (let month = signupMonth; month < calendar.months; month++) {
    const monthDays = daysInMonth(calendar.startYear, month)
    const firstDay = dayInMonth(calendar.startYear, month, 1)
    const lastDay = Math.min(firstDay + monthDays - 1, calendar.today)
    const eventDay = dayInMonth(calendar.startYear, month, random.int(1, monthDays))
    if (open.size === 0) {
      if (month !== comeback) continue
      const seats = Math.max(1, Math.round(lastMain.seats * 0.7))
      start(mainProduct, lastMain.plan === 'Empresarial' ? 'Profissional' : 'Essencial', seats, eventDay)
      life.activeSpans.push([eventDay, null])
      health += 0.5
      dormant = false
      activityFrom = eventDay + random.int(0, 5)
    } else if (month > signupMonth) {
      const sinceSignup = month - signupMonth
      const surveyed = sinceSignup >= 3 && (sinceSignup - 3) % 6 === 0 && random.chance(0.42 + 0.08 * health)
      const answerDay = dayInMonth(calendar.startYear, month, random.int(1, monthDays))
      if (surveyed) life.nps.push(npsAnswer(random, profile, answerDay, health, dormant))
      const churnChance = segmentProfile.monthlyChurn * Math.exp(-0.55 * health) * (dormant ? 3 : 1)
      const owned = [...open.keys()]
      if (random.chance(churnChance)) {
        const reason = chooseReason(random, segment, health, dormant)
        const main = open.get(mainProduct) ?? (open.values().next().value as OpenSubscription)
        lastMain = { plan: main.plan, seats: main.seats }
        const churnDay = surveyed && answerDay >= eventDay ? Math.min(answerDay + 1, lastDay) : eventDay
        const churn: SampleChurn = { day: churnDay, reason, comment: random.pick(CHURN_COMMENTS[reason]), lostMrrCents: currentMrr() }
        owned.forEach((product) => close(product, churnDay))
        churns.push(churn)
        life.activeSpans[life.activeSpans.length - 1][1] = churnDay
        if (reason !== 'Encerrou as atividades' && random.chance(0.16)) comeback = month + random.int(2, 9)
      } else if (random.chance(health > 0 ? 0.04 : 0.018)) {
        const product = random.pick(owned)
        const sub = open.get(product) as OpenSubscription
        const tier = PLANS.indexOf(sub.plan)
        if (tier < PLANS.length - 1 && random.chance(0.3)) change(product, PLANS[tier + 1], sub.seats, eventDay)
        else change(product, sub.plan, sub.seats + Math.max(1, Math.round(sub.seats * (0.1 + random.next() * 0.4))), eventDay)
      } else if (owned.length < PRODUCTS.length && random.chance(0.012 * (1 + Math.max(health, 0)))) {
        const product = random.pick(PRODUCTS.filter((p) => !open.has(p)))
        start(product, random.chance(0.7) ? 'Essencial' : 'Profissional', Math.max(1, Math.round(random.int(minSeats, maxSeats) * 0.5)), eventDay)
      } else if (random.chance(health < 0 ? 0.02 : 0.008)) {
        const product = random.pick(owned)
        const sub = open.get(product) as OpenSubscription
        const tier = PLANS.indexOf(sub.plan)
        if (owned.length > 1 && product !== mainProduct && random.chance(0.4)) close(product, eventDay)
        else if (sub.seats > 1 && (tier === 0 || random.chance(0.6))) change(product, sub.plan, Math.max(1, sub.seats - Math.max(1, Math.round(sub.seats * (0.1 + random.next() * 0.3)))), eventDay)
        else if (tier > 0) change(product, PLANS[tier - 1], sub.seats, eventDay)
      }
      if (!dormant && random.chance(health < 0 ? 0.02 : 0.007)) dormant = true
      else if (dormant && random.chance(0.15)) dormant = false
    }
    const span = life.activeSpans[life.activeSpans.length - 1]
    const from = Math.max(firstDay, span[0], activityFrom)
    const to = Math.min(lastDay, span[1] === null ? lastDay : span[1] - 1)
    if (!dormant && from <= to) life.activity.push(...activityOfMonth(random, [...open.keys(), mainProduct], from, to, health))
  }

  const main = open.get(mainProduct)
  life.plan = main?.plan ?? lastMain.plan
  life.mrrCents = open.size > 0 ? currentMrr() : (churns[churns.length - 1]?.lostMrrCents ?? 0)
  life.lastChurn = open.size === 0 ? (churns[churns.length - 1] ?? null) : null
  for (const [product, sub] of open) subscriptions.push({ product, plan: sub.plan, seats: sub.seats, startDay: sub.startDay, endDay: null, mrrCents: mrrOf(product, sub.plan, sub.seats) })
  subscriptions.sort((a, b) => a.startDay - b.startDay || PRODUCTS.indexOf(a.product) - PRODUCTS.indexOf(b.product))
  return life
}
