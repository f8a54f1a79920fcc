/**
 * The sample workspace's generator: a Brazilian SaaS company (three products, three
 * plans, PME to Enterprise customers across the states) over a run of months, written
 * as the spreadsheets its Customer Success team would have. Seeded and deterministic:
 * the same options give byte-identical csv files, with no clock and no Math.random.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { CHANNELS, companyName, SEGMENT_PROFILE, SEGMENTS, STATES } from './catalog'
import { brazilianDate, dayInMonth, dayOf, daysInMonth } from './calendar'
import { CsvFile } from './csvFile'
import { campaignRecipients, sampleCampaigns } from './campaigns'
import { customerLife, type CustomerProfile, type SampleCalendar } from './customerLife'
import type { SampleChurn, SampleNpsAnswer, SampleRecipient } from './model'
import { derivedSeed, SeededRandom } from './random'
import { SAMPLE_FILE_NAMES, StreamedSampleFiles, writeCampaigns, writeChurns, writeNps } from './sampleFiles'

/** The generator's knobs. */
export interface SampleOptions {
  /** How many customers ever signed up (default 2,000). */
  customers?: number
  /** How many months of history, ending in the last month of `lastYear` (default 36). */
  months?: number
  /** The seed: the same seed gives the same company (default 42). */
  seed?: number
  /** The year the data ends in; "today" is its 31 December (default 2025). */
  lastYear?: number
  /** Write the few deliberate typos an analyst's real files have (default true). */
  typos?: boolean
}

/** A value written wrong on purpose, where the importer must report it. */
export interface SampleTypo {
  file: string
  /** The line of the file, the header being line 1. */
  row: number
  column: string
  raw: string
  /** Whether the importer should report it: `10 ` is harmless, `N/A` in a score is not. */
  problem: boolean
}

/** What the generator wrote. */
export interface SampleFiles {
  dir: string
  /** Full paths, in the order to import them. */
  files: string[]
  /** Data rows per file name. */
  rows: Record<string, number>
  typos: SampleTypo[]
}

/** Signup days of every customer, oldest first: a first batch in the first month, then steady growth. */
function signupDays(count: number, calendar: SampleCalendar, random: SeededRandom): Int32Array {
  const span = calendar.months - calendar.firstMonth
  const months = Array.from({ length: span }, (_, m) => [calendar.firstMonth + m, m === 0 ? Math.max(1, span / 4) : 1 + (1.5 * m) / span] as const)
  const days = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    const month = random.weighted(months)
    days[i] = dayInMonth(calendar.startYear, month, random.int(1, daysInMonth(calendar.startYear, month)))
  }
  return days.sort()
}

function customerProfile(index: number, signupDay: number, idDigits: number, random: SeededRandom): CustomerProfile {
  const segment = random.weighted(SEGMENTS.map((s) => [s, SEGMENT_PROFILE[s].share] as const))
  const [channel, , channelHealth] = random.weighted(CHANNELS.map((c) => [c, c[1]] as const))
  return {
    id: `CLI-${String(index + 1).padStart(idDigits, '0')}`,
    name: companyName((items) => random.pick(items), (items) => random.weighted(items)),
    segment,
    state: random.weighted(STATES),
    channel,
    channelHealth,
    signupDay
  }
}

function checkOptions(customers: number, months: number, seed: number): void {
  if (!Number.isInteger(customers) || customers < 1) throw new RangeError(`customers must be a whole number from 1, not ${customers}`)
  if (!Number.isInteger(months) || months < 6 || months > 240) throw new RangeError(`months must be a whole number from 6 to 240, not ${months}`)
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`)
}

/**
 * Writes the sample company's files into `dir` (created when missing): clientes.csv,
 * assinaturas.xlsx, nps.csv, atividade.csv, cancelamentos.csv, campanhas.xlsx. Streams
 * customer by customer, so large sizes (60,000 customers and more) stay light.
 */
export async function generateSampleFiles(dir: string, options: SampleOptions = {}): Promise<SampleFiles> {
  const { customers = 2000, months = 36, seed = 42, lastYear = 2025, typos = true } = options
  checkOptions(customers, months, seed)
  mkdirSync(dir, { recursive: true })
  const startYear = lastYear + 1 - Math.ceil(months / 12)
  const firstMonth = 12 * Math.ceil(months / 12) - months
  const calendar: SampleCalendar = { startYear, firstMonth, months: firstMonth + months, today: dayOf(lastYear, 11, 31) }
  const campaigns = sampleCampaigns(calendar)
  const signups = signupDays(customers, calendar, new SeededRandom(derivedSeed(seed, 0, 7)))

  const streamed = new StreamedSampleFiles(dir, calendar.today)
  const churns: { customer: string; churn: SampleChurn }[] = []
  const answers: SampleNpsAnswer[] = []
  const recipients: SampleRecipient[] = []
  const fileTypos: SampleTypo[] = []
  const idDigits = Math.max(5, String(customers).length)
  let signupTypoDone = !typos
  try {
    for (let i = 0; i < customers; i++) {
      const random = new SeededRandom(derivedSeed(seed, i, 0))
      const life = customerLife(customerProfile(i, signups[i], idDigits, random), calendar, random)
      const inCampaigns = campaignRecipients(life, campaigns, calendar, new SeededRandom(derivedSeed(seed, i, 1)))
      let signupText: string | undefined
      const signup = brazilianDate(life.signupDay)
      if (!signupTypoDone && i >= customers / 2 && /^30\/(04|06|09|11)\//.test(signup)) {
        signupText = `31${signup.slice(2)}`
        fileTypos.push({ file: SAMPLE_FILE_NAMES.customers, row: i + 2, column: 'Data de cadastro', raw: signupText, problem: true })
        signupTypoDone = true
      }
      streamed.add(life, signupText)
      for (const churn of life.churns) churns.push({ customer: life.id, churn })
      answers.push(...life.nps, ...inCampaigns.answers)
      recipients.push(...inCampaigns.recipients)
    }
  } finally {
    await streamed.close()
  }

  churns.sort((a, b) => a.churn.day - b.churn.day || (a.customer < b.customer ? -1 : 1))
  answers.sort((a, b) => a.day - b.day || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0))
  const scoreText = new Map<number, string>()
  if (typos && answers.length >= 10) {
    const spots: [number, string, boolean][] = [[Math.floor(answers.length / 4), 'N/A', true], [Math.floor(answers.length / 2), `${answers[Math.floor(answers.length / 2)].score} `, false], [Math.floor((answers.length * 3) / 4), '100', true]]
    for (const [index, raw, problem] of spots) {
      scoreText.set(index, raw)
      fileTypos.push({ file: SAMPLE_FILE_NAMES.nps, row: index + 2, column: 'Nota (0 a 10)', raw, problem })
    }
  }
  const churnFile = writeChurns(dir, churns)
  const npsFile = writeNps(dir, answers, scoreText)
  const campaignFile = await writeCampaigns(dir, recipients, calendar.today)
  const written = [streamed.customers, streamed.subscriptions, npsFile, streamed.activity, churnFile, campaignFile]
  return {
    dir,
    files: written.map((file) => file.path),
    rows: Object.fromEntries(written.map((file) => [path.basename(file.path), file instanceof CsvFile ? file.rows - 1 : file.rows])),
    typos: fileTypos
  }
}
