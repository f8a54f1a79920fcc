/**
 * Excel number formats of the report. Excel writes separators as the reader's system
 * says, so one format serves both languages; only the currency sign depends on the
 * workspace's currency (R$ for BRL).
 */

/** What a cell holds, which decides its number format. */
export type CellKind = 'text' | 'count' | 'money' | 'percent' | 'nps' | 'ratio' | 'decimal' | 'date' | 'pp' | 'points'

const currencySigns: Record<string, string> = { BRL: 'R$', USD: 'US$', EUR: '€', GBP: '£' }

/** The number format of each cell kind, for a currency code ('BRL'). */
export function numberFormats(currency: string): Record<CellKind, string> {
  const sign = (currencySigns[currency] ?? currency).replace(/"/g, '')
  return {
    text: '@',
    count: '#,##0',
    money: `"${sign}" #,##0.00`,
    percent: '0.0%',
    nps: '0.0',
    ratio: '0.00',
    decimal: '#,##0.0',
    date: 'yyyy-mm-dd',
    pp: '+0.0;-0.0;0.0',
    points: '+0.0;-0.0;0.0'
  }
}

/** An Excel serial date (1900 system) of a day number (days since 1970-01-01). */
export function excelSerial(day: number): number {
  return day + 25569
}
