import { execFileSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')

/** The parts of `pulso metrics --json` the views of dashboards-more.spec.ts show. */
export interface CliViewMetrics {
  summary: { customers: number | null; startCustomers: number | null; churnedCustomers: number | null; newCustomers: number | null }
  nps: { nps: number | null; marginOfError: number | null; responses: number; promoters: number; passives: number; detractors: number; csat: number | null; distribution: number[] } | null
  cohorts: { basis: string; rows: { cohort: string; size: number; logoRetention: (number | null)[]; revenueRetention: (number | null)[] | null }[] } | null
  activity: { active: number; inactive: number; inactiveShare: number | null; inactiveToActiveRatio: number | null; activationRate: number | null; newCustomers: number | null } | null
  campaigns: { bySegment: Record<string, { group: string; recipients: number; deliveryRate: number | null; openRate: number | null; clickRate: number | null; clickToOpen: number | null; conversionRate: number | null }>; lift: Record<string, number | null> } | null
}

/** `pulso metrics --json` of a workspace for one period, as an analyst would run it. */
export function cliViewMetrics(workspace: string, from: string, to: string): CliViewMetrics {
  const args = [path.join(root, 'bin/pulso.js'), 'metrics', workspace, '--json', '--from', from, '--to', to]
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as CliViewMetrics
}

/** Numbers written as the views write them (Intl in the UI language). */
export function formatsFor(locale: string): { percent: (v: number | null | undefined) => string; count: (v: number | null | undefined) => string; nps: (v: number | null | undefined) => string; decimal: (v: number | null | undefined) => string; pp: (v: number | null | undefined) => string } {
  const dash = '—'
  const number = (options: Intl.NumberFormatOptions) => (v: number | null | undefined) => (v === null || v === undefined ? dash : new Intl.NumberFormat(locale, options).format(v))
  const signed = number({ maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' })
  return {
    percent: number({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    count: number({ maximumFractionDigits: 0 }),
    decimal: number({ maximumFractionDigits: 1 }),
    nps: (v) => number({ signDisplay: 'exceptZero', maximumFractionDigits: 0 })(v === null || v === undefined ? v : Math.round(v)),
    pp: (v) => (v === null || v === undefined ? dash : `${signed(v * 100)} p.p.`)
  }
}
