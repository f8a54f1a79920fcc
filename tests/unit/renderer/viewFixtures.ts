// A small made-up company for the renderer's list tests: subscriptions, activity, NPS answers with
// Portuguese comments and two campaign groups, from a seeded generator, built by the shared engine.
import { buildSeries } from '../../../src/shared/metrics/build'
import { dayToIso, firstDayOfMonth, monthNumber } from '../../../src/shared/metrics/calendar'
import type { ActivityRecord, CampaignRecipientRecord, CustomerRecord, NpsRecord, SubscriptionRecord } from '../../../src/shared/metrics/records'
import type { Series } from '../../../src/shared/model/series'

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const comments = ['Suporte rápido e atencioso', 'Péssima experiência na implantação', 'Bom, mas caro', 'Atendimento nota 10', null]

/** 80 customers over 2024, with segments, subscriptions, activity, NPS answers and recipients. */
export function companySeries(seed = 7): Series {
  const next = random(seed)
  const day = (month: number, d: number) => dayToIso(firstDayOfMonth(monthNumber('2024-01') + month) + d)
  const input = { customers: [] as CustomerRecord[], subscriptions: [] as SubscriptionRecord[], activity: [] as ActivityRecord[], npsAnswers: [] as NpsRecord[], campaignRecipients: [] as CampaignRecipientRecord[] }
  for (let c = 0; c < 80; c++) {
    const id = `C${String(c).padStart(3, '0')}`
    const start = Math.floor(next() * 10)
    const end = next() < 0.4 ? start + 1 + Math.floor(next() * (11 - start)) : null
    input.customers.push({ id, signupDate: day(start, 2), attributes: { Segmento: next() < 0.5 ? 'PME' : 'Enterprise' } })
    input.subscriptions.push({ customer: id, start: day(start, 3), end: end === null ? null : day(end, 10), mrr: 100 + Math.floor(next() * 900) })
    for (let m = start; m < 12; m++) if (next() < 0.6) input.activity.push({ customer: id, date: day(m, Math.floor(next() * 27)) })
    if (next() < 0.7) input.npsAnswers.push({ customer: id, date: day(Math.floor(next() * 12), 5), score: Math.floor(next() * 11), comment: comments[Math.floor(next() * comments.length)] })
    const emailed = next() < 0.8
    input.campaignRecipients.push({ customer: id, date: day(5, 1), campaign: 'Pesquisa junho', group: emailed ? 'E-mail' : 'Controle', control: !emailed, sent: emailed, delivered: emailed, opened: emailed && next() < 0.5, clicked: emailed && next() < 0.2, converted: next() < 0.15 })
  }
  return buildSeries({ ...input, months: { from: '2024-01', to: '2024-12' } })
}
