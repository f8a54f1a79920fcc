/**
 * The two e-mail survey campaigns of the sample: every customer active on the send day
 * is a recipient, about 15 % of them held out as a control group that gets no e-mail
 * (they can still answer the survey inside the product). Those who answer leave an NPS
 * answer a few days later.
 */
import { dayInMonth } from './calendar'
import type { SampleCalendar } from './customerLife'
import { npsAnswer } from './customerUsage'
import type { CustomerLife, SampleNpsAnswer, SampleRecipient } from './model'
import type { SeededRandom } from './random'

/** One campaign: its name, the day it was sent and its two groups. */
export interface SampleCampaign {
  name: string
  sendDay: number
  emailGroup: string
  controlGroup: string
}

const monthNames = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez']

/**
 * The campaigns of a calendar: about halfway and near the end of the period. Each
 * campaign's groups carry its month, so the two campaigns stay apart in the metrics.
 */
export function sampleCampaigns(calendar: SampleCalendar): SampleCampaign[] {
  return [
    { at: calendar.firstMonth + Math.floor((calendar.months - calendar.firstMonth) * 0.47), day: 11, title: 'Pesquisa pós-implantação' },
    { at: calendar.months - 4, day: 16, title: 'Pesquisa de satisfação' }
  ].map(({ at, day, title }) => {
    const month = `${monthNames[at % 12]}/${calendar.startYear + Math.floor(at / 12)}`
    return { name: `${title} ${month}`, sendDay: dayInMonth(calendar.startYear, at, day), emailGroup: `E-mail ${month}`, controlGroup: `Controle (sem e-mail) ${month}` }
  })
}

const activeOn = (life: CustomerLife, day: number) => life.activeSpans.some(([from, to]) => from <= day && (to === null || day < to))

/** The customer's rows in each campaign it was part of, and the NPS answers they brought. */
export function campaignRecipients(life: CustomerLife, campaigns: readonly SampleCampaign[], calendar: SampleCalendar, random: SeededRandom): { recipients: SampleRecipient[]; answers: SampleNpsAnswer[] } {
  const recipients: SampleRecipient[] = []
  const answers: SampleNpsAnswer[] = []
  for (const campaign of campaigns) {
    if (!activeOn(life, campaign.sendDay)) continue
    const control = random.chance(0.15)
    const delivered = !control && random.chance(0.96)
    const opened = delivered && random.chance(0.42 + 0.06 * life.health)
    const clicked = opened && random.chance(0.38)
    const responded = control ? random.chance(0.035) : clicked && random.chance(0.62)
    recipients.push({ campaign: campaign.name, group: control ? campaign.controlGroup : campaign.emailGroup, customer: life.id, sendDay: campaign.sendDay, control, sent: !control, delivered, opened, clicked, responded, segment: life.segment })
    const answerDay = Math.min(campaign.sendDay + random.int(0, 6), calendar.today)
    if (responded && activeOn(life, answerDay)) answers.push(npsAnswer(random, life, answerDay, life.health, false))
  }
  return { recipients, answers }
}
