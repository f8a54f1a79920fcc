/** How a sample customer uses the product and what it answers in surveys. */
import { EVENTS, NPS_COMMENTS, type Product, type Segment } from './catalog'
import type { SampleActivity, SampleNpsAnswer } from './model'
import type { SeededRandom } from './random'

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * The logged usage of one month, between two days (both included): a few days with
 * events of the products the customer has; healthier customers log more.
 */
export function activityOfMonth(random: SeededRandom, products: readonly Product[], from: number, to: number, health: number): SampleActivity[] {
  const rows = clamp(Math.round(2 + health + random.normal()), 1, 6)
  const days: number[] = []
  for (let i = 0; i < rows; i++) days.push(random.int(from, to))
  days.sort((a, b) => a - b)
  return days.map((day) => ({ day, event: random.pick(EVENTS[random.pick(products)]), count: random.int(1, 25) }))
}

/**
 * One NPS answer. The score follows the customer's health (dormant customers score
 * lower); the satisfaction (1-5) follows the score; comments match the group.
 */
export function npsAnswer(random: SeededRandom, profile: { id: string; segment: Segment }, day: number, health: number, dormant: boolean): SampleNpsAnswer {
  const mood = health + 0.9 * random.normal() - (dormant ? 1.2 : 0)
  const score = clamp(Math.round(8.3 + 1.5 * mood), 0, 10)
  const satisfaction = clamp(Math.round(1 + score * 0.4 + 0.5 * random.normal()), 1, 5)
  const group = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor'
  const commentChance = group === 'detractor' ? 0.65 : group === 'passive' ? 0.35 : 0.45
  const comment = random.chance(commentChance) ? random.pick(NPS_COMMENTS[group]) : null
  return { customer: profile.id, day, score, satisfaction, comment, segment: profile.segment }
}
