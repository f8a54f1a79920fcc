/**
 * Numbers, money and rates written the way the chosen language writes them, with `Intl`
 * (pt-BR: `1.234,5`, `R$ 5.604.659`, `2,4%`; en: `1,234.5`, `R$5,604,659`, `2.4%`). Every
 * dashboard number and chart axis goes through here; a missing value (null) is "—".
 */
import type { MetricComparison } from '../../shared/metrics/compare'

export const missingValue = '—'

/** The formatters of one locale and currency. */
export interface NumberFormatters {
  locale: string
  currency: string
  /** Money, whole units from 1,000 up and cents below: `R$ 5.604.659`, `R$ 639,20`. */
  money(value: number | null | undefined): string
  /** Money for chart axes: `R$ 5,6 mi`. */
  moneyCompact(value: number | null | undefined): string
  /** Whole counts: `1.459`. */
  count(value: number | null | undefined): string
  /** Plain numbers with at most one decimal: `1.234,5`. */
  decimal(value: number | null | undefined): string
  /** A rate (a fraction) as a percentage with one decimal: `2,4%`. */
  percent(value: number | null | undefined): string
  /** NPS, a whole number from -100 to +100. */
  nps(value: number | null | undefined): string
  /** The change against a reference: `+0,3 p.p.`, `−R$ 1.200`, `+4 pts`, `+12`. */
  change(comparison: MetricComparison | null, units: ChangeUnits): string
}

/** How the change units are written in the chosen language. */
export interface ChangeUnits {
  percentagePoints: string
  points: string
}

const isNumber = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value)

/** The formatters for a locale ('pt-BR', 'en') and a currency code ('BRL'). */
export function createFormatters(locale: string, currency: string): NumberFormatters {
  const wholeMoney = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 })
  const centsMoney = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 2 })
  const compactMoney = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const signedDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' })
  const signedWhole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
  const signedMoney = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0, signDisplay: 'exceptZero' })

  const money = (value: number | null | undefined) => (isNumber(value) ? (Math.abs(value) >= 1000 ? wholeMoney : centsMoney).format(value) : missingValue)

  return {
    locale,
    currency,
    money,
    moneyCompact: (value) => (isNumber(value) ? compactMoney.format(value) : missingValue),
    count: (value) => (isNumber(value) ? whole.format(value) : missingValue),
    decimal: (value) => (isNumber(value) ? oneDecimal.format(value) : missingValue),
    percent: (value) => (isNumber(value) ? percent.format(value) : missingValue),
    nps: (value) => (isNumber(value) ? signedWhole.format(Math.round(value)) : missingValue),
    change(comparison, units) {
      if (!comparison || !isNumber(comparison.difference)) return missingValue
      const difference = comparison.difference
      switch (comparison.unit) {
        case 'p.p.':
          return `${signedDecimal.format(difference)} ${units.percentagePoints}`
        case 'points':
          return `${signedWhole.format(Math.round(difference))} ${units.points}`
        case 'money':
          return signedMoney.format(difference)
        case 'ratio':
          return signedDecimal.format(difference)
        default:
          return signedWhole.format(difference)
      }
    }
  }
}

/** A month key ('2025-03') as the locale writes it: short 'mar. 25' for axes, long 'março de 2025' for text. */
export function formatMonth(month: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return month
  const options: Intl.DateTimeFormatOptions = style === 'short' ? { month: 'short', year: '2-digit', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(locale, options).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))
}
