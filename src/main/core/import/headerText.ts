import { foldText } from '../../../shared/parse/text'

/** Little words and currency marks that never decide a field. */
const IGNORED_WORDS = new Set(['de', 'do', 'da', 'dos', 'das', 'of', 'the', 'a', 'o', 'em', 'in', 'r', 'us', 'brl', 'usd', 'eur'])

/**
 * Header text as words: `customerID` -> `customer id`, `Valor (R$)` -> `valor`,
 * `Código do Cliente` -> `codigo cliente`. Accents, case, camelCase and separators
 * disappear, and so do the ignored little words.
 */
export function headerWords(header: string): string[] {
  const spaced = header.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
  return foldText(spaced)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !IGNORED_WORDS.has(word))
}

/** The normalised form of a header, used for shape keys and for `--map field=Column`. */
export function normaliseHeader(header: string): string {
  return headerWords(header).join(' ')
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, i) => words[start + i] === word)) return true
  }
  return false
}

/**
 * How well a header matches a synonym, 0..1: 1 for the same words (`customer_id` =
 * `CustomerID`), 0.5..0.9 when the synonym's words run inside the header (`Nome do
 * cliente` holds `cliente`; the more extra words, the less), 0.4..0.7 when they are all
 * there in another order, else 0.
 */
export function synonymScore(header: readonly string[], synonym: readonly string[]): number {
  if (header.length === 0 || synonym.length === 0) return 0
  if (header.join('') === synonym.join('')) return 1
  const coverage = synonym.length / header.length
  if (containsRun(header, synonym)) return 0.5 + 0.4 * coverage
  if (synonym.length > 1 && synonym.every((word) => header.includes(word))) return 0.4 + 0.3 * coverage
  return 0
}
