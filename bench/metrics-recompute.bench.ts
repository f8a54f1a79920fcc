// The metric engine's budget (issue 4): recomputing every metric of every dashboard for
// 60,000 customers x 72 months takes about 0.1 s, so filters and comparisons are instant.
// Generates seeded data of that size (subscriptions with products, orders, activity, NPS
// answers, campaign recipients), builds the series once, then times dashboardMetrics warm:
// the median of several runs. Prints one JSON line per result.
import { buildSeries } from '../src/shared/metrics/build'
import { dayToIso, dayNumber } from '../src/shared/metrics/calendar'
import { dashboardMetrics, type DashboardRequest } from '../src/shared/metrics/dashboard'
import type { ActivityRecord, CampaignRecipientRecord, CustomerRecord, NpsRecord, RevenueRecord, SeriesInput, SubscriptionRecord } from '../src/shared/metrics/records'

const customerCount = 60_000
const firstDay = dayNumber(2019, 1, 1)
const lastDay = dayNumber(2024, 12, 31)
const runs = 9

/** mulberry32: a small seeded generator, so every run measures the same data. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function generate(): SeriesInput {
  const random = seeded(20240601)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]
  const dayBetween = (from: number, to: number): number => from + Math.floor(random() * (to - from + 1))
  const customers: CustomerRecord[] = []
  const subscriptions: SubscriptionRecord[] = []
  const revenue: RevenueRecord[] = []
  const activity: ActivityRecord[] = []
  const npsAnswers: NpsRecord[] = []
  const campaignRecipients: CampaignRecipientRecord[] = []
  for (let c = 0; c < customerCount; c++) {
    const id = `C${c}`
    const signup = dayBetween(firstDay, lastDay - 30)
    const churns = random() < 0.35
    const churnDay = churns ? dayBetween(signup + 30, lastDay + 200) : null
    const churnDate = churnDay !== null && churnDay <= lastDay ? dayToIso(churnDay) : null
    customers.push({
      id,
      signupDate: dayToIso(signup),
      churnDate,
      status: churnDate ? 'cancelado' : random() < 0.8 ? 'ativo' : 'inativo',
      churnReason: churnDate ? pick(['preço', 'suporte', 'concorrente', 'produto']) : null,
      acquisitionChannel: pick(['indicação', 'google', 'eventos', 'parceiro', 'outbound', 'orgânico']),
      attributes: { segment: pick(['PME', 'Mid-market', 'Enterprise', 'Varejo']), plan: pick(['Básico', 'Pro', 'Premium']), region: pick(['Sul', 'Sudeste', 'Nordeste', 'Norte', 'Centro-Oeste']) }
    })
    const subscriptionCount = 1 + Math.floor(random() * 3)
    for (let s = 0; s < subscriptionCount; s++) {
      const start = s === 0 ? signup : dayBetween(signup, churnDay ?? lastDay)
      const end = churnDate && random() < 0.7 ? churnDate : random() < 0.2 ? dayToIso(dayBetween(start, lastDay)) : null
      subscriptions.push({ customer: id, start: dayToIso(start), end, mrr: Math.round(50 + random() * 950), product: pick(['CRM', 'Helpdesk', 'BI', 'Chat', 'API']) })
    }
    const orderCount = Math.floor(random() * 12)
    for (let o = 0; o < orderCount; o++) {
      const date = dayToIso(dayBetween(signup, churnDay ?? lastDay))
      const lines = 1 + Math.floor(random() * 2)
      for (let l = 0; l < lines; l++) revenue.push({ customer: id, date, amount: Math.round(random() * 50_000) / 100, orderId: `${id}-${o}` })
    }
    const events = Math.floor(random() * 14)
    for (let e = 0; e < events; e++) activity.push({ customer: id, date: dayToIso(dayBetween(signup, Math.min(churnDay ?? lastDay, lastDay))) })
    if (random() < 0.8) {
      const score = Math.floor(random() * 11)
      npsAnswers.push({ customer: id, date: dayToIso(dayBetween(signup, lastDay)), score, satisfaction: Math.min(10, Math.max(0, score + Math.floor(random() * 3) - 1)), comment: random() < 0.2 ? 'comentário' : null })
    }
    const group = pick(['Campanha A', 'Campanha B', 'Controle'])
    const sent = group !== 'Controle'
    const opened = sent && random() < 0.4
    const clicked = opened && random() < 0.3
    campaignRecipients.push({ customer: id, date: dayToIso(dayBetween(firstDay, lastDay)), group, delivered: sent && random() < 0.97, opened, clicked, converted: random() < (clicked ? 0.3 : 0.02) })
  }
  return { customers, subscriptions, revenue, activity, npsAnswers, campaignRecipients, months: { from: '2019-01', to: '2024-12' } }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024)
}

function time(label: string, request: DashboardRequest, series: ReturnType<typeof buildSeries>): void {
  for (let i = 0; i < 3; i++) dashboardMetrics(series, request)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    dashboardMetrics(series, request)
    samples.push(performance.now() - started)
  }
  console.log(JSON.stringify({ case: label, ms: Math.round(median(samples) * 10) / 10, minMs: Math.round(Math.min(...samples) * 10) / 10, runs, peakRssMiB: peakRssMiB() }))
}

const input = generate()
const buildStarted = performance.now()
const series = buildSeries(input)
const buildMs = performance.now() - buildStarted
console.log(JSON.stringify({
  case: 'metrics series build 60k x 72',
  ms: Math.round(buildMs),
  customers: series.customers.count,
  months: series.months.length,
  subscriptions: input.subscriptions?.length ?? 0,
  revenueLines: input.revenue?.length ?? 0,
  activityEvents: input.activity?.length ?? 0,
  peakRssMiB: peakRssMiB()
}))
time('metrics recompute 60k x 72', {}, series)
time('metrics recompute 60k x 72, one year, filter + group by', {
  period: { from: '2024-01', to: '2024-12' },
  filters: [{ column: 'segment', values: ['PME', 'Enterprise'] }],
  groupBy: 'plan'
}, series)
